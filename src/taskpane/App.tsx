/**
 * The task pane: choose a jabatan, fill the identity, pick the options, insert. It reaches the
 * workbook only through the WorkbookPort it is given (Office.js adapter in Excel, the in-memory
 * workbook in the preview) and remembers the form through a FormStorage.
 */
// The order of these imports is the order webpack lays the pane's modules out; it moves the gzipped
// bundle by a few hundred bytes (scripts/bench/bundle.bench.ts), so measure before reordering.
import * as React from "react";
import {
  Field,
  ProgressBar,
  Subtitle2,
  Text,
  Title3,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { katalogBawaan, type WorkbookCatalog, type WorkbookPort } from "../workbook/port";
import type { HostStatus } from "./office-host";
import type { FormStorage } from "./storage";
import { usePaneForm, useRememberForm, type PaneFormState } from "./use-remembered-form";
import { useCatalogChange, type OnKatalog } from "./use-catalog-change";
import { teks } from "./teks";
import { FungsiIkiSection } from "./components/FungsiIkiSection";
import { IdentitasForm } from "./components/IdentitasForm";
import { InsertActions } from "./components/InsertActions";
import { JabatanDetail } from "./components/JabatanDetail";
import { KatalogContext, useKatalog } from "./katalog-context";
import { KatalogFold } from "./components/KatalogFold";
import { GabungFold } from "./components/GabungFold";
import { PerawatanFold } from "./components/PerawatanFold";
import { JabatanPicker } from "./components/JabatanPicker";
import { OutcomeMessage } from "./components/OutcomeMessage";
import { TemplateOptionsForm } from "./components/TemplateOptionsForm";
import { useInsertRun } from "./use-insert-run";
import { useInsertFlow } from "./use-insert-flow";
import { useHostSupport } from "./use-host-support";
import { useFungsiPut } from "./use-fungsi-put";

const usePaneStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalL,
    padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalM}`,
    maxWidth: "640px",
    boxSizing: "border-box",
    minWidth: 0,
  },
  header: { display: "flex", alignItems: "center", gap: tokens.spacingHorizontalS },
  section: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM, minWidth: 0 },
  muted: { color: tokens.colorNeutralForeground3 },
  link: { color: tokens.colorBrandForegroundLink },
});

/** The page with its header; `busy` while an action runs. */
function PaneRoot({ busy, children }: { busy?: boolean; children: React.ReactNode }) {
  const styles = usePaneStyles();
  return (
    <main className={styles.root} aria-busy={busy}>
      <header className={styles.header}>
        <img src="assets/icon-32.png" alt="" width={32} height={32} />
        <Title3 as="h1">{teks.judul}</Title3>
      </header>
      {children}
    </main>
  );
}

/** A section headed by its title, which also names it for screen readers. */
function PaneSection({
  id,
  title,
  children,
}: {
  id: string;
  title: string;
  children: React.ReactNode;
}) {
  const styles = usePaneStyles();
  return (
    <section className={styles.section} aria-labelledby={id}>
      <Subtitle2 as="h2" id={id}>
        {title}
      </Subtitle2>
      {children}
    </section>
  );
}

function HelpLink() {
  const styles = usePaneStyles();
  return (
    <a href="bantuan.html" target="_blank" rel="noreferrer" className={styles.link}>
      {teks.bantuan}
    </a>
  );
}

export interface AppProps {
  port: WorkbookPort;
  storage: FormStorage;
  /** Where the pane runs; a plain browser or another Office application gets a message instead of the form. */
  host?: HostStatus;
  /** Today, for the default year and NIP checks (tests pass a fixed date). */
  today?: Date;
  /** Milliseconds after the last change before the form is remembered. */
  saveDelay?: number;
  /**
   * Told the catalog in use at load and at every change (index.tsx: IKI.INDIKATOR's, shared
   * runtime); true asks the port to recalculate (cells computed with another catalog).
   */
  onKatalog?: OnKatalog;
}

export function App(props: AppProps) {
  const { port, storage, host, today: todayProp, saveDelay = 500 } = props;
  const today = React.useMemo(() => todayProp ?? new Date(), [todayProp]);
  const [used, setUsed] = React.useState<WorkbookCatalog>(katalogBawaan);
  const pane = usePaneForm(today, used.katalog);
  const insertRun = useInsertRun(port);
  const katalogChange = useCatalogChange(
    setUsed,
    pane,
    insertRun.lupakanPertanyaan,
    port,
    props.onKatalog
  );
  const support = useHostSupport(port, storage, host, katalogChange.onLoaded);
  useRememberForm(storage, pane.form, support.state === "ok", saveDelay);
  const flow = useInsertFlow(pane, insertRun, storage, today);
  const fungsi = useFungsiPut(port, insertRun.locked);

  if (support.state === "checking")
    return (
      <PaneRoot>
        <Field label={teks.memuat}>
          <ProgressBar />
        </Field>
      </PaneRoot>
    );
  if (support.state === "unsupported")
    return (
      <PaneRoot>
        <OutcomeMessage
          outcome={{ intent: "warning", title: teks.tidakDidukungJudul, lines: [support.message] }}
        />
        <Text>{teks.tidakDidukungSaran}</Text>
        <HelpLink />
      </PaneRoot>
    );
  return (
    <KatalogContext.Provider value={used.katalog}>
      <PaneRoot busy={insertRun.running}>
        <PaneSections pane={pane} insertRun={insertRun} flow={flow} fungsi={fungsi}>
          <KatalogFold
            port={port}
            used={used}
            onChange={katalogChange.change}
            running={insertRun.running}
            locked={insertRun.locked}
          />
          <PerawatanFold
            port={port}
            // Kunci rumus of the form's options, for the sheets the actions write.
            kunci={pane.form.kunci}
            running={insertRun.running}
            locked={insertRun.locked}
          />
          <GabungFold
            port={port}
            kunci={pane.form.kunci}
            running={insertRun.running}
            locked={insertRun.locked}
          />
        </PaneSections>
      </PaneRoot>
    </KatalogContext.Provider>
  );
}

interface PaneSectionsProps {
  pane: PaneFormState;
  insertRun: ReturnType<typeof useInsertRun>;
  flow: ReturnType<typeof useInsertFlow>;
  fungsi: ReturnType<typeof useFungsiPut>;
  /** The sections "Katalog IKI", "Perawatan lembar IKI" and "Gabungkan berkas pegawai", between the insert actions and the IKI functions. */
  children: React.ReactNode;
}

/** The form, numbered as a person fills it, the catalog, then the IKI functions and the source. */
function PaneSections({ pane, insertRun, flow, fungsi, children }: PaneSectionsProps) {
  const styles = usePaneStyles();
  const { form, jabatan, update } = pane;
  const running = insertRun.running;
  const katalog = useKatalog();
  return (
    <>
      <Text size={200} className={styles.muted}>
        {teks.subjudul(katalog.namaInstansi)}
      </Text>
      <PaneSection id="judul-jabatan" title={teks.jabatanJudul}>
        <JabatanPicker
          bidang={form.bidang}
          jabatanId={form.jabatanId}
          disabled={running}
          onBidang={pane.chooseBidang}
          onJabatan={pane.chooseJabatan}
        />
        {jabatan && <JabatanDetail jabatan={jabatan} />}
      </PaneSection>
      <PaneSection id="judul-identitas" title={teks.identitasJudul}>
        <IdentitasForm
          form={form}
          problems={flow.shown}
          disabled={running}
          inputRefs={flow.refs}
          onChange={(field, value) => update({ [field]: value })}
          onLeave={flow.leave}
        />
      </PaneSection>
      <PaneSection id="judul-pilihan" title={teks.pilihanJudul}>
        <TemplateOptionsForm
          mode={form.mode}
          skala={form.skala}
          disabled={running}
          onMode={(mode) => update({ mode })}
          onSkala={(skala) => update({ skala })}
          kunci={form.kunci}
          onKunci={(kunci) => update({ kunci })}
        />
      </PaneSection>
      <PaneSection id="judul-aksi" title={teks.aksiJudul}>
        <InsertActions
          jumlahBidang={pane.bidangJabatan.length}
          running={running}
          progress={insertRun.progress}
          outcome={insertRun.outcome}
          pertanyaan={insertRun.pertanyaan}
          onRun={flow.run}
          onJawab={flow.answer}
        />
      </PaneSection>
      {children}
      <PaneFooter fungsi={fungsi} running={running} />
    </>
  );
}

/** The IKI functions, the source of the catalog in use, the help. */
function PaneFooter({
  fungsi,
  running,
}: {
  fungsi: PaneSectionsProps["fungsi"];
  running: boolean;
}) {
  const styles = usePaneStyles();
  const { instansi, nomor } = useKatalog().catalog;
  return (
    <>
      <FungsiIkiSection onPut={fungsi.put} busy={running} outcome={fungsi.outcome} />
      <Text size={200} className={styles.muted}>
        {teks.sumber(instansi.penetap, instansi.pemerintah, nomor)}
      </Text>
      <HelpLink />
    </>
  );
}

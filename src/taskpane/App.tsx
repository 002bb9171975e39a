/**
 * The task pane: choose a jabatan, fill the identity, pick the options, insert. It reaches the
 * workbook only through the WorkbookPort it is given (Office.js adapter in Excel, the in-memory
 * workbook in the preview) and remembers the form through a FormStorage.
 */
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
import { getJabatan, jabatanInBidang, type Jabatan } from "../catalog";
import type { WorkbookPort } from "../workbook/port";
import type { TemplateOptions } from "../template/options";
import {
  defaultForm,
  formProblems,
  templateOptions,
  toSaved,
  type FieldProblems,
  type PaneForm,
} from "./form";
import type { HostStatus } from "./office-host";
import type { FormStorage } from "./storage";
import { teks, type FungsiContoh } from "./teks";
import { FungsiIkiSection } from "./components/FungsiIkiSection";
import { IdentitasForm, type IdentitasField } from "./components/IdentitasForm";
import { InsertActions, type InsertAction } from "./components/InsertActions";
import { JabatanDetail } from "./components/JabatanDetail";
import { JabatanPicker } from "./components/JabatanPicker";
import { OutcomeMessage, type Outcome } from "./components/OutcomeMessage";
import { TemplateOptionsForm } from "./components/TemplateOptionsForm";
import { errorText, useInsertRun, type Jawaban } from "./use-insert-run";
import { actionProblem, NIP_FIELDS } from "./action-check";

const useStyles = makeStyles({
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
  summary: { cursor: "pointer", listStylePosition: "inside" },
  summaryTitle: { display: "inline" },
});

export interface AppProps {
  port: WorkbookPort;
  storage: FormStorage;
  /** Where the pane runs; a plain browser or another Office application gets a message instead of the form. */
  host?: HostStatus;
  /** Today, for the default year and NIP checks (tests pass a fixed date). */
  today?: Date;
  /** Milliseconds after the last change before the form is remembered. */
  saveDelay?: number;
}

type Support = { state: "checking" } | { state: "ok" } | { state: "unsupported"; message: string };

function restore(form: PaneForm, saved: Partial<PaneForm>): PaneForm {
  const next = { ...form, ...saved };
  const jabatan = next.jabatanId ? getJabatan(next.jabatanId) : undefined;
  if (!jabatan) next.jabatanId = "";
  else next.bidang = jabatan.bidang;
  if (next.bidang && jabatanInBidang(next.bidang).length === 0) next.bidang = "";
  return next;
}

function HelpLink({ className }: { className: string }) {
  return (
    <a href="bantuan.html" target="_blank" rel="noreferrer" className={className}>
      {teks.bantuan}
    </a>
  );
}

export function App({ port, storage, host, today: todayProp, saveDelay = 500 }: AppProps) {
  const styles = useStyles();
  const today = React.useMemo(() => todayProp ?? new Date(), [todayProp]);
  const [support, setSupport] = React.useState<Support>({ state: "checking" });
  const [form, setForm] = React.useState<PaneForm>(() => defaultForm(today));
  const [left, setLeft] = React.useState<Set<IdentitasField>>(new Set());
  const {
    running,
    progress,
    outcome,
    setOutcome,
    pertanyaan,
    start,
    jawab,
    lupakanPertanyaan,
    locked,
  } = useInsertRun(port);
  const [fungsiOutcome, setFungsiOutcome] = React.useState<Outcome>();
  const refs = {
    nip: React.useRef<HTMLInputElement>(null),
    penilaiNip: React.useRef<HTMLInputElement>(null),
    tahun: React.useRef<HTMLInputElement>(null),
  };

  // Support and the remembered form, once.
  React.useEffect(() => {
    let live = true;
    // Outside Office, or in another Office application, say so (and what to do) without asking the port.
    const hostMessage =
      host?.kind === "other"
        ? Promise.resolve(teks.hostLain(host.host))
        : host?.kind === "browser"
          ? Promise.resolve(teks.bukanExcel)
          : undefined;
    Promise.all([
      hostMessage ?? port.checkSupport().catch((e: unknown) => errorText(e)),
      storage.load().catch(() => ({})),
    ]).then(([message, saved]) => {
      if (!live) return;
      setForm((f) => restore(f, saved));
      setSupport(message ? { state: "unsupported", message } : { state: "ok" });
    });
    return () => {
      live = false;
    };
  }, [port, storage, host]);

  // Remember the form a moment after the last change.
  React.useEffect(() => {
    if (support.state !== "ok") return undefined;
    const timer = setTimeout(
      () => void storage.save(toSaved(form)).catch(() => undefined),
      saveDelay
    );
    return () => clearTimeout(timer);
  }, [form, support.state, storage, saveDelay]);

  const jabatan = form.jabatanId ? getJabatan(form.jabatanId) : undefined;
  const bidangJabatan = React.useMemo(
    () => (form.bidang ? jabatanInBidang(form.bidang) : []),
    [form.bidang]
  );
  const allProblems = formProblems(form, today);
  const shown: FieldProblems = {};
  for (const f of NIP_FIELDS) if (left.has(f) && allProblems[f]) shown[f] = allProblems[f];

  const update = (patch: Partial<PaneForm>) => setForm((f) => ({ ...f, ...patch }));
  const chooseJabatan = (j: Jabatan) => update({ jabatanId: j.id, bidang: j.bidang });
  const chooseBidang = (bidang: string) =>
    setForm((f) => ({
      ...f,
      bidang,
      jabatanId: getJabatan(f.jabatanId)?.bidang === bidang ? f.jabatanId : "",
    }));

  /** The form's options when the action may go ahead; else shows why and focuses the field. */
  function checkedOptions(action: InsertAction): TemplateOptions | undefined {
    setLeft(new Set(NIP_FIELDS));
    const problem = actionProblem(action, allProblems, jabatan, bidangJabatan);
    if (problem) {
      setOutcome(problem.outcome);
      if (problem.focus) refs[problem.focus].current?.focus();
      return undefined;
    }
    void storage.save(toSaved(form)).catch(() => undefined);
    return templateOptions(form);
  }

  function run(action: InsertAction) {
    if (running) return;
    const options = checkedOptions(action);
    if (!options) return;
    const ids = (
      action === "jabatan" && jabatan ? [jabatan] : action === "bidang" ? bidangJabatan : []
    ).map((j) => j.id);
    void start(action, ids, options);
  }

  function answer(jawaban: Jawaban) {
    if (!pertanyaan || (jawaban !== "kedua" && jawaban !== "lewati")) return jawab(jawaban);
    const options = checkedOptions(pertanyaan.action);
    if (options) jawab(jawaban, options);
  }
  React.useEffect(lupakanPertanyaan, [form.jabatanId, form.bidang, form.tahun, lupakanPertanyaan]);

  const putFormula = port.putFormula?.bind(port);
  function put(fungsi: FungsiContoh) {
    if (!putFormula) return;
    void locked(async () => {
      setFungsiOutcome(undefined);
      try {
        const address = await putFormula(fungsi.contoh);
        setFungsiOutcome({
          intent: "success",
          title: fungsi.nama,
          lines: [teks.fungsiDitulis(address)],
        });
      } catch (e) {
        setFungsiOutcome({ intent: "error", title: teks.gagalJudul, lines: [errorText(e)] });
      }
    });
  }

  const header = (
    <header className={styles.header}>
      <img src="assets/icon-32.png" alt="" width={32} height={32} />
      <Title3 as="h1">{teks.judul}</Title3>
    </header>
  );

  if (support.state === "checking") {
    return (
      <main className={styles.root}>
        {header}
        <Field label={teks.memuat}>
          <ProgressBar />
        </Field>
      </main>
    );
  }

  if (support.state === "unsupported") {
    return (
      <main className={styles.root}>
        {header}
        <OutcomeMessage
          outcome={{ intent: "warning", title: teks.tidakDidukungJudul, lines: [support.message] }}
        />
        <Text>{teks.tidakDidukungSaran}</Text>
        <HelpLink className={styles.link} />
      </main>
    );
  }

  return (
    <main className={styles.root} aria-busy={running}>
      {header}
      <Text size={200} className={styles.muted}>
        {teks.subjudul}
      </Text>
      <section className={styles.section} aria-labelledby="judul-jabatan">
        <Subtitle2 as="h2" id="judul-jabatan">
          {teks.jabatanJudul}
        </Subtitle2>
        <JabatanPicker
          bidang={form.bidang}
          jabatanId={form.jabatanId}
          disabled={running}
          onBidang={chooseBidang}
          onJabatan={chooseJabatan}
        />
        {jabatan && <JabatanDetail jabatan={jabatan} />}
      </section>

      <section className={styles.section} aria-labelledby="judul-identitas">
        <Subtitle2 as="h2" id="judul-identitas">
          {teks.identitasJudul}
        </Subtitle2>
        <IdentitasForm
          form={form}
          problems={shown}
          disabled={running}
          inputRefs={refs}
          onChange={(field, value) => update({ [field]: value })}
          onLeave={(field) => setLeft((s) => (s.has(field) ? s : new Set(s).add(field)))}
        />
      </section>

      <section className={styles.section} aria-labelledby="judul-pilihan">
        <Subtitle2 as="h2" id="judul-pilihan">
          {teks.pilihanJudul}
        </Subtitle2>
        <TemplateOptionsForm
          mode={form.mode}
          skala={form.skala}
          disabled={running}
          onMode={(mode) => update({ mode })}
          onSkala={(skala) => update({ skala })}
        />
      </section>

      <section className={styles.section} aria-labelledby="judul-aksi">
        <Subtitle2 as="h2" id="judul-aksi">
          {teks.aksiJudul}
        </Subtitle2>
        <InsertActions
          jumlahBidang={bidangJabatan.length}
          running={running}
          progress={progress}
          outcome={outcome}
          pertanyaan={pertanyaan}
          onRun={run}
          onJawab={answer}
        />
      </section>
      <details className={styles.section}>
        <summary className={styles.summary}>
          <Subtitle2 as="h2" className={styles.summaryTitle}>
            {teks.fungsiJudul}
          </Subtitle2>
        </summary>
        <FungsiIkiSection
          onPut={putFormula ? put : undefined}
          busy={running}
          outcome={fungsiOutcome}
        />
      </details>

      <Text size={200} className={styles.muted}>
        {teks.sumber}
      </Text>
      <HelpLink className={styles.link} />
    </main>
  );
}

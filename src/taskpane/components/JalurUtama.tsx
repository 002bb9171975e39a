/**
 * The main path of the pane, as a first-time pegawai takes it: find a jabatan, check the identity,
 * insert. One form: Enter in a field inserts, the long detail and the options are folded behind one
 * line each, and the insert button with what it will write stays at the bottom of the pane.
 */
import * as React from "react";
import { Subtitle2, makeStyles, tokens } from "@fluentui/react-components";
import type { PaneFormState } from "../use-remembered-form";
import type { useInsertRun } from "../use-insert-run";
import type { useInsertFlow } from "../use-insert-flow";
import { teks } from "../teks";
import { IdentitasForm } from "./IdentitasForm";
import { InsertBar, InsertLainnya, InsertStatus } from "./InsertActions";
import { JabatanDetail } from "./JabatanDetail";
import { JabatanPicker } from "./JabatanPicker";
import { namaJabatan } from "./nama-jabatan";
import { TemplateOptionsFold } from "./TemplateOptionsForm";

const useStyles = makeStyles({
  path: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalL, minWidth: 0 },
  section: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM, minWidth: 0 },
});

/** A section headed by its title, which also names it for screen readers. */
export function PaneSection(props: { id: string; title: string; children: React.ReactNode }) {
  const styles = useStyles();
  return (
    <section className={styles.section} aria-labelledby={props.id}>
      <Subtitle2 as="h2" id={props.id}>
        {props.title}
      </Subtitle2>
      {props.children}
    </section>
  );
}

/**
 * A field reached by Tab under the sticky bar is brought to the middle of the pane, so that the
 * bar never covers the field being typed in (scroll-padding would need the host page's scroller).
 */
function keepAboveBar(e: React.FocusEvent<HTMLFormElement>) {
  const bar = e.currentTarget.querySelector("[data-testid=bilah-sisip]");
  const target = e.target as HTMLElement;
  if (!bar || bar.contains(target)) return;
  if (target.getBoundingClientRect().bottom > bar.getBoundingClientRect().top)
    target.scrollIntoView?.({ block: "center" });
}

export interface JalurUtamaProps {
  pane: PaneFormState;
  insertRun: ReturnType<typeof useInsertRun>;
  flow: ReturnType<typeof useInsertFlow>;
}

/** What the insert button will write, said above it. */
function ringkasanSisip({ form, jabatan }: PaneFormState): string {
  if (!jabatan) return teks.belumAdaJabatan;
  const n = jabatan.indikator.length;
  return teks.akanDisisipkan(namaJabatan(jabatan), n, form.tahun, form.nama.trim());
}

/** The main path's steps: the jabatan, the identity, the options. */
function Langkah(props: Omit<JalurUtamaProps, "insertRun"> & { running: boolean }) {
  const { pane, flow, running } = props;
  const { form, jabatan, update } = pane;
  return (
    <>
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
        <TemplateOptionsFold
          mode={form.mode}
          skala={form.skala}
          disabled={running}
          onMode={(mode) => update({ mode })}
          onSkala={(skala) => update({ skala })}
          kunci={form.kunci}
          onKunci={(kunci) => update({ kunci })}
        />
      </PaneSection>
    </>
  );
}

export function JalurUtama({ pane, insertRun, flow }: JalurUtamaProps) {
  const styles = useStyles();
  const running = insertRun.running;
  return (
    <>
      <form
        className={styles.path}
        noValidate
        aria-label={teks.jalurUtama}
        onFocus={keepAboveBar}
        onSubmit={(e) => {
          e.preventDefault();
          flow.run("jabatan");
        }}
      >
        <Langkah pane={pane} flow={flow} running={running} />
        <InsertStatus
          running={running}
          progress={insertRun.progress}
          outcome={insertRun.outcome}
          fokus={insertRun.fokus}
          nomor={insertRun.nomor}
          pertanyaan={insertRun.pertanyaan}
          onJawab={flow.answer}
        />
        {/* The form's last child: sticky over the whole main path, from the search to the options. */}
        <InsertBar ringkasan={ringkasanSisip(pane)} running={running} />
      </form>
      <PaneSection id="judul-lainnya" title={teks.lainnyaJudul}>
        <InsertLainnya
          jumlahBidang={pane.bidangJabatan.length}
          running={running}
          onRun={flow.run}
        />
      </PaneSection>
    </>
  );
}

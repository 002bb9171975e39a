/**
 * The actions of the section "Perawatan lembar IKI" (src/lifecycle through the port's rawatLembar):
 * each is a preview first (tulis: false, nothing written), then, on a second click, the write of
 * the previewed action (tulis: true: the port reads and plans again, so the final report is what
 * was written). One action at a time for the whole pane, through the insert's `locked`.
 * In the first load (React only); the texts come with the section (teks-perawatan.ts).
 */
import * as React from "react";
import type { AksiLembar, LaporanAksi, StatusLembar } from "../lifecycle/types";
import type { ProgressListener } from "../workbook/port";
import type { RawatPort, TeksPerawatan } from "./components/PerawatanFold";
import type { Progress } from "./components/RunProgress";
import { errorText } from "./use-insert-run";

/** An action that failed, with what to say. */
export type Gagal = { kind: "gagal"; pesan: string };

/** Where the section is: a preview waiting for the second click, a written report, or a failure. */
export type Tahap =
  | { kind: "pratinjau"; aksi: AksiLembar; laporan: LaporanAksi }
  | { kind: "selesai"; aksi: AksiLembar; laporan: LaporanAksi; dibuka?: string }
  | Gagal;

export interface PerawatanInput {
  port: RawatPort;
  /** Kunci rumus of the pane's options (absent: on). */
  kunci?: boolean;
  locked: (work: () => Promise<void>) => Promise<void>;
  /** The section's texts (loaded with it). */
  t: TeksPerawatan;
}

const DITULIS = new Set<StatusLembar>(["diperbarui", "dibuat", "penanda"]);

/** The sheets a write touches: the IKI sheets rewritten, made or re-marked, and the rekaps. */
export function jumlahDitulis(laporan: LaporanAksi): number {
  return laporan.lembar.filter((l) => DITULIS.has(l.status)).length + laporan.rekap.length;
}

const DIBIARKAN = new Set<StatusLembar>([
  "katalog-tidak-dikenal",
  "jabatan-tidak-ada",
  "susunan-berubah",
]);

/**
 * Whether a written report asks for the user's attention: a sheet left as it was for a problem,
 * typed values kept below the signature (the user deletes them once settled), IKI.* formulas left.
 */
export function perluPerhatian(laporan: LaporanAksi): boolean {
  return (
    laporan.rumusLain.length > 0 ||
    (laporan.rujukan ?? []).some((r) => r.terkunci) ||
    laporan.lembar.some(
      (l) => DIBIARKAN.has(l.status) || l.sisa.length > 0 || (l.periksa ?? []).length > 0
    )
  );
}

/** The sheet to offer to open after next year's sheets were made: the new rekap, else the first new sheet. */
export function lembarUntukDibuka(laporan: LaporanAksi): string | undefined {
  if (laporan.aksi.kind !== "tahun-berikutnya") return undefined;
  if (laporan.rekap.length > 0) return laporan.rekap[0];
  const dibuat = laporan.lembar.find((l) => l.status === "dibuat");
  return dibuat && (dibuat.baru ?? dibuat.sheet);
}

/**
 * One action of a section at a time (the pane's `locked`), its progress, then its outcome (`T`, or
 * a failure); also the section "Gabungkan berkas pegawai"'s (use-gabung.ts).
 */
export function useTahap<T extends { kind: string } = Tahap>(locked: PerawatanInput["locked"]) {
  const [tahap, setTahap] = React.useState<T | Gagal>();
  const [progress, setProgress] = React.useState<Progress>();
  // Each new outcome is a new element (its key): it takes the focus when it appears.
  const [nomor, setNomor] = React.useState(0);
  const tampilkan = (next: T | Gagal) => {
    setTahap(next);
    setNomor((n) => n + 1);
  };
  const run = (sedang: string, work: (onProgress: ProgressListener) => Promise<T | Gagal>) =>
    void locked(async () => {
      setTahap(undefined);
      setProgress({ done: 0, total: 0, message: sedang });
      const onProgress: ProgressListener = (done, total, message) =>
        setProgress({ done, total, message });
      try {
        tampilkan(await work(onProgress));
      } catch (e) {
        tampilkan({ kind: "gagal", pesan: errorText(e) });
      } finally {
        setProgress(undefined);
      }
    });
  return { tahap, setTahap, nomor, progress, tampilkan, run };
}

export function usePerawatan({ port, kunci, locked, t: { teksPerawatan } }: PerawatanInput) {
  const { tahap, setTahap, nomor, progress, tampilkan, run } = useTahap(locked);

  /** tulis false: the preview; true: the write, reported as done. */
  const jalankan = (aksi: AksiLembar, tulis: boolean) =>
    run(tulis ? teksPerawatan.sedangMenulis : teksPerawatan.sedangMembaca, async (onProgress) => ({
      kind: tulis ? "selesai" : "pratinjau",
      aksi,
      laporan: await port.rawatLembar({ aksi, tulis, kunci }, onProgress),
    }));

  const pratinjau = (aksi: AksiLembar) => jalankan(aksi, false);
  /** The previewed action, written (what was previewed, whatever the controls say now). */
  const tulis = () => {
    if (tahap?.kind === "pratinjau") jalankan(tahap.aksi, true);
  };
  const batal = () => setTahap(undefined);

  /** Shows a sheet just made; the report stays, with a line saying it was opened. */
  const buka = (name: string) => {
    const selesai = tahap;
    if (selesai?.kind !== "selesai") return;
    void locked(async () => {
      try {
        await port.activateSheet(name);
        setTahap({ ...selesai, dibuka: name });
      } catch (e) {
        tampilkan({ kind: "gagal", pesan: errorText(e) });
      }
    });
  };

  return { tahap, nomor, progress, pratinjau, tulis, batal, buka };
}

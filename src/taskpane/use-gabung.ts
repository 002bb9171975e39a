/**
 * The section "Gabungkan berkas pegawai" (the port's gabung): the files chosen are read in the pane
 * (src/xlsx/berkas-pegawai.ts, loaded with import() at the first choice: ExcelJS never enters the
 * first load), the merge planned without writing (tulis: false) and its report shown; the button
 * then writes it (tulis: true: the port reads and plans again, so the final report is what was
 * written). One action at a time for the whole pane, through the insert's `locked`.
 */
import type { BerkasDibaca, LaporanGabung } from "../gabung/types";
import type { GabungRequest, ProgressListener, WorkbookPort } from "../workbook/port";
import type { TeksGabung } from "./components/GabungFold";
import { useTahap } from "./use-perawatan";

export type GabungPort = WorkbookPort & Required<Pick<WorkbookPort, "gabung">>;

/** The report before writing (with the files read), the report of what was written. */
export type TahapGabung =
  | { kind: "pratinjau"; berkas: BerkasDibaca[]; laporan: LaporanGabung }
  | { kind: "selesai"; laporan: LaporanGabung };

/** The staff sheets a merge takes. */
export const jumlahDigabung = (laporan: LaporanGabung): number =>
  laporan.berkas.reduce((n, b) => n + b.lembar.filter((l) => l.status === "digabung").length, 0);

/** Reads every file chosen, one by one (a staff file is small; 50 of them fit in memory). */
export async function bacaSemua(
  files: File[],
  onProgress: ProgressListener,
  t: TeksGabung["teksGabung"]
): Promise<BerkasDibaca[]> {
  onProgress(0, files.length + 1, t.memuatPembaca);
  const { bacaBerkasPegawai } = await import("../xlsx/berkas-pegawai");
  const out: BerkasDibaca[] = [];
  for (const [i, file] of files.entries()) {
    onProgress(i, files.length + 1, t.membacaBerkas(i + 1, files.length, file.name));
    const bytes = new Uint8Array(await file.arrayBuffer());
    out.push(await bacaBerkasPegawai(file.name, bytes, file.lastModified));
  }
  return out;
}

export interface GabungInput {
  port: GabungPort;
  /** Kunci rumus of the pane's options (absent: on). */
  kunci?: boolean;
  locked: (work: () => Promise<void>) => Promise<void>;
  t: TeksGabung;
}

export function useGabung({ port, kunci, locked, t: { teksGabung } }: GabungInput) {
  const { tahap, setTahap, nomor, progress, run } = useTahap<TahapGabung>(locked);
  const minta = (berkas: BerkasDibaca[], tulis: boolean, onProgress: ProgressListener) => {
    const request: GabungRequest = { berkas, tulis };
    if (kunci !== undefined) request.kunci = kunci;
    return port.gabung(request, onProgress);
  };

  /** The files chosen: read, then the report before writing. */
  const pilih = (files: File[]) =>
    run(teksGabung.memuatPembaca, async (onProgress) => {
      const berkas = await bacaSemua(files, onProgress, teksGabung);
      onProgress(files.length, files.length + 1, teksGabung.memeriksa);
      return { kind: "pratinjau", berkas, laporan: await minta(berkas, false, onProgress) };
    });

  /** The files of the report shown, merged into the workbook. */
  const gabungkan = () => {
    if (tahap?.kind !== "pratinjau") return;
    const { berkas } = tahap;
    run(teksGabung.sedangMenggabung, async (onProgress) => ({
      kind: "selesai",
      laporan: await minta(berkas, true, onProgress),
    }));
  };
  const batal = () => setTahap(undefined);

  return { tahap, nomor, progress, pilih, gabungkan, batal };
}

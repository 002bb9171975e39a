/**
 * Gabungkan berkas pegawai on the in-memory workbook, as the Office.js adapter does it
 * (src/workbook/gabung-lembar.ts): every sheet read (formulas and values), the merge planned, and
 * with `tulis` the plans applied all or nothing (MemoryWorkbook.apply: a replaced sheet gives way to
 * its successor in its place, the rekap and the report sheet rewritten in place).
 */
import { rencanaGabung } from "../gabung/rencana";
import type { LaporanGabung } from "../gabung/types";
import type { PilihanKatalog } from "../template/katalog-riwayat";
import { masukanGabung } from "../workbook/gabung-masukan";
import { type GabungRequest, type ProgressListener } from "../workbook/port";
import { teks } from "../workbook/teks";
import { bacaSemuaLembar, terapkan } from "./memory-rawat";
import type { MemoryWorkbook } from "./memory-workbook";
import { teksPratinjau } from "./teks";

export function gabungDiMemori(
  workbook: MemoryWorkbook,
  pilihan: PilihanKatalog,
  request: GabungRequest,
  onProgress?: ProgressListener
): LaporanGabung {
  onProgress?.(0, 2, teks.membacaLembar(1, 1));
  const sheets = bacaSemuaLembar(workbook);
  const { plans, laporan } = rencanaGabung(masukanGabung(pilihan, sheets, request));
  const n = plans.length;
  if (request.tulis && n > 0) {
    onProgress?.(1, 2, teks.tulisGabung.menulis(1, n, n));
    terapkan(workbook, plans, teksPratinjau.gagalGabung);
  }
  onProgress?.(2, 2, request.tulis ? teks.tulisGabung.selesai(n) : teksPratinjau.selesai);
  return laporan;
}

/**
 * The lifecycle actions (src/lifecycle) on the in-memory workbook, as the Office.js adapter does them
 * (src/workbook/rawat-lembar.ts): every sheet read as a grid (formulas and values), the pure plan, and
 * with `tulis` the plans applied all or nothing (MemoryWorkbook.apply: a superseding sheet takes the
 * name and place of the old one) and the markers of the unchanged sheets set.
 */
import { rencanaAksi } from "../lifecycle/actions";
import type { CellValue, LaporanAksi, SheetRead } from "../lifecycle/types";
import { MARKER_KEY } from "../template/marker";
import { InsertError, type ProgressListener, type RawatRequest } from "../workbook/port";
import { teks } from "../workbook/teks";
import { teksPratinjau } from "./teks";
import { masukanAksi } from "../lifecycle/masukan";
import type { PilihanKatalog } from "../template/katalog-riwayat";
import type { SheetPlan } from "../template/plan";
import type { MemoryWorkbook } from "./memory-workbook";
import { isProtected } from "./protection";

/** A serialized cell as Office.js `formulas` gives it: text without HyperFormula's apostrophe. */
function asFormula(raw: unknown): CellValue {
  if (raw === null || raw === undefined) return "";
  if (typeof raw === "string") return raw.startsWith("'") ? raw.slice(1) : raw;
  if (typeof raw === "number" || typeof raw === "boolean") return raw;
  return String(raw);
}

/** One sheet as a port reads it (SheetRead). */
function bacaLembar(workbook: MemoryWorkbook, name: string, marker?: string): SheetRead {
  const id = workbook.hf.getSheetId(name) as number;
  const formulas = workbook.hf.getSheetSerialized(id).map((row) => row.map(asFormula));
  const values = workbook.values(name).map((row) => row.map((v) => v ?? ""));
  const read: SheetRead = { name, formulas, values };
  if (marker !== undefined) read.marker = marker;
  if (workbook.decoration(name)) read.terkunci = isProtected(workbook, name);
  return read;
}

/** Every sheet of the workbook as a port reads it, in tab order (the lifecycle's and the merge's read). */
export function bacaSemuaLembar(workbook: MemoryWorkbook): SheetRead[] {
  return workbook.sheets().map((s) => bacaLembar(workbook, s.name, s.marker));
}

/** The plans applied all or nothing; a failure becomes the pane's message (`gagal` with the detail). */
export function terapkan(
  workbook: MemoryWorkbook,
  plans: SheetPlan[],
  gagal: (detail: string) => string
): void {
  try {
    workbook.apply(plans);
  } catch (error) {
    const detail = error instanceof Error ? ` (${error.message})` : "";
    throw new InsertError(gagal(detail));
  }
}

export function rawatDiMemori(
  workbook: MemoryWorkbook,
  pilihan: PilihanKatalog,
  request: RawatRequest,
  onProgress?: ProgressListener
): LaporanAksi {
  onProgress?.(0, 2, teks.membacaLembar(1, 1));
  const sheets = bacaSemuaLembar(workbook);
  const rencana = rencanaAksi(request.aksi, masukanAksi(pilihan, sheets, request.kunci));
  const n = rencana.plans.length;
  const kata = teks.tulisRawat(request.aksi.kind);
  if (request.tulis) {
    onProgress?.(1, 2, n > 0 ? kata.menulis(1, n, n) : teks.mencatatPenanda);
    if (n > 0)
      terapkan(workbook, rencana.plans, (d) => teksPratinjau.gagalRawat(request.aksi.kind, d));
    for (const m of rencana.markerBaru) workbook.setProperty(m.sheet, MARKER_KEY, m.value);
  }
  const selesai = n > 0 ? kata.selesai(n) : teks.penandaDicatat(rencana.markerBaru.length);
  onProgress?.(2, 2, request.tulis ? selesai : teksPratinjau.selesai);
  return rencana.laporan;
}

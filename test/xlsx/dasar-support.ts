/**
 * Shared by the tests of reading a workbook (read-workbook.ts) and writing OUT from IN (write-dasar.ts):
 * a CLI-made workbook (two IKI sheets, the rekap, the stored catalog) and a user's own workbook.
 */
import ExcelJS from "exceljs";
import { builtInCatalog } from "../../src/catalog";
import type { CellValue } from "../../src/catalog/tabel/types";
import { planWorkbook } from "../../src/template";
import type { SheetPlan } from "../../src/template/plan";
import { computeResults } from "../../src/xlsx/cached-values";
import { writeXlsx } from "../../src/xlsx/write-workbook";
import { options } from "../template/support";
import { fillInputs } from "./support";

export const CREATED = new Date(2026, 0, 15);

/** Two IKI sheets (native formulas), the rekap over them and the stored catalog. */
export function cliPlans(mode: "native" | "iki" = "native", kunci = true): SheetPlan[] {
  return planWorkbook({
    katalog: builtInCatalog,
    jabatan: builtInCatalog.jabatan.slice(0, 2),
    options: options({ mode, kunci }),
    rekap: true,
    existing: [],
    katalogTersimpan: true,
  });
}

export async function cliFile(plans: SheetPlan[]): Promise<Uint8Array> {
  return writeXlsx(plans, { results: computeResults(plans), created: CREATED });
}

/** A cell of a read grid, missing trailing cells as empty. */
export const at = (grid: CellValue[][], row: number, col: number): CellValue =>
  grid[row]?.[col] ?? null;

/** The sheet a user made by hand: data, formats, a list validation, a merge, a defined name, a
 * protection with a password, a note, a picture. */
export async function userFile(): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("Catatan Saya");
  ws.getCell("A1").value = "Catatan kegiatan";
  ws.mergeCells("A1:C1");
  ws.getCell("A1").font = { bold: true, size: 14 };
  ws.getCell("A2").value = 1234.5;
  ws.getCell("A2").numFmt = "#,##0.00";
  ws.getCell("B2").value = { formula: "A2*2", result: 2469 };
  ws.getCell("C2").fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFFFFF00" } };
  ws.getCell("C2").value = "ya";
  ws.getCell("C2").protection = { locked: false };
  ws.getCell("C2").dataValidation = {
    type: "list",
    allowBlank: true,
    formulae: ['"ya,tidak"'],
  };
  ws.getCell("A3").value = "catatan";
  ws.getCell("A3").note = "Catatan untuk atasan";
  ws.getColumn(1).width = 30;
  wb.definedNames.add("'Catatan Saya'!$A$2", "Jumlah");
  await ws.protect("rahasia", { formatColumns: true });
  const other = wb.addWorksheet("Lain");
  other.getCell("A1").value = "lembar lain";
  wb.definedNames.add("Lain!$A$1", "Judul_Lain");
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

/** The first `count` jabatan (all: the whole dinas) with their rekap, inputs typed (seeded). */
export function filledPlans(count: number | undefined, seed: number): SheetPlan[] {
  const plans = planWorkbook({
    katalog: builtInCatalog,
    jabatan: builtInCatalog.jabatan.slice(0, count),
    options: options({ mode: "native" }),
    rekap: true,
    existing: [],
  });
  return fillInputs(plans, "lima", seed).plans;
}

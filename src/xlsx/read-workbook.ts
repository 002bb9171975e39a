/**
 * An .xlsx file read as the lifecycle actions need it (SheetRead per sheet, design13.md): formulas
 * as "=" + their text, values as Office.js `range.values` gives them (plainValue), the IKI-DINSOS
 * marker, protection and visibility. ExcelJS reads the cells; the marker is a worksheet custom
 * property ExcelJS does not read, taken from the package itself (package-read.ts) in the same pass,
 * or where a re-save by LibreOffice dropped it, from the sheet's `_IKI_DINSOS` name (penanda-nama.ts).
 */
import ExcelJS from "exceljs";
import JSZip from "jszip";
import type { CellValue } from "../catalog/tabel/types";
import { parseCell } from "../template/a1";
import { MARKER_KEY } from "../template/sheet-keys";
import type { SheetPackage } from "./package-read";
import { sheetPackagesWithMarkers } from "./penanda-nama";
import { XlsxTidakTerbaca, loadWorkbook, plainValue } from "./read-sheets";
import type { LembarXlsx } from "./sheet-read";
import { teks } from "./teks";

/** An input file as both ExcelJS and its package show it. */
export interface BukuXlsx {
  workbook: ExcelJS.Workbook;
  zip: JSZip;
  /** Per sheet name, in tab order: custom properties, in-workbook links, related parts. */
  packages: Map<string, SheetPackage>;
}

/**
 * The formula cells whose cached result is the empty text (t="str", empty <v>): ExcelJS reads them
 * with no result (so would write them back without one) where Office.js gives "": given it here.
 */
function keepEmptyTextResults(ws: ExcelJS.Worksheet, xml: string): void {
  for (const m of xml.matchAll(/<c\s([^>]*\bt="str"[^>]*)>([\s\S]*?)<\/c>/g)) {
    const at = parseCell(/\br="([A-Z]+\d+)"/.exec(m[1])?.[1] ?? "");
    if (!at || /<v>[^<]/.test(m[2])) continue;
    const found = ws.findCell(at.row + 1, at.column + 1);
    if (found?.type === ExcelJS.ValueType.Formula && found.result === undefined)
      found.value = { ...(found.value as ExcelJS.CellFormulaValue), result: "" };
  }
}

/** Loads an .xlsx once for ExcelJS and once as a package; not an .xlsx -> XlsxTidakTerbaca. */
export async function loadXlsx(bytes: Uint8Array): Promise<BukuXlsx> {
  const workbook = await loadWorkbook(bytes);
  let zip: JSZip;
  let packages: Map<string, SheetPackage>;
  try {
    zip = await JSZip.loadAsync(bytes);
    packages = await sheetPackagesWithMarkers(zip);
  } catch {
    throw new XlsxTidakTerbaca(teks.tidakTerbaca.bukanXlsx);
  }
  for (const ws of workbook.worksheets) keepEmptyTextResults(ws, packages.get(ws.name)?.xml ?? "");
  return { workbook, zip, packages };
}

/**
 * A cell's formula text with "=", or undefined for a constant. A shared formula (LibreOffice and
 * Excel write them for filled-down formulas) gives each cell its own text: ExcelJS translates the
 * master's formula to the cell's address.
 */
function formulaOf(cell: ExcelJS.Cell): string | undefined {
  if (cell.type !== ExcelJS.ValueType.Formula) return undefined;
  const text = cell.formula;
  return text === undefined ? undefined : `=${text}`;
}

function grids(ws: ExcelJS.Worksheet): { formulas: CellValue[][]; values: CellValue[][] } {
  const formulas: CellValue[][] = [];
  const values: CellValue[][] = [];
  ws.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const f: CellValue[] = [];
    const v: CellValue[] = [];
    row.eachCell({ includeEmpty: false }, (cell, col) => {
      // A merged cell other than the top-left repeats its master in ExcelJS: Excel's empty.
      if (cell.isMerged && cell.master !== cell) return;
      const formula = formulaOf(cell);
      // A formula's result from `result`: ExcelJS's `value` leaves out an empty text result.
      const value = plainValue(formula === undefined ? cell.value : (cell.result ?? null));
      v[col - 1] = value;
      f[col - 1] = formula ?? value;
    });
    formulas[rowNumber - 1] = Array.from(f, (c) => c ?? null);
    values[rowNumber - 1] = Array.from(v, (c) => c ?? null);
  });
  return {
    formulas: Array.from(formulas, (r) => r ?? []),
    values: Array.from(values, (r) => r ?? []),
  };
}

/** The sheet is protected: `sheet` of <sheetProtection> is an xsd:boolean ("1" from Excel and
 * ExcelJS, "true" possible elsewhere), which ExcelJS reads only as "1". */
export function isProtected(xml: string): boolean {
  return /<sheetProtection\s[^>]*\bsheet="(1|true)"/.test(xml);
}

/** The sheets of a loaded file, in tab order. */
export function lembarOf(buku: BukuXlsx): LembarXlsx[] {
  return buku.workbook.worksheets.map((ws) => {
    const pkg = buku.packages.get(ws.name);
    const marker = pkg?.properties.get(MARKER_KEY);
    const state = ws.state === "hidden" || ws.state === "veryHidden" ? ws.state : "visible";
    return {
      name: ws.name,
      ...(marker !== undefined && { marker }),
      ...grids(ws),
      ...(isProtected(pkg?.xml ?? "") && { terkunci: true }),
      visibility: state,
    };
  });
}

/** Every sheet of an .xlsx file (hidden ones too), in tab order; not an .xlsx -> XlsxTidakTerbaca. */
export async function readXlsxWorkbook(bytes: Uint8Array): Promise<LembarXlsx[]> {
  return lembarOf(await loadXlsx(bytes));
}

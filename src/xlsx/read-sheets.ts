/**
 * An .xlsx file read back as the values of its sheets (SheetValues), for the catalog import and
 * the stored catalog: what Office.js `range.values` gives in the pane, the command line gets here.
 * Every sheet, hidden ones included (the stored catalog is very hidden); rich text as its plain
 * text, a formula as its cached result, a date as Excel's serial number, an error as its code.
 */
import ExcelJS from "exceljs";
import type { CellValue, SheetValues } from "../catalog/tabel/types";
import { teks } from "./teks";

/** Days from Excel's day 0 (1899-12-30, with its 1900 leap-year bug folded in) to 1970-01-01. */
const EPOCH_SERIAL = 25569;
const MS_PER_DAY = 86400000;

/** One ExcelJS cell value as a plain value. */
export function plainValue(value: ExcelJS.CellValue): CellValue {
  if (value === null || value === undefined) return null;
  if (typeof value === "string" || typeof value === "number" || typeof value === "boolean")
    return value;
  if (value instanceof Date) return value.getTime() / MS_PER_DAY + EPOCH_SERIAL;
  if ("richText" in value) return value.richText.map((run) => run.text).join("");
  if ("error" in value) return value.error;
  if ("formula" in value || "sharedFormula" in value) {
    const result = (value as ExcelJS.CellFormulaValue).result;
    return result === undefined ? null : plainValue(result as ExcelJS.CellValue);
  }
  if ("text" in value) return plainValue(value.text as ExcelJS.CellValue); // a hyperlink
  return null;
}

function sheetValues(ws: ExcelJS.Worksheet): SheetValues {
  const values: CellValue[][] = [];
  ws.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const cells: CellValue[] = [];
    row.eachCell({ includeEmpty: false }, (cell, col) => {
      // A merged cell other than the top-left repeats its master's value in ExcelJS: Excel's empty.
      cells[col - 1] = cell.isMerged && cell.master !== cell ? null : plainValue(cell.value);
    });
    values[rowNumber - 1] = Array.from(cells, (c) => c ?? null);
  });
  return { name: ws.name, values: Array.from(values, (row) => row ?? []) };
}

/** A file that is no readable .xlsx; the message says why in Bahasa Indonesia, whole sentences. */
export class XlsxTidakTerbaca extends Error {}

/** An .xlsx is a zip ("PK"); an .xls or a password-protected .xlsx is an OLE compound file. */
const ZIP = [0x50, 0x4b];
const OLE = [0xd0, 0xcf, 0x11, 0xe0];
const startsWith = (bytes: Uint8Array, sig: number[]) => sig.every((b, i) => bytes[i] === b);

function sebab(bytes: Uint8Array): string {
  if (bytes.length === 0) return teks.tidakTerbaca.kosong;
  if (startsWith(bytes, OLE)) return teks.tidakTerbaca.xlsLama;
  if (startsWith(bytes, ZIP)) return teks.tidakTerbaca.rusak;
  return teks.tidakTerbaca.bukanXlsx;
}

/** The sheets of an .xlsx file, in tab order; a file that is not one throws XlsxTidakTerbaca. */
export async function readXlsxSheets(bytes: Uint8Array): Promise<SheetValues[]> {
  return (await loadWorkbook(bytes)).worksheets.map(sheetValues);
}

/** An .xlsx file as ExcelJS holds it; a file that is not one throws XlsxTidakTerbaca. */
export async function loadWorkbook(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch {
    throw new XlsxTidakTerbaca(sebab(bytes));
  }
  // A zip without a workbook in it (ExcelJS reads it as no sheets): every workbook has one.
  if (wb.worksheets.length === 0) throw new XlsxTidakTerbaca(teks.tidakTerbaca.bukanXlsx);
  return wb;
}

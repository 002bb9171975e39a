/** Test helpers: a small catalog as sheets (the Petunjuk's examples under Pakisaji's instansi), and edits by header name. */
import fs from "fs";
import path from "path";
import type { Catalog } from "../../../src/catalog/types";
import { CONTOH_JABATAN } from "../../../src/catalog/tabel/contoh";
import {
  catalogToTables,
  formatMasalah,
  tablesToCatalog,
  type CatalogTable,
  type CellValue,
  type ImportResult,
  type SheetValues,
} from "../../../src/catalog/tabel";

export const pakisaji = JSON.parse(
  fs.readFileSync(
    path.join(__dirname, "..", "..", "fixtures", "katalog", "pakisaji-2019.json"),
    "utf8"
  )
) as Catalog;

/** Pakisaji's instansi with the Petunjuk's example jabatan: every kind of row, small. */
export const contohCatalog = (): Catalog =>
  JSON.parse(JSON.stringify({ ...pakisaji, jabatan: CONTOH_JABATAN })) as Catalog;

/** The tables as a sink writes them: header on row 1, data below. */
export function asSheets(tables: CatalogTable[]): SheetValues[] {
  return tables.map((t) => ({ name: t.sheet, values: [t.header, ...t.rows.map((r) => [...r])] }));
}

export const contohSheets = (): SheetValues[] => asSheets(catalogToTables(contohCatalog()));

export function sheet(sheets: SheetValues[], name: string): SheetValues {
  const s = sheets.find((x) => x.name === name);
  if (!s) throw new Error(`no sheet ${name}`);
  return s;
}

function column(s: SheetValues, header: string): number {
  const c = s.values[0].indexOf(header);
  if (c < 0) throw new Error(`no column ${header} in ${s.name}`);
  return c;
}

/** Sets a cell by its Excel row number and its column header (row 1). */
export function setCell(
  sheets: SheetValues[],
  name: string,
  row: number,
  header: string,
  value: CellValue
): void {
  const s = sheet(sheets, name);
  s.values[row - 1][column(s, header)] = value;
}

export function dropColumn(sheets: SheetValues[], name: string, header: string): void {
  const s = sheet(sheets, name);
  const c = column(s, header);
  for (const r of s.values) r.splice(c, 1);
}

/** Every problem as formatMasalah writes it. */
export const lines = (r: ImportResult) => r.masalah.map(formatMasalah);
export const warnings = (r: ImportResult) => r.peringatan.map(formatMasalah);

export const importOf = (sheets: SheetValues[]) => tablesToCatalog(sheets);

/**
 * The editable catalog (src/catalog/tabel: catalogToTables) as new sheets of a workbook: one sheet
 * per table, under the table's own name so the import finds it (it looks sheets up by table name);
 * on a clash with a sheet already there, "Jabatan (2)", and the sheet's marker names its table so
 * the import still finds it (katalogSheetsForImport). Also re-exports the stored catalog
 * (katalog-tersimpan.ts): the pane and the command line import both from here.
 */
import { LEMBAR } from "../catalog/tabel/teks";
import type { CatalogTable, SheetValues } from "../catalog/tabel/types";
import { MAX_ROWS } from "./a1";
import { katalogSheetMarker, parseKatalogMarker } from "./katalog-marker";
import type { PlanCell, SheetPlan } from "./plan";
import { rect } from "./rect";
import { SheetBuilder } from "./sheet-builder";
import { SheetNamer, sheetKey } from "./sheet-names";
import { FORMAT_TEKS, gaya, warna } from "./styles";
import { teks } from "./teks";
import { validatePlan } from "./validate-plan";
import type { ExistingSheet } from "./workbook-plan";

export { planStoredCatalog, readStoredCatalog, NAMA_KATALOG_TERSIMPAN } from "./katalog-tersimpan";
export type { StoredCatalogRead } from "./katalog-tersimpan";

/** Rows below the data that keep the drop-downs and text formats, for what the user adds. */
export const BARIS_TAMBAHAN = 500;
/** Row 1 holds the petunjuk line, row 2 the header, the data from row 3. */
export const BARIS_HEADER_KATALOG = 2;

/** The tables as new sheets, in order, named uniquely against `existing` (validated plans). */
export function planKatalogSheets(tables: CatalogTable[], existing: ExistingSheet[]): SheetPlan[] {
  const namer = new SheetNamer(existing.map((s) => s.name));
  return tables.map((table) => validatePlan(planTabel(table, namer.take(table.sheet))));
}

function planTabel(table: CatalogTable, name: string): SheetPlan {
  const width = table.header.length;
  if (width === 0) throw new RangeError(`table "${table.sheet}" has no columns`);
  const widths = Array.from({ length: width }, (_, i) => table.widths[i] ?? 15);
  const b = new SheetBuilder(widths);
  const h = BARIS_HEADER_KATALOG;
  const semua: [number, number] = [0, width - 1];
  if (width > 1) b.mergeWrapped(rect(1, semua), table.petunjuk);
  else b.set(1, 0, table.petunjuk);
  b.format(rect(1, semua), gaya.catatan);
  table.header.forEach((label, col) => b.set(h, col, label));
  b.format(rect(h, semua), gaya.header);
  table.rows.forEach((row, i) => {
    for (let col = 0; col < width; col++) b.set(h + 1 + i, col, planCell(row[col]));
  });
  const akhirData = h + table.rows.length;
  if (table.rows.length > 0) b.format(rect([h + 1, akhirData], semua), gaya.tabel);
  const isian: [number, number] = [h + 1, Math.min(akhirData + BARIS_TAMBAHAN, MAX_ROWS)];
  for (const col of table.textColumns) b.format(rect(isian, col), { numberFormat: FORMAT_TEKS });
  for (const { column, values } of table.lists) {
    const kolom = table.header[column];
    b.validateList(rect(isian, column), {
      list: values,
      prompt: teks.katalog.pilihan(kolom, values),
      errorMessage: teks.katalog.pilihanSalah(kolom, values),
    });
  }
  return b.build({
    name,
    kind: "katalog",
    print: { orientation: "landscape", paper: "A4", fitToPagesWide: 1, titleRows: `$${h}:$${h}` },
    freeze: { rows: h, columns: 0 },
    tabColor: warna.tabKatalog,
    marker: katalogSheetMarker({ v: 1, kind: "katalog", tabel: table.sheet }),
  });
}

/** A read cell as plan data: an empty one is written empty ("" clears; null would leave it alone). */
function planCell(value: PlanCell | undefined): PlanCell {
  return value === null || value === undefined ? "" : value;
}

/** The layout's table names by sheetKey ("Jabatan"...), for sheets named after them. */
const TABEL = new Map(Object.values(LEMBAR).map((t) => [sheetKey(t), t]));

/** The table a sheet's name claims: its own, or that of "Jabatan (2)" (SheetNamer's next name). */
export function tabelDariNama(name: string): string | undefined {
  const dasar = /^(.*) \(\d+\)$/.exec(name)?.[1];
  return (
    TABEL.get(sheetKey(name)) ?? (dasar !== undefined ? TABEL.get(sheetKey(dasar)) : undefined)
  );
}

/**
 * The sheets the import should read, in workbook order, each under the table it claims: the one its
 * marker names (the export wrote "Jabatan (2)" beside the user's own "Jabatan"), else the one its
 * name names, "Jabatan (2)" included (a file re-saved by LibreOffice loses its markers). A sheet
 * read under another name keeps its own in `lembar`. Two sheets claiming one table are both kept:
 * the import reports them (never a silent choice between a second export and the first).
 */
export function katalogSheetsForImport(
  sheets: SheetValues[],
  existing: ExistingSheet[]
): SheetValues[] {
  const markerOf = new Map(existing.map((s) => [sheetKey(s.name), s.marker]));
  return sheets.map((sheet) => {
    const marker = parseKatalogMarker(markerOf.get(sheetKey(sheet.name)));
    const tabel = marker?.kind === "katalog" ? marker.tabel : tabelDariNama(sheet.name);
    if (tabel === undefined || sheetKey(tabel) === sheetKey(sheet.name)) return sheet;
    return { name: tabel, values: sheet.values, lembar: sheet.name };
  });
}

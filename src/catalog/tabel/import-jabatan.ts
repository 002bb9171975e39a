/**
 * The Jabatan sheet: one entry per jabatan in the order of its urutan, ids checked for repeats
 * and derived from the nama where the cell is empty.
 */
import { MAX_ID_CHARS } from "../validate";
import { slug, uniqueId } from "./kata";
import { KOLOM_JABATAN } from "./layout";
import type { Report, Place } from "./masalah";
import { columnName, emptyCell, readTable, type Row, type Table } from "./read-sheet";
import { MASALAH, PERINGATAN } from "./teks";
import type { SheetValues } from "./types";

export interface JabatanRow {
  row: number;
  id: string;
  urutan: number;
  nama: string;
  bidang: string;
  unit: string | null;
  catatan: string;
}

type Key = (typeof KOLOM_JABATAN)[number]["key"];

/** The urutan typed, or undefined when empty; NaN (reported) when it is not a whole number. */
function urutanOf(b: Row<Key>, at: (key: Key) => Place, report: Report): number | undefined {
  const t = b.text.urutan;
  if (t === "") return undefined;
  const n = Number(t);
  if (Number.isInteger(n) && n >= 1) return n;
  report.error(at("urutan"), MASALAH.urutanBukanBilangan(t));
  return NaN;
}

/** Reads every row, reporting empty cells, repeated urutan and repeated ids. */
function readRows(table: Table<Key>, report: Report): (JabatanRow & { given?: number })[] {
  const urutanRow = new Map<number, number>();
  const idRow = new Map<string, number>();
  return table.rows.map((b) => {
    const at = (key: Key) => ({
      sheet: table.sheet,
      row: b.row,
      column: columnName(table, KOLOM_JABATAN, key),
    });
    for (const key of ["nama", "bidang"] as const)
      if (b.text[key] === "") report.error(at(key), emptyCell(b, key, at(key).column));
    const given = urutanOf(b, at, report);
    if (given !== undefined && !Number.isNaN(given)) {
      const first = urutanRow.get(given);
      if (first !== undefined) report.error(at("urutan"), MASALAH.urutanGanda(given, first));
      else urutanRow.set(given, b.row);
    }
    const id = b.text.id;
    // Checked here, with its cell: validateCatalog would only name the jabatan.
    if (id.length > MAX_ID_CHARS)
      report.error(at("id"), MASALAH.idTerlaluPanjang(id.length, MAX_ID_CHARS));
    if (id !== "") {
      const first = idRow.get(id);
      if (first !== undefined) report.error(at("id"), MASALAH.idJabatanGanda(id, first));
      else idRow.set(id, b.row);
    }
    const { nama, bidang, unit, catatan } = b.text;
    return { row: b.row, id, urutan: 0, given, nama, bidang, unit: unit || null, catatan };
  });
}

/** The jabatan in urutan order (renumbered 1..n), ids derived where empty; undefined without a table. */
export function readJabatan(sheet: SheetValues, report: Report): JabatanRow[] | undefined {
  const table = readTable(sheet, KOLOM_JABATAN, report);
  if (!table) return undefined;
  const rows = readRows(table, report);
  if (rows.length === 0) report.error({ sheet: sheet.name }, MASALAH.tanpaJabatan());

  const taken = new Set(rows.map((j) => j.id).filter((id) => id !== ""));
  for (const j of rows) {
    if (j.id !== "" || j.nama === "") continue;
    j.id = uniqueId(slug(j.nama) || "jabatan", taken, MAX_ID_CHARS);
    taken.add(j.id);
    const place = { sheet: sheet.name, row: j.row, column: columnName(table, KOLOM_JABATAN, "id") };
    report.warn(place, PERINGATAN.idDibuat("jabatan", j.id));
  }

  // Those with an urutan by urutan, then the others in row order (sort is stable).
  const order = (j: { given?: number }) =>
    j.given === undefined || Number.isNaN(j.given) ? Infinity : j.given;
  const sorted = [...rows].sort((a, b) => order(a) - order(b));
  const urutanColumn = columnName(table, KOLOM_JABATAN, "urutan");
  return sorted.map(({ given, ...j }, index) => {
    const place = { sheet: sheet.name, row: j.row, column: urutanColumn };
    if (given === undefined) report.warn(place, PERINGATAN.urutanKosong(index + 1));
    else if (given !== index + 1 && !Number.isNaN(given))
      report.warn(place, PERINGATAN.urutanBaru(given, index + 1));
    return { ...j, urutan: index + 1 };
  });
}

/**
 * The Jabatan sheet: one entry per jabatan in the order of its urutan, ids checked for repeats
 * and derived from the nama where the cell is empty.
 */
import { slug, uniqueId } from "./kata";
import { KOLOM_JABATAN, type Kolom } from "./layout";
import type { Laporan, Letak } from "./masalah";
import { readTable, type Baris, type Tabel } from "./read-sheet";
import { MASALAH, PERINGATAN } from "./teks";
import type { SheetValues } from "./types";

export interface JabatanBaris {
  row: number;
  id: string;
  urutan: number;
  nama: string;
  bidang: string;
  unit: string | null;
  catatan: string;
}

type Key = (typeof KOLOM_JABATAN)[number]["key"];

/** The header of a column as the sheet writes it (the user sees that name). */
export function columnName<K extends string>(
  tabel: Tabel<K>,
  kolom: readonly Kolom<K>[],
  key: K
): string {
  return tabel.header[key] ?? kolom.find((k) => k.key === key)!.names[0];
}

/** The urutan typed, or undefined when empty; NaN (reported) when it is not a whole number. */
function urutanOf(b: Baris<Key>, at: (key: Key) => Letak, laporan: Laporan): number | undefined {
  const t = b.text.urutan;
  if (t === "") return undefined;
  const n = Number(t);
  if (Number.isInteger(n) && n >= 1) return n;
  laporan.error(at("urutan"), MASALAH.urutanBukanBilangan(t));
  return NaN;
}

/** Reads every row, reporting empty cells, repeated urutan and repeated ids. */
function readRows(tabel: Tabel<Key>, laporan: Laporan): (JabatanBaris & { given?: number })[] {
  const urutanRow = new Map<number, number>();
  const idRow = new Map<string, number>();
  return tabel.rows.map((b) => {
    const at = (key: Key) => ({
      sheet: tabel.sheet,
      row: b.row,
      column: columnName(tabel, KOLOM_JABATAN, key),
    });
    for (const key of ["nama", "bidang"] as const)
      if (b.text[key] === "") laporan.error(at(key), MASALAH.isiKosong(at(key).column));
    const given = urutanOf(b, at, laporan);
    if (given !== undefined && !Number.isNaN(given)) {
      const first = urutanRow.get(given);
      if (first !== undefined) laporan.error(at("urutan"), MASALAH.urutanGanda(given, first));
      else urutanRow.set(given, b.row);
    }
    const id = b.text.id;
    if (id !== "") {
      const first = idRow.get(id);
      if (first !== undefined) laporan.error(at("id"), MASALAH.idJabatanGanda(id, first));
      else idRow.set(id, b.row);
    }
    const { nama, bidang, unit, catatan } = b.text;
    return { row: b.row, id, urutan: 0, given, nama, bidang, unit: unit || null, catatan };
  });
}

/** The jabatan in urutan order (renumbered 1..n), ids derived where empty; undefined without a table. */
export function readJabatan(sheet: SheetValues, laporan: Laporan): JabatanBaris[] | undefined {
  const tabel = readTable(sheet, KOLOM_JABATAN, laporan);
  if (!tabel) return undefined;
  const rows = readRows(tabel, laporan);
  if (rows.length === 0) laporan.error({ sheet: sheet.name }, MASALAH.tanpaJabatan());

  const taken = new Set(rows.map((j) => j.id).filter((id) => id !== ""));
  for (const j of rows) {
    if (j.id !== "" || j.nama === "") continue;
    j.id = uniqueId(slug(j.nama) || "jabatan", taken);
    taken.add(j.id);
    const letak = { sheet: sheet.name, row: j.row, column: columnName(tabel, KOLOM_JABATAN, "id") };
    laporan.warn(letak, PERINGATAN.idDibuat("jabatan", j.id));
  }

  // Those with an urutan by urutan, then the others in row order (sort is stable).
  const order = (j: { given?: number }) =>
    j.given === undefined || Number.isNaN(j.given) ? Infinity : j.given;
  const sorted = [...rows].sort((a, b) => order(a) - order(b));
  const urutanColumn = columnName(tabel, KOLOM_JABATAN, "urutan");
  return sorted.map(({ given, ...j }, index) => {
    const letak = { sheet: sheet.name, row: j.row, column: urutanColumn };
    if (given === undefined) laporan.warn(letak, PERINGATAN.urutanKosong(index + 1));
    else if (given !== index + 1 && !Number.isNaN(given))
      laporan.warn(letak, PERINGATAN.urutanBaru(given, index + 1));
    return { ...j, urutan: index + 1 };
  });
}

/**
 * The Tugas and Fungsi sheets: texts per jabatan id, in row order; a row under an id that the
 * Jabatan sheet does not hold names the closest id.
 */
import { closest } from "./kata";
import { KOLOM_FUNGSI, KOLOM_TUGAS } from "./layout";
import type { Report, Place } from "./masalah";
import { columnName, readTable } from "./read-sheet";
import { MASALAH } from "./teks";
import type { SheetValues } from "./types";

/** True when `id` is a jabatan of the Jabatan sheet; otherwise reported with the closest id. */
export function checkJabatanRef(
  id: string,
  place: Place,
  jabatanIds: ReadonlySet<string> | undefined,
  report: Report
): boolean {
  if (id === "") {
    report.error(place, MASALAH.isiKosong(place.column ?? ""));
    return false;
  }
  // Without a Jabatan table there is nothing to check against (its absence is reported).
  if (!jabatanIds || jabatanIds.has(id)) return true;
  report.error(place, MASALAH.jabatanTidakAda(id, closest(id, jabatanIds)));
  return false;
}

/** Texts per jabatan id, or undefined (reported) without a table. */
export function readDaftar(
  sheet: SheetValues,
  jenis: "tugas" | "fungsi",
  jabatanIds: ReadonlySet<string> | undefined,
  report: Report
): Map<string, string[]> | undefined {
  const kolom = jenis === "tugas" ? KOLOM_TUGAS : KOLOM_FUNGSI;
  const table = readTable<"jabatan" | typeof jenis>(sheet, kolom, report);
  if (!table) return undefined;
  const byJabatan = new Map<string, string[]>();
  for (const b of table.rows) {
    const at = (key: "jabatan" | typeof jenis) => ({
      sheet: sheet.name,
      row: b.row,
      column: columnName(table, kolom, key),
    });
    const text = b.text[jenis];
    if (text === "") report.error(at(jenis), MASALAH.isiKosong(at(jenis).column));
    const id = b.text.jabatan;
    if (!checkJabatanRef(id, at("jabatan"), jabatanIds, report) || text === "") continue;
    const list = byJabatan.get(id) ?? [];
    list.push(text);
    byJabatan.set(id, list);
  }
  return byJabatan;
}

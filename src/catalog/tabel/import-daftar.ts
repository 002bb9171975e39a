/**
 * The Tugas and Fungsi sheets: texts per jabatan id, in row order; a row under an id that the
 * Jabatan sheet does not hold is reported (jabatan-ref.ts says what was probably meant).
 */
import { checkJabatanRef, type JabatanRefs } from "./jabatan-ref";
import { KOLOM_FUNGSI, KOLOM_TUGAS } from "./layout";
import type { Report } from "./masalah";
import { columnName, emptyCell, readTable } from "./read-sheet";
import type { SheetValues } from "./types";

/** Texts per jabatan id, or undefined (reported) without a table. */
export function readDaftar(
  sheet: SheetValues,
  jenis: "tugas" | "fungsi",
  refs: JabatanRefs | undefined,
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
    if (text === "") report.error(at(jenis), emptyCell(b, jenis, at(jenis).column));
    const id = b.text.jabatan;
    const kosongId = emptyCell(b, "jabatan", at("jabatan").column);
    if (!checkJabatanRef(id, at("jabatan"), refs, report, kosongId) || text === "") continue;
    const list = byJabatan.get(id) ?? [];
    list.push(text);
    byJabatan.set(id, list);
  }
  return byJabatan;
}

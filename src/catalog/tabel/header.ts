/**
 * The header row of a table, checked: a header written twice is an error naming both columns, an
 * unknown header that holds the name of a missing column is taken for a renamed one (an error: its
 * values would be replaced by defaults), other unknown headers are named in a warning.
 */
import { cellText, nameKey } from "./kata";
import type { ColumnSpec } from "./layout";
import type { Report } from "./masalah";
import { MASALAH, PERINGATAN } from "./teks";
import type { SheetValues } from "./types";

/** Column letter as Excel shows it: 0 -> "A", 26 -> "AA". */
export function columnLetter(c: number): string {
  let s = "";
  for (let n = c + 1; n > 0; n = Math.floor((n - 1) / 26))
    s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

export function checkHeader<K extends string>(
  sheet: SheetValues,
  headerRow: number,
  columns: Map<K, number>,
  kolom: readonly ColumnSpec<K>[],
  aliases: Map<string, K>,
  report: Report
): void {
  const cells = sheet.values[headerRow] ?? [];
  const at = (column: string) => ({ sheet: sheet.name, row: headerRow + 1, column });
  const unknown: string[] = [];
  cells.forEach((v, c) => {
    const t = cellText(v);
    if (t === "") return;
    const key = aliases.get(nameKey(t));
    if (key === undefined) unknown.push(t);
    else if (columns.get(key) !== c) {
      const first = columns.get(key)!;
      const pertama = cellText(cells[first]);
      report.error(at(t), MASALAH.judulGanda(pertama, columnLetter(first), t, columnLetter(c)));
    }
  });
  for (const k of kolom) {
    if (columns.has(k.key)) continue;
    const name = nameKey(k.names[0]);
    const renamed = unknown.find((u) => nameKey(u).includes(name));
    if (renamed === undefined) continue;
    report.error(at(renamed), MASALAH.judulMirip(renamed, k.names[0]));
    unknown.splice(unknown.indexOf(renamed), 1);
  }
  if (unknown.length > 0)
    report.warn({ sheet: sheet.name, row: headerRow + 1 }, PERINGATAN.kolomTambahan(unknown));
}

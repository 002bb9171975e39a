/**
 * One sheet as a table: the header row found as the first row holding every required column
 * (a title or a petunjuk line above it is fine), columns found by name, blank rows skipped.
 */
import { cellText, nameKey } from "./kata";
import type { ColumnSpec } from "./layout";
import type { Report } from "./masalah";
import { MASALAH, PERINGATAN } from "./teks";
import type { CellValue, SheetValues } from "./types";

export interface Row<K extends string> {
  /** Row number as Excel shows it. */
  row: number;
  /** Trimmed text of each known column ("" when empty or when the column is absent). */
  text: Record<K, string>;
}

export interface Table<K extends string> {
  sheet: string;
  /** The header as written in the sheet, per column present. */
  header: Partial<Record<K, string>>;
  rows: Row<K>[];
}

/** The header of a column as the sheet writes it (the user sees that name). */
export function columnName<K extends string>(
  table: Table<K>,
  kolom: readonly ColumnSpec<K>[],
  key: K
): string {
  return table.header[key] ?? kolom.find((k) => k.key === key)!.names[0];
}

/** How far down a header row is looked for when none is complete (to name what is missing). */
const GUESS_ROWS = 20;

function headerColumns<K extends string>(
  cells: readonly CellValue[],
  aliases: Map<string, K>
): Map<K, number> {
  const found = new Map<K, number>();
  cells.forEach((v, c) => {
    const key = aliases.get(nameKey(cellText(v)));
    if (key !== undefined && !found.has(key)) found.set(key, c);
  });
  return found;
}

/** The table of a sheet, or undefined (reported) when no header row holds the required columns. */
export function readTable<K extends string>(
  sheet: SheetValues,
  kolom: readonly ColumnSpec<K>[],
  report: Report
): Table<K> | undefined {
  const aliases = new Map<string, K>();
  for (const k of kolom) for (const n of k.names) aliases.set(nameKey(n), k.key);
  const required = kolom.filter((k) => k.required);
  let best: { row: number; columns: Map<K, number> } | undefined;
  for (let r = 0; r < sheet.values.length; r++) {
    const columns = headerColumns(sheet.values[r] ?? [], aliases);
    if (required.every((k) => columns.has(k.key))) return table(sheet, kolom, r, columns, report);
    if (r < GUESS_ROWS && columns.size > (best?.columns.size ?? 0)) best = { row: r, columns };
  }
  if (!best) {
    report.error({ sheet: sheet.name }, MASALAH.judulTidakAda(required.map((k) => k.names[0])));
    return undefined;
  }
  for (const k of required) {
    if (best.columns.has(k.key)) continue;
    const place = { sheet: sheet.name, row: best.row + 1, column: k.names[0] };
    report.error(place, MASALAH.kolomTidakAda(k.names[0]));
  }
  return undefined;
}

function table<K extends string>(
  sheet: SheetValues,
  kolom: readonly ColumnSpec<K>[],
  headerRow: number,
  columns: Map<K, number>,
  report: Report
): Table<K> {
  const headerCells = sheet.values[headerRow] ?? [];
  const header: Partial<Record<K, string>> = {};
  for (const [key, c] of columns) header[key] = cellText(headerCells[c]);
  const used = new Set(columns.values());
  const extra = headerCells.map((v, c) => (used.has(c) ? "" : cellText(v))).filter((t) => t !== "");
  if (extra.length > 0)
    report.warn({ sheet: sheet.name, row: headerRow + 1 }, PERINGATAN.kolomTambahan(extra));

  const rows: Row<K>[] = [];
  for (let r = headerRow + 1; r < sheet.values.length; r++) {
    const cells = sheet.values[r] ?? [];
    const text = {} as Record<K, string>;
    let blank = true;
    for (const k of kolom) {
      const c = columns.get(k.key);
      text[k.key] = c === undefined ? "" : cellText(cells[c]);
      if (text[k.key] !== "") blank = false;
    }
    if (!blank) rows.push({ row: r + 1, text });
  }
  return { sheet: sheet.name, header, rows };
}

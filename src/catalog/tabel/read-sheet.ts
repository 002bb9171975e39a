/**
 * One sheet as a table: the header row found as the first row holding every required column
 * (a title or a petunjuk line above it is fine), columns found by name, blank rows skipped.
 * What the reader cannot use is never dropped silently: repeated or near-miss headers, data under
 * a column without a header, and Excel's error values are reported with their place.
 */
import { checkHeader, columnLetter } from "./header";
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
  /** Columns empty here whose cell just above is filled: a merged cell, or a value written once. */
  above: Set<K>;
}

export interface Table<K extends string> {
  sheet: string;
  /** Row number of the header as Excel shows it. */
  headerRow: number;
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

/** "Empty" for a required cell, saying so when the cell above is filled (a merged cell?). */
export const emptyCell = <K extends string>(b: Row<K>, key: K, column: string) =>
  MASALAH.isiKosong(column, b.above.has(key));

/** Excel's error values: a formula that failed, never text of the catalog. */
const EXCEL_ERROR = /^#(REF!|N\/A|VALUE!|DIV\/0!|NAME\?|NULL!|NUM!|SPILL!|CALC!|GETTING_DATA)$/;

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
    if (required.every((k) => columns.has(k.key))) {
      checkHeader(sheet, r, columns, kolom, aliases, report);
      return table(sheet, kolom, r, columns, report);
    }
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

/** The text of each known column of one row; Excel error values reported and read as empty. */
function rowText<K extends string>(
  sheet: SheetValues,
  r: number,
  columns: Map<K, number>,
  header: Partial<Record<K, string>>,
  report: Report
): Record<K, string> {
  const cells = sheet.values[r] ?? [];
  const text = {} as Record<K, string>;
  for (const [key, c] of columns) {
    const t = cellText(cells[c]);
    const galat = EXCEL_ERROR.test(t);
    if (galat)
      report.error({ sheet: sheet.name, row: r + 1, column: header[key] }, MASALAH.galatExcel(t));
    text[key] = galat ? "" : t;
  }
  return text;
}

/** Columns of a row holding data under no header: never read, so said. */
function strayColumns(cells: readonly CellValue[], titled: readonly boolean[]): number[] {
  const out: number[] = [];
  for (let c = 0; c < cells.length; c++) if (!titled[c] && cellText(cells[c]) !== "") out.push(c);
  return out;
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
  const titled = headerCells.map((v) => cellText(v) !== "");
  const untitled = new Map<number, number>();
  const onlyUntitled: number[] = [];
  const rows: Row<K>[] = [];
  for (let r = headerRow + 1; r < sheet.values.length; r++) {
    const text = rowText(sheet, r, columns, header, report);
    for (const k of kolom) text[k.key] ??= "";
    const blank = kolom.every((k) => text[k.key] === "");
    const stray = strayColumns(sheet.values[r] ?? [], titled);
    for (const c of stray) if (!untitled.has(c)) untitled.set(c, r + 1);
    if (blank) {
      if (stray.length > 0) onlyUntitled.push(r + 1);
      continue;
    }
    const above = new Set<K>();
    const prev = r - 1 > headerRow ? (sheet.values[r - 1] ?? []) : [];
    for (const [key, c] of columns)
      if (text[key] === "" && cellText(prev[c]) !== "") above.add(key);
    rows.push({ row: r + 1, text, above });
  }
  for (const [c, row] of untitled)
    report.warn({ sheet: sheet.name, row }, PERINGATAN.kolomTanpaJudul(columnLetter(c), row));
  if (onlyUntitled.length > 0)
    report.warn(
      { sheet: sheet.name, row: onlyUntitled[0] },
      PERINGATAN.barisTanpaJudul(onlyUntitled)
    );
  return { sheet: sheet.name, headerRow: headerRow + 1, header, rows };
}

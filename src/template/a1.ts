/**
 * A1 addresses, the one module every layer uses (template is below every sink, so all may import it).
 *
 * One index convention: row and column indexes are 0-based (A1 is row 0, column 0), as plan.cells,
 * Office.js and HyperFormula count. A *row number* is what Excel shows beside a row (index + 1): plan
 * data (rowHeights, rowBreaks) and the planners' `cell`/`range` take row numbers, because a planner
 * reads a layout as Excel shows it.
 *
 * Addresses are sheet-local: cells ("B3"), rectangles ("A1:C9", corners in any order), whole columns
 * ("A:C") and whole rows ("5:7"), with optional "$". Excel rejects anything else in `getRange`.
 */

/** Excel's last column (XFD) and row. */
export const MAX_COLUMNS = 16384;
export const MAX_ROWS = 1048576;

function lettersOf(col: number): string {
  let n = col + 1;
  let out = "";
  while (n > 0) {
    const rem = (n - 1) % 26;
    out = String.fromCharCode(65 + rem) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}

/** The letters of A..ZZ, built once: planners name these columns thousands of times. */
const LETTERS = Array.from({ length: 702 }, (_, col) => lettersOf(col));

/** "A" for column 0, "XFD" for the last. */
export function columnLetter(col: number): string {
  const known = LETTERS[col];
  if (known !== undefined) return known;
  if (!Number.isInteger(col) || col < 0 || col >= MAX_COLUMNS)
    throw new RangeError(`column ${col} out of range`);
  return lettersOf(col);
}

/** "A" -> 0; undefined when not 1-3 letters inside XFD. */
export function columnIndex(letters: string): number | undefined {
  if (!/^[A-Za-z]{1,3}$/.test(letters)) return undefined;
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1 < MAX_COLUMNS ? n - 1 : undefined;
}

/** "B3" for row index 2, column 1. */
export function cellAddress(row: number, column: number): string {
  if (!Number.isInteger(row) || row < 0 || row >= MAX_ROWS)
    throw new RangeError(`row index out of range: ${row}`);
  return `${columnLetter(column)}${row + 1}`;
}

/** "A1:C3" for a block of `rows` x `columns` from (row, column); one cell gives "A1". */
export function blockAddress(row: number, column: number, rows: number, columns: number): string {
  if (rows < 1 || columns < 1) throw new RangeError(`empty block ${rows}x${columns}`);
  const first = cellAddress(row, column);
  return rows === 1 && columns === 1
    ? first
    : `${first}:${cellAddress(row + rows - 1, column + columns - 1)}`;
}

/** "A:C" for columns 0..2 (inclusive). */
export function columnsAddress(first: number, last: number): string {
  return `${columnLetter(first)}:${columnLetter(last)}`;
}

/** "5:7" for row indexes 4..6 (inclusive). */
export function rowsAddress(first: number, last: number): string {
  if (first < 0 || last >= MAX_ROWS || last < first)
    throw new RangeError(`rows out of range: ${first}..${last}`);
  return `${first + 1}:${last + 1}`;
}

/** For planners: "G16" from row number 16 (as Excel shows it) and column 6. */
export function cell(rowNumber: number, col: number): string {
  return cellAddress(rowNumber - 1, col);
}

/** For planners: "H16:K16" from row numbers and columns; a single cell when both corners are the same. */
export function range(row1: number, col1: number, row2: number, col2: number): string {
  const a = cell(row1, col1);
  const b = cell(row2, col2);
  return a === b ? a : `${a}:${b}`;
}

/** A rectangle of cells, 0-based and inclusive; whole rows/columns span the sheet. */
export interface A1Range {
  firstRow: number;
  firstColumn: number;
  lastRow: number;
  lastColumn: number;
  kind: "cells" | "columns" | "rows";
}

export interface CellIndex {
  row: number;
  column: number;
}

const COLUMN = /^\$?([A-Za-z]{1,3})$/;
const ROW = /^\$?([0-9]{1,7})$/;
const DOLLAR = 36;

/**
 * The cell written in text[from, to): "$"? 1-3 letters "$"? 1-7 digits, inside Excel's grid.
 * Read by character codes: plans hold thousands of addresses and each is parsed where it is checked.
 */
function readCell(text: string, from: number, to: number): CellIndex | undefined {
  let i = from;
  if (text.charCodeAt(i) === DOLLAR) i++;
  const lettersFrom = i;
  let column = 0;
  for (; i < to; i++) {
    const ch = text.charCodeAt(i) & ~32; // upper case
    if (ch < 65 || ch > 90) break;
    column = column * 26 + ch - 64;
  }
  if (i === lettersFrom || i - lettersFrom > 3) return undefined;
  if (text.charCodeAt(i) === DOLLAR) i++;
  const digitsFrom = i;
  let row = 0;
  for (; i < to; i++) {
    const ch = text.charCodeAt(i);
    if (ch < 48 || ch > 57) return undefined;
    row = row * 10 + ch - 48;
  }
  if (i === digitsFrom || i - digitsFrom > 7) return undefined;
  if (column > MAX_COLUMNS || row < 1 || row > MAX_ROWS) return undefined;
  return { row: row - 1, column: column - 1 };
}

/** One cell ("B3", "$B$3"); undefined when Excel would reject it. */
export function parseCell(text: string): CellIndex | undefined {
  return readCell(text, 0, text.length);
}

function parseRow(text: string): number | undefined {
  const m = ROW.exec(text);
  if (!m) return undefined;
  const row = Number(m[1]) - 1;
  return row >= 0 && row < MAX_ROWS ? row : undefined;
}

function parseColumn(text: string): number | undefined {
  const m = COLUMN.exec(text);
  return m ? columnIndex(m[1]) : undefined;
}

/** The rectangle between two corners given in any order. */
function between(a: CellIndex, b: CellIndex, kind: A1Range["kind"]): A1Range {
  return {
    firstRow: Math.min(a.row, b.row),
    firstColumn: Math.min(a.column, b.column),
    lastRow: Math.max(a.row, b.row),
    lastColumn: Math.max(a.column, b.column),
    kind,
  };
}

/** Parses a sheet-local A1 address; undefined when Excel would reject it. Corners may come in any order. */
export function parseA1(address: string): A1Range | undefined {
  const colon = address.indexOf(":");
  if (colon < 0) {
    const one = parseCell(address);
    return one && between(one, one, "cells");
  }
  if (address.indexOf(":", colon + 1) >= 0) return undefined;
  const ca = readCell(address, 0, colon);
  const cb = ca && readCell(address, colon + 1, address.length);
  if (ca && cb) return between(ca, cb, "cells");
  const a = address.slice(0, colon);
  const b = address.slice(colon + 1);
  const colA = parseColumn(a);
  const colB = parseColumn(b);
  if (colA !== undefined && colB !== undefined)
    return between({ row: 0, column: colA }, { row: MAX_ROWS - 1, column: colB }, "columns");
  const rowA = parseRow(a);
  const rowB = parseRow(b);
  if (rowA !== undefined && rowB !== undefined)
    return between({ row: rowA, column: 0 }, { row: rowB, column: MAX_COLUMNS - 1 }, "rows");
  return undefined;
}

/** Like parseA1, but throws (with the address) where the plan holds an address Excel would reject. */
export function requireA1(address: string): A1Range {
  const parsed = parseA1(address);
  if (!parsed) throw new RangeError(`invalid A1 address: "${address}"`);
  return parsed;
}

export function rangeSize(r: A1Range): { rows: number; columns: number } {
  return { rows: r.lastRow - r.firstRow + 1, columns: r.lastColumn - r.firstColumn + 1 };
}

/** Whether two ranges share a cell. */
export function rangesOverlap(a: A1Range, b: A1Range): boolean {
  return (
    a.firstRow <= b.lastRow &&
    b.firstRow <= a.lastRow &&
    a.firstColumn <= b.lastColumn &&
    b.firstColumn <= a.lastColumn
  );
}

/** Whether a cell (0-based) lies in a range. */
export function rangeHas(r: A1Range, row: number, column: number): boolean {
  return row >= r.firstRow && row <= r.lastRow && column >= r.firstColumn && column <= r.lastColumn;
}

/** Visits every cell of a range (an address or a parsed range), row by row, with 0-based indexes. */
export function forEachCell(
  where: string | A1Range,
  visit: (row: number, column: number, r: A1Range) => void
): void {
  const r = typeof where === "string" ? requireA1(where) : where;
  for (let row = r.firstRow; row <= r.lastRow; row++)
    for (let column = r.firstColumn; column <= r.lastColumn; column++) visit(row, column, r);
}

/** Top-left cell of an address, without "$": the anchor Excel uses for relative references in rules. */
export function topLeftCell(address: string): string {
  const r = requireA1(address);
  return cellAddress(r.firstRow, r.firstColumn);
}

/** A sheet name as it must appear before "!" in a reference: always quoted, apostrophes doubled. */
export function quoteSheetName(name: string): string {
  return `'${name.replace(/'/g, "''")}'`;
}

/** A reference to a cell of another sheet, as a formula or a link writes it ('Kepala Dinas Sosial'!G16). */
export function sheetRef(sheet: string, a1: string): string {
  return `${quoteSheetName(sheet)}!${a1}`;
}

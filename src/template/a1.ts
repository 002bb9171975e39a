/** A1 address helpers. Rows are 1-based (as Excel shows them), columns 0-based (A = 0). */

/** Excel's last column (XFD) and row. */
export const MAX_COLUMNS = 16384;
export const MAX_ROWS = 1048576;

export function columnLetter(col: number): string {
  if (!Number.isInteger(col) || col < 0 || col >= MAX_COLUMNS)
    throw new RangeError(`column ${col} out of range`);
  let n = col + 1;
  let out = "";
  while (n > 0) {
    const rem = (n - 1) % 26;
    out = String.fromCharCode(65 + rem) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}

export function columnIndex(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

/** "G16" from row 16, column 6. */
export function cell(row: number, col: number): string {
  return `${columnLetter(col)}${row}`;
}

/** "H16:K16"; a single cell when both corners are the same. */
export function range(row1: number, col1: number, row2: number, col2: number): string {
  const a = cell(row1, col1);
  const b = cell(row2, col2);
  return a === b ? a : `${a}:${b}`;
}

export interface CellAddress {
  row: number;
  col: number;
}

export interface RangeAddress {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

const CELL = /^\$?([A-Z]{1,3})\$?([1-9][0-9]{0,6})$/;

/** A1 (optionally with $) inside Excel's grid, else undefined. */
export function parseCell(a1: string): CellAddress | undefined {
  const m = CELL.exec(a1);
  if (!m) return undefined;
  const col = columnIndex(m[1]);
  const row = Number(m[2]);
  if (col >= MAX_COLUMNS || row > MAX_ROWS) return undefined;
  return { row, col };
}

/** "A1" or "A1:C3" with the first corner top-left, else undefined. */
export function parseRange(a1: string): RangeAddress | undefined {
  const parts = a1.split(":");
  if (parts.length > 2) return undefined;
  const a = parseCell(parts[0]);
  const b = parts.length === 2 ? parseCell(parts[1]) : a;
  if (!a || !b || b.row < a.row || b.col < a.col) return undefined;
  return { top: a.row, left: a.col, bottom: b.row, right: b.col };
}

/** A sheet name as it must appear before "!" in a reference: always quoted, apostrophes doubled. */
export function quoteSheetName(name: string): string {
  return `'${name.replace(/'/g, "''")}'`;
}

/** A reference to a cell of another sheet, as a formula or a link writes it ('Kepala Dinas Sosial'!G16). */
export function sheetRef(sheet: string, a1: string): string {
  return `${quoteSheetName(sheet)}!${a1}`;
}

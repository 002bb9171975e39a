/**
 * A1 addresses on one sheet, as the adapter writes them: cells ("B3"), rectangles ("A1:C9"),
 * whole columns ("A:C") and whole rows ("5:7"), with optional "$". Excel rejects anything else
 * in `getRange`, so everything the adapter sends goes through `parseA1` first.
 */
import {
  MAX_COLUMNS,
  MAX_ROWS,
  columnIndex as baseColumnIndex,
  columnLetter,
  quoteSheetName,
} from "../template/a1";

// One implementation of column letters, Excel's limits and sheet quoting, shared with the plans.
export { MAX_COLUMNS, MAX_ROWS, quoteSheetName };
export const columnLetters = columnLetter;

/** A rectangle of cells, 0-based and inclusive; whole rows/columns span the sheet. */
export interface A1Range {
  firstRow: number;
  firstColumn: number;
  lastRow: number;
  lastColumn: number;
  kind: "cells" | "columns" | "rows";
}

/** "A" -> 0; undefined when not 1-3 letters inside XFD. */
export function columnIndex(letters: string): number | undefined {
  if (!/^[A-Za-z]{1,3}$/.test(letters)) return undefined;
  const index = baseColumnIndex(letters);
  return index < MAX_COLUMNS ? index : undefined;
}

/** "B3" for row 2, column 1 (0-based). */
export function cellAddress(row: number, column: number): string {
  if (!Number.isInteger(row) || row < 0 || row >= MAX_ROWS)
    throw new RangeError(`row index out of range: ${row}`);
  return `${columnLetters(column)}${row + 1}`;
}

/** "A1:C3" for a block of `rows` x `columns` from (row, column); one cell gives "A1". */
export function blockAddress(row: number, column: number, rows: number, columns: number): string {
  if (rows < 1 || columns < 1) throw new RangeError(`empty block ${rows}x${columns}`);
  const first = cellAddress(row, column);
  return rows === 1 && columns === 1
    ? first
    : `${first}:${cellAddress(row + rows - 1, column + columns - 1)}`;
}

/** "A:C" for columns 0..2 (0-based, inclusive). */
export function columnsAddress(first: number, last: number): string {
  return `${columnLetters(first)}:${columnLetters(last)}`;
}

/** "5:7" for rows 4..6 (0-based, inclusive). */
export function rowsAddress(first: number, last: number): string {
  if (first < 0 || last >= MAX_ROWS || last < first)
    throw new RangeError(`rows out of range: ${first}..${last}`);
  return `${first + 1}:${last + 1}`;
}

const CELL = /^\$?([A-Za-z]{1,3})\$?([0-9]{1,7})$/;
const COLUMN = /^\$?([A-Za-z]{1,3})$/;
const ROW = /^\$?([0-9]{1,7})$/;

function parseCell(text: string): { row: number; column: number } | undefined {
  const m = CELL.exec(text);
  if (!m) return undefined;
  const column = columnIndex(m[1]);
  const row = Number(m[2]) - 1;
  if (column === undefined || row < 0 || row >= MAX_ROWS) return undefined;
  return { row, column };
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

/** Parses a sheet-local A1 address; undefined when Excel would reject it. Corners may come in any order. */
export function parseA1(address: string): A1Range | undefined {
  const parts = address.split(":");
  if (parts.length === 1) {
    const cell = parseCell(parts[0]);
    return (
      cell && {
        firstRow: cell.row,
        firstColumn: cell.column,
        lastRow: cell.row,
        lastColumn: cell.column,
        kind: "cells",
      }
    );
  }
  if (parts.length !== 2) return undefined;
  const [a, b] = parts;
  const ca = parseCell(a);
  const cb = parseCell(b);
  if (ca && cb) {
    return {
      firstRow: Math.min(ca.row, cb.row),
      lastRow: Math.max(ca.row, cb.row),
      firstColumn: Math.min(ca.column, cb.column),
      lastColumn: Math.max(ca.column, cb.column),
      kind: "cells",
    };
  }
  const colA = parseColumn(a);
  const colB = parseColumn(b);
  if (colA !== undefined && colB !== undefined) {
    return {
      firstRow: 0,
      lastRow: MAX_ROWS - 1,
      firstColumn: Math.min(colA, colB),
      lastColumn: Math.max(colA, colB),
      kind: "columns",
    };
  }
  const rowA = parseRow(a);
  const rowB = parseRow(b);
  if (rowA !== undefined && rowB !== undefined) {
    return {
      firstRow: Math.min(rowA, rowB),
      lastRow: Math.max(rowA, rowB),
      firstColumn: 0,
      lastColumn: MAX_COLUMNS - 1,
      kind: "rows",
    };
  }
  return undefined;
}

/** Like parseA1, but throws (with the address) where the plan holds an address Excel would reject. */
export function requireA1(address: string): A1Range {
  const range = parseA1(address);
  if (!range) throw new RangeError(`invalid A1 address: "${address}"`);
  return range;
}

export function rangeSize(range: A1Range): { rows: number; columns: number } {
  return {
    rows: range.lastRow - range.firstRow + 1,
    columns: range.lastColumn - range.firstColumn + 1,
  };
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

/** Top-left cell of an address, without "$": the anchor Excel uses for relative references in rules. */
export function topLeftCell(address: string): string {
  const range = requireA1(address);
  return cellAddress(range.firstRow, range.firstColumn);
}

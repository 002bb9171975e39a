/**
 * A rectangle of cells as the planners address it: its top-left cell (row 1-based, column 0-based,
 * as a1.ts counts) and its size. One value instead of four bare numbers whose order is easy to swap.
 */
import { range } from "./a1";

export interface Rect {
  readonly row: number;
  readonly col: number;
  readonly rows: number;
  readonly cols: number;
}

/** One row or column index, or an inclusive [first, last] pair of them. */
export type Span = number | readonly [number, number];

/** The cells on `rows` and `cols`: rect(5, [0, 6]) is A5:G5, rect([14, 15], 2) is C14:C15. */
export function rect(rows: Span, cols: Span): Rect {
  // Read without destructuring: planners call this for every block, and a copy per call shows in the bench.
  const row = typeof rows === "number" ? rows : rows[0];
  const last = typeof rows === "number" ? rows : rows[1];
  const col = typeof cols === "number" ? cols : cols[0];
  const lastC = typeof cols === "number" ? cols : cols[1];
  if (last < row || lastC < col)
    throw new RangeError(`empty rectangle: rows ${row}..${last}, columns ${col}..${lastC}`);
  return { row, col, rows: last - row + 1, cols: lastC - col + 1 };
}

export function lastRow(r: Rect): number {
  return r.row + r.rows - 1;
}

export function lastCol(r: Rect): number {
  return r.col + r.cols - 1;
}

/** "H16:K16", or "H16" for a single cell. */
export function rectA1(r: Rect): string {
  return range(r.row, r.col, lastRow(r), lastCol(r));
}

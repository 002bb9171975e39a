/**
 * Column widths: plans speak Excel's character units (the number in Excel's "Column Width" box),
 * Office.js `RangeFormat.columnWidth` speaks points.
 *
 * Excel's rule (ECMA-376 Part 1, 18.3.1.13 `col/@width`): a width of w characters of the default
 * font's maximum digit width (MDW) occupies
 *   pixels = trunc(w * MDW + 5)            for w >= 1 (2 px padding each side + 1 px gridline)
 *   pixels = trunc(w * (MDW + 5))          for w < 1
 * and a pixel is 0.75 pt at 96 dpi. With the default Calibri 11 (MDW 7 px): the default 8.43
 * characters -> 64 px -> 48 pt, which is what Excel reports as `columnWidth` of an untouched column.
 */
import { MAX_COLUMN_WIDTH_CHARS } from "../template/excel-limits";

/** Maximum digit width of Calibri 11, Excel's default font, in pixels. */
export const DEFAULT_MAX_DIGIT_WIDTH_PX = 7;
const PADDING_PX = 5;
const POINTS_PER_PIXEL = 0.75;

export function columnWidthPixels(
  chars: number,
  maxDigitWidth = DEFAULT_MAX_DIGIT_WIDTH_PX
): number {
  if (!Number.isFinite(chars) || chars < 0 || chars > MAX_COLUMN_WIDTH_CHARS) {
    throw new RangeError(
      `column width out of range (0-${MAX_COLUMN_WIDTH_CHARS} characters): ${chars}`
    );
  }
  if (chars === 0) return 0;
  return chars < 1
    ? Math.trunc(chars * (maxDigitWidth + PADDING_PX))
    : Math.trunc(chars * maxDigitWidth + PADDING_PX);
}

/** Points for Office.js `columnWidth`, from a width in characters. */
export function columnWidthPoints(
  chars: number,
  maxDigitWidth = DEFAULT_MAX_DIGIT_WIDTH_PX
): number {
  return columnWidthPixels(chars, maxDigitWidth) * POINTS_PER_PIXEL;
}

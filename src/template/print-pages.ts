/**
 * Where printed pages break, estimated from the plan alone, so the planner can keep a block (the
 * signature block with what leads into it) on one page with a manual page break. Pure.
 *
 * A sheet printed one page wide is scaled to fit its columns: Excel measures a column of w
 * characters as trunc(w x MDW + 5) pixels, MDW being the default font's digit width (7 px for
 * Calibri 11), and rounds the fit-to-width scale down to a whole percent. Another program, or a
 * substitute font, measures the digit differently (LibreOffice with DejaVu Sans: about 9.3 px), and
 * the scale, so every page break, moves with it. So a block counts as "would straddle" when it does
 * at any whole-percent scale between those two measures, with a little of each page held back.
 */
import type { PrintPlan } from "./plan";

/** A4 in points. */
const A4 = { long: 841.89, short: 595.28 };
/** Excel's "Normal" margins, which ExcelJS writes as well: 0.7 in left and right, 0.75 in top and bottom. */
const MARGIN_SIDE = 0.7 * 72;
const MARGIN_END = 0.75 * 72;
/** Share of the printable height counted on: rows snap to whole pixels, programs differ a little. */
const PAGE_USE = 0.95;
/** Digit widths (pixels at 96 dpi) between which renderers fall: Excel's Calibri .. a wide substitute. */
export const MDW_EXCEL = 7;
export const MDW_WIDE = 9.5;

export interface PrintGeometry {
  columnWidths: number[];
  /** Height in points of each row, 1-based: heights[row - 1]. */
  heights: number[];
  orientation: PrintPlan["orientation"];
  /** Rows repeated at the top of every page that starts below them. */
  titleRows?: { from: number; to: number };
}

function pageSize(orientation: PrintPlan["orientation"]): { width: number; height: number } {
  const landscape = orientation === "landscape";
  return {
    width: (landscape ? A4.long : A4.short) - 2 * MARGIN_SIDE,
    height: (landscape ? A4.short : A4.long) - 2 * MARGIN_END,
  };
}

/** The fit-to-one-page-wide scale, in whole percent (10..100), for a digit width in pixels. */
export function fitScale(
  g: Pick<PrintGeometry, "columnWidths" | "orientation">,
  mdw = MDW_EXCEL
): number {
  const px = g.columnWidths.reduce((sum, w) => sum + (w > 0 ? Math.trunc(w * mdw + 5) : 0), 0);
  const percent = Math.floor((100 * pageSize(g.orientation).width) / (px * 0.75));
  return Math.max(10, Math.min(100, percent));
}

/** The rows (1-based) that begin a page at `percent`, the first being 1; `breaks` are manual. */
export function pageStarts(g: PrintGeometry, percent: number, breaks: number[] = []): number[] {
  const capacity = (pageSize(g.orientation).height * PAGE_USE * 100) / percent;
  const title = g.titleRows
    ? g.heights.slice(g.titleRows.from - 1, g.titleRows.to).reduce((a, b) => a + b, 0)
    : 0;
  const starts = [1];
  let used = 0;
  g.heights.forEach((h, i) => {
    const row = i + 1;
    if (row > 1 && (used + h > capacity || breaks.includes(row))) {
      starts.push(row);
      used = g.titleRows && row > g.titleRows.to ? title : 0;
    }
    used += h;
  });
  return starts;
}

/** The page (0-based) that holds `row`. */
function pageOf(starts: number[], row: number): number {
  let page = 0;
  while (page + 1 < starts.length && starts[page + 1] <= row) page++;
  return page;
}

/** Every whole-percent scale a renderer may print at. */
export function plausibleScales(g: PrintGeometry): number[] {
  const out: number[] = [];
  for (let p = fitScale(g, MDW_WIDE); p <= fitScale(g, MDW_EXCEL); p++) out.push(p);
  return out;
}

/** True when rows from..to land on more than one page at some plausible scale. */
export function straddles(
  g: PrintGeometry,
  from: number,
  to: number,
  breaks: number[] = []
): boolean {
  return plausibleScales(g).some((p) => {
    const starts = pageStarts(g, p, breaks);
    return pageOf(starts, from) !== pageOf(starts, to);
  });
}

/**
 * The row before which a manual page break keeps rows `to` together with what precedes them from
 * `from`, or undefined when no break is needed. When from..to is taller than a page, only
 * `fallback`..to is kept together.
 */
export function keepTogether(
  g: PrintGeometry,
  from: number,
  fallback: number,
  to: number
): number | undefined {
  if (!straddles(g, fallback, to)) return undefined;
  return straddles(g, from, to, [from]) ? fallback : from;
}

/**
 * Heights for rows the plan leaves to Excel. When the add-in writes a wrapped text, Excel grows the
 * row to fit; a file only has the heights it stores, and neither Excel nor LibreOffice refits rows on
 * opening, so a wrapped rekap row would show one line of overlapping text. The estimate is the
 * planner's own (tinggiUntuk); merged cells are skipped: the planner sizes those rows itself.
 */
import { forEachCell } from "../template/a1";
import type { SheetPlan } from "../template/plan";
import { tinggiUntuk, type TeksSel } from "../template/text-height";
import { cellKey, type ResolvedStyle } from "./style";

/**
 * Rows without a planned height whose wrapped texts need more than one line, as plan row heights
 * (row numbers). `text` gives the shown text of a cell by 0-based indexes.
 */
export function estimatedRowHeights(
  plan: SheetPlan,
  styles: Map<string, ResolvedStyle>,
  text: (row: number, col: number) => string
): { row: number; height: number }[] {
  const planned = new Set(plan.rowHeights.map((h) => h.row - 1));
  const merged = new Set<string>();
  for (const m of plan.merges) forEachCell(m, (row, col) => merged.add(cellKey(row, col)));
  const out: { row: number; height: number }[] = [];
  for (let row = 0; row < plan.cells.length; row++) {
    if (planned.has(row)) continue;
    const texts: TeksSel[] = [];
    plan.cells[row].forEach((_, col) => {
      const style = styles.get(cellKey(row, col))?.style;
      if (!style?.wrap || merged.has(cellKey(row, col))) return;
      const t = text(row, col);
      // The estimate allows for the font's size and weight, and is generous by itself.
      if (t !== "")
        texts.push({
          text: t,
          width: plan.columnWidths[col] ?? 8.43,
          fontSize: style.fontSize,
          bold: style.bold,
        });
    });
    const height = tinggiUntuk(texts);
    if (height > 15) out.push({ row: row + 1, height });
  }
  return out;
}

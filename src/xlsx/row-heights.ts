/**
 * Heights for rows the plan leaves to Excel. When the add-in writes a wrapped text, Excel grows the
 * row to fit; a file only has the heights it stores, and neither Excel nor LibreOffice refits rows on
 * opening, so a wrapped rekap row would show one line of overlapping text. The estimate is the
 * planner's own (tinggiUntuk); merged cells are skipped: the planner sizes those rows itself.
 */
import { parseRange } from "../template/a1";
import type { SheetPlan } from "../template/plan";
import { tinggiUntuk, type TeksSel } from "../template/text-height";
import { cellKey, type ResolvedStyle } from "./style";

/** Rows (1-based) without a planned height whose wrapped texts need more than one line. */
export function estimatedRowHeights(
  plan: SheetPlan,
  styles: Map<string, ResolvedStyle>,
  text: (row: number, col: number) => string
): { row: number; height: number }[] {
  const planned = new Set(plan.rowHeights.map((h) => h.row));
  const merged = new Set<string>();
  for (const m of plan.merges) {
    const r = parseRange(m);
    if (!r) continue;
    for (let row = r.top; row <= r.bottom; row++)
      for (let col = r.left; col <= r.right; col++) merged.add(cellKey(row, col));
  }
  const out: { row: number; height: number }[] = [];
  for (let row = 1; row <= plan.cells.length; row++) {
    if (planned.has(row)) continue;
    const texts: TeksSel[] = [];
    plan.cells[row - 1].forEach((_, col) => {
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
    if (height > 15) out.push({ row, height });
  }
  return out;
}

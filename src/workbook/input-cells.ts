/**
 * The input cells of a plan (style `locked: false`: the yellow cells a user types in) and the number
 * format each one's style gives it. Plan text in such a cell (a "-" typed as a target, carried by a
 * refresh) must not get the Text format "@" that guards other plan text: that format stays with the
 * cell, so a number typed there later would be stored as text and the capaian would stop counting
 * it. It keeps its own format and the text is written with the quote prefix instead (see
 * sheet-commands.ts gridCommands); the xlsx sink writes a string cell with the style's format too.
 */
import { forEachCell, requireA1 } from "../template/a1";
import type { SheetPlan } from "../template/plan";

/** By "row:column" (0-based) within `rows` x `columns`: each input cell's number format, if its style sets one. */
export function inputCellFormats(
  plan: SheetPlan,
  rows: number,
  columns: number
): Map<string, string | undefined> {
  const formats = new Map<string, string | undefined>();
  const unlocked = new Set<string>();
  for (const { range, style } of plan.formats) {
    if (style.locked !== false && style.numberFormat === undefined) continue;
    const box = requireA1(range);
    const within = {
      ...box,
      lastRow: Math.min(box.lastRow, rows - 1),
      lastColumn: Math.min(box.lastColumn, columns - 1),
    };
    forEachCell(within, (r, c) => {
      const key = `${r}:${c}`;
      if (style.locked === false) unlocked.add(key);
      if (style.numberFormat !== undefined) formats.set(key, style.numberFormat);
    });
  }
  return new Map([...unlocked].map((key) => [key, formats.get(key)]));
}

/**
 * The number formats written before the grid, folded into one `range.numberFormat` array: the
 * plan's formats (each a full array over its range) and the grid's text guard (null where a cell
 * holds no plan text) become one write. In a 2-D numberFormat array null leaves the cell's format
 * unchanged ("Blank and null values in Excel add-ins"), so writing the formats in order equals
 * writing, per cell, the last non-null entry any of them holds, null where none does: the later
 * plan format wins, and the text guard, written last, wins over all. Each separate write costs two
 * Office.js actions and its own array; the grid's array is sent anyway.
 *
 * A numberFormat command folds only when:
 * - it comes before the grid's `formulas` write: formats must be in place before values are
 *   written (a Text cell keeps "=..." as text), and the fold writes where the last folded one was;
 * - its range lies inside the grid, so the folded array never outgrows the grid, and its array
 *   has the size of its range;
 * - no numberFormat command that stays separate comes after it and overlaps it: moving it past
 *   such a command would change which format wins.
 * Only numberFormat writes can change a cell's number format, so moving one past formats,
 * widths and heights changes nothing. The folded command covers the bounding box of what it
 * folds; with a single candidate nothing changes. Pure; other commands keep their place.
 */
import { blockAddress, rangeSize, rangesOverlap, requireA1, type A1Range } from "../template/a1";
import type { SheetCommand } from "./sheet-commands";

type NumberFormat = Extract<SheetCommand, { kind: "numberFormat" }>;

function inside(box: A1Range, outer: A1Range): boolean {
  return (
    box.kind === "cells" &&
    box.firstRow >= outer.firstRow &&
    box.lastRow <= outer.lastRow &&
    box.firstColumn >= outer.firstColumn &&
    box.lastColumn <= outer.lastColumn
  );
}

/** An array the size of its range: one that is not is left for Excel to refuse. */
function fits(command: NumberFormat, box: A1Range): boolean {
  const { rows, columns } = rangeSize(box);
  return command.values.length === rows && command.values.every((row) => row.length === columns);
}

/** `commands` with the number formats before the grid folded into one write, as described above. */
export function foldGridNumberFormats(commands: SheetCommand[]): SheetCommand[] {
  const gridAt = commands.findIndex((c) => c.kind === "formulas");
  if (gridAt < 0) return commands;
  const grid = requireA1((commands[gridAt] as Extract<SheetCommand, { kind: "formulas" }>).address);

  // From the last to the first, so each knows which later ones stay separate.
  const folded: { at: number; command: NumberFormat; box: A1Range }[] = [];
  const separate: A1Range[] = [];
  for (let at = gridAt - 1; at >= 0; at--) {
    const command = commands[at];
    if (command.kind !== "numberFormat") continue;
    const box = requireA1(command.address);
    if (fits(command, box) && inside(box, grid) && !separate.some((s) => rangesOverlap(s, box)))
      folded.unshift({ at, command, box });
    else separate.push(box);
  }
  if (folded.length < 2) return commands;

  const firstRow = Math.min(...folded.map((f) => f.box.firstRow));
  const lastRow = Math.max(...folded.map((f) => f.box.lastRow));
  const firstColumn = Math.min(...folded.map((f) => f.box.firstColumn));
  const lastColumn = Math.max(...folded.map((f) => f.box.lastColumn));
  const rows = lastRow - firstRow + 1;
  const columns = lastColumn - firstColumn + 1;
  const values = Array.from({ length: rows }, () => new Array<string | null>(columns).fill(null));
  for (const { command, box } of folded) {
    command.values.forEach((row, r) =>
      row.forEach((value, c) => {
        if (value !== null)
          values[box.firstRow - firstRow + r][box.firstColumn - firstColumn + c] = value;
      })
    );
  }
  const slot = folded[folded.length - 1].at;
  const gone = new Set(folded.map((f) => f.at));
  return commands.flatMap((c, at): SheetCommand[] => {
    if (at === slot)
      return [
        {
          kind: "numberFormat",
          address: blockAddress(firstRow, firstColumn, rows, columns),
          values,
        },
      ];
    return gone.has(at) ? [] : [c];
  });
}

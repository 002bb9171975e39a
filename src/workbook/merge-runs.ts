/**
 * Runs of one-row merges folded into one `range.merge(true)`: "across" merges each row of the
 * range separately (Excel.Range.merge, ExcelApi 1.2), so B14:P14 ... B30:P30 become one
 * `getRange("B14:P30").merge(true)` with the same merged areas. Each merge command is two
 * Office.js actions; a tugas table or the identity block has dozens of them.
 *
 * A merge joins a run only when:
 * - it spans one row and at least two columns (a one-cell merge is left for Excel to refuse);
 * - its columns are exactly the run's and its row follows the run's last row directly;
 * - it sits in the same stretch of consecutive merge commands, so no other kind of write moves
 *   across it;
 * - the run's block overlaps no other merge of the sheet: the folded command must not take in,
 *   or collide with, a merge that was written separately.
 * The folded command takes the place of the run's first merge. Pure; other commands keep their
 * place.
 */
import { blockAddress, rangesOverlap, requireA1, type A1Range } from "../template/a1";
import type { SheetCommand } from "./sheet-commands";

interface Merge {
  /** Index in the input commands. */
  at: number;
  box: A1Range;
}

function isOneRowSpan(box: A1Range): boolean {
  return box.kind === "cells" && box.firstRow === box.lastRow && box.lastColumn > box.firstColumn;
}

/** Maximal runs of one-row merges with equal columns on consecutive rows, within one stretch. */
function runsOf(stretch: Merge[]): Merge[][] {
  const bySpan = new Map<string, Merge[]>();
  for (const m of stretch.filter((x) => isOneRowSpan(x.box))) {
    const key = `${m.box.firstColumn}:${m.box.lastColumn}`;
    bySpan.set(key, [...(bySpan.get(key) ?? []), m]);
  }
  const runs: Merge[][] = [];
  for (const members of bySpan.values()) {
    members.sort((a, b) => a.box.firstRow - b.box.firstRow);
    let run: Merge[] = [];
    for (const m of members) {
      const last = run[run.length - 1];
      if (last && m.box.firstRow !== last.box.firstRow + 1) {
        runs.push(run);
        run = [];
      }
      run.push(m);
    }
    runs.push(run);
  }
  return runs.filter((r) => r.length > 1);
}

/** `commands` with each run of one-row merges as one `mergeAcross`, as described above. */
export function foldMergeRuns(commands: SheetCommand[]): SheetCommand[] {
  const merges: Merge[] = [];
  const stretches: Merge[][] = [];
  commands.forEach((c, at) => {
    if (c.kind !== "merge") return;
    const merge = { at, box: requireA1(c.address) };
    const previous = merges[merges.length - 1];
    if (previous?.at === at - 1) stretches[stretches.length - 1].push(merge);
    else stretches.push([merge]);
    merges.push(merge);
  });

  const replaced = new Map<number, SheetCommand | undefined>();
  for (const run of stretches.flatMap(runsOf)) {
    const first = run[0].box;
    const rows = run.length;
    const columns = first.lastColumn - first.firstColumn + 1;
    const block: A1Range = { ...first, lastRow: first.firstRow + rows - 1 };
    const members = new Set(run);
    if (merges.some((m) => !members.has(m) && rangesOverlap(m.box, block))) continue;
    const at = Math.min(...run.map((m) => m.at));
    for (const m of run) replaced.set(m.at, undefined);
    replaced.set(at, {
      kind: "mergeAcross",
      address: blockAddress(first.firstRow, first.firstColumn, rows, columns),
    });
  }

  const out: SheetCommand[] = [];
  commands.forEach((c, at) => {
    if (!replaced.has(at)) out.push(c);
    else {
      const folded = replaced.get(at);
      if (folded) out.push(folded);
    }
  });
  return out;
}

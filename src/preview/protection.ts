/**
 * "Kunci rumus" in the in-memory workbook: a sheet is protected while its decoration says so (set by
 * its plan; MemoryWorkbook.setProtected lifts it as Excel's Review > Unprotect Sheet does), and a
 * cell is locked unless a format of the plan unlocks it (`locked: false`: the input cells).
 */
import { parseCell, rangeHas, requireA1 } from "../template/a1";
import type { MemoryWorkbook, SheetDecoration } from "./memory-workbook";

/** Whether a format of `decoration` unlocks the cell at 0-based (row, col). */
function isUnlocked(decoration: SheetDecoration, row: number, col: number): boolean {
  return decoration.formats.some(
    (f) => f.style.locked === false && rangeHas(requireA1(f.range), row, col)
  );
}

export function isProtected(wb: MemoryWorkbook, sheet: string): boolean {
  return wb.decoration(sheet)?.protect === true;
}

/** A cell a user cannot change: locked, on a protected sheet. */
export function isLockedCell(wb: MemoryWorkbook, sheet: string, a1: string): boolean {
  const decoration = wb.decoration(sheet);
  const at = parseCell(a1);
  if (!decoration?.protect || !at) return false;
  return !isUnlocked(decoration, at.row, at.column);
}

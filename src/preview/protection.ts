/**
 * "Kunci rumus" in the in-memory workbook: a sheet is protected while its decoration says so (set by
 * its plan; MemoryWorkbook.setProtected lifts it as Excel's Review > Unprotect Sheet does), and a
 * cell is locked unless a format of the plan unlocks it (`locked: false`: the input cells).
 */
import { parseCell, requireA1 } from "../template/a1";
import type { MemoryWorkbook, SheetDecoration } from "./memory-workbook";

/** Whether a format of `decoration` unlocks the cell at 0-based (row, col). */
export function isUnlocked(decoration: SheetDecoration, row: number, col: number): boolean {
  return decoration.formats.some((f) => {
    if (f.style.locked !== false) return false;
    const r = requireA1(f.range);
    return row >= r.firstRow && row <= r.lastRow && col >= r.firstColumn && col <= r.lastColumn;
  });
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

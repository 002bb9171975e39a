/**
 * Cached formula results for the file, computed by evaluating the plans in the in-memory HyperFormula
 * workbook (src/preview). HyperFormula is a GPL-3.0 devDependency: this module serves the repo-side
 * CLI and tests only; the CLI loads it lazily and writes the file without results when it is absent.
 */
import { cell } from "../template/a1";
import type { SheetPlan } from "../template/plan";
import { MemoryWorkbook, type MemoryValue } from "../preview/memory-workbook";
import { isExcelError, type CachedResult } from "./cell-value";
import type { ResultLookup } from "./write-workbook";

/** A computed value as a cached result; undefined when the file cannot hold it (HyperFormula-only errors). */
export function cachedResult(value: MemoryValue): CachedResult | undefined {
  // A formula that returns an empty cell shows 0 in Excel (e.g. =A1 with A1 blank).
  if (value === null) return 0;
  if (typeof value === "object")
    return isExcelError(value.error) ? { error: value.error } : undefined;
  return value;
}

/** Evaluates every formula of the plans (all sheets at once, so cross-sheet references resolve). */
export function computeResults(plans: SheetPlan[]): ResultLookup {
  const wb = new MemoryWorkbook();
  wb.apply(plans);
  const results = new Map<string, CachedResult | undefined>();
  for (const plan of plans) {
    plan.cells.forEach((cells, i) =>
      cells.forEach((c, col) => {
        if (c === null || typeof c !== "object") return;
        results.set(
          `${plan.name}\u0000${i + 1}:${col}`,
          cachedResult(wb.getValue(plan.name, cell(i + 1, col)))
        );
      })
    );
  }
  return (sheet, row, col) => results.get(`${sheet}\u0000${row}:${col}`);
}

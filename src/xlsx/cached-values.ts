/**
 * Cached formula results for the file, computed from the plans by the project's own formula evaluator
 * (src/formula: the templates' formula language over src/capaian), so the command line needs no
 * formula engine at run time. test/formula checks it against HyperFormula cell for cell.
 */
import { isIkiError, type ErrorCode } from "../capaian";
import type { CellValue } from "../catalog/tabel/types";
import { FormulaWorkbook } from "../formula/workbook";
import { isRumus } from "../lifecycle/sel";
import { formulaError, type Scalar } from "../formula/values";
import { cellAddress } from "../template/a1";
import type { PlanCell, SheetPlan } from "../template/plan";
import { sheetKey } from "../template/sheet-names";
import { isExcelError, type CachedResult } from "./cell-value";
import type { ResultLookup } from "./write-workbook";

/** A computed value as a cached result; undefined when the file cannot hold it. */
export function cachedResult(value: Scalar): CachedResult | undefined {
  // A formula that returns an empty cell shows 0 in Excel (e.g. =A1 with A1 blank).
  if (value === null) return 0;
  if (isIkiError(value)) return isExcelError(value.code) ? { error: value.code } : undefined;
  return value;
}

/** A kept cell's value for the evaluator: an empty text (a formula's "") is not a blank cell. */
const keptCell = (v: CellValue): PlanCell => (v === "" ? { formula: '=""' } : v);

/** A sheet of the input file the plans leave as they are: its values, and its formulas when read. */
export interface KeptSheet {
  name: string;
  values: CellValue[][];
  formulas?: CellValue[][];
}

/**
 * Kept formulas whose result is an error (read as its code, "#N/A") are that error to the evaluator,
 * so a rekap's mean over them is the error LibreOffice and Excel give; a typed text "#N/A" stays text.
 */
function setKeptErrors(workbook: FormulaWorkbook, k: KeptSheet): void {
  k.values.forEach((row, r) =>
    row.forEach((v, c) => {
      const f = k.formulas?.[r]?.[c];
      if (isRumus(f, v) && typeof v === "string" && isExcelError(v))
        workbook.setCell(k.name, cellAddress(r, c), formulaError(v as ErrorCode));
    })
  );
}

/**
 * Evaluates every formula of the plans (all sheets at once, so cross-sheet references resolve);
 * the lookup takes row numbers, as ResultLookup says. `kept`: the sheets of the input file the plans
 * leave as they are (writing OUT from IN), by their read values, so a planned rekap over kept IKI
 * sheets sees their numbers; a kept sheet named like a plan is the plan's old self and is left out.
 * A kept formula's error result stays an error (setKeptErrors); the spreadsheet program
 * recomputes on opening (fullCalcOnLoad) in any case.
 */
export function computeResults(plans: SheetPlan[], kept: KeptSheet[] = []): ResultLookup {
  const planned = new Set(plans.map((p) => sheetKey(p.name)));
  const keptNow = kept.filter((k) => !planned.has(sheetKey(k.name)));
  const workbook = new FormulaWorkbook([
    ...plans,
    ...keptNow.map((k) => ({ name: k.name, cells: k.values.map((row) => row.map(keptCell)) })),
  ]);
  for (const k of keptNow) setKeptErrors(workbook, k);
  const results = new Map<string, CachedResult | undefined>();
  for (const plan of plans) {
    plan.cells.forEach((cells, i) =>
      cells.forEach((c, col) => {
        if (c === null || typeof c !== "object") return;
        results.set(
          `${plan.name}\u0000${i + 1}:${col}`,
          cachedResult(workbook.value(plan.name, i, col))
        );
      })
    );
  }
  return (sheet, row, col) => results.get(`${sheet}\u0000${row}:${col}`);
}

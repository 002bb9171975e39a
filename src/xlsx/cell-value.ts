/** Plan cells as ExcelJS cell values, formulas with their cached results. Pure. */
import type { CellErrorValue, CellValue } from "exceljs";
import { needsArrayEvaluation } from "../template/formulas";
import type { PlanCell } from "../template/plan";

/** A formula's result as stored in the file: what a viewer that does not recalculate shows. */
export type CachedResult = number | string | boolean | { error: string };

/** The error codes an xlsx cell can hold (ECMA-376 ST_CellType "e"). */
const EXCEL_ERRORS = new Set(["#NULL!", "#DIV/0!", "#VALUE!", "#REF!", "#NAME?", "#NUM!", "#N/A"]);

export function isExcelError(code: string): boolean {
  return EXCEL_ERRORS.has(code);
}

/**
 * The cell's value for ExcelJS; undefined leaves the cell empty (null input cells and "" texts: an
 * empty string would be stored as a text cell that is not blank to ISBLANK/COUNTA).
 * A formula loses its leading "=" (the file stores it without) and carries `result` when known;
 * a text stays text whatever it looks like (ExcelJS writes a string value as a string).
 * With its `address`, a formula that compares a range (the IKI-mode blank guard) is stored as a one-cell
 * array formula, or Excel would cut the range to one cell (see needsArrayEvaluation).
 */
export function cellValue(
  cell: PlanCell,
  result?: CachedResult,
  address?: string
): CellValue | undefined {
  if (cell === null || cell === "") return undefined;
  if (typeof cell === "string" || typeof cell === "number" || typeof cell === "boolean")
    return cell;
  const larik = address !== undefined && needsArrayEvaluation(cell.formula);
  const value = {
    formula: cell.formula.slice(1),
    ...(larik && { shareType: "array", ref: address }),
  };
  const cached = result ?? cell.value;
  if (cached === undefined) return value as CellValue;
  if (typeof cached === "object") {
    if (!isExcelError(cached.error)) return value as CellValue;
    return { ...value, result: { error: cached.error as CellErrorValue["error"] } } as CellValue;
  }
  return { ...value, result: cached } as CellValue;
}

/**
 * The values of the formula evaluator and the coercions between them, as a spreadsheet applies them
 * (HyperFormula's rules with exact arithmetic, the engine the tests compare against).
 * Errors are IkiError values, the type src/capaian already reads and returns.
 */
import { IkiError, isIkiError, type ErrorCode } from "../capaian";
import { pesan } from "./teks";

/** One cell's value; null is an empty cell. */
export type Scalar = number | string | boolean | null | IkiError;
/** A range or an array result: rows of scalars. */
export type Matrix = Scalar[][];
export type Value = Scalar | Matrix;

export const isMatrix = (value: Value): value is Matrix => Array.isArray(value);

export function formulaError(code: ErrorCode, message: string = code): IkiError {
  return new IkiError(code, message);
}

/** After every step: overflow is #NUM!, -0 is 0, a one-cell array is its cell. */
export function settle(value: Value): Value {
  if (typeof value === "number") return Number.isFinite(value) ? value + 0 : formulaError("#NUM!");
  if (isMatrix(value) && value.length === 1 && value[0].length === 1) return settle(value[0][0]);
  return value;
}

/** Plain decimal text, optionally a percentage ("12.5", " 80% "); dates and currencies are not read. */
const NUMERIC = /^[+-]?(\d+(\.\d*)?|\.\d+)(e[+-]?\d+)?$/i;

/** A value where a number is needed: blank and "" are 0, numeric text its number, other text #VALUE!. */
export function toNumber(value: Scalar): number | IkiError {
  if (value === null) return 0;
  if (typeof value === "number" || isIkiError(value)) return value;
  if (typeof value === "boolean") return Number(value);
  const text = value.trim();
  if (value === "") return 0;
  const percent = text.endsWith("%");
  const digits = percent ? text.slice(0, -1).trim() : text;
  if (!NUMERIC.test(digits)) return formulaError("#VALUE!", pesan.bukanAngka(value));
  return percent ? Number(digits) / 100 : Number(digits);
}

/** A value where text is needed: blank is "", a number its shortest decimal form. */
export function toText(value: Scalar): string | IkiError {
  if (value === null) return "";
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  if (typeof value === "number") return value.toString();
  return value;
}

/** A condition: numbers are true when not 0, "TRUE"/"FALSE"/"" are read, other text is #VALUE!. */
export function toBoolean(value: Scalar): boolean | IkiError {
  if (value === null) return false;
  if (typeof value === "boolean" || isIkiError(value)) return value;
  if (typeof value === "number") return value !== 0;
  const upper = value.toUpperCase();
  if (upper === "TRUE") return true;
  if (upper === "FALSE" || upper === "") return false;
  return formulaError("#VALUE!", pesan.bukanLogika(value));
}

/** Text compares ignoring case and accents, as the engines do. */
const collator = new Intl.Collator("en", { sensitivity: "base" });

/** Order of values of different types: blank < numbers < text < logical values. */
function typeOrder(value: Scalar): number {
  if (value === null) return 0;
  if (typeof value === "number") return 1;
  return typeof value === "string" ? 2 : 3;
}

/** A blank compared to a value takes that value's empty form ("" , 0, FALSE). */
function emptyLike(other: Scalar): Scalar {
  if (typeof other === "string") return "";
  if (typeof other === "number") return 0;
  return typeof other === "boolean" ? false : null;
}

/** -1, 0 or 1, for two values that are not errors. */
export function compare(left: Scalar, right: Scalar): number {
  const a = left === null ? emptyLike(right) : left;
  const b = right === null ? emptyLike(left) : right;
  if (typeof a === "string" && typeof b === "string") return Math.sign(collator.compare(a, b));
  if (typeof a === typeof b && a !== null && b !== null)
    return a === b ? 0 : (a as number) > (b as number) ? 1 : -1;
  return Math.sign(typeOrder(a) - typeOrder(b));
}

/** The operators of the formula language on values: arithmetic, comparison and "&". */
import { isIkiError } from "../capaian";
import { cellwise } from "./functions";
import { compare, formulaError, toNumber, toText, type Scalar, type Value } from "./values";

type Arithmetic = (a: number, b: number) => number | Scalar;

const ARITHMETIC: Record<"+" | "-" | "*" | "/", Arithmetic> = {
  "+": (a, b) => a + b,
  "-": (a, b) => a - b,
  "*": (a, b) => a * b,
  "/": (a, b) => (b === 0 ? formulaError("#DIV/0!") : a / b),
};

const COMPARISON: Record<"=" | "<>" | "<" | ">" | "<=" | ">=", (order: number) => boolean> = {
  "=": (o) => o === 0,
  "<>": (o) => o !== 0,
  "<": (o) => o < 0,
  ">": (o) => o > 0,
  "<=": (o) => o <= 0,
  ">=": (o) => o >= 0,
};

/** A binary operator on two scalars: the left error first, then the right one. */
function operate(operator: string, left: Scalar, right: Scalar): Scalar {
  if (isIkiError(left)) return left;
  if (isIkiError(right)) return right;
  if (operator === "&") {
    return (toText(left) as string) + (toText(right) as string);
  }
  if (operator in COMPARISON)
    return COMPARISON[operator as keyof typeof COMPARISON](compare(left, right));
  const a = toNumber(left);
  if (isIkiError(a)) return a;
  const b = toNumber(right);
  if (isIkiError(b)) return b;
  return ARITHMETIC[operator as keyof typeof ARITHMETIC](a, b);
}

/** Cell by cell when a side is an array (array arithmetic, as Excel 365). */
export const operateOn = (operator: string, left: Value, right: Value): Value =>
  cellwise([left, right], ([a, b]) => operate(operator, a, b));

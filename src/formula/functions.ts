/**
 * The functions the templates call, with the argument rules of the engines: scalar functions work
 * cell by cell over an array argument (IF over a range: the IKI-mode blank guard); aggregates read
 * the numbers of ranges and skip their text; IKI.* call src/capaian as the add-in does.
 */
import * as iki from "../capaian";
import type { Node } from "./parse";
import {
  formulaError,
  isMatrix,
  toBoolean,
  toNumber,
  toText,
  type Matrix,
  type Scalar,
  type Value,
} from "./values";

/** What a function may ask of the evaluator. */
export interface Context {
  evaluate(node: Node): Value;
}

type FormulaFunction = (args: Node[], context: Context) => Value;

const isError = iki.isIkiError;

/** A cell of an array argument, repeated along a dimension of size 1 (broadcast); #N/A outside it. */
function pick(value: Value, row: number, col: number): Scalar {
  if (!isMatrix(value)) return value;
  const r = value.length === 1 ? 0 : row;
  const c = value[0].length === 1 ? 0 : col;
  return r < value.length && c < value[0].length ? value[r][c] : formulaError("#N/A");
}

/** Applies a scalar function to scalars, or cell by cell when an argument is an array. */
export function cellwise(values: Value[], f: (scalars: Scalar[]) => Scalar): Value {
  const arrays = values.filter(isMatrix);
  if (arrays.length === 0) return f(values as Scalar[]);
  const height = Math.max(...arrays.map((m) => m.length));
  const width = Math.max(...arrays.map((m) => m[0].length));
  return Array.from({ length: height }, (_, r) =>
    Array.from({ length: width }, (_, c) => f(values.map((v) => pick(v, r, c))))
  );
}

const firstError = (values: Scalar[]): iki.IkiError | undefined => values.find(isError);

/** A function of numbers: errors pass through, text that is not a number is #VALUE!. */
function numeric(f: (...numbers: number[]) => number): FormulaFunction {
  return (args, context) =>
    cellwise(
      args.map((a) => context.evaluate(a)),
      (scalars) => {
        const numbers = scalars.map(toNumber);
        return firstError(numbers) ?? f(...(numbers as number[]));
      }
    );
}

/** The numbers an aggregate sees, in order: ranges give their numbers and errors (text and blanks are
 * skipped), a single reference the same, any other argument is read as a number. */
function aggregated(args: Node[], context: Context, countOnly = false): (number | iki.IkiError)[] {
  const out: (number | iki.IkiError)[] = [];
  for (const arg of args) {
    const value = arg.kind === "range" ? rangeCells(arg, context) : context.evaluate(arg);
    const cells = isMatrix(value) ? value.flat() : [value];
    for (const v of isMatrix(value) || arg.kind === "cell" ? cells : cells.map(toNumber)) {
      if (typeof v === "number" || (isError(v) && !countOnly)) out.push(v);
    }
  }
  return out;
}

function rangeCells(node: Node, context: Context): Matrix {
  const value = context.evaluate(node);
  return isMatrix(value) ? value : [[value]];
}

function aggregate(fold: (numbers: number[]) => Scalar): FormulaFunction {
  return (args, context) => {
    const items = aggregated(args, context);
    return firstError(items) ?? fold(items as number[]);
  };
}

const sum = (numbers: number[]) => numbers.reduce((a, b) => a + b, 0);
/** No numbers: 0 (not -Infinity), as Excel. */
const extreme =
  (better: (a: number, b: number) => number, start: number) => (numbers: number[]) => {
    const value = numbers.reduce((a, b) => better(a, b), start);
    return Number.isFinite(value) ? value : 0;
  };

/** IF(condition, yes, [no]): the missing `no` is FALSE. */
const ifFunction: FormulaFunction = (args, context) => {
  const values = args.map((a) => context.evaluate(a));
  if (values.length === 2) values.push(false);
  return cellwise(values, ([condition, yes, no]) => {
    const test = toBoolean(condition);
    if (isError(test)) return test;
    return test ? yes : no;
  });
};

/** IKI.* as the add-in's wrappers call src/capaian: an error argument is the result, a throw callIki's. */
function ikiFunction(pure: (...args: unknown[]) => unknown): FormulaFunction {
  return (args, context) => {
    const values = args.map((a) => context.evaluate(a));
    const error = values.find((v) => !isMatrix(v) && isError(v));
    if (error) return error;
    return iki.callIki(() => {
      const result = pure(...values);
      if (Array.isArray(result) || (typeof result === "object" && !isError(result)))
        throw new Error("IKI function result not supported");
      return result as Scalar;
    });
  };
}

export const FUNCTIONS: Record<string, FormulaFunction> = {
  IF: ifFunction,
  NA: () => formulaError("#N/A"),
  ISERROR: (args, context) => cellwise([context.evaluate(args[0])], ([v]) => isError(v)),
  ISNUMBER: (args, context) =>
    cellwise([context.evaluate(args[0])], ([v]) => typeof v === "number"),
  TRIM: (args, context) =>
    cellwise([context.evaluate(args[0])], ([v]) => {
      const text = toText(v);
      return isError(text) ? text : text.replace(/^ +/, "").replace(/ +$/, "").replace(/ +/g, " ");
    }),
  ROUND: numeric((value, places = 0) => iki.roundDecimal(value, places)),
  SUM: aggregate(sum),
  MAX: aggregate(extreme(Math.max, -Infinity)),
  MIN: aggregate(extreme(Math.min, Infinity)),
  AVERAGE: aggregate((numbers) =>
    numbers.length === 0 ? formulaError("#DIV/0!") : sum(numbers) / numbers.length
  ),
  COUNT: (args, context) => aggregated(args, context, true).length,
  "IKI.PERSEN": ikiFunction(iki.persen),
  "IKI.PENURUNAN": ikiFunction(iki.penurunan),
  "IKI.CAPAIAN": ikiFunction(iki.capaian),
  "IKI.KUMULATIF": ikiFunction(iki.kumulatif),
  "IKI.NILAIAKHIR": ikiFunction(iki.nilaiAkhir),
  "IKI.PREDIKAT": ikiFunction(iki.predikat),
  "IKI.NILAI": ikiFunction(iki.nilai),
  "IKI.RATA": ikiFunction(iki.rata),
};

export const isKnownFunction = (name: string): boolean => Object.hasOwn(FUNCTIONS, name);

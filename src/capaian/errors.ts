/**
 * Formula errors as plain values. src/capaian knows nothing of Office, so it returns an IkiError and the
 * thin wrappers (src/functions, src/preview) turn it into CustomFunctions.Error or a HyperFormula CellError.
 */

/** The strings are those of CustomFunctions.ErrorCode, so conversion is a lookup, not a translation. */
export type ErrorCode = "#VALUE!" | "#N/A" | "#DIV/0!" | "#NUM!" | "#NULL!" | "#NAME?" | "#REF!";

export const ERROR_CODES: readonly ErrorCode[] = [
  "#VALUE!",
  "#N/A",
  "#DIV/0!",
  "#NUM!",
  "#NULL!",
  "#NAME?",
  "#REF!",
];

export class IkiError {
  readonly kind = "error";
  /** @param message Bahasa Indonesia, names the argument and says what to do. */
  constructor(
    readonly code: ErrorCode,
    readonly message: string
  ) {}
}

export function isIkiError(value: unknown): value is IkiError {
  return value instanceof IkiError;
}

export function isErrorCode(value: unknown): value is ErrorCode {
  return typeof value === "string" && (ERROR_CODES as readonly string[]).includes(value);
}

/** Result of the numeric functions: a finite number, "" (nothing filled in yet) or an error. */
export type NumericResult = number | "" | IkiError;

/** Result of the label functions: a label, "" or an error. */
export type LabelResult = string | IkiError;

/**
 * Last guard before a number leaves the module: overflow (Infinity) or NaN must never reach a cell.
 * `+ 0` turns -0 into 0 so a sheet never shows "-0".
 */
export function finiteOr(value: number, what: string): number | IkiError {
  if (Number.isFinite(value)) return value + 0;
  return new IkiError(
    "#NUM!",
    `Hasil ${what} terlalu besar untuk dihitung (di luar jangkauan angka Excel); periksa nilai yang sangat besar atau sangat kecil`
  );
}

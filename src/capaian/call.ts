/**
 * How every host (custom functions, HyperFormula preview, the .xlsx evaluator) calls the pure IKI
 * functions: an IkiError is a result like any value; a throw, which the pure code never means to do,
 * becomes #VALUE! with one message, because a cell must never receive an exception. Each host then
 * converts the IkiError to its own error type.
 */
import { IkiError } from "./errors";

/** The message of that #VALUE!, the same in every host. */
export const PESAN_TAK_TERDUGA =
  "Terjadi kesalahan tak terduga saat menghitung; periksa isi argumen";

export function callIki<T>(compute: () => T): T | IkiError {
  try {
    return compute();
  } catch {
    return new IkiError("#VALUE!", PESAN_TAK_TERDUGA);
  }
}

/** The only place that turns the pure IkiError into what Excel's custom-functions runtime expects. */
import { callIki, ErrorCode, IkiError } from "../capaian";

/**
 * Excel shows a custom message only with #VALUE! and #N/A (CustomFunctions.ErrorCode docs); the other
 * codes get the bare code. #NAME? and #REF! are input-only codes: as output they become #VALUE!.
 */
function excelCode(code: ErrorCode): { code: CustomFunctions.ErrorCode; withMessage: boolean } {
  const E = CustomFunctions.ErrorCode;
  switch (code) {
    case "#N/A":
      return { code: E.notAvailable, withMessage: true };
    case "#DIV/0!":
      return { code: E.divisionByZero, withMessage: false };
    case "#NUM!":
      return { code: E.invalidNumber, withMessage: false };
    case "#NULL!":
      return { code: E.nullReference, withMessage: false };
    default:
      return { code: E.invalidValue, withMessage: true };
  }
}

export function toExcelError(error: IkiError): CustomFunctions.Error {
  const { code, withMessage } = excelCode(error.code);
  return withMessage
    ? new CustomFunctions.Error(code, error.message)
    : new CustomFunctions.Error(code);
}

/** Runs a pure function (src/capaian/call.ts: a throw is #VALUE!) and converts its error value. */
export function excelResult<T>(compute: () => T | IkiError): T | CustomFunctions.Error {
  const result = callIki(compute);
  return result instanceof IkiError ? toExcelError(result) : result;
}

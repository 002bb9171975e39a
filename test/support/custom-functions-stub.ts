/**
 * Stand-in for the CustomFunctions global of Excel's runtime, which does not exist under Jest or node:
 * the same Error class shape (code, message) and the same ErrorCode strings as @types/custom-functions-runtime.
 * Import it before calling src/functions; it only defines the global when it is missing.
 */
enum ErrorCode {
  invalidValue = "#VALUE!",
  notAvailable = "#N/A",
  divisionByZero = "#DIV/0!",
  invalidNumber = "#NUM!",
  nullReference = "#NULL!",
  invalidName = "#NAME?",
  invalidReference = "#REF!",
}

class CustomFunctionsError {
  constructor(
    public code: ErrorCode,
    public message?: string
  ) {}
}

const g = globalThis as unknown as { CustomFunctions?: unknown };
if (g.CustomFunctions === undefined) {
  g.CustomFunctions = { Error: CustomFunctionsError, ErrorCode, associate: () => undefined };
}

/** The class the stub installed (or the real one), to check results with instanceof. */
export const ExcelError = CustomFunctions.Error;

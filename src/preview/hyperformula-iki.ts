/**
 * The IKI.* functions inside HyperFormula, for tests and the dev-only browser preview (HyperFormula is
 * GPL-3.0 / commercial: never import this from the production bundle).
 * It calls the same pure functions as the Excel wrappers; only the value conventions differ:
 * HyperFormula ranges (SimpleRangeValue) become the 2-D arrays Excel passes, blanks null, errors
 * error-like objects; an IkiError becomes a CellError (HyperFormula keeps every message).
 * With the config `context` { blankAsZero: true } it stands in for the Excel desktop builds that pass an
 * empty cell as 0 (office-js #4702, #5262, #1951), in ranges and scalars alike: the templates' formulas
 * must give the same results on such a host.
 */
import {
  ArraySize,
  CellError,
  EmptyValue,
  ErrorType,
  FunctionArgumentType,
  FunctionPlugin,
  HyperFormula,
  SimpleRangeValue,
} from "hyperformula";
import type { ImplementedFunctions } from "hyperformula";
import * as iki from "../capaian";
import { daftarIndikator } from "../functions/indikator";

const ERROR_TYPE: Record<iki.ErrorCode, ErrorType> = {
  "#VALUE!": ErrorType.VALUE,
  "#N/A": ErrorType.NA,
  "#DIV/0!": ErrorType.DIV_BY_ZERO,
  "#NUM!": ErrorType.NUM,
  "#NULL!": ErrorType.ERROR,
  "#NAME?": ErrorType.NAME,
  "#REF!": ErrorType.REF,
};

const EXCEL_CODE: Partial<Record<ErrorType, iki.ErrorCode>> = {
  [ErrorType.VALUE]: "#VALUE!",
  [ErrorType.NA]: "#N/A",
  [ErrorType.DIV_BY_ZERO]: "#DIV/0!",
  [ErrorType.NUM]: "#NUM!",
  [ErrorType.NAME]: "#NAME?",
  [ErrorType.REF]: "#REF!",
};

/** How the stand-in host passes an empty cell: HyperFormula config `context`. */
export interface IkiHostContext {
  /** Pass an empty cell as 0 (older Windows desktop builds) instead of null (the web, current builds). */
  blankAsZero?: boolean;
}

/** One HyperFormula scalar as Excel would pass it; an empty cell as `blank`. */
function excelCell(value: unknown, blank: null | 0 = null): unknown {
  if (value === EmptyValue) return blank;
  if (value instanceof CellError)
    return { code: EXCEL_CODE[value.type] ?? "#VALUE!", message: value.message };
  // Dates, currencies and percentages are RichNumber objects holding the plain number in `val`.
  if (
    typeof value === "object" &&
    value !== null &&
    typeof (value as { val?: unknown }).val === "number"
  ) {
    return (value as { val: number }).val;
  }
  return value;
}

/**
 * A HyperFormula argument as Excel would pass it: a range as a 2-D array, an empty cell as `blank`
 * (null, or 0 for the blank-as-0 stand-in), an omitted argument undefined.
 */
export function excelArgument(value: unknown, blank: null | 0 = null): unknown {
  if (value instanceof SimpleRangeValue)
    return value.data.map((row) => row.map((v) => excelCell(v, blank)));
  return excelCell(value, blank);
}

/** A result of the pure functions as a HyperFormula value. */
export function hyperFormulaResult(result: unknown): unknown {
  if (result instanceof iki.IkiError) return new CellError(ERROR_TYPE[result.code], result.message);
  if (Array.isArray(result)) {
    const cells = result.map((row: unknown[]) => row.map(hyperFormulaResult));
    return SimpleRangeValue.onlyValues(cells as Parameters<typeof SimpleRangeValue.onlyValues>[0]);
  }
  return result;
}

type Pure = (...args: unknown[]) => unknown;

/** Formula name (as typed in a cell) -> pure function and number of optional trailing arguments. */
const FUNCTIONS: Record<
  string,
  { method: string; pure: Pure; required: number; optional: number }
> = {
  "IKI.PERSEN": { method: "persen", pure: iki.persen, required: 2, optional: 0 },
  "IKI.PENURUNAN": { method: "penurunan", pure: iki.penurunan, required: 2, optional: 0 },
  "IKI.CAPAIAN": { method: "capaian", pure: iki.capaian, required: 2, optional: 1 },
  "IKI.KUMULATIF": { method: "kumulatif", pure: iki.kumulatif, required: 1, optional: 1 },
  "IKI.NILAIAKHIR": { method: "nilaiakhir", pure: iki.nilaiAkhir, required: 1, optional: 1 },
  "IKI.PREDIKAT": { method: "predikat", pure: iki.predikat, required: 1, optional: 1 },
  "IKI.NILAI": { method: "nilai", pure: iki.nilai, required: 1, optional: 0 },
  "IKI.RATA": { method: "rata", pure: iki.rata, required: 1, optional: 0 },
  "IKI.INDIKATOR": {
    method: "indikator",
    pure: (jabatan) => daftarIndikator(jabatan),
    required: 1,
    optional: 0,
  },
};

export const IKI_FUNCTION_NAMES = Object.keys(FUNCTIONS);

function implementedFunctions(): ImplementedFunctions {
  const out: ImplementedFunctions = {};
  for (const [name, f] of Object.entries(FUNCTIONS)) {
    out[name] = {
      method: f.method,
      // ANY: a range stays a range (no implicit intersection); vectorisation off, as in Excel, where
      // these functions take whole ranges.
      parameters: [
        ...Array.from({ length: f.required }, () => ({ argumentType: FunctionArgumentType.ANY })),
        ...Array.from({ length: f.optional }, () => ({
          argumentType: FunctionArgumentType.ANY,
          optionalArg: true,
        })),
      ],
      vectorizationForbidden: true,
    };
  }
  out["IKI.INDIKATOR"].sizeOfResultArrayMethod = "indikatorSize";
  return out;
}

/** What HyperFormula passes to a plugin method; its own types for it are not exported. */
type Ast = { args: unknown[]; type?: string; value?: unknown };

/** The argument of a one-argument call when it is a string literal, else undefined. */
function literalText(ast: Ast): string | undefined {
  const arg = ast.args[0] as Ast | undefined;
  return ast.args.length === 1 && arg?.type === "STRING" && typeof arg.value === "string"
    ? arg.value
    : undefined;
}

export class IkiPlugin extends FunctionPlugin {
  static implementedFunctions = implementedFunctions();

  private call(name: string, ast: Ast, state: unknown): unknown {
    const f = FUNCTIONS[name];
    const run = this.runFunction as unknown as (
      args: unknown[],
      state: unknown,
      metadata: unknown,
      impl: (...a: unknown[]) => unknown
    ) => unknown;
    const context = this.config.context as IkiHostContext | undefined;
    const blank = context?.blankAsZero ? 0 : null;
    return run(ast.args, state, this.metadata(name), (...args: unknown[]) =>
      hyperFormulaResult(iki.callIki(() => f.pure(...args.map((a) => excelArgument(a, blank)))))
    );
  }

  persen(ast: Ast, state: unknown) {
    return this.call("IKI.PERSEN", ast, state);
  }
  penurunan(ast: Ast, state: unknown) {
    return this.call("IKI.PENURUNAN", ast, state);
  }
  capaian(ast: Ast, state: unknown) {
    return this.call("IKI.CAPAIAN", ast, state);
  }
  kumulatif(ast: Ast, state: unknown) {
    return this.call("IKI.KUMULATIF", ast, state);
  }
  nilaiakhir(ast: Ast, state: unknown) {
    return this.call("IKI.NILAIAKHIR", ast, state);
  }
  predikat(ast: Ast, state: unknown) {
    return this.call("IKI.PREDIKAT", ast, state);
  }
  nilai(ast: Ast, state: unknown) {
    return this.call("IKI.NILAI", ast, state);
  }
  rata(ast: Ast, state: unknown) {
    return this.call("IKI.RATA", ast, state);
  }
  /**
   * HyperFormula fixes the size of a spilled result when it parses the formula, before any cell is
   * evaluated; so, like its own SEQUENCE, IKI.INDIKATOR needs its argument as literal text here
   * (Excel has no such limit).
   */
  indikator(ast: Ast, state: unknown) {
    if (literalText(ast) === undefined) {
      return new CellError(
        ErrorType.VALUE,
        'Di pratinjau, tulis jabatan sebagai teks langsung, mis. =IKI.INDIKATOR("sekretaris-dinas-sosial")'
      );
    }
    return this.call("IKI.INDIKATOR", ast, state);
  }

  indikatorSize(ast: Ast): ArraySize {
    const text = literalText(ast);
    const table = text === undefined ? undefined : daftarIndikator(text);
    return Array.isArray(table) ? new ArraySize(table[0].length, table.length) : ArraySize.scalar();
  }
}

/** The names as typed in every language HyperFormula knows: IKI.* is not translated. */
export function ikiTranslations(languages: string[] = HyperFormula.getRegisteredLanguagesCodes()) {
  const names = Object.fromEntries(IKI_FUNCTION_NAMES.map((n) => [n, n]));
  return Object.fromEntries([...new Set(["enGB", ...languages])].map((code) => [code, names]));
}

/** Registers the plugin once per HyperFormula module (registration is global to the class). */
export function registerIkiFunctions(): void {
  if (HyperFormula.getRegisteredFunctionNames("enGB").includes("IKI.PERSEN")) return;
  HyperFormula.registerFunctionPlugin(IkiPlugin, ikiTranslations());
}

/**
 * Argument handling shared by every IKI function: an argument arrives as Excel passes it, a scalar or a
 * 2-D array (a range, blanks as null). Nothing here is silently dropped except real blanks.
 */
import { ErrorCode, IkiError, isErrorCode } from "./errors";

/** Counts (jumlah) are never negative; values such as a persentase penurunan may be. */
export type Sign = "any" | "non-negative";

/** How a cell position is named in a message. */
type Place = "scalar" | "grid" | "period";

export interface Sum {
  sum: number;
  /** Number of non-blank cells; 0 means the argument is not filled in yet. */
  filled: number;
}

/** Blank: what Excel passes for an empty cell (null), an omitted argument, or text with nothing visible in it. */
export function isBlank(value: unknown): boolean {
  return (
    value === null || value === undefined || (typeof value === "string" && value.trim() === "")
  );
}

function place(kind: Place, r: number, c: number): string {
  if (kind === "grid") return ` di baris ${r + 1} kolom ${c + 1}`;
  if (kind === "period") return ` di triwulan ke-${r + 1}`;
  return "";
}

function quote(text: string): string {
  const shown = text.length > 40 ? `${text.slice(0, 40)}…` : text;
  return `"${shown}"`;
}

/** Text that reads as a number typed as text: "91", "12,5", "80%", "1.000". */
export function looksNumeric(text: string): boolean {
  return /^\s*[-+]?[\d.,\s]*\d[\d.,\s]*%?\s*$/.test(text);
}

/** A number typed as text ("12,5", "80%") is the usual cause; say how to fix it. */
function textHint(text: string): string {
  return looksNumeric(text)
    ? "ketik angka tanpa tanda kutip (atau ubah format sel dari Teks ke Angka)"
    : "isi dengan angka atau kosongkan sel";
}

/** An error cell (CustomFunctions.Error, HyperFormula error, IkiError): keep its code so it propagates. */
export function inputError(value: unknown, name: string, where = ""): IkiError {
  const code = (value as { code?: unknown }).code;
  const errorCode: ErrorCode = isErrorCode(code) ? code : "#VALUE!";
  return isErrorCode(code)
    ? new IkiError(
        errorCode,
        `Argumen "${name}" berisi galat ${errorCode}${where}; perbaiki sel tersebut dulu`
      )
    : new IkiError(
        errorCode,
        `Argumen "${name}" berisi nilai yang tidak dikenali${where}; isi dengan angka`
      );
}

/** Text, logical value or anything else where a number is expected. */
export function notANumber(value: unknown, name: string, where: string): IkiError {
  if (typeof value === "string") {
    return new IkiError(
      "#VALUE!",
      `Argumen "${name}" berisi teks ${quote(value)}${where}; ${textHint(value)}`
    );
  }
  if (typeof value === "boolean") {
    const shown = value ? "BENAR (TRUE)" : "SALAH (FALSE)";
    return new IkiError(
      "#VALUE!",
      `Argumen "${name}" berisi nilai logika ${shown}${where}; isi dengan angka`
    );
  }
  if (typeof value === "object" && value !== null) return inputError(value, name, where);
  return new IkiError(
    "#VALUE!",
    `Argumen "${name}" berisi nilai yang tidak dikenali${where}; isi dengan angka`
  );
}

/** One cell: a number, null for blank, or the error that explains why it is neither. */
function readCell(
  value: unknown,
  name: string,
  sign: Sign,
  kind: Place,
  r: number,
  c: number
): number | null | IkiError {
  if (typeof value === "number") {
    if (Number.isNaN(value))
      return new IkiError(
        "#NUM!",
        `Argumen "${name}" berisi bilangan tidak valid${place(kind, r, c)}`
      );
    if (value < 0 && sign === "non-negative") {
      return new IkiError(
        "#NUM!",
        `Argumen "${name}" berisi bilangan negatif ${value}${place(kind, r, c)}; jumlah tidak boleh negatif`
      );
    }
    return value;
  }
  if (isBlank(value)) return null;
  return notANumber(value, name, place(kind, r, c));
}

/** Exactly one cell given, as a scalar or a 1x1 range: messages then need no position. */
function isOneCell(arg: unknown[]): boolean {
  return arg.length === 1 && (!Array.isArray(arg[0]) || arg[0].length === 1);
}

/**
 * Sum of the numbers of a scalar or range; blanks are skipped and counted apart so "not filled" differs
 * from 0. Hot path (1,000,000 cells): plain loops, numbers checked first, no allocation per cell.
 */
export function sumArgument(arg: unknown, name: string, sign: Sign): Sum | IkiError {
  let sum = 0;
  let filled = 0;
  const anySign = sign === "any";
  if (Array.isArray(arg)) {
    const kind: Place = isOneCell(arg) ? "scalar" : "grid";
    for (let r = 0; r < arg.length; r++) {
      const row: unknown = arg[r];
      if (Array.isArray(row)) {
        for (let c = 0; c < row.length; c++) {
          const v: unknown = row[c];
          if (typeof v === "number" && (v >= 0 || (anySign && v < 0))) {
            sum += v;
            filled++;
          } else if (v !== null && v !== undefined && v !== "") {
            const x = readCell(v, name, sign, kind, r, c);
            if (x instanceof IkiError) return x;
            if (x !== null) {
              sum += x;
              filled++;
            }
          }
        }
      } else {
        // A 1-D array (not what Excel passes, but callers may): each element is a cell of a column.
        const x = readCell(row, name, sign, kind, r, 0);
        if (x instanceof IkiError) return x;
        if (x !== null) {
          sum += x;
          filled++;
        }
      }
    }
  } else {
    const x = readCell(arg, name, sign, "scalar", 0, 0);
    if (x instanceof IkiError) return x;
    if (x !== null) {
      sum = x;
      filled = 1;
    }
  }
  // Infinity from overflow (or from an infinite input) must not reach the sheet.
  if (!Number.isFinite(sum)) {
    return new IkiError(
      "#NUM!",
      `Jumlah argumen "${name}" terlalu besar untuk dihitung (di luar jangkauan angka Excel)`
    );
  }
  return { sum, filled };
}

/** Every number of a scalar or range in reading order (row by row); blanks skipped. */
export function numbersOf(arg: unknown, name: string, sign: Sign): number[] | IkiError {
  const out: number[] = [];
  const rows: unknown[] = Array.isArray(arg) ? arg : [[arg]];
  const kind: Place = Array.isArray(arg) && !isOneCell(arg) ? "grid" : "scalar";
  for (let r = 0; r < rows.length; r++) {
    const row: unknown = rows[r];
    const cells: unknown[] = Array.isArray(row) ? row : [row];
    for (let c = 0; c < cells.length; c++) {
      const x = readCell(cells[c], name, sign, kind, r, c);
      if (x instanceof IkiError) return x;
      if (x !== null) out.push(x);
    }
  }
  return out;
}

/**
 * Width of the widest row (a non-array row counts 1). A loop, not Math.max(...rows): a spread over a
 * whole-column range (over ~125,000 rows) overflows the call stack.
 */
export function widest(rows: unknown[]): number {
  let width = 0;
  for (const row of rows) width = Math.max(width, Array.isArray(row) ? row.length : 1);
  return width;
}

/** Number of cells of a range as given (ragged rows counted as they are). */
function cellCount(arg: unknown[]): number {
  let n = 0;
  for (const row of arg) n += Array.isArray(row) ? row.length : 1;
  return n;
}

/**
 * The value of an argument that must be one cell: a scalar, or a 1x1 range (how Excel passes a cell
 * reference to a range-typed parameter). An empty range reads as blank.
 */
export function singleValue(arg: unknown, name: string): unknown {
  if (!Array.isArray(arg)) return arg;
  const n = cellCount(arg);
  if (n === 0) return null;
  if (n > 1) {
    return new IkiError("#VALUE!", `Argumen "${name}" berisi ${n} sel; rujuk satu sel saja`);
  }
  for (const row of arg) {
    if (!Array.isArray(row)) return row;
    if (row.length === 1) return row[0];
  }
  return null;
}

/** One cell read as a number: number, null for blank, or the error. */
export function singleNumber(arg: unknown, name: string, sign: Sign): number | null | IkiError {
  const value = singleValue(arg, name);
  if (value instanceof IkiError) return value;
  return readCell(value, name, sign, "scalar", 0, 0);
}

export const MAX_TRIWULAN = 4;

/**
 * The triwulan values: one row or one column of at most four cells, in order TW I..IV.
 * A block of several rows and columns is refused, since its order would be a guess.
 */
export function periodValues(arg: unknown, name: string, sign: Sign): (number | null)[] | IkiError {
  let cells: unknown[];
  if (!Array.isArray(arg)) {
    cells = [arg];
  } else if (arg.length === 1 && Array.isArray(arg[0])) {
    cells = arg[0];
  } else if (arg.every((row) => !Array.isArray(row) || row.length <= 1)) {
    cells = [];
    for (const row of arg) {
      if (!Array.isArray(row)) cells.push(row);
      else if (row.length === 1) cells.push(row[0]);
    }
  } else {
    const width = widest(arg);
    return new IkiError(
      "#VALUE!",
      `Argumen "${name}" harus satu baris atau satu kolom (TW I–IV); rentang yang diberikan ${arg.length} baris × ${width} kolom`
    );
  }
  if (cells.length > MAX_TRIWULAN) {
    return new IkiError(
      "#VALUE!",
      `Argumen "${name}" memuat ${cells.length} sel; paling banyak ${MAX_TRIWULAN} (TW I–IV)`
    );
  }
  const out: (number | null)[] = [];
  for (let i = 0; i < cells.length; i++) {
    const x = readCell(cells[i], name, sign, "period", i, 0);
    if (x instanceof IkiError) return x;
    out.push(x);
  }
  return out;
}

/** sampaiTriwulan: blank means all periods given; else a whole number 1..4 within the range given. */
export function readUntil(arg: unknown, name: string, available: number): number | IkiError {
  const value = singleValue(arg, name);
  if (value instanceof IkiError) return value;
  if (isBlank(value)) return available;
  if (typeof value !== "number") return notANumber(value, name, "");
  if (!Number.isInteger(value) || value < 1 || value > MAX_TRIWULAN) {
    return new IkiError(
      "#NUM!",
      `Argumen "${name}" bernilai ${value}; isi bilangan bulat 1 sampai ${MAX_TRIWULAN}`
    );
  }
  if (value > available) {
    return new IkiError(
      "#NUM!",
      `Argumen "${name}" bernilai ${value}, tetapi rentang nilai triwulan hanya memuat ${available} sel`
    );
  }
  return value;
}

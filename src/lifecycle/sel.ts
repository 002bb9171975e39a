/** A cell of a sheet as read (SheetRead), and the comparisons a refresh needs. */
import type { PlanCell } from "../template/plan";
import type { CellValue, Isi, SheetRead } from "./types";

/**
 * Whether a cell read as `formula` (Office.js `formulas`) and `value` (`values`) holds a formula: a
 * text constant "=abc" shows itself in both; a formula's result is never its own text.
 */
export function isRumus(
  formula: CellValue | undefined,
  value: CellValue | undefined
): formula is string {
  return typeof formula === "string" && formula.startsWith("=") && formula !== value;
}

/** The cell at row number `row` (1-based), column index `col`: a formula, a constant, or undefined when empty. */
export function isiSel(read: SheetRead, row: number, col: number): Isi | undefined {
  const f = read.formulas[row - 1]?.[col] ?? null;
  const v = read.values[row - 1]?.[col] ?? null;
  if (isRumus(f, v)) return { rumus: f };
  const nilai: CellValue = v ?? f;
  if (nilai === null || nilai === "") return undefined;
  return { nilai };
}

/** Text as compared: Excel's line breaks, Unicode form and outer spaces do not count. */
export function samaTeks(a: string, b: string): boolean {
  const norm = (s: string) => s.normalize("NFC").replace(/\r\n?/g, "\n").trim();
  return norm(a) === norm(b);
}

/** A plan cell's content as an Isi (undefined: empty or "leave alone"). */
function isiRencana(cell: PlanCell | undefined): Isi | undefined {
  if (cell === null || cell === undefined || cell === "") return undefined;
  if (typeof cell === "object") return { rumus: cell.formula };
  return { nilai: cell };
}

/**
 * A formula as hosts may reword it without changing it: case, spaces, absolute markers, the prefixes
 * files give newer and custom functions, Excel's implicit-intersection "@".
 */
const rumusInti = (f: string) =>
  f
    .replace(/_xl(?:fn|udf|ws)\./gi, "")
    .replace(/[\s$@]/g, "")
    .toUpperCase();

/** Whether a read cell holds what the plan put there (a formula: the same formula, as hosts reword it). */
export function samaDenganRencana(isi: Isi | undefined, planned: PlanCell | undefined): boolean {
  const rencana = isiRencana(planned);
  if (!isi || !rencana) return !isi && !rencana;
  if ("rumus" in rencana)
    return "rumus" in isi && rumusInti(isi.rumus) === rumusInti(rencana.rumus);
  if ("rumus" in isi) return false;
  const [a, b] = [isi.nilai, rencana.nilai];
  if (typeof a === "string" && typeof b === "string") return samaTeks(a, b);
  // "1" typed or read back as text where the plan has the number 1 (the No column after a re-save).
  return String(a).trim() === String(b).trim();
}

/** The Isi as a plan cell: a user's formula stays a formula, text stays text. */
export function keRencana(isi: Isi): PlanCell {
  return "rumus" in isi ? { formula: isi.rumus } : isi.nilai;
}

/** The Isi written as a value in the sisa block: a formula as its text, so it computes nothing out of place. */
export function sebagaiNilai(isi: Isi): string | number | boolean {
  return "rumus" in isi ? isi.rumus : isi.nilai;
}

/**
 * What a port reads of a sheet, as design13.md fixes it for src/lifecycle/types.ts. Declared here
 * until the integrator lands src/lifecycle (then this file re-exports that type): the xlsx layer
 * may not import a folder that does not exist yet. Keep the two identical.
 */
import type { CellValue } from "../catalog/tabel/types";

export interface SheetRead {
  name: string;
  /** Custom property IKI-DINSOS, when present. */
  marker?: string;
  /** From A1 to the used range's end: formula text "=..." for a formula, else the constant. */
  formulas: CellValue[][];
  /** The results (a formula's cached result). Trailing empties may be cut. */
  values: CellValue[][];
  /** The sheet is protected. */
  terkunci?: boolean;
}

/** A sheet of an .xlsx file: SheetRead and what only a file tells (hidden sheets are read too). */
export interface LembarXlsx extends SheetRead {
  visibility: "visible" | "hidden" | "veryHidden";
}

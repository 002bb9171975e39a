/** A sheet of an .xlsx file as the lifecycle reads it (src/lifecycle/types.ts), with its visibility. */
import type { SheetRead } from "../lifecycle/types";

export type { SheetRead };

/** A sheet of an .xlsx file: SheetRead and what only a file tells (hidden sheets are read too). */
export interface LembarXlsx extends SheetRead {
  visibility: "visible" | "hidden" | "veryHidden";
}

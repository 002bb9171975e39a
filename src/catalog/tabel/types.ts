/**
 * The catalog as tables a person edits in Excel (docs/katalog.md): what the export writes and the
 * import reads. Pure data: the sinks write CatalogTable as sheets, the readers (Office.js in the
 * pane, ExcelJS on the command line) hand sheets back as SheetValues.
 */
import type { Catalog } from "../types";

/** A cell as read from a workbook: Office.js `values` and ExcelJS give these (dates as numbers or text). */
export type CellValue = string | number | boolean | null;

/** The values of one sheet from A1: `values[0]` is row 1. Trailing empty rows and columns may be absent. */
export interface SheetValues {
  name: string;
  values: CellValue[][];
  /** The sheet's own name when it is read as the table `name` (a marked "Jabatan (2)" as Jabatan). */
  lembar?: string;
}

/** One table of the layout, ready to be written as a sheet. */
export interface CatalogTable {
  /** Sheet name, e.g. "Jabatan". */
  sheet: string;
  /** What the sheet is for, one sentence in Bahasa Indonesia (written above or beside the table). */
  petunjuk: string;
  /** Header row texts; the import finds columns by these names (aliases in the layout). */
  header: string[];
  /** Data rows under the header, one cell per header column. */
  rows: CellValue[][];
  /** Character widths per column. */
  widths: number[];
  /** Closed lists: a drop-down on these columns (index into header). */
  lists: { column: number; values: string[] }[];
  /** Columns whose every cell must stay text (ids, NIP-like numbers, texts starting with "="). */
  textColumns: number[];
}

/** One problem of an import, where the user can find and fix it. */
export interface Masalah {
  /** Sheet name, or the file name for a JSON catalog. */
  sheet: string;
  /** Row number as Excel shows it (1-based); absent for a problem of the whole sheet. */
  row?: number;
  /** Header text of the column (the user sees names, not letters). */
  column?: string;
  /** What is wrong, in Bahasa Indonesia. */
  pesan: string;
  /** How to fix it, in Bahasa Indonesia. */
  perbaikan: string;
}

/** An import: the catalog when there is no error; warnings (extra columns, ...) never block it. */
export interface ImportResult {
  catalog?: Catalog;
  masalah: Masalah[];
  peringatan: Masalah[];
}

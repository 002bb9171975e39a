/**
 * A sheet plan: everything one worksheet should hold, as plain data. Pure code builds plans
 * (src/template); small sinks carry them into Office.js (src/workbook), an in-memory HyperFormula
 * workbook (src/preview) or an .xlsx file (ExcelJS). Addresses are A1 on the plan's own sheet.
 */

/**
 * One cell of the grid.
 * - null: leave the cell alone (input cells the user fills; written as "no change");
 * - number / boolean: a constant;
 * - string: literal text, always text even when it starts with = + - @ (sinks must not let it
 *   become a formula: it can come from what a user typed, e.g. a nama);
 * - { formula }: an en-US formula starting with "=", as Office.js `range.formulas` expects;
 *   `value` is the result for sinks that store cached results (xlsx) when it is known.
 */
export type PlanCell =
  null | number | boolean | string | { formula: string; value?: number | string };

export type HorizontalAlignment = "Left" | "Center" | "Right";
export type VerticalAlignment = "Top" | "Center" | "Bottom";

export interface CellStyle {
  bold?: boolean;
  italic?: boolean;
  /** Points. */
  fontSize?: number;
  /** "#RRGGBB". */
  fontColor?: string;
  /** Background, "#RRGGBB". */
  fill?: string;
  horizontalAlignment?: HorizontalAlignment;
  verticalAlignment?: VerticalAlignment;
  wrap?: boolean;
  /** Excel number format code in en-US, e.g. "0.00" or "@". */
  numberFormat?: string;
  /** Thin borders: on every edge inside and around the range, or only around it. */
  borders?: "all" | "outline";
  /**
   * false: the cell stays editable when the sheet is protected (an input cell). Absent: locked,
   * Excel's default for every cell, which matters only on a protected sheet.
   */
  locked?: false;
}

export interface FormatPlan {
  /** A1 range, e.g. "A12:R30". Later entries win where ranges overlap. */
  range: string;
  style: CellStyle;
}

/** Input cells accept only numbers >= min (decimals allowed). */
export interface ValidationPlan {
  range: string;
  min: number;
  /** Shown when the cell is selected (Bahasa Indonesia). */
  prompt: string;
  /** Shown when a wrong value is typed (Bahasa Indonesia). */
  errorMessage: string;
}

/**
 * Cells that accept only one of a few texts, offered as a drop-down list (added for the "Cara" cell of
 * the empty indicator rows). A sink that cannot show lists may skip it: the formulas read any text
 * other than the second choice as the first.
 */
export interface ListValidationPlan {
  range: string;
  /** The allowed texts, in the order shown. */
  list: string[];
  prompt: string;
  errorMessage: string;
}

/** Fill and font colour for cells whose value is a number in [min, max) (a bound is open when absent). */
export interface ConditionalBand {
  min?: number;
  max?: number;
  fill: string;
  fontColor: string;
}

export interface ConditionalFormatPlan {
  range: string;
  bands: ConditionalBand[];
}

export interface ChartPlan {
  type: "barClustered";
  title: string;
  /** Category labels (one column). */
  categories: string;
  /** Values (one column, same number of rows as categories). */
  values: string;
  seriesName: string;
  /** Where the chart sits: top-left and bottom-right cells. */
  topLeft: string;
  bottomRight: string;
}

/** A cell that links to a place in the workbook. */
export interface HyperlinkPlan {
  cell: string;
  /** Final sheet name of the target. */
  sheet: string;
  targetCell: string;
  text: string;
}

export interface PrintPlan {
  orientation: "landscape" | "portrait";
  paper: "A4";
  /** Fit to this many pages wide; height unconstrained. */
  fitToPagesWide: number;
  /** Rows repeated on each printed page, e.g. "$14:$15"; absent when none. */
  titleRows?: string;
  /** Row numbers that begin a new printed page: manual page breaks above them; absent when none. */
  rowBreaks?: number[];
}

/** What marks a sheet as made by this add-in, so a later rekap can find it again. */
export interface SheetMarker {
  /** Worksheet custom property key. */
  key: string;
  /** JSON text; see src/template for its shape. */
  value: string;
}

export interface SheetPlan {
  /** Final sheet name: valid in Excel and unique in the workbook it was planned for. */
  name: string;
  /**
   * true: the sheet `name` already exists (the year's rekap, found by its marker) and this plan
   * rewrites it in place: every sink clears it and writes the plan into it, so it keeps its
   * position, its name (also one the user gave it) and its identity. Absent: a new sheet.
   */
  replace?: true;
  /**
   * Existing sheets of ours that this NEW sheet takes the place of (the stored catalog saved again):
   * a sink writes the plan as a new sheet under another name and only then, last, removes these
   * and gives the new sheet `name` (one of theirs). A failure before that leaves them as they were,
   * which a rewrite in place (`replace`) cannot promise. Absent: nothing is removed.
   */
  supersedes?: string[];
  /**
   * "katalog": a table of the editable catalog layout (export); "katalog-tersimpan": the catalog
   * the workbook carries (one hidden sheet, see katalog-tersimpan.ts); "laporan": the report of a
   * merge of staff files (src/gabung).
   */
  kind: "iki" | "rekap" | "katalog" | "katalog-tersimpan" | "laporan";
  /**
   * "veryHidden": a sheet kept out of sight, which the user cannot unhide from Excel's menu (the
   * stored catalog). Absent: visible. Every sink honours it (Office.js worksheet.visibility,
   * ExcelJS state, the preview's tabs).
   */
  visibility?: "veryHidden";
  /** The jabatan of an IKI sheet (catalog id). */
  jabatanId?: string;
  /** Rectangular grid written from A1: every row has the same length. */
  cells: PlanCell[][];
  merges: string[];
  formats: FormatPlan[];
  /** Width of column A, B, ... in Excel's character units (as in Excel's UI and ExcelJS). */
  columnWidths: number[];
  /** Heights in points for rows that need one, by row number (as Excel shows it, see a1.ts). */
  rowHeights: { row: number; height: number }[];
  validations: ValidationPlan[];
  /** Drop-down lists on text input cells; absent when the sheet has none. */
  listValidations?: ListValidationPlan[];
  conditionalFormats: ConditionalFormatPlan[];
  charts: ChartPlan[];
  hyperlinks: HyperlinkPlan[];
  print: PrintPlan;
  /** Rows and columns kept in view when scrolling. */
  freeze: { rows: number; columns: number };
  tabColor?: string;
  /**
   * The sheet is protected without a password ("Kunci rumus"): only cells styled `locked: false`
   * can be edited; selecting any cell and sizing rows and columns stay allowed. Every sink writes
   * it last (Excel refuses writes to a protected sheet), and unprotects a sheet it rewrites in place.
   */
  protect?: true;
  marker: SheetMarker;
}

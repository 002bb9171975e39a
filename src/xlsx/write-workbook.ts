/**
 * The ExcelJS sink: SheetPlan[] -> an ExcelJS workbook (plus what ExcelJS cannot express, for
 * package-parts.ts), and the whole .xlsx as bytes.
 *
 * What ExcelJS 4.4 cannot write (links to sheets, the marker custom property and its name, the
 * rekap's chart) is added to the package afterwards (package-parts.ts, grafik-part.ts).
 */
import ExcelJS from "exceljs";
import { cellAddress, forEachCell, requireA1, sheetRef } from "../template/a1";
import { tooLongForTextFormat } from "../template/long-text";
import type { SheetPlan } from "../template/plan";
import { cellValue, type CachedResult } from "./cell-value";
import type { GrafikTertulis } from "./grafik-part";
import { addSheetExtras, type SheetExtras } from "./package-parts";
import { bandFormats, listValidation, numberValidation } from "./rules";
import { estimatedRowHeights } from "./row-heights";
import { argb, excelStyle, resolveStyles, type ResolvedStyle } from "./style";
import { writeOnto, type DasarOptions, type XlsxKeluaran } from "./write-dasar";

export type { DasarOptions, MarkerBaru, XlsxKeluaran } from "./write-dasar";

/**
 * The cached result of a formula cell, by row number (as Excel shows it) and column index; undefined:
 * the plan's value, if any.
 */
export type ResultLookup = (sheet: string, row: number, col: number) => CachedResult | undefined;

export interface WriteOptions {
  results?: ResultLookup;
  /** Document properties. */
  creator?: string;
  /** Fixed timestamps make the output reproducible (tests, benchmarks). */
  created?: Date;
}

const PAPER_A4 = 9;

/** "$14:$15" -> "14:15" (ExcelJS adds the sheet name and the dollars itself). */
function titleRows(rows: string): string {
  const r = requireA1(rows);
  return `${r.firstRow + 1}:${r.lastRow + 1}`;
}

/** "@" dropped on a text too long for it (long-text.ts): ExcelJS stores a string as a string anyway. */
function withoutLongTextFormat(resolved: ResolvedStyle, cell: unknown): ResolvedStyle {
  if (!tooLongForTextFormat(cell) || resolved.style.numberFormat !== "@") return resolved;
  const style = { ...resolved.style };
  delete style.numberFormat;
  return { ...resolved, style };
}

/** Validations and colour bands. */
function rules(ws: ExcelJS.Worksheet, plan: SheetPlan): void {
  for (const v of plan.validations) {
    const dv = numberValidation(v);
    forEachCell(v.range, (row, col) => (ws.getCell(row + 1, col + 1).dataValidation = dv));
  }
  for (const v of plan.listValidations ?? []) {
    const dv = listValidation(v);
    forEachCell(v.range, (row, col) => (ws.getCell(row + 1, col + 1).dataValidation = dv));
  }
  let priority = 1;
  for (const cf of plan.conditionalFormats) {
    ws.addConditionalFormatting(bandFormats(cf, priority));
    priority += cf.bands.length;
  }
}

/** A plan cell as shown: its constant, or its formula's cached result (else the plan's value). */
function shownValue(plan: SheetPlan, results: ResultLookup | undefined, row: number, col: number) {
  const c = plan.cells[row]?.[col] ?? null;
  if (c === null || typeof c !== "object") return c;
  const result = results?.(plan.name, row + 1, col) ?? c.value;
  return typeof result === "object" ? undefined : result;
}

/** The plan's charts with the points their ranges show (the chart parts' caches). */
function chartsOf(plan: SheetPlan, results: ResultLookup | undefined): GrafikTertulis[] {
  return plan.charts.map((chart) => {
    const categories: string[] = [];
    const values: (number | undefined)[] = [];
    forEachCell(chart.categories, (row, col) => {
      const v = shownValue(plan, results, row, col);
      categories.push(v === null || v === undefined ? "" : String(v));
    });
    forEachCell(chart.values, (row, col) => {
      const v = shownValue(plan, results, row, col);
      values.push(typeof v === "number" && Number.isFinite(v) ? v : undefined);
    });
    return { plan: chart, categories, values };
  });
}

/** A4, orientation, one page wide, repeated title rows and the plan's manual page breaks. */
function printSetup(ws: ExcelJS.Worksheet, plan: SheetPlan): void {
  ws.pageSetup = {
    paperSize: PAPER_A4,
    orientation: plan.print.orientation,
    fitToPage: true,
    fitToWidth: plan.print.fitToPagesWide,
    fitToHeight: 0,
    ...(plan.print.titleRows ? { printTitlesRow: titleRows(plan.print.titleRows) } : {}),
  };
  // ExcelJS puts a row's break below it: the page starting at row r breaks below row r - 1.
  for (const row of plan.print.rowBreaks ?? []) if (row > 1) ws.getRow(row - 1).addPageBreak();
}

/** The grid, formulas with their cached results (row numbers for `results`, see ResultLookup). */
function writeCells(ws: ExcelJS.Worksheet, plan: SheetPlan, results: ResultLookup | undefined) {
  plan.cells.forEach((cells, row) => {
    cells.forEach((planCell, col) => {
      const result =
        planCell !== null && typeof planCell === "object"
          ? results?.(plan.name, row + 1, col)
          : undefined;
      const value = cellValue(planCell, result, cellAddress(row, col));
      if (value !== undefined) ws.getCell(row + 1, col + 1).value = value;
    });
  });
}

/** Folded styles, column widths, planned row heights and those the wrapped texts need. */
function writeLayout(ws: ExcelJS.Worksheet, plan: SheetPlan, results: ResultLookup | undefined) {
  const styles = resolveStyles(plan.formats);
  for (const [key, resolved] of styles) {
    const [row, col] = key.split(":").map(Number);
    const planCell = plan.cells[row]?.[col];
    ws.getCell(row + 1, col + 1).style = excelStyle(withoutLongTextFormat(resolved, planCell));
  }
  // ExcelJS leaves out a column of width 9 (its idea of the default); Excel's default is 8.43, so
  // the column would come out narrower. A width a billionth wider is written and shows the same.
  plan.columnWidths.forEach((w, i) => (ws.getColumn(i + 1).width = w === 9 ? 9 + 1e-9 : w));
  for (const h of plan.rowHeights) ws.getRow(h.row).height = h.height;
  const shown = (row: number, col: number): string => {
    const c = plan.cells[row][col];
    if (c === null || typeof c !== "object") return c === null ? "" : String(c);
    const result = results?.(plan.name, row + 1, col) ?? c.value;
    return typeof result === "string" || typeof result === "number" ? String(result) : "";
  };
  for (const h of estimatedRowHeights(plan, styles, shown)) ws.getRow(h.row).height = h.height;
}

/**
 * <sheetProtection> without a password: ExcelJS writes no hash for an empty one, so Excel's
 * Review > Unprotect Sheet asks nothing. Allowed as in Office.js (PROTECTION_OPTIONS): selecting
 * any cell, formatting rows and columns; objects and scenarios locked, as Excel's own dialog does.
 * ExcelJS's protect() is async in name only: the model is set before it returns.
 */
function protectSheet(ws: ExcelJS.Worksheet): void {
  void ws.protect("", { formatColumns: true, formatRows: true, objects: false, scenarios: false });
}

/** One plan as a new sheet of `wb` (at the end); what package-parts.ts adds to it afterwards. */
export function addSheet(
  wb: ExcelJS.Workbook,
  plan: SheetPlan,
  results: ResultLookup | undefined
): SheetExtras {
  const ws = wb.addWorksheet(plan.name, {
    properties: plan.tabColor ? { tabColor: { argb: argb(plan.tabColor) } } : {},
    // The stored catalog: out of sight, and not to be unhidden from Excel's menu.
    state: plan.visibility === "veryHidden" ? "veryHidden" : "visible",
  });
  writeCells(ws, plan, results);
  // Merges before styles: ExcelJS copies the top-left style over a merged area, which would turn
  // an outline border into a border around every cell.
  for (const m of plan.merges) ws.mergeCellsWithoutStyle(m);
  writeLayout(ws, plan, results);
  rules(ws, plan);
  printSetup(ws, plan);
  const { rows, columns } = plan.freeze;
  if (rows > 0 || columns > 0) ws.views = [{ state: "frozen", xSplit: columns, ySplit: rows }];
  if (plan.protect) protectSheet(ws);

  return {
    name: plan.name,
    links: plan.hyperlinks.map((l) => ({
      cell: l.cell,
      location: sheetRef(l.sheet, l.targetCell),
      display: l.text,
    })),
    properties: [{ key: plan.marker.key, value: plan.marker.value }],
    charts: chartsOf(plan, results),
  };
}

/** The workbook as ExcelJS holds it, and the extras to add to its package. */
export function buildWorkbook(
  plans: SheetPlan[],
  options: WriteOptions = {}
): { workbook: ExcelJS.Workbook; extras: SheetExtras[] } {
  const wb = new ExcelJS.Workbook();
  wb.creator = options.creator ?? "IKI";
  const when = options.created ?? new Date();
  wb.created = when;
  wb.modified = when;
  // A spreadsheet program recomputes on opening; the cached results serve viewers that do not.
  wb.calcProperties.fullCalcOnLoad = true;
  const extras = plans.map((plan) => addSheet(wb, plan, options.results));
  return { workbook: wb, extras };
}

/**
 * The .xlsx file of the plans, as bytes. With `dasar` (an input file), the file is that input with
 * the plans applied (write-dasar.ts), returned with what it could not carry over (`hilang`).
 */
// Overloads (the base no-redeclare rule reads them as redeclarations): with `dasar` the caller
// gets `hilang` too, by type, so it cannot drop it unseen.
export async function writeXlsx(plans: SheetPlan[], options: DasarOptions): Promise<XlsxKeluaran>;
// eslint-disable-next-line no-redeclare
export async function writeXlsx(
  plans: SheetPlan[],
  options?: WriteOptions & { dasar?: undefined }
): Promise<Uint8Array>;
// eslint-disable-next-line no-redeclare
export async function writeXlsx(
  plans: SheetPlan[],
  options: WriteOptions & { dasar?: Uint8Array } = {}
): Promise<Uint8Array | XlsxKeluaran> {
  if (options.dasar) return writeOnto(plans, options as DasarOptions, addSheet);
  const { workbook, extras } = buildWorkbook(plans, options);
  const bytes = new Uint8Array(await workbook.xlsx.writeBuffer());
  return addSheetExtras(bytes, extras);
}

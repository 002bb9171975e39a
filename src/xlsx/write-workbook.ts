/**
 * The ExcelJS sink: SheetPlan[] -> an ExcelJS workbook (plus what ExcelJS cannot express, for
 * package-parts.ts), and the whole .xlsx as bytes.
 *
 * Differences from the Office.js adapter, all forced by ExcelJS 4.4:
 * - a chart cannot be written: its data stays in the sheet and its top-left cell gets a note
 *   (teks.grafikTidakAda) saying how to insert it;
 * - links to sheets and the marker custom property are added to the package afterwards.
 */
import ExcelJS from "exceljs";
import { cell, parseCell, parseRange, sheetRef } from "../template/a1";
import { tooLongForTextFormat } from "../template/long-text";
import type { SheetPlan } from "../template/plan";
import { cellValue, type CachedResult } from "./cell-value";
import { addSheetExtras, type SheetExtras } from "./package-parts";
import { bandFormats, listValidation, numberValidation } from "./rules";
import { estimatedRowHeights } from "./row-heights";
import { argb, excelStyle, resolveStyles, type ResolvedStyle } from "./style";
import { teks } from "./teks";

/** The cached result of a formula cell (row 1-based, column 0-based); undefined: the plan's value, if any. */
export type ResultLookup = (sheet: string, row: number, col: number) => CachedResult | undefined;

export interface WriteOptions {
  results?: ResultLookup;
  /** Document properties. */
  creator?: string;
  /** Fixed timestamps make the output reproducible (tests, benchmarks). */
  created?: Date;
}

const PAPER_A4 = 9;

function forEachCell(range: string, fn: (row: number, col: number) => void): void {
  const r = parseRange(range);
  if (!r) throw new RangeError(`invalid range "${range}"`);
  for (let row = r.top; row <= r.bottom; row++)
    for (let col = r.left; col <= r.right; col++) fn(row, col);
}

/** "$14:$15" -> "14:15" (ExcelJS adds the sheet name and the dollars itself). */
function titleRows(rows: string): string {
  const m = /^\$?(\d+):\$?(\d+)$/.exec(rows);
  if (!m) throw new RangeError(`print title rows must be whole rows such as "$14:$15": ${rows}`);
  return `${m[1]}:${m[2]}`;
}

/** "@" dropped on a text too long for it (long-text.ts): ExcelJS stores a string as a string anyway. */
function withoutLongTextFormat(resolved: ResolvedStyle, cell: unknown): ResolvedStyle {
  if (!tooLongForTextFormat(cell) || resolved.style.numberFormat !== "@") return resolved;
  const style = { ...resolved.style };
  delete style.numberFormat;
  return { ...resolved, style };
}

/** Validations, colour bands, and a note in place of each chart (ExcelJS cannot write charts). */
function rulesAndNotes(ws: ExcelJS.Worksheet, plan: SheetPlan): void {
  for (const v of plan.validations) {
    const dv = numberValidation(v);
    forEachCell(v.range, (row, col) => (ws.getCell(row, col + 1).dataValidation = dv));
  }
  for (const v of plan.listValidations ?? []) {
    const dv = listValidation(v);
    forEachCell(v.range, (row, col) => (ws.getCell(row, col + 1).dataValidation = dv));
  }
  let priority = 1;
  for (const cf of plan.conditionalFormats) {
    ws.addConditionalFormatting(bandFormats(cf, priority));
    priority += cf.bands.length;
  }

  for (const chart of plan.charts) {
    const at = parseCell(chart.topLeft);
    if (!at) throw new RangeError(`invalid chart position "${chart.topLeft}"`);
    const note = ws.getCell(at.row, at.col + 1);
    note.value = teks.grafikTidakAda(
      chart.title,
      `${chart.categories.split(":")[0]}:${chart.values.split(":").pop()}`
    );
    note.style = {
      font: { name: "Calibri", size: 11, italic: true, color: { argb: "FF595959" } },
      alignment: { wrapText: true, vertical: "top" },
    };
    const end = parseCell(chart.bottomRight);
    if (end && end.col > at.col)
      ws.mergeCellsWithoutStyle(at.row, at.col + 1, at.row + 4, end.col + 1);
  }
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

function addSheet(
  wb: ExcelJS.Workbook,
  plan: SheetPlan,
  results: ResultLookup | undefined
): SheetExtras {
  const ws = wb.addWorksheet(plan.name, {
    properties: plan.tabColor ? { tabColor: { argb: argb(plan.tabColor) } } : {},
  });
  const width = plan.cells[0]?.length ?? 0;
  plan.cells.forEach((cells, i) => {
    if (cells.length !== width) throw new Error(`sheet plan "${plan.name}" is not rectangular`);
    const row = i + 1;
    cells.forEach((planCell, col) => {
      const result =
        planCell !== null && typeof planCell === "object"
          ? results?.(plan.name, row, col)
          : undefined;
      const value = cellValue(planCell, result, cell(row, col));
      if (value !== undefined) ws.getCell(row, col + 1).value = value;
    });
  });
  // Merges before styles: ExcelJS copies the top-left style over a merged area, which would turn
  // an outline border into a border around every cell.
  for (const m of plan.merges) ws.mergeCellsWithoutStyle(m);
  const styles = resolveStyles(plan.formats);
  for (const [key, resolved] of styles) {
    const [row, col] = key.split(":").map(Number);
    const planCell = plan.cells[row - 1]?.[col];
    ws.getCell(row, col + 1).style = excelStyle(withoutLongTextFormat(resolved, planCell));
  }
  // ExcelJS leaves out a column of width 9 (its idea of the default); Excel's default is 8.43, so
  // the column would come out narrower. A width a billionth wider is written and shows the same.
  plan.columnWidths.forEach((w, i) => (ws.getColumn(i + 1).width = w === 9 ? 9 + 1e-9 : w));
  for (const h of plan.rowHeights) ws.getRow(h.row).height = h.height;
  const shown = (row: number, col: number): string => {
    const c = plan.cells[row - 1][col];
    if (c === null || typeof c !== "object") return c === null ? "" : String(c);
    const result = results?.(plan.name, row, col) ?? c.value;
    return typeof result === "string" || typeof result === "number" ? String(result) : "";
  };
  for (const h of estimatedRowHeights(plan, styles, shown)) ws.getRow(h.row).height = h.height;

  rulesAndNotes(ws, plan);
  printSetup(ws, plan);
  const { rows, columns } = plan.freeze;
  if (rows > 0 || columns > 0) ws.views = [{ state: "frozen", xSplit: columns, ySplit: rows }];

  return {
    name: plan.name,
    links: plan.hyperlinks.map((l) => ({
      cell: l.cell,
      location: sheetRef(l.sheet, l.targetCell),
      display: l.text,
    })),
    properties: [{ key: plan.marker.key, value: plan.marker.value }],
  };
}

/** The workbook as ExcelJS holds it, and the extras to add to its package. */
export function buildWorkbook(
  plans: SheetPlan[],
  options: WriteOptions = {}
): { workbook: ExcelJS.Workbook; extras: SheetExtras[] } {
  const wb = new ExcelJS.Workbook();
  wb.creator = options.creator ?? "IKI Dinas Sosial Kabupaten Malang";
  const when = options.created ?? new Date();
  wb.created = when;
  wb.modified = when;
  // A spreadsheet program recomputes on opening; the cached results serve viewers that do not.
  wb.calcProperties.fullCalcOnLoad = true;
  const extras = plans.map((plan) => addSheet(wb, plan, options.results));
  return { workbook: wb, extras };
}

/** The .xlsx file of the plans, as bytes. */
export async function writeXlsx(
  plans: SheetPlan[],
  options: WriteOptions = {}
): Promise<Uint8Array> {
  const { workbook, extras } = buildWorkbook(plans, options);
  const bytes = new Uint8Array(await workbook.xlsx.writeBuffer());
  return addSheetExtras(bytes, extras);
}

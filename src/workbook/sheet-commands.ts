/**
 * A SheetPlan turned into the list of Office.js writes that build it, still as plain data: every
 * address is checked, every 2-D array already has the size of its range, every unit is Excel's.
 * The adapter only replays these commands on a new worksheet, so what is checked here (and
 * measured for the payload) is what Excel receives.
 */
import { tooLongForTextFormat } from "../template/long-text";
import type { PlanCell, SheetPlan } from "../template/plan";
import {
  blockAddress,
  columnsAddress,
  rangeSize,
  requireA1,
  rowsAddress,
  sheetRef,
} from "../template/a1";
import { columnWidthPoints } from "./column-width";
import { inputCellFormats } from "./input-cells";
import { groupFormats } from "./format-groups";
import { foldGridNumberFormats } from "./grid-number-formats";
import { foldMergeRuns } from "./merge-runs";
import { printCommands } from "./print-commands";
import { rangeFormatProps, type RangeFormatProps } from "./cell-format";
import { requireColor } from "../template/validate-plan";
import {
  bandProps,
  listValidationProps,
  validationProps,
  type BandProps,
  type ValidationProps,
} from "./rules";

/** Text number format: what Excel stores in such a cell stays text, even "=..." or "0123". */
export const TEXT_FORMAT = "@";
/** The format of a text too long for "@" (see long-text.ts). */
export const GENERAL_FORMAT = "General";
/**
 * Excel's quote prefix: a value written with a leading apostrophe is stored as the text after it
 * (as if typed so in a cell), never as a formula, number or date; reading it back gives the text
 * without the apostrophe (range.values and range.formulas alike, office-js issue #6687).
 */
export const QUOTE_PREFIX = "'";

export type CellInput = null | number | boolean | string;

/**
 * What a protected sheet still allows (Excel.WorksheetProtectionOptions; unnamed options are
 * false): selecting any cell, and sizing rows and columns (a long text typed in a cell needs a
 * taller row). selectionMode is ExcelApi 1.7.
 */
export const PROTECTION_OPTIONS = {
  allowFormatColumns: true,
  allowFormatRows: true,
  selectionMode: "Normal",
} as const;

export type SheetCommand =
  | { kind: "addSheet" }
  /** Instead of addSheet for a plan with `replace`: clear the existing sheet of that name. */
  | { kind: "clearSheet" }
  | { kind: "columnWidth"; address: string; points: number }
  | { kind: "rowHeight"; address: string; points: number }
  | { kind: "format"; address: string; props: RangeFormatProps }
  /** The same props on several areas: `address` is "A1:B2,D4:E5" (see format-groups.ts). */
  | { kind: "formatAreas"; address: string; props: RangeFormatProps }
  | { kind: "numberFormat"; address: string; values: (string | null)[][] }
  | { kind: "formulas"; address: string; values: CellInput[][] }
  | { kind: "merge"; address: string }
  /** Each row of `address` merged on its own: a run of one-row merges (see merge-runs.ts). */
  | { kind: "mergeAcross"; address: string }
  | ({ kind: "validation"; address: string } & ValidationProps)
  | ({ kind: "conditionalFormat"; address: string } & BandProps)
  | {
      kind: "chart";
      title: string;
      values: string;
      categories: string;
      seriesName: string;
      topLeft: string;
      bottomRight: string;
    }
  | { kind: "hyperlink"; address: string; documentReference: string; textToDisplay: string }
  /** A zoom scale in percent, set before `pageLayout` (see print-commands.ts). */
  | { kind: "printScale"; scale: number }
  | {
      kind: "pageLayout";
      orientation: "Landscape" | "Portrait";
      paperSize: "A4";
      zoom: { horizontalFitToPages: number; verticalFitToPages: number };
      titleRows?: string;
    }
  /** A manual page break above the row of `address` (worksheet.horizontalPageBreaks). */
  | { kind: "pageBreak"; address: string }
  | { kind: "freeze"; rows: number; columns: number }
  | { kind: "tabColor"; color: string }
  /** Worksheet.visibility (ExcelApi 1.1): the stored catalog is kept out of sight. */
  | { kind: "visibility"; visibility: "VeryHidden" }
  /** WorksheetProtection.protect without a password (SheetPlan.protect); after every range write. */
  | { kind: "protect"; options: typeof PROTECTION_OPTIONS }
  | { kind: "customProperty"; key: string; value: string };

export interface SheetCommands {
  name: string;
  kind: SheetPlan["kind"];
  /** The sheet exists and is rewritten in place (see SheetPlan.replace). */
  replace?: true;
  /** Sheets of ours this new sheet takes the place of, removed last (see SheetPlan.supersedes). */
  supersedes?: string[];
  jabatanId?: string;
  commands: SheetCommand[];
}

/** Groups runs of equal neighbours: [[start, end, value]] with 0-based inclusive indexes. */
function runs<T>(items: { index: number; value: T }[]): [number, number, T][] {
  const out: [number, number, T][] = [];
  for (const { index, value } of [...items].sort((a, b) => a.index - b.index)) {
    const last = out[out.length - 1];
    if (last && last[1] === index - 1 && last[2] === value) last[1] = index;
    else out.push([index, index, value]);
  }
  return out;
}

/** What `range.formulas` takes for a plan cell (the plan is validated: see validatePlan). */
function cellInput(cell: PlanCell, quote: boolean): CellInput {
  if (quote && typeof cell === "string" && cell !== "") return QUOTE_PREFIX + cell;
  return cell !== null && typeof cell === "object" ? cell.formula : cell;
}

/**
 * The grid as one `range.formulas` write, preceded by a text number format on every cell that
 * holds plan text. Range.values/formulas read a string starting with "=", "+", "-" (and "@", the
 * implicit-intersection operator) as a formula and convert "0123", "1/2" or "TRUE"; a cell formatted
 * as Text keeps what is written as text. A text over 255 characters cannot be Text-formatted
 * (##### on desktop): it gets General and the quote prefix instead. Text in an input cell (a "-"
 * typed as a target) keeps the cell's own format, which a number typed there later needs
 * (input-cells.ts), and gets the quote prefix unless that format is Text already. null stays null
 * in both arrays: Excel leaves such a cell unchanged ("null input in 2-D array", Office docs).
 */
function gridCommands(plan: SheetPlan): SheetCommand[] {
  const cells = plan.cells;
  const rows = cells.length;
  if (rows === 0) return [];
  const columns = cells[0].length;
  if (columns === 0) return [];
  const address = blockAddress(0, 0, rows, columns);
  const inputs = inputCellFormats(plan, rows, columns);
  let hasText = false;
  const textFormat: (string | null)[][] = [];
  const values: CellInput[][] = [];
  cells.forEach((row, r) => {
    const formats: (string | null)[] = [];
    const inputRow: CellInput[] = [];
    row.forEach((cell, c) => {
      const isText = typeof cell === "string" && cell !== "";
      const key = `${r}:${c}`;
      const long = tooLongForTextFormat(cell);
      const input = isText && !long && inputs.has(key);
      hasText ||= isText && !input;
      formats.push(!isText || input ? null : long ? GENERAL_FORMAT : TEXT_FORMAT);
      inputRow.push(cellInput(cell, long || (input && inputs.get(key) !== TEXT_FORMAT)));
    });
    textFormat.push(formats);
    values.push(inputRow);
  });
  const out: SheetCommand[] = [];
  if (hasText) out.push({ kind: "numberFormat", address, values: textFormat });
  out.push({ kind: "formulas", address, values });
  return out;
}

function filled<T>(rows: number, columns: number, value: T): T[][] {
  return Array.from({ length: rows }, () => new Array<T>(columns).fill(value));
}

/**
 * Every write that builds `plan` on a new, empty worksheet, with fewer Office.js actions than one
 * per plan entry and the same result: formats grouped by identical props, number formats folded
 * into the grid's array, runs of one-row merges merged across.
 */
export function sheetCommands(plan: SheetPlan): SheetCommands {
  const sheet = ungroupedSheetCommands(plan);
  return {
    ...sheet,
    commands: groupFormats(foldGridNumberFormats(foldMergeRuns(sheet.commands))),
  };
}

/** Column widths and row heights, runs of equal neighbours as one command each. */
function sizeCommands(plan: SheetPlan): SheetCommand[] {
  const out: SheetCommand[] = [];
  const widths = plan.columnWidths.map((value, index) => ({ index, value }));
  for (const [first, last, chars] of runs(widths)) {
    const points = columnWidthPoints(chars);
    out.push({ kind: "columnWidth", address: columnsAddress(first, last), points });
  }
  const heights = plan.rowHeights.map(({ row, height }) => ({ index: row - 1, value: height }));
  for (const [first, last, points] of runs(heights))
    out.push({ kind: "rowHeight", address: rowsAddress(first, last), points });
  return out;
}

function formatCommands(plan: SheetPlan): SheetCommand[] {
  const out: SheetCommand[] = [];
  for (const { range, style } of plan.formats) {
    const { rows, columns } = rangeSize(requireA1(range));
    const props = rangeFormatProps(style, rows, columns);
    if (Object.keys(props).length > 0) out.push({ kind: "format", address: range, props });
    if (style.numberFormat !== undefined) {
      const values = filled(rows, columns, style.numberFormat);
      out.push({ kind: "numberFormat", address: range, values });
    }
  }
  return out;
}

/** Validations, colour bands, charts and links: what sits on cells once they hold their values. */
function ruleCommands(plan: SheetPlan): SheetCommand[] {
  const out: SheetCommand[] = [];
  for (const v of plan.validations)
    out.push({ kind: "validation", address: v.range, ...validationProps(v) });
  for (const v of plan.listValidations ?? [])
    out.push({ kind: "validation", address: v.range, ...listValidationProps(v) });
  for (const cf of plan.conditionalFormats) {
    for (const band of cf.bands)
      out.push({ kind: "conditionalFormat", address: cf.range, ...bandProps(cf.range, band) });
  }
  for (const c of plan.charts) {
    const { title, values, categories, seriesName, topLeft, bottomRight } = c;
    out.push({ kind: "chart", title, values, categories, seriesName, topLeft, bottomRight });
  }
  for (const link of plan.hyperlinks) {
    out.push({
      kind: "hyperlink",
      address: link.cell,
      documentReference: sheetRef(link.sheet, link.targetCell),
      textToDisplay: link.text,
    });
  }
  return out;
}

/** Every write that builds `plan`, one per plan entry, in the order Excel must receive them. */
export function ungroupedSheetCommands(plan: SheetPlan): SheetCommands {
  const commands: SheetCommand[] = [
    { kind: plan.replace ? "clearSheet" : "addSheet" },
    ...sizeCommands(plan),
    // Formats before the grid: a later text format must win over a number format on plan text.
    ...formatCommands(plan),
    ...gridCommands(plan),
    // Merged after the values: a merge keeps only the top-left value, so nothing is lost or refused.
    ...plan.merges.map((address): SheetCommand => ({ kind: "merge", address })),
    ...ruleCommands(plan),
    ...printCommands(plan),
  ];
  const { rows, columns } = plan.freeze;
  if (rows > 0 || columns > 0) commands.push({ kind: "freeze", rows, columns });
  if (plan.tabColor !== undefined)
    commands.push({ kind: "tabColor", color: requireColor(plan.tabColor) });
  if (plan.visibility === "veryHidden")
    commands.push({ kind: "visibility", visibility: "VeryHidden" });
  // After every write to the sheet's cells (Excel refuses them on a protected sheet), before the
  // marker: a marked sheet is a finished one, protection included.
  if (plan.protect) commands.push({ kind: "protect", options: PROTECTION_OPTIONS });
  // The marker goes last: a sheet that carries it was written completely (used by the rekap and by
  // the clean-up after a failure to tell finished sheets from the one that failed).
  commands.push({ kind: "customProperty", key: plan.marker.key, value: plan.marker.value });

  return {
    name: plan.name,
    kind: plan.kind,
    ...(plan.replace ? { replace: true as const } : {}),
    ...(plan.supersedes ? { supersedes: [...plan.supersedes] } : {}),
    ...(plan.jabatanId !== undefined ? { jabatanId: plan.jabatanId } : {}),
    commands,
  };
}

/** A sheet the user does not see: never activated after an insert (Excel refuses that). */
export function isHiddenSheet(sheet: SheetCommands): boolean {
  return sheet.commands.some((c) => c.kind === "visibility");
}

/** The 2-D array of a command and the address it must fit, for checks. */
export function commandArray(
  command: SheetCommand
): { address: string; values: unknown[][] } | undefined {
  return command.kind === "formulas" || command.kind === "numberFormat"
    ? { address: command.address, values: command.values }
    : undefined;
}

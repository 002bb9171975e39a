/**
 * What the preview grid draws for one sheet, computed from the plan's decoration: merged areas,
 * cell styles (later formats win, as in the plan), input cells, links, and the display text of a
 * value under an Excel number format (roughly: the formats the templates use).
 */
import { forEachCell, requireA1 } from "../../template/a1";
import type { CellStyle, ConditionalBand, HyperlinkPlan } from "../../template/plan";
import type { MemoryValue, SheetDecoration } from "../memory-workbook";

export interface Merge {
  rowSpan: number;
  colSpan: number;
}

export interface InputCell {
  /** A number rule, a drop-down list, or a yellow cell without a rule (nama, pangkat, keterangan). */
  kind: "angka" | "pilihan" | "teks";
  /** Choices of a list cell. */
  list?: string[];
  min?: number;
  errorMessage: string;
  prompt: string;
}

export interface SheetModel {
  rows: number;
  cols: number;
  /** Merge anchors by "row,col" (0-based indexes, as everywhere: see template/a1.ts). */
  merges: Map<string, Merge>;
  /** Cells hidden under a merge, each with its anchor's row and column. */
  covered: Map<string, { row: number; col: number }>;
  styles: Map<string, CellStyle>;
  /** Border edges per cell: top, right, bottom, left. */
  borders: Map<string, [boolean, boolean, boolean, boolean]>;
  inputs: Map<string, InputCell>;
  links: Map<string, HyperlinkPlan>;
  bands: Map<string, ConditionalBand[]>;
  columnWidths: number[];
  /** Heights in points by row index. */
  rowHeights: Map<number, number>;
}

export const key = (row: number, col: number) => `${row},${col}`;

/** Minimum size drawn for a blank sheet, as Excel shows an empty grid. */
const BLANK = { rows: 30, cols: 12 };

function addMerges(model: SheetModel, merges: string[]): void {
  for (const m of merges) {
    const r = requireA1(m);
    model.merges.set(key(r.firstRow, r.firstColumn), {
      rowSpan: r.lastRow - r.firstRow + 1,
      colSpan: r.lastColumn - r.firstColumn + 1,
    });
    forEachCell(r, (row, col) => {
      if (row !== r.firstRow || col !== r.firstColumn)
        model.covered.set(key(row, col), { row: r.firstRow, col: r.firstColumn });
    });
    model.rows = Math.max(model.rows, r.lastRow + 1);
  }
}

/** Later formats win per property; border edges accumulate (an outline marks only its rim). */
function addFormats(model: SheetModel, formats: SheetDecoration["formats"]): void {
  for (const f of formats) {
    const { borders, ...style } = f.style;
    forEachCell(f.range, (row, col, r) => {
      const k = key(row, col);
      model.styles.set(k, { ...model.styles.get(k), ...style });
      if (!borders) return;
      const b = model.borders.get(k) ?? [false, false, false, false];
      const all = borders === "all";
      if (all || row === r.firstRow) b[0] = true;
      if (all || col === r.lastColumn) b[1] = true;
      if (all || row === r.lastRow) b[2] = true;
      if (all || col === r.firstColumn) b[3] = true;
      model.borders.set(k, b);
    });
  }
}

/** Number inputs and drop-down lists; one InputCell per rule, shared by the cells it covers. */
function addInputs(model: SheetModel, decoration: SheetDecoration): void {
  const rules: [string, InputCell][] = [
    ...decoration.validations.map((v): [string, InputCell] => [
      v.range,
      { kind: "angka", min: v.min, errorMessage: v.errorMessage, prompt: v.prompt },
    ]),
    ...(decoration.listValidations ?? []).map((v): [string, InputCell] => [
      v.range,
      { kind: "pilihan", list: v.list, errorMessage: v.errorMessage, prompt: v.prompt },
    ]),
  ];
  for (const [range, input] of rules)
    forEachCell(range, (row, col) => model.inputs.set(key(row, col), input));
  // Every other unlocked (yellow) cell takes text, as the banner's "isi sel kuning" promises.
  const teks: InputCell = { kind: "teks", errorMessage: "", prompt: "" };
  for (const [k, style] of model.styles)
    if (style.locked === false && !model.inputs.has(k) && !model.covered.has(k))
      model.inputs.set(k, teks);
}

export function sheetModel(
  decoration: SheetDecoration | undefined,
  size: { width: number; height: number }
): SheetModel {
  const model: SheetModel = {
    rows: Math.max(size.height, decoration ? 0 : BLANK.rows),
    cols: Math.max(size.width, decoration ? decoration.columnWidths.length : BLANK.cols),
    merges: new Map(),
    covered: new Map(),
    styles: new Map(),
    borders: new Map(),
    inputs: new Map(),
    links: new Map(),
    bands: new Map(),
    columnWidths: decoration?.columnWidths ?? [],
    rowHeights: new Map((decoration?.rowHeights ?? []).map((h) => [h.row - 1, h.height])),
  };
  if (!decoration) return model;
  addMerges(model, decoration.merges);
  addFormats(model, decoration.formats);
  addInputs(model, decoration);
  for (const link of decoration.hyperlinks) {
    const r = requireA1(link.cell);
    model.links.set(key(r.firstRow, r.firstColumn), link);
  }
  for (const c of decoration.conditionalFormats)
    forEachCell(c.range, (row, col) => model.bands.set(key(row, col), c.bands));
  return model;
}

/** The colour band a number falls in, if any. */
export function bandFor(
  model: SheetModel,
  row: number,
  col: number,
  value: MemoryValue
): ConditionalBand | undefined {
  if (typeof value !== "number") return undefined;
  const bands = model.bands.get(key(row, col));
  return bands?.find(
    (b) => (b.min === undefined || value >= b.min) && (b.max === undefined || value < b.max)
  );
}

const angka = (digits: number) =>
  new Intl.NumberFormat("id-ID", { minimumFractionDigits: digits, maximumFractionDigits: digits });
const FORMAT_2 = angka(2);
const UMUM = new Intl.NumberFormat("id-ID", { maximumFractionDigits: 9, useGrouping: false });

/** A value as Excel (Indonesian regional settings) would show it: decimal comma, the format's decimals. */
export function displayValue(value: MemoryValue, numberFormat?: string): string {
  if (value === null) return "";
  if (typeof value === "object") return value.error;
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  if (typeof value === "string") return value;
  if (!Number.isFinite(value)) return "#NUM!";
  const format = numberFormat ?? "General";
  const m = /^0(?:\.(0+))?("%"|\\%)?$/.exec(format.replace(/"([^"]*)"$/, '"$1"'));
  if (m) {
    const digits = m[1]?.length ?? 0;
    const text = digits === 2 ? FORMAT_2.format(value) : angka(digits).format(value);
    return m[2] ? `${text}%` : text;
  }
  return UMUM.format(Number(value.toPrecision(10)));
}

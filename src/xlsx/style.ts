/**
 * A plan's formats as ExcelJS cell styles. Pure: FormatPlan[] -> one resolved style per cell.
 *
 * Office.js applies each format to its range in order, and each assignment only sets the properties
 * it names; an xlsx cell has one style. So the formats are folded per cell: later properties win,
 * border edges accumulate (a border once drawn is not removed by a later format without borders).
 */
import type { Alignment, Borders, Fill, Font, Style } from "exceljs";
import { forEachCell } from "../template/a1";
import type { CellStyle, FormatPlan } from "../template/plan";
import { requireColor } from "../template/validate-plan";

/** Excel's default font, written in full: a font without name and size renders differently per program. */
export const FONT_DEFAULT = { name: "Calibri", size: 11, family: 2 } as const;

/** "#1f4e79" -> "FF1F4E79" (ExcelJS wants ARGB, opaque). */
export function argb(color: string): string {
  return `FF${requireColor(color).slice(1)}`;
}

export type Edge = "top" | "bottom" | "left" | "right";

/** A cell's folded style: the CellStyle properties (borders aside) and the edges that carry a border. */
export interface ResolvedStyle {
  style: Omit<CellStyle, "borders">;
  edges: Set<Edge>;
}

export type CellKey = string;
export const cellKey = (row: number, col: number): CellKey => `${row}:${col}`;

/** Folds the formats in order; keys are "row:col" (0-based indexes, see template/a1.ts). */
export function resolveStyles(formats: FormatPlan[]): Map<CellKey, ResolvedStyle> {
  const out = new Map<CellKey, ResolvedStyle>();
  for (const { range, style } of formats) {
    const { borders, ...rest } = style;
    forEachCell(range, (row, col, r) => {
      const key = cellKey(row, col);
      let cell = out.get(key);
      if (!cell) {
        cell = { style: {}, edges: new Set() };
        out.set(key, cell);
      }
      Object.assign(cell.style, rest);
      if (borders === "all") {
        for (const e of ["top", "bottom", "left", "right"] as const) cell.edges.add(e);
      } else if (borders === "outline") {
        if (row === r.firstRow) cell.edges.add("top");
        if (row === r.lastRow) cell.edges.add("bottom");
        if (col === r.firstColumn) cell.edges.add("left");
        if (col === r.lastColumn) cell.edges.add("right");
      }
    });
  }
  return out;
}

const HORIZONTAL = { Left: "left", Center: "center", Right: "right" } as const;
const VERTICAL = { Top: "top", Center: "middle", Bottom: "bottom" } as const;

/** The ExcelJS style of one resolved cell; only the parts that differ from Excel's defaults. */
export function excelStyle(resolved: ResolvedStyle): Partial<Style> {
  const s = resolved.style;
  const out: Partial<Style> = {};
  if (
    s.bold !== undefined ||
    s.italic !== undefined ||
    s.fontSize !== undefined ||
    s.fontColor !== undefined
  ) {
    const font: Partial<Font> = { ...FONT_DEFAULT };
    if (s.bold) font.bold = true;
    if (s.italic) font.italic = true;
    if (s.fontSize !== undefined) font.size = s.fontSize;
    if (s.fontColor !== undefined) font.color = { argb: argb(s.fontColor) };
    out.font = font;
  }
  if (s.fill !== undefined) {
    const fill: Fill = { type: "pattern", pattern: "solid", fgColor: { argb: argb(s.fill) } };
    out.fill = fill;
  }
  if (
    s.horizontalAlignment !== undefined ||
    s.verticalAlignment !== undefined ||
    s.wrap !== undefined
  ) {
    const alignment: Partial<Alignment> = {};
    if (s.horizontalAlignment !== undefined)
      alignment.horizontal = HORIZONTAL[s.horizontalAlignment];
    if (s.verticalAlignment !== undefined) alignment.vertical = VERTICAL[s.verticalAlignment];
    if (s.wrap) alignment.wrapText = true;
    out.alignment = alignment;
  }
  if (s.numberFormat !== undefined && s.numberFormat !== "General") out.numFmt = s.numberFormat;
  // An input cell stays editable on a protected sheet; every other cell is locked by default.
  if (s.locked === false) out.protection = { locked: false };
  if (resolved.edges.size > 0) {
    const borders: Partial<Borders> = {};
    for (const e of resolved.edges) borders[e] = { style: "thin", color: { argb: "FF000000" } };
    out.border = borders;
  }
  return out;
}

/**
 * A plan's CellStyle as the Office.js range-format properties the adapter assigns
 * (`range.format.font.bold`, `range.format.fill.color`, `range.format.borders.getItem(edge)`...).
 * The number format is not here: Office.js takes it per cell (`range.numberFormat`, a 2-D array).
 */
import type { CellStyle } from "../template/plan";
import { requireColor } from "../template/validate-plan";

export type BorderEdge =
  "EdgeTop" | "EdgeBottom" | "EdgeLeft" | "EdgeRight" | "InsideVertical" | "InsideHorizontal";

export interface RangeFormatProps {
  font?: { bold?: boolean; italic?: boolean; size?: number; color?: string };
  fillColor?: string;
  horizontalAlignment?: "Left" | "Center" | "Right";
  verticalAlignment?: "Top" | "Center" | "Bottom";
  wrapText?: boolean;
  /** Thin continuous borders on these edges. */
  borders?: BorderEdge[];
  /** format.protection.locked (ExcelApi 1.2): false on input cells; absent leaves the default. */
  locked?: false;
}

/**
 * Converts a style for a range of `rows` x `columns` cells. Inside edges are only named where the
 * range has an inside (Excel has no inside border on a single row or column).
 */
export function rangeFormatProps(
  style: CellStyle,
  rows: number,
  columns: number
): RangeFormatProps {
  const props: RangeFormatProps = {};
  const font: NonNullable<RangeFormatProps["font"]> = {};
  if (style.bold !== undefined) font.bold = style.bold;
  if (style.italic !== undefined) font.italic = style.italic;
  if (style.fontSize !== undefined) font.size = style.fontSize;
  if (style.fontColor !== undefined) font.color = requireColor(style.fontColor);
  if (Object.keys(font).length > 0) props.font = font;
  if (style.fill !== undefined) props.fillColor = requireColor(style.fill);
  if (style.horizontalAlignment !== undefined)
    props.horizontalAlignment = style.horizontalAlignment;
  if (style.verticalAlignment !== undefined) props.verticalAlignment = style.verticalAlignment;
  if (style.wrap !== undefined) props.wrapText = style.wrap;
  if (style.locked === false) props.locked = false;
  if (style.borders !== undefined) {
    const edges: BorderEdge[] = ["EdgeTop", "EdgeBottom", "EdgeLeft", "EdgeRight"];
    if (style.borders === "all") {
      if (columns > 1) edges.push("InsideVertical");
      if (rows > 1) edges.push("InsideHorizontal");
    }
    props.borders = edges;
  }
  return props;
}

/** How many Office.js property assignments the props expand into (for payload estimates). */
export function formatAssignments(props: RangeFormatProps): number {
  return (
    Object.keys(props.font ?? {}).length +
    (props.fillColor !== undefined ? 1 : 0) +
    (props.horizontalAlignment !== undefined ? 1 : 0) +
    (props.verticalAlignment !== undefined ? 1 : 0) +
    (props.wrapText !== undefined ? 1 : 0) +
    (props.locked !== undefined ? 1 : 0) +
    (props.borders?.length ?? 0) * 2
  );
}

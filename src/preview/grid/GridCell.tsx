/** One cell of the preview grid: its box (style, borders, colour band), and an input, a link or its shown value. */
import * as React from "react";
import type { CellStyle } from "../../template/plan";
import { teksPratinjau } from "../teks";
import type { MemoryValue } from "../memory-workbook";
import { bandFor, displayValue, key, type InputCell, type SheetModel } from "./sheet-model";

const BORDER = "1px solid #8c8c8c";
const GRIDLINE = "1px solid #e1e1e1";

function cssFor(
  style: CellStyle | undefined,
  edges: [boolean, boolean, boolean, boolean] | undefined
): React.CSSProperties {
  const css: React.CSSProperties = {
    borderTop: edges?.[0] ? BORDER : GRIDLINE,
    borderRight: edges?.[1] ? BORDER : GRIDLINE,
    borderBottom: edges?.[2] ? BORDER : GRIDLINE,
    borderLeft: edges?.[3] ? BORDER : GRIDLINE,
  };
  if (!style) return css;
  if (style.bold) css.fontWeight = 700;
  if (style.italic) css.fontStyle = "italic";
  if (style.fontSize) css.fontSize = `${style.fontSize}pt`;
  if (style.fontColor) css.color = style.fontColor;
  if (style.fill) css.backgroundColor = style.fill;
  if (style.horizontalAlignment)
    css.textAlign = style.horizontalAlignment.toLowerCase() as "left" | "center" | "right";
  if (style.verticalAlignment)
    css.verticalAlign =
      style.verticalAlignment === "Center"
        ? "middle"
        : (style.verticalAlignment.toLowerCase() as "top" | "bottom");
  css.whiteSpace = style.wrap ? "normal" : "nowrap";
  return css;
}

interface InputProps {
  cell: string;
  input: InputCell;
  value: MemoryValue;
  /** false when the text was refused (the input then shows the cell's value again). */
  onCommit(cell: string, input: InputCell, text: string): boolean;
}

/** Writes what was typed, if it changed; a refused text is replaced by the cell's value again. */
function save(el: HTMLInputElement, commit: () => boolean): boolean {
  if (el.value === el.defaultValue) return true;
  const ok = commit();
  if (ok) el.defaultValue = el.value;
  else el.value = el.defaultValue;
  return ok;
}

/**
 * Whether Left/Right move the caret in the text rather than to the next cell: as in Excel, a cell
 * just entered (its whole text selected) is left by the arrows; while typing, only at the text's ends.
 */
function caretMoves(el: HTMLInputElement, key: string): boolean {
  const [a, b, n] = [el.selectionStart ?? 0, el.selectionEnd ?? 0, el.value.length];
  if (a === 0 && b === n) return false;
  return key === "ArrowLeft" ? a > 0 : b < n;
}

function CellInput({ cell, input, value, onCommit }: InputProps) {
  const label = teksPratinjau.selLabel(cell);
  if (input.kind === "pilihan") {
    return (
      <select
        className="sel-isian"
        aria-label={label}
        title={input.prompt}
        value={typeof value === "string" ? value : ""}
        onChange={(e) => onCommit(cell, input, e.target.value)}
      >
        {(input.list ?? []).map((x) => (
          <option key={x} value={x}>
            {x}
          </option>
        ))}
      </select>
    );
  }
  const shown =
    typeof value === "number" ? displayValue(value) : typeof value === "string" ? value : "";
  const commit = (el: HTMLInputElement) => save(el, () => onCommit(cell, input, el.value));
  return (
    <input
      key={shown}
      className={input.kind === "teks" ? "sel-isian sel-teks" : "sel-isian"}
      aria-label={label}
      title={input.prompt || undefined}
      inputMode={input.kind === "angka" ? "decimal" : undefined}
      defaultValue={shown}
      onFocus={(e) => e.currentTarget.select()}
      onBlur={(e) => commit(e.currentTarget)}
      onKeyDown={(e) => {
        const el = e.currentTarget;
        if (e.key === "Escape") {
          el.value = el.defaultValue;
          el.select();
        } else if (e.key === "Enter" && !commit(el)) {
          // Refused: stay in the cell, as Excel's Retry does; the message says why.
          e.preventDefault();
          el.select();
        } else if ((e.key === "ArrowLeft" || e.key === "ArrowRight") && caretMoves(el, e.key)) {
          e.stopPropagation();
        }
      }}
    />
  );
}

export interface GridCellProps {
  model: SheetModel;
  row: number;
  col: number;
  cell: string;
  value: MemoryValue;
  /** The raw value of the right neighbour: text spills into it when it is empty. */
  next: unknown;
  selected: boolean;
  onSelect(cell: string): void;
  onOpenSheet(sheet: string, cell: string): void;
  onCommit(cell: string, input: InputCell, text: string): boolean;
}

function cellCss(p: GridCellProps, style: CellStyle | undefined): React.CSSProperties {
  const { model, row, col, value } = p;
  const css = cssFor(style, model.borders.get(key(row, col)));
  const band = bandFor(model, row, col, value);
  if (band) {
    css.backgroundColor = band.fill;
    css.color = band.fontColor;
  }
  if (typeof value === "number" && !style?.horizontalAlignment) css.textAlign = "right";
  // Text spills into an empty neighbour, as in Excel (merged and wrapped cells keep their box).
  if (
    typeof value === "string" &&
    !style?.wrap &&
    !model.merges.has(key(row, col)) &&
    (p.next === null || p.next === undefined) &&
    !model.covered.has(key(row, col + 1))
  ) {
    css.overflow = "visible";
  }
  return css;
}

export function GridCell(p: GridCellProps) {
  const { model, cell, value } = p;
  const k = key(p.row, p.col);
  const merge = model.merges.get(k);
  const style = model.styles.get(k);
  const input = model.inputs.get(k);
  const link = model.links.get(k);
  let content: React.ReactNode = displayValue(value, style?.numberFormat);
  if (input) {
    content = <CellInput cell={cell} input={input} value={value} onCommit={p.onCommit} />;
  } else if (link) {
    content = (
      <a
        href={`#${encodeURIComponent(link.sheet)}`}
        onClick={(e) => {
          e.preventDefault();
          p.onOpenSheet(link.sheet, link.targetCell);
        }}
      >
        {String(content || link.text)}
      </a>
    );
  }
  const error = typeof value === "object" && value !== null ? value.message : undefined;
  return (
    <td
      data-cell={cell}
      rowSpan={merge && merge.rowSpan > 1 ? merge.rowSpan : undefined}
      colSpan={merge && merge.colSpan > 1 ? merge.colSpan : undefined}
      style={cellCss(p, style)}
      title={error}
      className={p.selected ? "terpilih" : undefined}
      // Every cell can be reached with the arrow keys (the grid moves focus); inputs stay in the Tab order.
      tabIndex={input ? undefined : -1}
      onFocus={() => p.onSelect(cell)}
      onClick={() => p.onSelect(cell)}
    >
      {content}
    </td>
  );
}

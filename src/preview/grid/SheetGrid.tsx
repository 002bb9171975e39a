/** The active sheet as an HTML table: merges, fills, fonts, borders, widths, number formats, input cells. */
import * as React from "react";
import { DetailedCellError } from "hyperformula";
import { columnLetter } from "../../template/a1";
import type { CellStyle } from "../../template/plan";
import { teksPratinjau } from "../teks";
import type { MemoryValue } from "../memory-workbook";
import type { PreviewPort } from "../preview-port";
import {
  address,
  bandFor,
  displayValue,
  key,
  parseTyped,
  sheetModel,
  type InputCell,
  type SheetModel,
} from "./sheet-model";

const px = (chars: number) => Math.round(chars * 7 + 5);
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

function valueOf(raw: unknown): MemoryValue {
  if (raw instanceof DetailedCellError) return { error: raw.value, message: raw.message };
  if (raw === undefined) return null;
  return raw as MemoryValue;
}

interface InputProps {
  cell: string;
  input: InputCell;
  value: MemoryValue;
  /** false when the text was refused (the input then shows the cell's value again). */
  onCommit(cell: string, input: InputCell, text: string): boolean;
  onFocus(cell: string): void;
}

function CellInput({ cell, input, value, onCommit, onFocus }: InputProps) {
  const label = teksPratinjau.selLabel(cell);
  if (input.kind === "pilihan") {
    return (
      <select
        className="sel-isian"
        aria-label={label}
        title={input.prompt}
        value={typeof value === "string" ? value : ""}
        onFocus={() => onFocus(cell)}
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
  return (
    <input
      key={shown}
      className="sel-isian"
      aria-label={label}
      title={input.prompt}
      inputMode="decimal"
      defaultValue={shown}
      onFocus={() => onFocus(cell)}
      onBlur={(e) => {
        if (e.currentTarget.value !== shown && !onCommit(cell, input, e.currentTarget.value)) {
          e.currentTarget.value = shown;
        }
      }}
      onKeyDown={(e) => {
        if (e.key === "Enter") e.currentTarget.blur();
        if (e.key === "Escape") {
          e.currentTarget.value = shown;
          e.currentTarget.blur();
        }
      }}
    />
  );
}

export interface SheetGridProps {
  port: PreviewPort;
  sheet: string;
  /** Changes whenever the workbook changes. */
  version: number;
  selected?: string;
  onSelect(cell: string): void;
  onOpenSheet(sheet: string, cell: string): void;
  onProblem(message: string | undefined): void;
}

export function SheetGrid({
  port,
  sheet,
  version,
  selected,
  onSelect,
  onOpenSheet,
  onProblem,
}: SheetGridProps) {
  const wb = port.workbook;
  const id = wb.hf.getSheetId(sheet);
  const decoration = wb.decoration(sheet);
  const size = id === undefined ? { width: 0, height: 0 } : wb.hf.getSheetDimensions(id);
  const model: SheetModel = React.useMemo(
    () => sheetModel(decoration, size),
    [sheet, decoration, size.width, size.height]
  );
  const values = React.useMemo(
    () => (id === undefined ? [] : wb.hf.getSheetValues(id)),
    [id, wb, version]
  );

  const commit = (cell: string, input: InputCell, text: string): boolean => {
    if (input.kind === "pilihan") {
      wb.setCell(sheet, cell, text);
    } else {
      const n = parseTyped(text);
      if (n === undefined || (n !== null && input.min !== undefined && n < input.min)) {
        onProblem(
          `${teksPratinjau.selLabel(cell)}: ${input.errorMessage || teksPratinjau.bukanAngka}`
        );
        return false;
      }
      wb.setCell(sheet, cell, n);
    }
    onProblem(undefined);
    port.notify();
    return true;
  };

  const rows: React.ReactNode[] = [];
  for (let row = 1; row <= model.rows; row++) {
    const cells: React.ReactNode[] = [
      <th key="h" scope="row" className="kepala-baris">
        {row}
      </th>,
    ];
    for (let col = 0; col < model.cols; col++) {
      const k = key(row, col);
      if (model.covered.has(k)) continue;
      const cell = address(row, col);
      const merge = model.merges.get(k);
      const style = model.styles.get(k);
      const value = valueOf(values[row - 1]?.[col]);
      const css = cssFor(style, model.borders.get(k));
      const band = bandFor(model, row, col, value);
      if (band) {
        css.backgroundColor = band.fill;
        css.color = band.fontColor;
      }
      if (typeof value === "number" && !style?.horizontalAlignment) css.textAlign = "right";
      // Text spills into an empty neighbour, as in Excel (merged and wrapped cells keep their box).
      const next = values[row - 1]?.[col + 1];
      if (
        typeof value === "string" &&
        !style?.wrap &&
        !merge &&
        (next === null || next === undefined) &&
        !model.covered.has(key(row, col + 1))
      ) {
        css.overflow = "visible";
      }
      const input = model.inputs.get(k);
      const link = model.links.get(k);
      let content: React.ReactNode = displayValue(value, style?.numberFormat);
      if (input) {
        content = (
          <CellInput cell={cell} input={input} value={value} onCommit={commit} onFocus={onSelect} />
        );
      } else if (link) {
        content = (
          <a
            href={`#${encodeURIComponent(link.sheet)}`}
            onClick={(e) => {
              e.preventDefault();
              onOpenSheet(link.sheet, link.targetCell);
            }}
          >
            {String(content || link.text)}
          </a>
        );
      }
      const error = typeof value === "object" && value !== null ? value.message : undefined;
      cells.push(
        <td
          key={k}
          data-cell={cell}
          rowSpan={merge && merge.rowSpan > 1 ? merge.rowSpan : undefined}
          colSpan={merge && merge.colSpan > 1 ? merge.colSpan : undefined}
          style={css}
          title={error}
          className={selected === cell ? "terpilih" : undefined}
          onClick={() => onSelect(cell)}
        >
          {content}
        </td>
      );
    }
    const height = model.rowHeights.get(row);
    rows.push(
      <tr key={row} style={height ? { height: `${Math.round((height * 4) / 3)}px` } : undefined}>
        {cells}
      </tr>
    );
  }

  const widths = Array.from({ length: model.cols }, (_, col) =>
    px(model.columnWidths[col] ?? 8.43)
  );
  return (
    <table
      className="grid"
      aria-label={sheet}
      style={{ width: `${widths.reduce((a, b) => a + b, 40)}px` }}
    >
      <colgroup>
        <col style={{ width: "40px" }} />
        {widths.map((w, i) => (
          <col key={i} style={{ width: `${w}px` }} />
        ))}
      </colgroup>
      <thead>
        <tr>
          <td className="sudut" />
          {widths.map((_, col) => (
            <th key={col} scope="col" className="kepala-kolom">
              {columnLetter(col)}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>{rows}</tbody>
    </table>
  );
}

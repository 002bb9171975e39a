/** The active sheet as an HTML table: merges, fills, fonts, borders, widths, number formats, input cells. */
import * as React from "react";
import { DetailedCellError } from "hyperformula";
import { cellAddress, columnLetter, parseCell } from "../../template/a1";
import { teksPratinjau } from "../teks";
import type { MemoryValue } from "../memory-workbook";
import type { PreviewPort } from "../preview-port";
import { GridCell } from "./GridCell";
import { key, sheetModel, type InputCell, type SheetModel } from "./sheet-model";
import { bacaKetikan, type Ketikan } from "./angka-id";
import { arahTombol, langkah } from "./navigasi";

const px = (chars: number) => Math.round(chars * 7 + 5);

function valueOf(raw: unknown): MemoryValue {
  if (raw instanceof DetailedCellError) return { error: raw.value, message: raw.message };
  if (raw === undefined) return null;
  return raw as MemoryValue;
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

/** Why a typed text cannot go into a number cell, or undefined when it can. */
function refusal(input: InputCell, typed: Ketikan, text: string): string | undefined {
  if (typed.jenis === "teks")
    return typed.alasan === "titik"
      ? teksPratinjau.titikDesimal(text.trim())
      : input.errorMessage || teksPratinjau.bukanAngka;
  if (typed.jenis === "angka" && input.min !== undefined && typed.nilai < input.min)
    return input.errorMessage || teksPratinjau.bukanAngka;
  return undefined;
}

/**
 * What a typed text does to an input cell: written (true) or refused with a problem shown (false).
 * Numbers are read as Indonesian Excel reads them (angka-id.ts); a text cell keeps text as typed,
 * but takes a number as a number, as Excel does outside a Text ("@") cell.
 */
function useCommit({ port, sheet, onProblem }: SheetGridProps, model: SheetModel) {
  const wb = port.workbook;
  return (cell: string, input: InputCell, text: string): boolean => {
    const typed = bacaKetikan(text);
    const value = typed.jenis === "angka" ? typed.nilai : typed.jenis === "kosong" ? null : text;
    if (input.kind === "pilihan") {
      wb.setCell(sheet, cell, text);
    } else if (input.kind === "teks") {
      const at = parseCell(cell);
      const asText = at && model.styles.get(key(at.row, at.column))?.numberFormat === "@";
      wb.setCell(sheet, cell, asText && value !== null ? text : value);
    } else {
      const why = refusal(input, typed, text);
      if (why) {
        onProblem(`${teksPratinjau.selLabel(cell)}: ${why}`);
        return false;
      }
      wb.setCell(sheet, cell, value);
    }
    onProblem(undefined);
    port.notify();
    return true;
  };
}

/**
 * The grid's keys, as in a spreadsheet: arrows move one cell, Enter down, Shift+Enter up (Tab and
 * Shift+Tab are the page's own: from input cell to input cell, like Excel on a protected sheet).
 * Focus follows the selection; a cell whose input is rebuilt after an edit gets it back.
 */
function useGridKeys(model: SheetModel, selected: string | undefined, version: number) {
  const tableRef = React.useRef<HTMLTableElement>(null);
  const focusCell = (a1: string) => {
    const td = tableRef.current?.querySelector<HTMLElement>(`td[data-cell="${a1}"]`);
    (td?.querySelector<HTMLElement>("input, select") ?? td)?.focus();
  };
  const latest = React.useRef(selected);
  latest.current = selected;
  React.useEffect(() => {
    // After the browser's own focus move (Tab) is done: only a focus lost to the page comes back.
    const later = setTimeout(() => {
      if (latest.current && document.activeElement === document.body) focusCell(latest.current);
    });
    return () => clearTimeout(later);
  }, [version]);
  const onKeyDown = (e: React.KeyboardEvent) => {
    if (e.defaultPrevented || e.altKey || e.ctrlKey || e.metaKey) return;
    const arah = arahTombol(e);
    const target = e.target as HTMLElement;
    const td = target.closest<HTMLElement>("td[data-cell]");
    const at = td && parseCell(td.dataset.cell ?? "");
    if (!arah || !at || (target.tagName === "A" && e.key === "Enter")) return;
    e.preventDefault();
    const to = langkah(model, at.row, at.column, arah);
    focusCell(cellAddress(to.row, to.col));
  };
  return { tableRef, onKeyDown };
}

function ColumnHeads({ widths }: { widths: number[] }) {
  return (
    <>
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
    </>
  );
}

interface GridRowProps {
  model: SheetModel;
  row: number;
  values: unknown[];
  selected?: string;
  onSelect(cell: string): void;
  onOpenSheet(sheet: string, cell: string): void;
  onCommit: ReturnType<typeof useCommit>;
}

/** One row: its number, then every cell not hidden under a merge. */
function GridRow({ model, row, values, selected, ...handlers }: GridRowProps) {
  const cells: React.ReactNode[] = [];
  for (let col = 0; col < model.cols; col++) {
    if (model.covered.has(key(row, col))) continue;
    const cell = cellAddress(row, col);
    cells.push(
      <GridCell
        key={key(row, col)}
        model={model}
        row={row}
        col={col}
        cell={cell}
        value={valueOf(values[col])}
        next={values[col + 1]}
        selected={selected === cell}
        {...handlers}
      />
    );
  }
  const height = model.rowHeights.get(row);
  return (
    <tr style={height ? { height: `${Math.round((height * 4) / 3)}px` } : undefined}>
      <th scope="row" className="kepala-baris">
        {row + 1}
      </th>
      {cells}
    </tr>
  );
}

export function SheetGrid(props: SheetGridProps) {
  const { port, sheet, version, selected } = props;
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
  const commit = useCommit(props, model);
  const keys = useGridKeys(model, selected, version);
  const widths = Array.from({ length: model.cols }, (_, col) =>
    px(model.columnWidths[col] ?? 8.43)
  );
  return (
    <table
      ref={keys.tableRef}
      className="grid"
      aria-label={sheet}
      onKeyDown={keys.onKeyDown}
      style={{ width: `${widths.reduce((a, b) => a + b, 40)}px` }}
    >
      <ColumnHeads widths={widths} />
      <tbody>
        {Array.from({ length: model.rows }, (_, row) => (
          <GridRow
            key={row}
            model={model}
            row={row}
            values={values[row] ?? []}
            selected={selected}
            onSelect={props.onSelect}
            onOpenSheet={props.onOpenSheet}
            onCommit={commit}
          />
        ))}
      </tbody>
    </table>
  );
}

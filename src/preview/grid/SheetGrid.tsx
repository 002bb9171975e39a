/** The active sheet as an HTML table: merges, fills, fonts, borders, widths, number formats, input cells. */
import * as React from "react";
import { DetailedCellError } from "hyperformula";
import { cellAddress, columnLetter } from "../../template/a1";
import { teksPratinjau } from "../teks";
import type { MemoryValue } from "../memory-workbook";
import type { PreviewPort } from "../preview-port";
import { GridCell } from "./GridCell";
import { key, parseTyped, sheetModel, type InputCell, type SheetModel } from "./sheet-model";

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

/** What a typed text does to an input cell: written (true) or refused with a problem shown (false). */
function useCommit({ port, sheet, onProblem }: SheetGridProps) {
  const wb = port.workbook;
  return (cell: string, input: InputCell, text: string): boolean => {
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
  const commit = useCommit(props);
  const widths = Array.from({ length: model.cols }, (_, col) =>
    px(model.columnWidths[col] ?? 8.43)
  );
  return (
    <table
      className="grid"
      aria-label={sheet}
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

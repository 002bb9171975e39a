/**
 * The cells a lifecycle action reads (src/lifecycle: SheetRead): each sheet's grid from A1 to the end
 * of its used range, formulas and values, in as few syncs as the response budget allows. Excel on the
 * web refuses a response over 5 MB as it refuses a request: the sheets are split into reads, whole
 * sheets each, by an estimate from their size (the extents, read with the markers), the idea of
 * payload.ts. The whole dinas is one read.
 */
import { blockAddress } from "../template/a1";
import { sheetKey } from "../template/sheet-names";
import type { SheetRead } from "../lifecycle/types";
import type { CellValue } from "../catalog/tabel/types";
import { chunkByBudget, PAYLOAD_BUDGET_BYTES } from "./payload";

/** Rows and columns from A1 to the end of each sheet's used range, by sheetKey of its name. */
export type Extents = Map<string, { rows: number; columns: number }>;

/**
 * Response bytes one cell may take, formula and value together: the largest average over a sheet
 * of every real plan is 46 (the rekap's formulas, long texts of tugas); test/workbook/rawat-port
 * holds every real sheet, filled, under this bound.
 */
export const CELL_RESPONSE_BYTES = 56;
/** Per sheet read: the range's path, its address and the arrays' framing. */
export const SHEET_RESPONSE_BYTES = 500;

/**
 * Queues, in the sync of the markers, each sheet's used range (values only: a formatted empty cell
 * does not count); after the sync, the extents from A1. A blank sheet's used range is A1.
 */
export function queueExtents(items: Excel.Worksheet[]): () => Extents {
  const used = items.map((s) =>
    s.getUsedRange(true).load("rowIndex, columnIndex, rowCount, columnCount")
  );
  return () =>
    new Map(
      items.map((s, i) => [
        sheetKey(s.name),
        {
          rows: used[i].rowIndex + used[i].rowCount,
          columns: used[i].columnIndex + used[i].columnCount,
        },
      ])
    );
}

export interface GridWanted {
  name: string;
  marker?: string;
  terkunci?: boolean;
}

const cells = (extents: Extents, name: string) => {
  const e = extents.get(sheetKey(name));
  return e ? e.rows * e.columns : 1;
};

/** The estimated response of reading these sheets' grids. */
export function gridResponseBytes(wanted: GridWanted[], extents: Extents): number {
  return wanted.reduce(
    (sum, w) => sum + SHEET_RESPONSE_BYTES + cells(extents, w.name) * CELL_RESPONSE_BYTES,
    0
  );
}

/** The reads: whole sheets, in order, each estimated within `budget`. */
export function planGridReads(
  wanted: GridWanted[],
  extents: Extents,
  budget = PAYLOAD_BUDGET_BYTES
): GridWanted[][] {
  return chunkByBudget(wanted, (w) => gridResponseBytes([w], extents), budget);
}

/** One sync per read (planGridReads); `onRead(i, n)` before each. */
export async function readGrids(
  context: Excel.RequestContext,
  reads: GridWanted[][],
  extents: Extents,
  onRead: (index: number, count: number) => void
): Promise<SheetRead[]> {
  const out: SheetRead[] = [];
  for (const [i, read] of reads.entries()) {
    onRead(i, reads.length);
    const ranges = read.map((w) => {
      const e = extents.get(sheetKey(w.name)) ?? { rows: 1, columns: 1 };
      const address = blockAddress(0, 0, e.rows, e.columns);
      return context.workbook.worksheets.getItem(w.name).getRange(address).load("formulas, values");
    });
    // One sync per budgeted read, not per sheet.
    // eslint-disable-next-line office-addins/no-context-sync-in-loop
    await context.sync();
    read.forEach((w, k) => {
      const sheet: SheetRead = {
        name: w.name,
        formulas: ranges[k].formulas as CellValue[][],
        values: ranges[k].values as CellValue[][],
      };
      if (w.marker !== undefined) sheet.marker = w.marker;
      if (w.terkunci !== undefined) sheet.terkunci = w.terkunci;
      out.push(sheet);
    });
  }
  return out;
}

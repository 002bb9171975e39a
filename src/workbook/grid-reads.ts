/**
 * The cells a lifecycle action reads (src/lifecycle: SheetRead), in as few syncs as the response
 * budget allows: Excel on the web refuses a response over 5 MB as it refuses a request, so every
 * read is estimated (the idea of payload.ts) and the reads are packed into syncs by that estimate.
 * The whole dinas is one read sync.
 *
 * - An IKI sheet: its cells from A1 to the extent of the layout it was made with plus a margin (an
 *   earlier refresh's sisa block, a note beside the table), formulas and values. Beyond that (a
 *   stray value typed at row 1,048,576 stretches the used range, and reading every empty cell up
 *   there would be megabytes), only the cells that hold something: their count first
 *   (Range.getSpecialCellsOrNullObject, ExcelApi 1.9: formulas, constants), in the same sync, then,
 *   only when there are any, those cells in budgeted syncs of their own (sparse-reads.ts).
 * - Any other sheet (an action that replaces sheets looks for formulas naming them, a plain copy for
 *   IKI.* formulas): only its formula cells, counted with the used range before (queueExtents).
 */
import { blockAddress } from "../template/a1";
import { sheetKey } from "../template/sheet-names";
import type { SheetRead } from "../lifecycle/types";
import type { CellValue } from "../catalog/tabel/types";
import { chunkByBudget, PAYLOAD_BUDGET_BYTES } from "./payload";
import {
  AREA_RESPONSE_BYTES,
  place,
  queueAreas,
  queueCount,
  type Count,
  type Region,
} from "./sparse-reads";

/** Each sheet's used range from A1 (values only), and how many formula cells it holds. */
export interface Extent {
  rows: number;
  columns: number;
  /** Formula cells of the used range and the areas they make (0 when none). */
  rumus?: { cells: number; areas: number };
}
/** By sheetKey of the sheet's name. */
export type Extents = Map<string, Extent>;

/**
 * Response bytes one cell may take, formula and value together: the largest average over a sheet
 * of every real plan is 46 (the rekap's formulas, long texts of tugas); test/workbook/rawat-port
 * holds every real sheet, filled, under this bound.
 */
export const CELL_RESPONSE_BYTES = 56;
/** Per sheet read: the range's path, its address and the arrays' framing. */
export const SHEET_RESPONSE_BYTES = 500;
/** Read with an IKI sheet beyond its layout's extent: an earlier refresh's sisa, notes beside. */
export const MARGIN_ROWS = 100;
export const MARGIN_COLUMNS = 4;

/**
 * Queues, in the sync of the markers, each sheet's used range (values only: a formatted empty cell
 * does not count) and the count of its formula cells; after the sync, the extents from A1. A blank
 * sheet's used range is A1.
 */
export function queueExtents(items: Excel.Worksheet[]): () => Extents {
  const used = items.map((s) => s.getUsedRange(true));
  for (const u of used) u.load("rowIndex, columnIndex, rowCount, columnCount");
  const rumus = used.map((u) => queueCount(u, "Formulas"));
  return () =>
    new Map(
      items.map((s, i) => [
        sheetKey(s.name),
        {
          rows: used[i].rowIndex + used[i].rowCount,
          columns: used[i].columnIndex + used[i].columnCount,
          rumus: rumus[i](),
        },
      ])
    );
}

export interface GridWanted {
  name: string;
  marker?: string;
  terkunci?: boolean;
  /** An IKI sheet: the extent of its layout (undefined: not known, its used range is read). */
  luas?: { rows: number; columns: number };
  /** Any other sheet: its formula cells only. */
  rumusSaja?: true;
}

const extentOf = (extents: Extents, name: string): Extent =>
  extents.get(sheetKey(name)) ?? { rows: 1, columns: 1 };

/** The block read whole: the used range, cut to the layout and its margin. */
export function gridBox(w: GridWanted, extents: Extents): { rows: number; columns: number } {
  const e = extentOf(extents, w.name);
  if (!w.luas) return { rows: e.rows, columns: e.columns };
  return {
    rows: Math.min(e.rows, w.luas.rows + MARGIN_ROWS),
    columns: Math.min(e.columns, w.luas.columns + MARGIN_COLUMNS),
  };
}

/** The parts of the used range beyond the block read whole: below it, and right of it. */
export function beyond(w: GridWanted, extents: Extents): Region[] {
  const e = extentOf(extents, w.name);
  const box = gridBox(w, extents);
  const out: Region[] = [];
  if (e.rows > box.rows)
    out.push({ row: box.rows, column: 0, rows: e.rows - box.rows, columns: e.columns });
  if (e.columns > box.columns)
    out.push({ row: 0, column: box.columns, rows: box.rows, columns: e.columns - box.columns });
  return out;
}

/** The estimated response of the first read of these sheets. */
export function gridResponseBytes(wanted: GridWanted[], extents: Extents): number {
  return wanted.reduce((sum, w) => sum + firstReadBytes(w, extents), 0);
}

function firstReadBytes(w: GridWanted, extents: Extents): number {
  if (w.rumusSaja) {
    const r = extentOf(extents, w.name).rumus;
    return r && r.cells > 0 ? SHEET_RESPONSE_BYTES + sparseBytes(r) : 0;
  }
  const box = gridBox(w, extents);
  return SHEET_RESPONSE_BYTES + box.rows * box.columns * CELL_RESPONSE_BYTES;
}

const sparseBytes = (c: { cells: number; areas: number }) =>
  c.cells * CELL_RESPONSE_BYTES + c.areas * AREA_RESPONSE_BYTES;

/** The first reads: whole sheets, in order, each estimated within `budget`. */
export function planGridReads(
  wanted: GridWanted[],
  extents: Extents,
  budget = PAYLOAD_BUDGET_BYTES
): GridWanted[][] {
  const reads = wanted.filter((w) => firstReadBytes(w, extents) > 0);
  return chunkByBudget(reads, (w) => firstReadBytes(w, extents), budget);
}

interface Later {
  name: string;
  region: Region;
  type: "Formulas" | "Constants";
  count: Count;
}

/** Queues one sheet's first read; returns what places its cells once synced. */
function queueFirst(
  context: Excel.RequestContext,
  w: GridWanted,
  extents: Extents,
  later: Later[]
): (read: SheetRead) => void {
  const ws = context.workbook.worksheets.getItem(w.name);
  if (w.rumusSaja) {
    const areas = queueAreas(ws.getUsedRange(true), "Formulas", false);
    return (read) => place(read, areas());
  }
  const box = gridBox(w, extents);
  const range = ws.getRange(blockAddress(0, 0, box.rows, box.columns)).load("formulas, values");
  for (const region of beyond(w, extents))
    for (const type of ["Formulas", "Constants"] as const) {
      const address = blockAddress(region.row, region.column, region.rows, region.columns);
      later.push({ name: w.name, region, type, count: queueCount(ws.getRange(address), type) });
    }
  return (read) => {
    read.formulas = range.formulas as CellValue[][];
    read.values = range.values as CellValue[][];
  };
}

/**
 * The reads: the first ones in budgeted syncs, then, only when something lies beyond an IKI sheet's
 * layout, those cells in budgeted syncs of their own; `onRead(i, n)` before each sync.
 */
export async function readGrids(
  context: Excel.RequestContext,
  wanted: GridWanted[],
  extents: Extents,
  onRead: (index: number, count: number) => void,
  budget = PAYLOAD_BUDGET_BYTES
): Promise<SheetRead[]> {
  const reads = new Map(wanted.map((w) => [w.name, bare(w)]));
  const first = planGridReads(wanted, extents, budget);
  const later: Later[] = [];
  let syncs = 0;
  for (const chunk of first) {
    onRead(syncs++, first.length);
    const places = chunk.map((w) => queueFirst(context, w, extents, later));
    // One sync per budgeted read, not per sheet.
    // eslint-disable-next-line office-addins/no-context-sync-in-loop
    await context.sync();
    chunk.forEach((w, k) => places[k](reads.get(w.name) as SheetRead));
  }
  const found = later.map((l) => ({ ...l, n: l.count() })).filter((l) => l.n.cells > 0);
  const second = chunkByBudget(found, (l) => SHEET_RESPONSE_BYTES + sparseBytes(l.n), budget);
  for (const chunk of second) {
    onRead(syncs++, first.length + second.length);
    const areas = chunk.map((l) => {
      const address = blockAddress(l.region.row, l.region.column, l.region.rows, l.region.columns);
      const ws = context.workbook.worksheets.getItem(l.name);
      return queueAreas(ws.getRange(address), l.type, true);
    });
    // eslint-disable-next-line office-addins/no-context-sync-in-loop
    await context.sync();
    chunk.forEach((l, k) => place(reads.get(l.name) as SheetRead, areas[k]()));
  }
  return [...reads.values()];
}

function bare(w: GridWanted): SheetRead {
  const read: SheetRead = { name: w.name, formulas: [], values: [] };
  if (w.marker !== undefined) read.marker = w.marker;
  if (w.terkunci !== undefined) read.terkunci = w.terkunci;
  return read;
}

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
import { chunkByBudget, PAYLOAD_BUDGET_BYTES } from "./payload";
import {
  CELL_RESPONSE_BYTES,
  inBlocks,
  place,
  queueCount,
  queueSparse,
  sparseBytes,
  SHEET_RESPONSE_BYTES,
  type Count,
  type Region,
  type SparseRead,
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

/** Read with an IKI sheet beyond its layout's extent: an earlier refresh's sisa, notes beside. */
const MARGIN_ROWS = 100;
const MARGIN_COLUMNS = 4;

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
function gridBox(w: GridWanted, extents: Extents): { rows: number; columns: number } {
  const e = extentOf(extents, w.name);
  if (!w.luas) return { rows: e.rows, columns: e.columns };
  return {
    rows: Math.min(e.rows, w.luas.rows + MARGIN_ROWS),
    columns: Math.min(e.columns, w.luas.columns + MARGIN_COLUMNS),
  };
}

/** The parts of the used range beyond the block read whole: below it, and right of it. */
function beyond(w: GridWanted, extents: Extents): Region[] {
  const e = extentOf(extents, w.name);
  const box = gridBox(w, extents);
  const out: Region[] = [];
  if (e.rows > box.rows)
    out.push({ row: box.rows, column: 0, rows: e.rows - box.rows, columns: e.columns });
  if (e.columns > box.columns)
    out.push({ row: 0, column: box.columns, rows: box.rows, columns: e.columns - box.columns });
  return out;
}

/** The sparse read of a sheet read for its formulas only: its used range's formula cells. */
function rumusRead(w: GridWanted, extents: Extents): SparseRead | undefined {
  const e = extentOf(extents, w.name);
  if (!e.rumus || e.rumus.cells === 0) return undefined;
  const region = { row: 0, column: 0, rows: e.rows, columns: e.columns };
  return { name: w.name, region, type: "Formulas", values: false, ...e.rumus };
}

type First = { grid: GridWanted } | { sparse: SparseRead };

const firstBytes = (f: First, extents: Extents) => {
  if ("sparse" in f) return sparseBytes(f.sparse);
  const box = gridBox(f.grid, extents);
  return SHEET_RESPONSE_BYTES + box.rows * box.columns * CELL_RESPONSE_BYTES;
};

/** The first reads, in sheet order: IKI grids, other sheets' formula cells (in blocks when many). */
function firstReads(wanted: GridWanted[], extents: Extents, budget: number): First[] {
  return wanted.flatMap((w): First[] => {
    if (!w.rumusSaja) return [{ grid: w }];
    const r = rumusRead(w, extents);
    return r ? inBlocks(r, budget).map((sparse) => ({ sparse })) : [];
  });
}

/** The estimated response of the first reads of these sheets. */
export function gridResponseBytes(wanted: GridWanted[], extents: Extents): number {
  const reads = firstReads(wanted, extents, Number.MAX_SAFE_INTEGER);
  return reads.reduce((sum, f) => sum + firstBytes(f, extents), 0);
}

/** The first reads in syncs, in order, each estimated within `budget`. */
export function planGridReads(
  wanted: GridWanted[],
  extents: Extents,
  budget = PAYLOAD_BUDGET_BYTES
): First[][] {
  return chunkByBudget(firstReads(wanted, extents, budget), (f) => firstBytes(f, extents), budget);
}

/** Queues an IKI sheet's grid and the counts beyond it; returns what places its cells once synced. */
function queueGrid(
  context: Excel.RequestContext,
  w: GridWanted,
  extents: Extents,
  counts: { read: SparseRead; count: Count }[]
): (read: SheetRead) => void {
  const ws = context.workbook.worksheets.getItem(w.name);
  const box = gridBox(w, extents);
  const range = ws.getRange(blockAddress(0, 0, box.rows, box.columns)).load("formulas, values");
  for (const region of beyond(w, extents))
    for (const type of ["Formulas", "Constants"] as const) {
      const { row, column, rows, columns } = region;
      const count = queueCount(ws.getRange(blockAddress(row, column, rows, columns)), type);
      const read = { name: w.name, region, type, values: true, cells: 0, areas: 0 };
      counts.push({ read, count });
    }
  return (read) => {
    place(read, [{ address: "A1", formulas: range.formulas, values: range.values }]);
  };
}

/** One sync per chunk: each chunk's reads queued, synced, placed into the sheets read. */
async function syncChunks<T>(
  context: Excel.RequestContext,
  chunks: T[][],
  queue: (item: T) => (read: SheetRead) => void,
  sheetOf: (item: T) => SheetRead,
  onSync: () => void
): Promise<void> {
  for (const chunk of chunks) {
    onSync();
    const places = chunk.map(queue);
    // One sync per budgeted read, not per sheet.
    // eslint-disable-next-line office-addins/no-context-sync-in-loop
    await context.sync();
    chunk.forEach((item, k) => places[k](sheetOf(item)));
  }
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
  const sheetOf = (name: string) => reads.get(name) as SheetRead;
  const first = planGridReads(wanted, extents, budget);
  const counts: { read: SparseRead; count: Count }[] = [];
  let syncs = 0;
  let planned = first.length;
  const onSync = () => onRead(syncs++, planned);
  const sparse = (r: SparseRead) => {
    const areas = queueSparse(context, r);
    return (read: SheetRead) => place(read, areas());
  };
  await syncChunks(
    context,
    first,
    (f) => ("grid" in f ? queueGrid(context, f.grid, extents, counts) : sparse(f.sparse)),
    (f) => sheetOf("grid" in f ? f.grid.name : f.sparse.name),
    onSync
  );
  const found = counts
    .map(({ read, count }) => ({ ...read, ...count() }))
    .filter((r) => r.cells > 0)
    .flatMap((r) => inBlocks(r, budget));
  const second = chunkByBudget(found, sparseBytes, budget);
  planned += second.length;
  await syncChunks(context, second, sparse, (r) => sheetOf(r.name), onSync);
  return [...reads.values()];
}

/** A sheet not read (or not yet): no cells, only what is known of it without reading. */
export function bare(w: GridWanted): SheetRead {
  const read: SheetRead = { name: w.name, formulas: [], values: [] };
  if (w.marker !== undefined) read.marker = w.marker;
  if (w.terkunci !== undefined) read.terkunci = w.terkunci;
  return read;
}

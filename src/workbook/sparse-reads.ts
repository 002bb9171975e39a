/**
 * Reads of only the cells that hold something (Range.getSpecialCellsOrNullObject, ExcelApi 1.9: a
 * RangeAreas of the formula or constant cells, a null object when there is none): their count, in
 * the sync of an earlier read, so the response of reading them can be estimated; then their areas,
 * each with its address, formulas and (for constants and IKI sheets) values, placed into a sheet's
 * grid at their own rows and columns. Rows never read stay holes in the grid (a sparse array), so
 * a stray cell at row 1,048,576 costs one entry, and the planners' forEach walks over the holes.
 */
import { blockAddress, requireA1 } from "../template/a1";
import type { CellValue } from "../catalog/tabel/types";
import type { SheetRead } from "../lifecycle/types";

/** Per area of a sparse read: its sheet-qualified address and the arrays' framing. */
const AREA_RESPONSE_BYTES = 150;
/**
 * Response bytes one cell may take, formula and value together: the largest average over a sheet
 * of every real plan is 46 (the rekap's formulas, long texts of tugas); test/workbook/rawat-port
 * holds every real sheet, filled, under this bound.
 */
export const CELL_RESPONSE_BYTES = 56;
/** Per read (a sheet's grid, a sparse read): the range's path, its address and the arrays' framing. */
export const SHEET_RESPONSE_BYTES = 500;

/** A block of a sheet by 0-based row and column and its size. */
export interface Region {
  row: number;
  column: number;
  rows: number;
  columns: number;
}

/** Cells of a sparse read and the areas they make; both 0 for a null object. */
export type Count = () => { cells: number; areas: number };

/** Queues the count of `range`'s special cells of `type`. */
export function queueCount(range: Excel.Range, type: "Formulas" | "Constants"): Count {
  // Held in an object: read after the sync of the caller's batch.
  const q = { special: range.getSpecialCellsOrNullObject(type).load("cellCount, areaCount") };
  return () =>
    q.special.isNullObject
      ? { cells: 0, areas: 0 }
      : { cells: q.special.cellCount, areas: q.special.areaCount };
}

export interface Area {
  address: string;
  formulas: CellValue[][];
  values?: CellValue[][];
}

/** Queues the areas of `range`'s special cells of `type`, with their values when `values`. */
function queueAreas(
  range: Excel.Range,
  type: "Formulas" | "Constants",
  values: boolean
): () => Area[] {
  const special = range.getSpecialCellsOrNullObject(type);
  const q = {
    special: special.load("cellCount"),
    areas: values
      ? special.areas.load("items/address, items/formulas, items/values")
      : special.areas.load("items/address, items/formulas"),
  };
  return () =>
    q.special.isNullObject
      ? []
      : q.areas.items.map((a) => {
          const area: Area = { address: a.address, formulas: a.formulas as CellValue[][] };
          if (values) area.values = a.values as CellValue[][];
          return area;
        });
}

/** "'Kepala Dinas'!B5:C7" -> its first row and column (0-based). */
function corner(address: string): { row: number; column: number } {
  const local = address.slice(address.lastIndexOf("!") + 1).replace(/\$/g, "");
  const r = requireA1(local);
  return { row: r.firstRow, column: r.firstColumn };
}

function put(grid: CellValue[][], row: number, column: number, block: CellValue[][]): void {
  block.forEach((cells, r) => {
    const target = (grid[row + r] ??= []);
    cells.forEach((v, c) => (target[column + c] = v));
  });
}

/** The areas' cells into `read`'s grids, at their own place. */
export function place(read: SheetRead, areas: Area[]): void {
  for (const a of areas) {
    const { row, column } = corner(a.address);
    put(read.formulas, row, column, a.formulas);
    if (a.values) put(read.values, row, column, a.values);
  }
}

/** A read of the cells of one kind that hold something in a region of a sheet. */
export interface SparseRead {
  name: string;
  region: Region;
  type: "Formulas" | "Constants";
  /** Values too (an IKI sheet's cells); a sheet read for its formulas needs only those. */
  values: boolean;
  /** Its cells and areas as counted, or bounds of them. */
  cells: number;
  areas: number;
}

export const sparseBytes = (r: SparseRead): number =>
  SHEET_RESPONSE_BYTES + r.cells * CELL_RESPONSE_BYTES + r.areas * AREA_RESPONSE_BYTES;

/**
 * The read within `budget`: as it is, or (many cells: a table pasted far below) in blocks of rows,
 * each estimated at its worst (every cell an area of its own, or what was counted when fewer).
 */
export function inBlocks(read: SparseRead, budget: number): SparseRead[] {
  if (sparseBytes(read) <= budget) return [read];
  const { region } = read;
  const perRow = region.columns * (CELL_RESPONSE_BYTES + AREA_RESPONSE_BYTES);
  const rows = Math.max(1, Math.floor((budget - SHEET_RESPONSE_BYTES) / perRow));
  const out: SparseRead[] = [];
  for (let row = region.row; row < region.row + region.rows; row += rows) {
    const n = Math.min(rows, region.row + region.rows - row);
    const most = n * region.columns;
    out.push({
      ...read,
      region: { row, column: region.column, rows: n, columns: region.columns },
      cells: Math.min(read.cells, most),
      areas: Math.min(read.areas, most),
    });
  }
  return out;
}

/** Queues a sparse read; after the sync, its areas. */
export function queueSparse(context: Excel.RequestContext, r: SparseRead): () => Area[] {
  const { row, column, rows, columns } = r.region;
  const ws = context.workbook.worksheets.getItem(r.name);
  return queueAreas(ws.getRange(blockAddress(row, column, rows, columns)), r.type, r.values);
}

/**
 * What both ports (Office.js and the in-memory one) share of the catalog actions apart from the
 * read at startup (stored-catalog.ts, re-exported here): the plans of an export and of the stored
 * catalog, and the choice of the sheets an import reads. The Office.js adapter loads this module
 * with import() only for an action; the export's tables (src/catalog/tabel) are loaded within it
 * only when used.
 */
import type { Catalog, CatalogIndex } from "../catalog";
import type { ExistingSheet } from "../template/workbook-plan";
import { parseKatalogMarker } from "../template/katalog-marker";
import { planStoredCatalog } from "../template/katalog-tersimpan";
import {
  katalogSheetsForImport,
  planKatalogSheets,
  tabelDariNama,
} from "../template/katalog-sheets";
import { sheetKey } from "../template/sheet-names";
import type { SheetPlan } from "../template/plan";

/** The planner of an export: the catalog in use as the tables of the layout, as new sheets. */
export async function exportPlanner(
  katalog: CatalogIndex
): Promise<(existing: ExistingSheet[]) => SheetPlan[]> {
  const { catalogToTables } = await import("../catalog/tabel");
  const tables = catalogToTables(katalog.catalog);
  return (existing) => planKatalogSheets(tables, existing);
}

/** The planner of the stored catalog sheet (added, or rewritten in place when present). */
export function storedPlanner(catalog: Catalog): (existing: ExistingSheet[]) => SheetPlan[] {
  return (existing) => [planStoredCatalog(catalog, existing)];
}

/** The keys (sheetKey) of the layout's sheet names, for the import's read. */
export async function layoutSheetKeys(katalog: CatalogIndex): Promise<Set<string>> {
  const { catalogToTables } = await import("../catalog/tabel");
  return new Set(catalogToTables(katalog.catalog).map((t) => sheetKey(t.sheet)));
}

/** A sheet the import reads: marked kind "katalog" by an export (renamed or not), or named as a table ("Jabatan (2)" too). */
export function isLayoutSheet(sheet: ExistingSheet, keys: Set<string>): boolean {
  const tabel = tabelDariNama(sheet.name);
  const named =
    keys.has(sheetKey(sheet.name)) || (tabel !== undefined && keys.has(sheetKey(tabel)));
  return named || parseKatalogMarker(sheet.marker)?.kind === "katalog";
}

export { katalogSheetsForImport };
export { catalogFromStored } from "./stored-catalog";

/**
 * What both ports (Office.js and the in-memory one) share of the catalog actions: the catalog a
 * workbook uses from its stored sheet, the plans of an export and of the stored catalog, the
 * choice of the sheets an import reads. The export's tables and sheets are loaded with import()
 * only when used, so the pane's first load stays small; the stored catalog's reader and planner
 * are already there (planWorkbook can write the stored sheet with an insert).
 */
import { builtInCatalog, CatalogIndex, type Catalog } from "../catalog";
import type { SheetValues } from "../catalog/tabel/types";
import type { ExistingSheet } from "../template/workbook-plan";
import { parseKatalogMarker } from "../template/katalog-marker";
import { planStoredCatalog, readStoredCatalog } from "../template/katalog-tersimpan";
import { katalogSheetsForImport, planKatalogSheets } from "../template/katalog-sheets";
import { sheetKey } from "../template/sheet-names";
import type { SheetPlan } from "../template/plan";
import type { WorkbookCatalog } from "./port";

export const bawaan = (): WorkbookCatalog => ({ katalog: builtInCatalog, tersimpan: false });

/**
 * The stored catalog when valid (of the sheets read, in workbook order, the last signed one); when
 * not, the built-in one with what is wrong.
 */
export function catalogFromStored(stored: SheetValues[]): WorkbookCatalog {
  const read = readStoredCatalog(stored);
  if (!read) return bawaan();
  if ("masalah" in read) return { ...bawaan(), masalah: read.masalah };
  return { katalog: new CatalogIndex(read.catalog), tersimpan: true };
}

/** The planner of an export: the catalog in use as the tables of the layout, as new sheets. */
export async function exportPlanner(
  katalog: CatalogIndex
): Promise<(existing: ExistingSheet[]) => SheetPlan[]> {
  const { catalogToTables } = await import("../catalog/tabel");
  const tables = catalogToTables(katalog.catalog);
  return (existing) => planKatalogSheets(tables, existing);
}

/** The planner of the stored catalog sheet (added, or superseding the stored ones when present). */
export function storedPlanner(catalog: Catalog): (existing: ExistingSheet[]) => SheetPlan[] {
  return (existing) => [planStoredCatalog(catalog, existing)];
}

/** The keys (sheetKey) of the layout's sheet names, for the import's read. */
export async function layoutSheetKeys(katalog: CatalogIndex): Promise<Set<string>> {
  const { catalogToTables } = await import("../catalog/tabel");
  return new Set(catalogToTables(katalog.catalog).map((t) => sheetKey(t.sheet)));
}

/** A sheet the import reads: marked kind "katalog" by an export (renamed or not), or named as a table. */
export function isLayoutSheet(sheet: ExistingSheet, keys: Set<string>): boolean {
  return keys.has(sheetKey(sheet.name)) || parseKatalogMarker(sheet.marker)?.kind === "katalog";
}

/** The layout sheets read, under their tables' names (a marked "Jabatan (2)" is read as "Jabatan"). */
export async function forImport(
  sheets: SheetValues[],
  existing: ExistingSheet[]
): Promise<SheetValues[]> {
  return katalogSheetsForImport(sheets, existing);
}

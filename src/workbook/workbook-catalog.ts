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

/** The planner of the stored catalog sheet (added, or rewritten in place when present). */
export function storedPlanner(catalog: Catalog): (existing: ExistingSheet[]) => SheetPlan[] {
  return (existing) => [planStoredCatalog(catalog, existing)];
}

/**
 * Which sheets the import reads: a data sheet of the layout by name, or one an export marked as
 * such (renamed or not); loaded with the import. The command line decides by the same isLembarData.
 */
export async function layoutSheetFilter(): Promise<(sheet: ExistingSheet) => boolean> {
  const { isLembarData } = await import("../catalog/tabel");
  return (sheet) => {
    const marker = parseKatalogMarker(sheet.marker);
    return isLembarData(sheet.name) || (marker?.kind === "katalog" && isLembarData(marker.tabel));
  };
}

/** The layout sheets read, under their tables' names (a marked "Jabatan (2)" is read as "Jabatan"). */
export async function forImport(
  sheets: SheetValues[],
  existing: ExistingSheet[]
): Promise<SheetValues[]> {
  return katalogSheetsForImport(sheets, existing);
}

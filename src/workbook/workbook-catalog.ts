/**
 * What both ports (Office.js and the in-memory one) share of the catalog actions: the catalog a
 * workbook uses from its stored sheet, and the plans of an export and of the stored catalog. The
 * import/export code is loaded with import() only when one of these runs: the pane's first load
 * stays small (a workbook without a stored catalog never loads it).
 */
import { builtInCatalog, CatalogIndex, type Catalog } from "../catalog";
import type { SheetValues } from "../catalog/tabel/types";
import type { ExistingSheet } from "../template/workbook-plan";
import { parseMarker } from "../template/marker";
import { sheetKey } from "../template/sheet-names";
import type { SheetPlan } from "../template/plan";
import type { WorkbookCatalog } from "./port";
import { teks } from "./teks";

export const bawaan = (): WorkbookCatalog => ({ katalog: builtInCatalog, tersimpan: false });

/** The stored catalog when valid; when not, the built-in one with what is wrong. */
export async function catalogFromStored(stored: SheetValues | undefined): Promise<WorkbookCatalog> {
  if (!stored) return bawaan();
  const { readStoredCatalog } = await import("../template/katalog-sheets");
  const read = readStoredCatalog([stored]);
  if (read.catalog) return { katalog: new CatalogIndex(read.catalog), tersimpan: true };
  const first = read.masalah[0];
  return { ...bawaan(), masalah: teks.katalogTersimpanRusak(first ? first.pesan : "") };
}

/** The planner of an export: the catalog in use as the tables of the layout, as new sheets. */
export async function exportPlanner(
  katalog: CatalogIndex
): Promise<(existing: ExistingSheet[]) => SheetPlan[]> {
  const [{ catalogToTables }, { planKatalogSheets }] = await Promise.all([
    import("../catalog/tabel"),
    import("../template/katalog-sheets"),
  ]);
  const tables = catalogToTables(katalog.catalog);
  return (existing) => planKatalogSheets(tables, existing);
}

/** The planner of the stored catalog sheet (added, or rewritten in place when present). */
export async function storedPlanner(
  catalog: Catalog
): Promise<(existing: ExistingSheet[]) => SheetPlan[]> {
  const { planStoredCatalog } = await import("../template/katalog-sheets");
  return (existing) => [planStoredCatalog(catalog, existing)];
}

/** The keys (sheetKey) of the layout's sheet names, for the import's read. */
export async function layoutSheetKeys(katalog: CatalogIndex): Promise<Set<string>> {
  const { catalogToTables } = await import("../catalog/tabel");
  return new Set(catalogToTables(katalog.catalog).map((t) => sheetKey(t.sheet)));
}

/** A sheet the import reads: marked kind "katalog" by an export (renamed or not), or named as a table. */
export function isLayoutSheet(sheet: ExistingSheet, keys: Set<string>): boolean {
  if (keys.has(sheetKey(sheet.name))) return true;
  return sheet.marker !== undefined && parseMarker(sheet.marker)?.kind === "katalog";
}

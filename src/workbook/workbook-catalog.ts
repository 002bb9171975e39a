/**
 * What both ports (Office.js and the in-memory one) share of the catalog actions apart from the
 * read at startup (stored-catalog.ts): the plans of an export and of the stored
 * catalog, and the choice of the sheets an import reads. The Office.js adapter loads this module
 * with import() only for an action; the export's tables (src/catalog/tabel) are loaded within it
 * only when used.
 */
import type { CatalogIndex } from "../catalog";
import type { ExistingSheet } from "../template/workbook-plan";
import { parseKatalogMarker } from "../template/katalog-marker";
import { planTersimpanDenganRiwayat } from "../template/katalog-tersimpan";
import {
  katalogSheetsForImport,
  planKatalogSheets,
  tabelDariNama,
} from "../template/katalog-sheets";
import type { SheetPlan } from "../template/plan";

/** The planner of an export: the catalog in use as the tables of the layout, as new sheets. */
export async function exportPlanner(
  katalog: CatalogIndex
): Promise<(existing: ExistingSheet[]) => SheetPlan[]> {
  const { catalogToTables } = await import("../catalog/tabel");
  const tables = catalogToTables(katalog.catalog);
  return (existing) => planKatalogSheets(tables, existing);
}

/**
 * The planner of the stored catalog sheet (added, or superseding the stored ones when present),
 * with the riwayat the sheets' markers (`existing`, read with markers) name of the catalogs known
 * (`dikenal`: the one in use, the stored riwayat, the built-in one); `riwayat` holds it once planned.
 */
export function storedPlanner(
  catalog: CatalogIndex,
  dikenal: CatalogIndex[]
): { planner: (existing: ExistingSheet[]) => SheetPlan[]; riwayat: () => CatalogIndex[] } {
  let riwayat: CatalogIndex[] = [];
  const planner = (existing: ExistingSheet[]) => {
    const stored = planTersimpanDenganRiwayat(catalog, existing, dikenal);
    riwayat = stored.riwayat;
    return [stored.plan];
  };
  return { planner, riwayat: () => riwayat };
}

/**
 * Which sheets the import reads: a data sheet of the layout by name, or one an export marked as
 * such (renamed or not); loaded with the import. The command line decides by the same isLembarData.
 */
export async function layoutSheetFilter(): Promise<(sheet: ExistingSheet) => boolean> {
  const { isLembarData } = await import("../catalog/tabel");
  return (sheet) => {
    const marker = parseKatalogMarker(sheet.marker);
    // "Jabatan (2)" by name too: a file re-saved by LibreOffice has lost the marker that says so.
    const tabel = tabelDariNama(sheet.name);
    return (
      isLembarData(sheet.name) ||
      (tabel !== undefined && isLembarData(tabel)) ||
      (marker?.kind === "katalog" && isLembarData(marker.tabel))
    );
  };
}

export { katalogSheetsForImport };

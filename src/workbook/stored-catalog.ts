/**
 * The catalog a workbook uses from its stored sheet: the module the pane loads at startup when the
 * workbook carries a catalog, kept apart from the planners of workbook-catalog.ts (an export, the
 * stored sheet's plan), which only a write needs.
 */
import { CatalogIndex } from "../catalog";
import type { SheetValues } from "../catalog/tabel/types";
import { readStoredCatalog } from "../template/katalog-tersimpan-baca";
import { katalogBawaan as bawaan, type WorkbookCatalog } from "./port";

/**
 * The stored catalog when valid (of the sheets read, in workbook order, the last signed one) with
 * its riwayat; when not, the built-in one with what is wrong.
 */
export function catalogFromStored(stored: SheetValues[]): WorkbookCatalog {
  const read = readStoredCatalog(stored);
  if (!read) return bawaan();
  if ("masalah" in read) return bawaan(read.masalah);
  const used: WorkbookCatalog = {
    katalog: new CatalogIndex(read.catalog),
    tersimpan: true,
    riwayat: read.riwayat.map((c) => new CatalogIndex(c)),
  };
  if (read.peringatan) used.peringatan = read.peringatan;
  return used;
}

/**
 * The catalog a workbook of the add-in carries (the hidden sheet IKI-Katalog) and the earlier ones
 * stored beside it (riwayat), from its sheets' values: the command line's lifecycle actions and the
 * reading of staff files (berkas-pegawai.ts) both need it. Imports only the reader of the stored
 * catalog, not its planner: the pane loads this with the staff-file reader.
 */
import { CatalogIndex } from "../catalog/catalog-index";
import type { SheetValues } from "../catalog/tabel/types";
import type { Catalog } from "../catalog/types";
import { readStoredCatalog } from "../template/katalog-tersimpan-baca";

/** What a workbook carries: its stored catalog, when valid, and riwayat. */
export interface KatalogBuku {
  tersimpan?: CatalogIndex;
  riwayat: CatalogIndex[];
  /** Riwayat entries dropped as broken (Bahasa Indonesia). */
  peringatan: string[];
  /** Why a stored catalog there cannot be used (Bahasa Indonesia). */
  masalah?: string;
}

const indexes = (catalogs: Catalog[]) => catalogs.map((c) => new CatalogIndex(c));

/** The stored catalog and riwayat, from the sheets already read (in workbook order). */
export function katalogBukuDari(sheets: SheetValues[]): KatalogBuku {
  const stored = readStoredCatalog(sheets);
  if (stored === undefined) return { riwayat: [], peringatan: [] };
  if ("masalah" in stored) return { riwayat: [], peringatan: [], masalah: stored.masalah };
  const { catalog, riwayat, peringatan = [] } = stored;
  return { tersimpan: new CatalogIndex(catalog), riwayat: indexes(riwayat), peringatan };
}

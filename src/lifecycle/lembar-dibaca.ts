/**
 * What every lifecycle action starts from: the input (the workbook as read, the catalogs it knows),
 * its IKI sheets with their markers, and for each the jabatan it was made of and becomes.
 */
import type { CatalogIndex } from "../catalog/catalog-index";
import type { Jabatan } from "../catalog/types";
import { katalogAsal } from "../template/katalog-riwayat";
import { findIkiSheets, type ExistingSheet } from "../template/workbook-plan";
import { laporanKosong, type LembarDibaca } from "./replan";
import type { LaporanLembar, SheetRead } from "./types";

export interface MasukanAksi {
  /** The catalog in use. */
  katalog: CatalogIndex;
  /** Every catalog the workbook knows (stored, its riwayat); the one in use need not be listed. */
  dikenal: CatalogIndex[];
  /** The built-in catalog: a marker without a catalog hash was made from it. */
  bawaan: CatalogIndex;
  /** Every sheet of the workbook in tab order; only IKI sheets need their cells read. */
  sheets: SheetRead[];
  /** Kunci rumus for the sheets planned (absent: on). */
  kunci?: boolean;
  /** Next year into a new file: the plans are that file's sheets only (and its stored catalog). */
  bukuBaru?: boolean;
}

export type Asal = (hash: string | undefined) => CatalogIndex | undefined;

export function asalDari(input: MasukanAksi): Asal {
  const pilihan = { dipakai: input.katalog, riwayat: input.dikenal, bawaan: input.bawaan };
  return (hash) => katalogAsal(hash, pilihan);
}

export const existingOf = (sheets: SheetRead[]): ExistingSheet[] =>
  sheets.map((s) =>
    s.marker === undefined ? { name: s.name } : { name: s.name, marker: s.marker }
  );

export function ikiSheets(sheets: SheetRead[]): LembarDibaca[] {
  const byName = new Map(sheets.map((s) => [s.name, s]));
  return findIkiSheets(existingOf(sheets)).map(({ name, marker }) => ({
    read: byName.get(name) as SheetRead,
    marker,
  }));
}

/**
 * The jabatan a sheet was made of (in its marker's catalog) and the one it becomes (in the catalog
 * `pilih` gives), or the report of why the sheet is left alone.
 */
type SumberLembar =
  | { laporan: LaporanLembar }
  | {
      sumber: { jabatan: Jabatan; katalog: CatalogIndex };
      jabatan: Jabatan;
      katalog: CatalogIndex;
    };

export function sumberLembar(
  l: LembarDibaca,
  asal: Asal,
  pilih: (k: CatalogIndex) => CatalogIndex
): SumberLembar {
  const katalogLama = asal(l.marker.katalog);
  const jabatanLama = katalogLama?.getJabatan(l.marker.jabatanId);
  if (!katalogLama || !jabatanLama) return { laporan: laporanKosong(l, "katalog-tidak-dikenal") };
  const katalog = pilih(katalogLama);
  const jabatan = katalog.getJabatan(l.marker.jabatanId);
  if (!jabatan) return { laporan: laporanKosong(l, "jabatan-tidak-ada", jabatanLama.nama) };
  return { sumber: { jabatan: jabatanLama, katalog: katalogLama }, jabatan, katalog };
}

/** The latest year of the workbook's IKI sheets; undefined without any. */
export function tahunTerakhir(sheets: SheetRead[]): number | undefined {
  const years = findIkiSheets(existingOf(sheets)).map((s) => s.marker.tahun);
  return years.length > 0 ? Math.max(...years) : undefined;
}

/**
 * The reader of the catalog a workbook carries (katalog-tersimpan.ts plans the sheet), apart from
 * the planners: the pane loads it at startup when a workbook has a stored catalog, and the sheet
 * builder and validatePlan would weigh on that path for nothing.
 */
import { catalogHash } from "../catalog/catalog-hash";
import type { CellValue, SheetValues } from "../catalog/tabel/types";
import type { Catalog } from "../catalog/types";
import { validateCatalog } from "../catalog/validate";
import { TANDA_KATALOG_TERSIMPAN, isLembarKatalogTersimpan } from "./sheet-keys";
import { teks } from "./teks";

export { TANDA_KATALOG_TERSIMPAN };
/**
 * Rows (1-based) of the identity; the chunks from BARIS_JSON down, in column B. Earlier catalogs
 * (riwayat) in columns C, D, ... on the same rows: readers before them read column B only.
 */
export const BARIS = { instansi: 2, nomor: 3, tahun: 4, hash: 5, bagian: 6 } as const;
export const BARIS_JSON = 7;
/** The column (0-based) of the catalog in use; its riwayat follow it. */
export const KOLOM_KATALOG = 1;

/**
 * What a workbook's stored catalog gave: the catalog with the earlier ones still named by its sheets
 * (`peringatan` for one dropped as broken), or why it cannot be used (Bahasa Indonesia).
 */
export type StoredCatalogRead =
  | { catalog: Catalog; riwayat: Catalog[]; peringatan?: string[] }
  | { masalah: string; sebab: string };

const sel = (sheet: SheetValues, row: number, col: number): CellValue =>
  sheet.values[row - 1]?.[col] ?? null;

/** The sheets that are the stored catalog: named as it and signed in A1. */
function storedCatalogSheets(sheets: SheetValues[]): SheetValues[] {
  return sheets.filter((s) => isLembarKatalogTersimpan(s.name, sel(s, 1, 0)));
}

/** The catalog in column `col`, or why not (a `sebab` of teks.katalog.tersimpan.sebab). */
function bacaKolom(sheet: SheetValues, col: number): Catalog | { sebab: string } {
  const sebab = teks.katalog.tersimpan.sebab;
  const jumlah = Number(sel(sheet, BARIS.bagian, col));
  if (!Number.isInteger(jumlah) || jumlah < 1) return { sebab: sebab.bagian };
  const bagian: string[] = [];
  for (let i = 0; i < jumlah; i++) {
    const text = sel(sheet, BARIS_JSON + i, col);
    if (typeof text !== "string" || text === "") return { sebab: sebab.bagian };
    bagian.push(text);
  }
  let data: unknown;
  try {
    data = JSON.parse(bagian.join(""));
  } catch {
    return { sebab: sebab.json };
  }
  const galat = validateCatalog(data);
  if (galat.length > 0) return { sebab: sebab.tidakValid(galat) };
  const catalog = data as Catalog;
  if (catalogHash(catalog) !== String(sel(sheet, BARIS.hash, col))) return { sebab: sebab.hash };
  return catalog;
}

/** Whether column `col` holds anything of a catalog (identity or first chunk). */
function adaIsi(sheet: SheetValues, col: number): boolean {
  for (let row = BARIS.instansi; row <= BARIS_JSON; row++) {
    const v = sel(sheet, row, col);
    if (v !== null && v !== "") return true;
  }
  return false;
}

/** The riwayat columns right of the catalog in use: each checked alone, a broken one dropped. */
function bacaRiwayat(sheet: SheetValues): { riwayat: Catalog[]; peringatan: string[] } {
  const lebar = Math.max(0, ...sheet.values.map((row) => row.length));
  const riwayat: Catalog[] = [];
  const peringatan: string[] = [];
  for (let col = KOLOM_KATALOG + 1; col < lebar; col++) {
    if (!adaIsi(sheet, col)) continue;
    const read = bacaKolom(sheet, col);
    if ("sebab" in read) {
      peringatan.push(teks.katalog.tersimpan.riwayatRusak(col - KOLOM_KATALOG, read.sebab));
    } else riwayat.push(read);
  }
  return { riwayat, peringatan };
}

/**
 * The catalog stored in a workbook, from its sheets' values (in workbook order): undefined when there
 * is none, a problem when it was altered or cut, else the catalog and its riwayat. Of several signed
 * sheets the last is read (the newest); signatures decide, not markers, which LibreOffice drops.
 */
export function readStoredCatalog(sheets: SheetValues[]): StoredCatalogRead | undefined {
  const sheet = storedCatalogSheets(sheets).pop();
  if (!sheet) return undefined;
  const read = bacaKolom(sheet, KOLOM_KATALOG);
  // `sebab` alone for the command line, which uses no built-in catalog in its place.
  if ("sebab" in read)
    return { masalah: teks.katalog.tersimpan.rusak(read.sebab), sebab: read.sebab };
  const { riwayat, peringatan } = bacaRiwayat(sheet);
  return peringatan.length > 0
    ? { catalog: read, riwayat, peringatan }
    : { catalog: read, riwayat };
}

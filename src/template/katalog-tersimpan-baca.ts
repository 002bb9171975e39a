/**
 * The reader of the catalog a workbook carries (katalog-tersimpan.ts plans the sheet), apart from
 * the planners: the pane loads it at startup when a workbook has a stored catalog, and the sheet
 * builder and validatePlan would weigh on that path for nothing.
 */
import { catalogHash } from "../catalog/catalog-hash";
import type { CellValue, SheetValues } from "../catalog/tabel/types";
import type { Catalog } from "../catalog/types";
import { validateCatalog } from "../catalog/validate";
import {
  TANDA_KATALOG_TERSIMPAN,
  isNamaKatalogTersimpan,
  isTandaKatalogTersimpan,
} from "./sheet-keys";
import { teks } from "./teks";

export { TANDA_KATALOG_TERSIMPAN };
/** Rows (1-based) of the identity; the chunks from BARIS_JSON down, in column B. */
export const BARIS = { instansi: 2, nomor: 3, tahun: 4, hash: 5, bagian: 6 } as const;
export const BARIS_JSON = 7;

/** What a workbook's stored catalog gave: the catalog, or why it cannot be used (Bahasa Indonesia). */
export type StoredCatalogRead = { catalog: Catalog } | { masalah: string; sebab: string };

const sel = (sheet: SheetValues, row: number, col: number): CellValue =>
  sheet.values[row - 1]?.[col] ?? null;

/** The sheets that are the stored catalog: named as it (isNamaKatalogTersimpan) and signed in A1. */
function storedCatalogSheets(sheets: SheetValues[]): SheetValues[] {
  return sheets.filter(
    (s) => isNamaKatalogTersimpan(s.name) && isTandaKatalogTersimpan(sel(s, 1, 0))
  );
}

/**
 * The catalog stored in a workbook, from its sheets' values (in workbook order): undefined when there
 * is none, a problem when it was altered or cut, else the catalog. Of several signed sheets the last
 * is read (the newest); signatures decide, not markers, which LibreOffice drops.
 */
export function readStoredCatalog(sheets: SheetValues[]): StoredCatalogRead | undefined {
  const sheet = storedCatalogSheets(sheets).pop();
  if (!sheet) return undefined;
  const sebab = teks.katalog.tersimpan.sebab;
  // `sebab` alone for the command line, which uses no built-in catalog in its place.
  const rusak = (why: string) => ({ masalah: teks.katalog.tersimpan.rusak(why), sebab: why });
  const jumlah = Number(sel(sheet, BARIS.bagian, 1));
  if (!Number.isInteger(jumlah) || jumlah < 1) return rusak(sebab.bagian);
  const bagian: string[] = [];
  for (let i = 0; i < jumlah; i++) {
    const text = sel(sheet, BARIS_JSON + i, 1);
    if (typeof text !== "string" || text === "") return rusak(sebab.bagian);
    bagian.push(text);
  }
  let data: unknown;
  try {
    data = JSON.parse(bagian.join(""));
  } catch {
    return rusak(sebab.json);
  }
  const galat = validateCatalog(data);
  if (galat.length > 0) return rusak(sebab.tidakValid(galat));
  const catalog = data as Catalog;
  if (catalogHash(catalog) !== String(sel(sheet, BARIS.hash, 1))) return rusak(sebab.hash);
  return { catalog };
}

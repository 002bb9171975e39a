/**
 * The reader of the catalog a workbook carries (katalog-tersimpan.ts plans the sheet), apart from
 * the planners: the pane loads it at startup when a workbook has a stored catalog, and the sheet
 * builder and validatePlan would weigh on that path for nothing.
 */
import { catalogHash } from "../catalog/catalog-hash";
import type { CellValue, SheetValues } from "../catalog/tabel/types";
import type { Catalog } from "../catalog/types";
import { validateCatalog } from "../catalog/validate";
import { sheetKey } from "./sheet-names";
import { NAMA_KATALOG_TERSIMPAN } from "./sheet-keys";
import { teks } from "./teks";

/** Cell A1: tells our sheet from a user's sheet of the same name. */
export const TANDA_KATALOG_TERSIMPAN = "IKI-KATALOG-TERSIMPAN v1";
/** Rows (1-based) of the identity; the chunks from BARIS_JSON down, in column B. */
export const BARIS = { instansi: 2, nomor: 3, tahun: 4, hash: 5, bagian: 6 } as const;
export const BARIS_JSON = 7;

/** What a workbook's stored catalog gave: the catalog, or why it cannot be used (Bahasa Indonesia). */
export type StoredCatalogRead = { catalog: Catalog } | { masalah: string };

const sel = (sheet: SheetValues, row: number, col: number): CellValue =>
  sheet.values[row - 1]?.[col] ?? null;

/**
 * The catalog stored in a workbook, from its sheets' values: undefined when there is none (no sheet
 * of that name with the signature), a problem when it was altered or cut, else the catalog.
 */
export function readStoredCatalog(sheets: SheetValues[]): StoredCatalogRead | undefined {
  const key = sheetKey(NAMA_KATALOG_TERSIMPAN);
  const sheet = sheets.find(
    (s) => sheetKey(s.name) === key && sel(s, 1, 0) === TANDA_KATALOG_TERSIMPAN
  );
  if (!sheet) return undefined;
  const sebab = teks.katalog.tersimpan.sebab;
  const rusak = (why: string) => ({ masalah: teks.katalog.tersimpan.rusak(why) });
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

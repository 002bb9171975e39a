/**
 * --katalog FILE: the catalog a user gives the command line. A .json catalog; an .xlsx in the
 * editable layout (the export, edited); or an .xlsx made by the add-in or this CLI that carries its
 * catalog in the hidden sheet IKI-Katalog. Every problem comes back at once, as lines to print.
 */
import * as fs from "fs";
import * as path from "path";
import { CatalogIndex } from "../catalog";
import { catalogFromJson, formatMasalah, isLembarData, tablesToCatalog } from "../catalog/tabel";
import type { ImportResult, SheetValues } from "../catalog/tabel/types";
import type { Catalog } from "../catalog/types";
import { MARKER_KEY, katalogSheetsForImport, readStoredCatalog } from "../template";
import type { ExistingSheet } from "../template";
import { katalogBukuDari, type KatalogBuku } from "../xlsx/katalog-buku";
import { readSheetProperties } from "../xlsx/package-parts";
import { XlsxTidakTerbaca, readXlsxSheets } from "../xlsx/read-sheets";
import { pesan } from "./teks";

/**
 * The catalog read, with the earlier catalogs stored beside it in an .xlsx of the add-in (riwayat:
 * the catalogs its sheets were made from; [] for a .json or an edited export); or every problem.
 */
export type KatalogDibaca =
  | { katalog: CatalogIndex; riwayat: CatalogIndex[]; peringatan: string[] }
  | { masalah: string[]; judul: string };

const indexes = (catalogs: Catalog[]) => catalogs.map((c) => new CatalogIndex(c));

function dariImpor(result: ImportResult, shown: string): KatalogDibaca {
  const peringatan = result.peringatan.map(formatMasalah);
  if (!result.catalog || result.masalah.length > 0)
    return {
      judul: pesan.katalog.salah(shown, result.masalah.length),
      masalah: result.masalah.map(formatMasalah),
    };
  return { katalog: new CatalogIndex(result.catalog), riwayat: [], peringatan };
}

/** The sheets with the markers the file kept: the export's sheets are found under any name. */
async function sheetsOf(bytes: Uint8Array): Promise<SheetValues[]> {
  const sheets = await readXlsxSheets(bytes);
  const properties = await readSheetProperties(bytes);
  const existing: ExistingSheet[] = sheets.map(({ name }) => {
    const marker = properties.get(name)?.get(MARKER_KEY);
    return marker === undefined ? { name } : { name, marker };
  });
  return katalogSheetsForImport(sheets, existing);
}

/** The layout's tables when the file has them (an edited export); else the stored catalog. */
function dariXlsx(sheets: SheetValues[], shown: string): KatalogDibaca {
  if (sheets.some((s) => isLembarData(s.name))) return dariImpor(tablesToCatalog(sheets), shown);
  const stored = readStoredCatalog(sheets);
  if (stored === undefined) return { judul: pesan.katalog.tidakAda(shown), masalah: [] };
  if ("masalah" in stored)
    return { judul: pesan.katalog.tersimpanRusak(shown, stored.sebab), masalah: [] };
  const { catalog, riwayat, peringatan = [] } = stored;
  return { katalog: new CatalogIndex(catalog), riwayat: indexes(riwayat), peringatan };
}

/**
 * The stored catalog and riwayat of a workbook the command line refreshes (`bytes`: the .xlsx),
 * for katalogAsal; a file without one gives only `riwayat: []`. Throws XlsxTidakTerbaca as
 * readXlsxSheets does.
 */
export async function bacaKatalogBuku(bytes: Uint8Array): Promise<KatalogBuku> {
  return katalogBukuDari(await readXlsxSheets(bytes));
}

/** Reads and checks the catalog in `file` (`shown`: its name as the user sees it). */
export async function bacaKatalog(file: string, shown: string): Promise<KatalogDibaca> {
  let bytes: Buffer;
  try {
    bytes = fs.readFileSync(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? String(error);
    const sebab = code === "ENOENT" ? pesan.katalog.berkasTidakAda : (pesan.sebab[code] ?? code);
    return { judul: pesan.katalog.tidakTerbaca(shown, sebab), masalah: [] };
  }
  if (/\.json$/i.test(file))
    return dariImpor(catalogFromJson(bytes.toString("utf8"), path.basename(file)), shown);
  try {
    return dariXlsx(await sheetsOf(new Uint8Array(bytes)), shown);
  } catch (error) {
    if (error instanceof XlsxTidakTerbaca)
      return { judul: pesan.katalog.bukanXlsx(shown, error.message), masalah: [] };
    const sebab = error instanceof Error ? error.message : String(error);
    return { judul: pesan.katalog.tidakTerbaca(shown, sebab), masalah: [] };
  }
}

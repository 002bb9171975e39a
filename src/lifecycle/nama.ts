/** Names of the sheets a lifecycle action adds. */
import type { CatalogIndex } from "../catalog/catalog-index";
import type { Jabatan } from "../catalog/types";
import { MAX_SHEET_NAME_CHARS } from "../template/excel-limits";
import { cleanSheetName, namaDasarSheet } from "../template/sheet-names";

/**
 * Next year's sheet: in the same workbook the name carries the year ("Kepala Dinas 2027") beside
 * this year's "Kepala Dinas"; in a new file (no `tahun`) the usual name.
 */
export function namaTahunBerikutnya(
  jabatan: Jabatan,
  katalog: CatalogIndex,
  tahun?: number
): string {
  const dasar = namaDasarSheet(jabatan, katalog);
  if (tahun === undefined) return dasar;
  const akhiran = ` ${tahun}`;
  const muat = dasar.slice(0, MAX_SHEET_NAME_CHARS - akhiran.length).trimEnd();
  return cleanSheetName(`${muat}${akhiran}`);
}

/**
 * The catalog as tables a person edits in Excel and imports back (docs/katalog.md). Pure: the
 * sinks write CatalogTable, the readers (Office.js, ExcelJS) hand sheets back as SheetValues.
 */
export type { CellValue, SheetValues, CatalogTable, Masalah, ImportResult } from "./types";
export { catalogToTables } from "./export";
export { tablesToCatalog } from "./import";
export { catalogFromJson } from "./json";
export { formatMasalah } from "./masalah";
export { LEMBAR_DATA, isLembarData } from "./layout";

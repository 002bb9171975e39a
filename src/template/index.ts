/** Pure template planning: (jabatan, options) -> sheet plans. No Office, React or sink here. */
export type * from "./plan";
export type { TemplateOptions, Identitas, FormulaMode, SkalaPredikat } from "./options";
export {
  planWorkbook,
  findIkiSheets,
  findIkiSheetsOfYear,
  findRekapSheet,
  namaRekap,
} from "./workbook-plan";
export type { ExistingSheet, IkiSheetOfYear } from "./workbook-plan";
export { checkRequest, decideInsert, needsMarkers, withAda } from "./sudah-ada";
export type { InsertDecision, RequestRefusal, SudahAda } from "./sudah-ada";
export { MARKER_KEY, parseMarker, markerValue, sheetMarker } from "./marker";
export type { Marker, IkiMarker, RekapMarker } from "./marker";
export { planIkiSheet } from "./iki-sheet";
export { unitKerja } from "./iki-frame";
export { planRekapSheet, KOLOM_REKAP, BARIS_HEADER_REKAP } from "./rekap-sheet";
export { rekapSumber, rekapSumberBaru } from "./rekap-source";
export type { SumberRekap, SelIndikatorRekap } from "./rekap-source";
export {
  ikiLayout,
  KOLOM,
  BARIS_IDENTITAS,
  KOLOM_IDENTITAS,
  BARIS_ISIAN,
  LEBAR_KOLOM,
} from "./layout";
export type { IkiLayout, BlokIndikator } from "./layout";
export { formulasFor, needsArrayEvaluation } from "./formulas";
export type { FormulaSet, TriwulanCells } from "./formulas";
export {
  SheetNamer,
  namaDasarSheet,
  isValidSheetName,
  cleanSheetName,
  titleCase,
} from "./sheet-names";
export * from "./excel-limits";
export {
  cell,
  range,
  parseCell,
  parseA1,
  requireA1,
  forEachCell,
  columnLetter,
  columnIndex,
  sheetRef,
} from "./a1";
export type { A1Range, CellIndex } from "./a1";
export {
  planKatalogSheets,
  katalogSheetsForImport,
  planStoredCatalog,
  readStoredCatalog,
  NAMA_KATALOG_TERSIMPAN,
  BARIS_TAMBAHAN,
} from "./katalog-sheets";
export type { StoredCatalogRead } from "./katalog-sheets";
export { parseKatalogMarker } from "./katalog-marker";
export { katalogAsal, riwayatUntuk } from "./katalog-riwayat";
export type { PilihanKatalog } from "./katalog-riwayat";
export type { KatalogMarker, TabelMarker, TersimpanMarker } from "./katalog-marker";

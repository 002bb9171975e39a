/**
 * The export: a catalog as the tables a person edits (Petunjuk first, then Instansi, Jabatan,
 * Tugas, Fungsi, Indikator), so export then import gives the same catalog.
 */
import type { Catalog } from "../types";
import {
  KOLOM_FUNGSI,
  KOLOM_INDIKATOR,
  KOLOM_INSTANSI,
  KOLOM_JABATAN,
  KOLOM_TUGAS,
} from "./layout";
import { petunjukTable } from "./petunjuk";
import { fungsiRows, indikatorRows, instansiRows, jabatanRows, tableOf, tugasRows } from "./rows";
import { LEMBAR } from "./teks";
import { PETUNJUK_LEMBAR } from "./teks-petunjuk";
import type { CatalogTable } from "./types";

/** The workbook a person edits: Petunjuk first, then one table per sheet of the layout. */
export function catalogToTables(catalog: Catalog): CatalogTable[] {
  const j = catalog.jabatan;
  return [
    petunjukTable(),
    tableOf(LEMBAR.instansi, PETUNJUK_LEMBAR.instansi, KOLOM_INSTANSI, instansiRows(catalog)),
    tableOf(LEMBAR.jabatan, PETUNJUK_LEMBAR.jabatan, KOLOM_JABATAN, jabatanRows(j)),
    tableOf(LEMBAR.tugas, PETUNJUK_LEMBAR.tugas, KOLOM_TUGAS, tugasRows(j)),
    tableOf(LEMBAR.fungsi, PETUNJUK_LEMBAR.fungsi, KOLOM_FUNGSI, fungsiRows(j)),
    tableOf(LEMBAR.indikator, PETUNJUK_LEMBAR.indikator, KOLOM_INDIKATOR, indikatorRows(j)),
  ];
}

/**
 * The rows of each sheet of the layout from catalog data, shared by the export and the examples
 * of the Petunjuk. Empty optional values are empty cells (null), read back as null or absent.
 */
import type { Catalog, Jabatan } from "../types";
import type { ColumnSpec } from "./layout";
import { showAgregasi } from "./pilihan";
import { URAIAN_INSTANSI } from "./teks";
import type { CatalogTable, CellValue } from "./types";

const orNull = (s: string | null | undefined): CellValue =>
  s === undefined || s === "" ? null : s;

/** A table of the layout from its columns and rows. */
export function tableOf(
  sheet: string,
  petunjuk: string,
  kolom: readonly ColumnSpec[],
  rows: CellValue[][]
): CatalogTable {
  const lists: CatalogTable["lists"] = [];
  kolom.forEach((k, column) => k.list && lists.push({ column, values: [...k.list] }));
  return {
    sheet,
    petunjuk,
    header: kolom.map((k) => k.names[0]),
    rows,
    widths: kolom.map((k) => k.width),
    lists,
    textColumns: kolom.flatMap((k, i) => (k.text ? [i] : [])),
  };
}

export function instansiRows(c: Catalog): CellValue[][] {
  const { pemerintah, nama, penetap, pimpinan, tempat } = c.instansi;
  const isi = { pemerintah, nama, penetap, pimpinan, tempat, nomor: c.nomor, sumber: c.sumber };
  return (Object.keys(URAIAN_INSTANSI) as (keyof typeof URAIAN_INSTANSI)[]).map((field) => [
    URAIAN_INSTANSI[field][0],
    // Tahun as text: the column is text because the nomor must stay text.
    field === "tahun"
      ? String(c.tahun)
      : field === "catatan"
        ? orNull(c.catatan)
        : orNull(isi[field]),
  ]);
}

export const jabatanRows = (list: readonly Jabatan[]): CellValue[][] =>
  list.map((j) => [j.urutan, j.id, j.nama, j.bidang, orNull(j.unit), orNull(j.catatan)]);

export const tugasRows = (list: readonly Jabatan[]): CellValue[][] =>
  list.flatMap((j) => j.tugas.map((t) => [j.id, t]));

export const fungsiRows = (list: readonly Jabatan[]): CellValue[][] =>
  list.flatMap((j) => (j.fungsi ?? []).map((f) => [j.id, f]));

export const indikatorRows = (list: readonly Jabatan[]): CellValue[][] =>
  list.flatMap((j) =>
    j.indikator.map((x) => [
      j.id,
      x.id,
      x.kinerja,
      x.indikator,
      x.formulasi,
      orNull(x.pembilang),
      orNull(x.penyebut),
      x.sumberData,
      x.jenis,
      x.polaritas,
      showAgregasi(x.agregasi),
      orNull(x.satuan),
      orNull(x.catatan),
    ])
  );

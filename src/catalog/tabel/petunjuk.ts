/**
 * The Petunjuk sheet: the steps, what each sheet and column means, and an example of every kind
 * of row laid out as its sheet lays it out. One wide table (as wide as the Indikator sheet) so the
 * examples sit under their own headers.
 */
import { CONTOH_JABATAN } from "./contoh";
import { fungsiRows, indikatorRows, jabatanRows, tugasRows } from "./rows";
import {
  KOLOM_FUNGSI,
  KOLOM_INDIKATOR,
  KOLOM_JABATAN,
  KOLOM_TUGAS,
  type ColumnSpec,
} from "./layout";
import { LEMBAR, URAIAN_INSTANSI } from "./teks";
import { PENJELASAN_INSTANSI, PENJELASAN_KOLOM, PETUNJUK, PETUNJUK_LEMBAR } from "./teks-petunjuk";
import type { CatalogTable, CellValue } from "./types";

const WIDTH = KOLOM_INDIKATOR.length;
const pad = (row: CellValue[]): CellValue[] => [
  ...row,
  ...Array<CellValue>(WIDTH - row.length).fill(null),
];

type Penjelasan = Record<string, string>;

/** What each sheet and column means, one row each. */
function penjelasanRows(): CellValue[][] {
  const sheets: [keyof typeof PENJELASAN_KOLOM, readonly ColumnSpec[]][] = [
    ["jabatan", KOLOM_JABATAN],
    ["tugas", KOLOM_TUGAS],
    ["fungsi", KOLOM_FUNGSI],
    ["indikator", KOLOM_INDIKATOR],
  ];
  const rows: CellValue[][] = [[LEMBAR.instansi, null, PETUNJUK_LEMBAR.instansi]];
  for (const [field, names] of Object.entries(URAIAN_INSTANSI))
    rows.push([null, names[0], PENJELASAN_INSTANSI[field as keyof typeof URAIAN_INSTANSI]]);
  for (const [sheet, kolom] of sheets) {
    rows.push([LEMBAR[sheet], null, PETUNJUK_LEMBAR[sheet]]);
    const penjelasan: Penjelasan = PENJELASAN_KOLOM[sheet];
    for (const k of kolom) rows.push([null, k.names[0], penjelasan[k.key]]);
  }
  return rows;
}

/** Each example sheet: its title, its header, its rows. */
function contohRows(): CellValue[][] {
  const j = CONTOH_JABATAN;
  const blocks: [string, readonly ColumnSpec[], CellValue[][]][] = [
    [LEMBAR.jabatan, KOLOM_JABATAN, jabatanRows(j)],
    [LEMBAR.tugas, KOLOM_TUGAS, tugasRows(j)],
    [LEMBAR.fungsi, KOLOM_FUNGSI, fungsiRows(j)],
    [LEMBAR.indikator, KOLOM_INDIKATOR, indikatorRows(j)],
  ];
  const rows: CellValue[][] = [[PETUNJUK.contoh]];
  for (const [sheet, kolom, data] of blocks)
    rows.push(
      [],
      [PETUNJUK.contohLembar(sheet)],
      kolom.map((k) => k.names[0]),
      ...data
    );
  return rows;
}

export function petunjukTable(): CatalogTable {
  const rows = [...PETUNJUK.langkah.map((l) => [l]), [], ...penjelasanRows(), [], ...contohRows()];
  return {
    sheet: LEMBAR.petunjuk,
    petunjuk: PETUNJUK_LEMBAR.petunjuk,
    header: [...PETUNJUK.header, ...Array<string>(WIDTH - PETUNJUK.header.length).fill("")],
    rows: rows.map(pad),
    widths: [24, 28, 70, ...Array<number>(WIDTH - 3).fill(24)],
    lists: [],
    // Every cell as text: the examples hold ids and formulasi.
    textColumns: Array.from({ length: WIDTH }, (_, i) => i),
  };
}

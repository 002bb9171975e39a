/**
 * The columns of each sheet of the layout: key in the data, names (header first, then aliases),
 * whether the column must exist, width, text format and drop-down. Export and import both read
 * this one table, so a column cannot be written under one name and looked for under another.
 */
import { AGREGASI, JENIS_INDIKATOR, POLARITAS } from "../types";
import { nameKey } from "./kata";
import { KOLOM, LEMBAR, NILAI_AKHIR } from "./teks";

/**
 * The sheets that hold the catalog's data, in the export's order. The Petunjuk sheet only explains
 * them: a workbook holding a "Petunjuk" sheet alone holds no catalog.
 */
export const LEMBAR_DATA: readonly string[] = [
  LEMBAR.instansi,
  LEMBAR.jabatan,
  LEMBAR.tugas,
  LEMBAR.fungsi,
  LEMBAR.indikator,
];

const DATA_KEYS = new Set(LEMBAR_DATA.map(nameKey));

/**
 * A sheet name of the layout's data, compared as the import finds its sheets (case, accents, spaces
 * and punctuation ignored): the command line, the ports and the import agree on what a catalog is.
 */
export function isLembarData(name: string | undefined): boolean {
  return name !== undefined && DATA_KEYS.has(nameKey(name));
}

export interface ColumnSpec<K extends string = string> {
  key: K;
  /** [header, ...aliases]. */
  names: readonly string[];
  /** The header row must hold this column. */
  required: boolean;
  width: number;
  /** Every cell stays text (ids, nomor, free texts: a formulasi may start with "="). */
  text: boolean;
  list?: readonly string[];
}

export const JENIS_LIST = JENIS_INDIKATOR;
export const POLARITAS_LIST = POLARITAS;
/** As the sheets show agregasi; the data says "nilai-akhir". */
export const AGREGASI_LIST = AGREGASI.map((a) => (a === "nilai-akhir" ? NILAI_AKHIR : a));

function kolom<K extends string>(
  names: Record<K, readonly string[]>,
  spec: [K, boolean, number, boolean, (readonly string[])?][]
): ColumnSpec<K>[] {
  return spec.map(([key, required, width, text, list]) => ({
    key,
    names: names[key],
    required,
    width,
    text,
    ...(list ? { list } : {}),
  }));
}

export const KOLOM_INSTANSI = kolom(KOLOM.instansi, [
  ["uraian", true, 26, true],
  ["isi", true, 90, true],
]);

export const KOLOM_JABATAN = kolom(KOLOM.jabatan, [
  ["urutan", false, 8, false],
  ["id", true, 36, true],
  ["nama", true, 50, true],
  ["bidang", true, 36, true],
  ["unit", false, 36, true],
  ["catatan", false, 50, true],
]);

export const KOLOM_TUGAS = kolom(KOLOM.tugas, [
  ["jabatan", true, 36, true],
  ["tugas", true, 100, true],
]);

export const KOLOM_FUNGSI = kolom(KOLOM.fungsi, [
  ["jabatan", true, 36, true],
  ["fungsi", true, 100, true],
]);

export const KOLOM_INDIKATOR = kolom(KOLOM.indikator, [
  ["jabatan", true, 30, true],
  ["id", false, 34, true],
  ["kinerja", true, 40, true],
  ["indikator", true, 40, true],
  ["formulasi", true, 50, true],
  // Not required: a catalog of jumlah indicators only has no use for them.
  ["pembilang", false, 30, true],
  ["penyebut", false, 30, true],
  ["sumberData", true, 30, true],
  ["jenis", true, 12, true, JENIS_LIST],
  ["polaritas", false, 11, true, POLARITAS_LIST],
  ["agregasi", false, 12, true, AGREGASI_LIST],
  ["satuan", false, 10, true],
  ["catatan", false, 40, true],
]);

/**
 * A Keputusan IKI as data: the shape of the built-in iki-dinsos-2024.json and of every imported
 * catalog (docs/katalog.md). Nothing about one instansi is hard-coded elsewhere: the sheet's kop,
 * unit kerja and signing place come from `instansi`.
 */

/** The closed lists, one source for the types, validateCatalog and the sheets' drop-downs. */
export const JENIS_INDIKATOR = ["persen", "penurunan", "jumlah"] as const;
export const POLARITAS = ["positif", "negatif"] as const;
export const AGREGASI = ["kumulatif", "nilai-akhir"] as const;

export type JenisIndikator = (typeof JENIS_INDIKATOR)[number];
export type Polaritas = (typeof POLARITAS)[number];
export type Agregasi = (typeof AGREGASI)[number];

export interface Indikator {
  /** Stable, unique across the catalog, e.g. "sekretaris-dinas-sosial-1". */
  id: string;
  kinerja: string;
  indikator: string;
  jenis: JenisIndikator;
  /** The formula text of the Keputusan, markup removed. */
  formulasi: string;
  /** Numerator text (for penurunan: the value of year N-1); null for jumlah. */
  pembilang: string | null;
  /** Denominator text (for penurunan: the value of year N); null for jumlah. */
  penyebut: string | null;
  sumberData: string;
  polaritas: Polaritas;
  agregasi: Agregasi;
  /** "%" for persen and penurunan; for jumlah a unit only where the text makes it plain. */
  satuan: string | null;
  /** What looks wrong in the source (typo, cut-off formula), recorded instead of silently fixed. */
  catatan?: string;
}

export interface Jabatan {
  /** Stable slug, unique. */
  id: string;
  /** Order in the document, from 1. */
  urutan: number;
  /** As written after "JABATAN :". */
  nama: string;
  /** "Kepala Dinas" | "Sekretariat" | "Bidang ..." */
  bidang: string;
  /** Sub-unit where one applies (e.g. "Sub Bagian Umum dan Kepegawaian"), else null. */
  unit: string | null;
  tugas: string[];
  /** The "Fungsi" listed after the tugas in many Keputusan IKI; absent when the document has none. */
  fungsi?: string[];
  indikator: Indikator[];
  /** What looks wrong or was inferred for this jabatan (typos, copied tasks, grouping). */
  catatan?: string;
}

/** The instansi whose Keputusan this is: what the sheets print about it. */
export interface Instansi {
  /** The daerah after "Pemerintah": "Kabupaten Malang" (kop line 1 "PEMERINTAH KABUPATEN MALANG"). */
  pemerintah: string;
  /** "Dinas Sosial" (kop line 2, upper-cased); unit kerja and rekap say "<nama> <pemerintah>". */
  nama: string;
  /** Who signed the Keputusan: "Kepala Dinas Sosial" ("Keputusan Kepala Dinas Sosial tidak memuat ..."). */
  penetap: string;
  /** The bidang of the head of the instansi ("Kepala Dinas"): its unit kerja is the instansi itself. */
  pimpinan: string | null;
  /** Where the sheets are signed: "Malang". */
  tempat: string;
}

export interface Catalog {
  instansi: Instansi;
  /** Number of the Keputusan as printed, e.g. "188.4/03/KEP/35.07.306/2024". */
  nomor: string;
  /** Full citation of the Keputusan. */
  sumber: string;
  /** The year the Keputusan is for. */
  tahun: number;
  /** How the data was derived where the Keputusan is silent (e.g. bidang/unit). */
  catatan?: string;
  jabatan: Jabatan[];
}

/** The Lampiran of Keputusan 188.4/03/KEP/35.07.306/2024 as data: the shape of iki-dinsos-2024.json. */

export type JenisIndikator = "persen" | "penurunan" | "jumlah";
export type Polaritas = "positif" | "negatif";
export type Agregasi = "kumulatif" | "nilai-akhir";

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

export interface Catalog {
  sumber: string;
  tahun: number;
  /** How the data was derived where the Keputusan is silent (e.g. bidang/unit). */
  catatan?: string;
  jabatan: Jabatan[];
}

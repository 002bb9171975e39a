/** Shared by the template tests: options, a synthetic jabatan, and the reference model from src/capaian. */
import * as iki from "../../src/capaian";
import type { Indikator, Jabatan } from "../../src/catalog/types";
import type { FormulaMode, SkalaPredikat, TemplateOptions } from "../../src/template/options";
import type { MemoryValue } from "../../src/preview/memory-workbook";
import { builtInCatalog } from "../../src/catalog";
import { planWorkbook, type SheetPlan } from "../../src/template";

export function options(partial: Partial<TemplateOptions> = {}): TemplateOptions {
  return {
    tahun: 2025,
    identitas: {
      nama: "Siti Aminah",
      nip: "198001012005012001",
      pangkatGolongan: "Penata / III c",
      penilaiNama: "Drs. Budi",
      penilaiNip: "197001011995031001",
    },
    skala: "lima",
    mode: "iki",
    ...partial,
  };
}

export const MODES: FormulaMode[] = ["iki", "native"];
export const SKALA: SkalaPredikat[] = ["lima", "permenpan"];

function indikator(
  n: number,
  jenis: Indikator["jenis"],
  polaritas: Indikator["polaritas"],
  agregasi: Indikator["agregasi"]
): Indikator {
  const persen = jenis !== "jumlah";
  return {
    id: `uji-sintetis-${n}`,
    kinerja: n <= 2 ? "Kinerja uji negatif" : "Kinerja uji lain",
    indikator: `Indikator uji ${n} (${jenis}, ${polaritas}, ${agregasi})`,
    jenis,
    formulasi: persen ? "A / B x 100%" : "Jumlah kejadian",
    pembilang: persen ? "A" : null,
    penyebut: persen ? "B" : null,
    sumberData: "Data uji",
    polaritas,
    agregasi,
    satuan: persen ? "%" : "kejadian",
  };
}

/**
 * The catalog has no negative polarity and no persen with kumulatif; this jabatan covers those
 * combinations (penurunan stays positif/nilai akhir: see the report for why).
 */
export const JABATAN_SINTETIS: Jabatan = {
  id: "uji-sintetis",
  urutan: 999,
  nama: "JABATAN UJI (POLARITAS NEGATIF)",
  bidang: "Bidang Uji",
  unit: null,
  tugas: ["Tugas uji pertama", "Tugas uji kedua"],
  indikator: [
    indikator(1, "jumlah", "negatif", "kumulatif"),
    indikator(2, "persen", "negatif", "nilai-akhir"),
    indikator(3, "jumlah", "positif", "nilai-akhir"),
    indikator(4, "persen", "positif", "kumulatif"),
    indikator(5, "jumlah", "negatif", "nilai-akhir"),
  ],
};

export type Num = number | null;

/** What a user types into one indicator block. */
export interface BlokInput {
  target: Num;
  /** TW I..IV of a jumlah or empty row. */
  tw: Num[];
  pembilang: Num[];
  penyebut: Num[];
  /** The "Cara" cell of an empty row. */
  cara: string;
  /** The polaritas choice of an empty row (its Keterangan cell). */
  polaritas: string;
}

/** The polarity an empty row's choice means: "negatif" (any case, spaces around) picks negatif, anything else positif. */
export function polaritasPilihan(text: string): Indikator["polaritas"] {
  return text.trim().toLowerCase() === "negatif" ? "negatif" : "positif";
}

/** A result as the memory workbook reports it, errors reduced to their code. */
export type Hasil = number | string | { error: string };

function hasil(v: iki.NumericResult | iki.LabelResult): Hasil {
  return v instanceof iki.IkiError ? { error: v.code } : v;
}

export function normal(v: MemoryValue): Hasil | null {
  if (v !== null && typeof v === "object") return { error: v.error };
  return v as Hasil | null;
}

export interface Harapan {
  /** The indicator value per triwulan (persen/penurunan only). */
  tw?: Hasil[];
  realisasi: Hasil;
  capaian: Hasil;
  predikat: Hasil;
}

/** What src/capaian computes for the same typed inputs. */
export function harapan(
  ind: Indikator | undefined,
  input: BlokInput,
  skala: SkalaPredikat
): Harapan {
  let tw: unknown[];
  let twHasil: Hasil[] | undefined;
  if (ind && ind.jenis !== "jumlah") {
    const f = ind.jenis === "persen" ? iki.persen : iki.penurunan;
    const values = [0, 1, 2, 3].map((t) => f(input.pembilang[t], input.penyebut[t]));
    tw = values;
    twHasil = values.map(hasil);
  } else {
    tw = input.tw;
  }
  const nilaiAkhir = ind
    ? ind.agregasi === "nilai-akhir"
    : input.cara.trim().toLowerCase() === "nilai akhir";
  const realisasi = nilaiAkhir ? iki.nilaiAkhir([tw]) : iki.kumulatif([tw]);
  const capaian = iki.capaian(
    realisasi,
    input.target,
    ind?.polaritas ?? polaritasPilihan(input.polaritas)
  );
  const predikat = iki.predikat(capaian, skala === "permenpan" ? "permenpan" : undefined);
  return {
    tw: twHasil,
    realisasi: hasil(realisasi),
    capaian: hasil(capaian),
    predikat: hasil(predikat),
  };
}

/** Deterministic pseudo-random numbers (mulberry32), for generated inputs that replay. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * Fungsi as a Keputusan IKI lists them after the tugas (test data in that style, not from a real
 * document): short ones, and one long enough to wrap over several lines of B:P.
 */
export const FUNGSI_UJI = [
  "Penyusunan rencana kerja di bidang sosial;",
  "Pelaksanaan koordinasi dan fasilitasi kegiatan kesejahteraan sosial;",
  "Pelaksanaan pemantauan, evaluasi dan pelaporan atas pelaksanaan tugas di bidang perlindungan dan jaminan sosial, penanganan fakir miskin, rehabilitasi sosial serta pemberdayaan sosial, termasuk penyusunan bahan laporan kinerja instansi pemerintah dan laporan penyelenggaraan pemerintahan daerah sesuai ketentuan peraturan perundang-undangan yang berlaku;",
  "Pelaksanaan fungsi lain yang diberikan oleh pimpinan sesuai dengan tugas dan fungsinya.",
];

/** A jabatan with fungsi, under an id of its own so it can sit beside the original in one workbook. */
export function denganFungsi(base: Jabatan, fungsi: string[] = FUNGSI_UJI): Jabatan {
  return { ...base, id: `${base.id}-fungsi`, nama: `${base.nama} (FUNGSI)`, fungsi };
}

/** The IKI sheet of one jabatan, planned alone over the built-in catalog. */
export function planSatu(j: Jabatan, mode: FormulaMode = "iki"): SheetPlan {
  return planWorkbook({
    katalog: builtInCatalog,
    jabatan: [j],
    options: options({ mode }),
    rekap: false,
    existing: [],
  })[0];
}

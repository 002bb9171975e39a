/**
 * The rows of the indicator table: one block per catalog indicator (its own row, plus pembilang and
 * penyebut rows for a persen or penurunan indicator), or an empty row the user fills in.
 */
import type { Indikator } from "../catalog/types";
import { cell } from "./a1";
import { formulasFor, type TriwulanCells } from "./formulas";
import { isian } from "./iki-frame";
import { tinggiBlok } from "./iki-row-heights";
import { KOLOM, type BlokIndikator } from "./layout";
import type { TemplateOptions } from "./options";
import type { CellStyle } from "./plan";
import { rect, rectA1, type Rect, type Span } from "./rect";
import type { SheetBuilder } from "./sheet-builder";
import { FORMAT_ANGKA, FORMAT_CAPAIAN, FORMAT_PERSEN, warna } from "./styles";
import { teks } from "./teks";

const hitung: CellStyle = { fill: warna.hitung };

/** Columns TW I..IV. */
export const TRIWULAN: Span = [KOLOM.triwulan[0], KOLOM.triwulan[3]];

function triwulan(row: number): TriwulanCells {
  const [a, b, c, d] = KOLOM.triwulan.map((col) => cell(row, col));
  return { cells: [a, b, c, d], range: rectA1(rect(row, TRIWULAN)) };
}

/** Input cells accept numbers of 0 or more only. */
function angkaSaja(b: SheetBuilder, r: Rect): void {
  b.validate(r, { min: 0, prompt: teks.validasi.prompt, errorMessage: teks.validasi.error });
}

/** One column over all rows of a block. */
function tegak(blok: BlokIndikator, col: number): Rect {
  return { row: blok.baris, col, rows: blok.akhir - blok.baris + 1, cols: 1 };
}

export function barisIndikator(
  b: SheetBuilder,
  blok: BlokIndikator,
  ind: Indikator,
  options: TemplateOptions
): void {
  const f = formulasFor(options.mode);
  const r = blok.baris;
  const tw = triwulan(r);
  b.mergeWith(tegak(blok, KOLOM.no), blok.no);
  b.mergeWith(tegak(blok, KOLOM.indikator), ind.indikator);
  b.set(r, KOLOM.formulasi, ind.formulasi);
  b.mergeWith(tegak(blok, KOLOM.sumberData), ind.sumberData);
  b.set(r, KOLOM.satuan, ind.satuan ?? "");
  b.set(r, KOLOM.target, null);
  angkaSaja(b, rect(r, KOLOM.target));
  const angka = ind.jenis !== "jumlah" ? FORMAT_PERSEN : FORMAT_ANGKA;
  b.format(rect(r, KOLOM.target), { ...isian, numberFormat: angka });

  if (blok.pembilang !== undefined && blok.penyebut !== undefined) {
    barisPembilang(b, blok, ind, options, [blok.pembilang, blok.penyebut]);
  } else {
    for (const col of KOLOM.triwulan) b.set(r, col, null);
    angkaSaja(b, rect(r, TRIWULAN));
    b.format(rect(r, TRIWULAN), { ...isian, numberFormat: FORMAT_ANGKA });
  }

  const kumulatif = ind.agregasi === "kumulatif";
  b.mergeWith(
    tegak(blok, KOLOM.cara),
    kumulatif ? teks.agregasi.kumulatif : teks.agregasi.nilaiAkhir
  );
  const capaian = (m: string, t: string) => f.capaian(m, t, ind.polaritas);
  hasil(b, blok, kumulatif ? f.kumulatif(tw) : f.nilaiAkhir(tw), capaian, options, angka);
  b.mergeWith(
    tegak(blok, KOLOM.keterangan),
    ind.polaritas === "negatif" ? teks.polaritasNegatif : ""
  );
  b.format(tegak(blok, KOLOM.keterangan), isian);

  tinggiBlok(b, blok, ind);
}

/** The two input rows of a persen (pembilang, penyebut) or penurunan (N-1, N) indicator. */
function barisPembilang(
  b: SheetBuilder,
  blok: BlokIndikator,
  ind: Indikator,
  options: TemplateOptions,
  [p, q]: [number, number]
): void {
  const f = formulasFor(options.mode);
  const r = blok.baris;
  const penurunan = ind.jenis === "penurunan";
  const atas = ind.pembilang ?? "";
  const bawah = ind.penyebut ?? "";
  b.set(p, KOLOM.formulasi, penurunan ? teks.nilaiAwal(atas) : teks.pembilang(atas));
  b.set(q, KOLOM.formulasi, penurunan ? teks.nilaiAkhirTahun(bawah) : teks.penyebut(bawah));
  for (const col of KOLOM.triwulan) {
    const [sp, sq] = [cell(p, col), cell(q, col)];
    b.set(r, col, { formula: penurunan ? f.penurunan(sp, sq) : f.persen(sp, sq) });
    b.set(p, col, null);
    b.set(q, col, null);
  }
  angkaSaja(b, rect([p, q], TRIWULAN));
  b.format(rect(r, TRIWULAN), { ...hitung, numberFormat: FORMAT_PERSEN });
  b.format(rect([p, q], TRIWULAN), { ...isian, numberFormat: FORMAT_ANGKA });
  b.format(rect([p, q], KOLOM.formulasi), { italic: true });
  b.format(rect([p, q], KOLOM.target), hitung);
}

/** The texts of an empty row, which the user types in. */
const KOLOM_TEKS_ISIAN = [
  KOLOM.kinerja,
  KOLOM.indikator,
  KOLOM.formulasi,
  KOLOM.sumberData,
  KOLOM.satuan,
];

/** An empty row the user fills in; it computes like the others once filled. */
export function barisIsian(b: SheetBuilder, blok: BlokIndikator, options: TemplateOptions): void {
  const f = formulasFor(options.mode);
  const r = blok.baris;
  b.set(r, KOLOM.no, blok.no);
  for (const col of KOLOM_TEKS_ISIAN) b.set(r, col, "");
  b.set(r, KOLOM.target, null);
  for (const col of KOLOM.triwulan) b.set(r, col, null);
  angkaSaja(b, rect(r, [KOLOM.target, KOLOM.triwulan[3]]));
  // Default "kumulatif": the empty rows mostly hold counts; a percentage picks "nilai akhir".
  b.set(r, KOLOM.cara, teks.agregasi.kumulatif);
  b.validateList(rect(r, KOLOM.cara), {
    list: [teks.agregasi.kumulatif, teks.agregasi.nilaiAkhir],
    prompt: teks.validasi.caraPrompt,
    errorMessage: teks.validasi.caraError,
  });
  pilihanPolaritas(b, r);
  const realisasi = f.realisasiPilihan(cell(r, KOLOM.cara), triwulan(r));
  const capaian = (m: string, t: string) => f.capaianPilihan(m, t, cell(r, KOLOM.keterangan));
  hasil(b, blok, realisasi, capaian, options, FORMAT_ANGKA);
  b.format(rect(r, [KOLOM.kinerja, KOLOM.satuan]), isian);
  b.format(rect(r, [KOLOM.target, KOLOM.cara]), { ...isian, numberFormat: FORMAT_ANGKA });
  b.format(rect(r, KOLOM.keterangan), isian);
  b.height(r, 30);
}

/**
 * The polarity of an empty row is chosen in its Keterangan cell (P), default "positif". That is the
 * column where the sheet states the polarity of a catalog indicator, so both kinds of row say it in
 * the same place, beside the row. Every other cell of the row is already typed in (B:L) or computed
 * (M:O); a new column would push the table past one page wide or shrink every column, and a second
 * row per block would move every row a user types in below it. What an empty row loses is a free
 * remark in P: the Catatan under the table remains for that.
 */
function pilihanPolaritas(b: SheetBuilder, r: number): void {
  b.set(r, KOLOM.keterangan, teks.polaritas.positif);
  b.validateList(rect(r, KOLOM.keterangan), {
    list: [teks.polaritas.positif, teks.polaritas.negatif],
    prompt: teks.validasi.polaritasPrompt,
    errorMessage: teks.validasi.polaritasError,
  });
}

/** Realisasi setahun, capaian and predikat of a block (merged over its rows). */
function hasil(
  b: SheetBuilder,
  blok: BlokIndikator,
  realisasi: string,
  capaian: (realisasi: string, target: string) => string,
  options: TemplateOptions,
  angka: string
): void {
  const f = formulasFor(options.mode);
  const r = blok.baris;
  const m = cell(r, KOLOM.realisasi);
  const n = cell(r, KOLOM.capaian);
  b.mergeWith(tegak(blok, KOLOM.realisasi), { formula: realisasi });
  b.mergeWith(tegak(blok, KOLOM.capaian), { formula: capaian(m, cell(r, KOLOM.target)) });
  b.mergeWith(tegak(blok, KOLOM.predikat), { formula: f.predikat(n, options.skala) });
  b.format(rect([r, blok.akhir], [KOLOM.realisasi, KOLOM.predikat]), hitung);
  b.format(rect(r, KOLOM.realisasi), { numberFormat: angka });
  b.format(rect(r, KOLOM.capaian), { numberFormat: FORMAT_CAPAIAN, bold: true });
  if (blok.indikator) b.format(tegak(blok, KOLOM.cara), hitung);
}

/**
 * The IKI sheet of one jabatan as a plan: kop, identity, tugas, indicator table, notes, signatures.
 * The table is planned here; the parts around it in iki-frame.ts, the print setup in iki-print.ts.
 */
import type { Indikator, Jabatan } from "../catalog/types";
import { cell, range } from "./a1";
import { formulasFor, type TriwulanCells } from "./formulas";
import { AKHIR, catatan, daftarTugas, isian, kopDanIdentitas, tandaTangan } from "./iki-frame";
import { cetakIki } from "./iki-print";
import {
  KOLOM,
  LEBAR_KOLOM,
  LEBAR_SHEET,
  ikiLayout,
  type BlokIndikator,
  type IkiLayout,
} from "./layout";
import { sheetMarker } from "./marker";
import type { TemplateOptions } from "./options";
import type { CellStyle, SheetPlan } from "./plan";
import { SheetBuilder } from "./sheet-builder";
import { FORMAT_ANGKA, FORMAT_CAPAIAN, FORMAT_PERSEN, gaya, pitaCapaian, warna } from "./styles";
import { teks } from "./teks";
import { tinggiBlok } from "./iki-row-heights";

const hitung: CellStyle = { fill: warna.hitung };

function triwulan(row: number): TriwulanCells {
  const [a, b, c, d] = KOLOM.triwulan.map((col) => cell(row, col));
  return { cells: [a, b, c, d], range: range(row, KOLOM.triwulan[0], row, KOLOM.triwulan[3]) };
}

export function planIkiSheet(jabatan: Jabatan, options: TemplateOptions, name: string): SheetPlan {
  const layout = ikiLayout(jabatan);
  const b = new SheetBuilder(LEBAR_SHEET);

  kopDanIdentitas(b, jabatan, options);
  daftarTugas(b, jabatan, layout);
  tabel(b, layout, options);
  catatan(b, layout, options);
  tandaTangan(b, layout, options);

  return b.build({
    name,
    kind: "iki",
    jabatanId: jabatan.id,
    columnWidths: [...LEBAR_KOLOM],
    print: cetakIki(b, layout),
    // The first three columns (No, Kinerja, Indikator) stay in view while scrolling right; rows are
    // not frozen: the table starts below the tugas list, too low for a frozen header to leave room.
    freeze: { rows: 0, columns: 3 },
    tabColor: warna.tab[jabatan.bidang] ?? warna.tabLain,
    marker: sheetMarker({
      v: 1,
      kind: "iki",
      jabatanId: jabatan.id,
      tahun: options.tahun,
      mode: options.mode,
      skala: options.skala,
      baris: layout.blok.map((x) => x.baris),
    }),
  });
}

/** The indicator table: two header rows, then one block per indicator (or empty rows to fill). */
function tabel(b: SheetBuilder, layout: IkiLayout, options: TemplateOptions): void {
  tabelHeader(b, layout.header);
  const pertama = layout.header + 2;
  b.format(pertama, 0, layout.tabelAkhir, AKHIR, gaya.tabel);
  b.format(pertama, KOLOM.no, layout.tabelAkhir, KOLOM.no, { horizontalAlignment: "Center" });
  b.format(pertama, KOLOM.satuan, layout.tabelAkhir, KOLOM.satuan, {
    horizontalAlignment: "Center",
  });
  b.format(pertama, KOLOM.cara, layout.tabelAkhir, KOLOM.predikat, {
    horizontalAlignment: "Center",
  });
  kinerjaBersama(b, layout.blok);
  for (const blok of layout.blok) {
    if (blok.indikator) barisIndikator(b, blok, blok.indikator, options);
    else barisIsian(b, blok, options);
  }
  b.conditionalFormats.push({
    range: range(pertama, KOLOM.capaian, layout.tabelAkhir, KOLOM.capaian),
    bands: pitaCapaian(options.skala),
  });
}

function tabelHeader(b: SheetBuilder, h: number): void {
  const kol = teks.kolom;
  const tegak: [number, string][] = [
    [KOLOM.no, kol.no],
    [KOLOM.kinerja, kol.kinerja],
    [KOLOM.indikator, kol.indikator],
    [KOLOM.formulasi, kol.formulasi],
    [KOLOM.sumberData, kol.sumberData],
    [KOLOM.satuan, kol.satuan],
    [KOLOM.target, kol.target],
    [KOLOM.capaian, kol.capaian],
    [KOLOM.predikat, kol.predikat],
    [KOLOM.keterangan, kol.keterangan],
  ];
  for (const [col, label] of tegak) b.mergeWith(h, col, h + 1, col, label);
  b.mergeWith(h, KOLOM.triwulan[0], h, KOLOM.triwulan[3], kol.realisasiTriwulan);
  KOLOM.triwulan.forEach((col, i) => b.set(h + 1, col, kol.triwulan[i]));
  b.mergeWith(h, KOLOM.cara, h, KOLOM.realisasi, kol.realisasiSetahun);
  b.set(h + 1, KOLOM.cara, kol.cara);
  b.set(h + 1, KOLOM.realisasi, kol.nilai);
  b.format(h, 0, h + 1, AKHIR, gaya.header);
  b.height(h, 20);
  b.height(h + 1, 20);
}

/** Consecutive indicators of the same kinerja share one merged Kinerja cell, as in the Keputusan. */
function kinerjaBersama(b: SheetBuilder, blok: BlokIndikator[]): void {
  let i = 0;
  while (i < blok.length) {
    const kinerja = blok[i].indikator?.kinerja;
    let j = i;
    if (kinerja !== undefined) {
      while (j + 1 < blok.length && blok[j + 1].indikator?.kinerja === kinerja) j++;
      b.mergeWith(blok[i].baris, KOLOM.kinerja, blok[j].akhir, KOLOM.kinerja, kinerja);
    }
    i = j + 1;
  }
}

/** Merges one column over all rows of a block (no-op for a one-row block). */
function tegak(b: SheetBuilder, blok: BlokIndikator, col: number, value: string | number): void {
  b.mergeWith(blok.baris, col, blok.akhir, col, value);
}

function barisIndikator(
  b: SheetBuilder,
  blok: BlokIndikator,
  ind: Indikator,
  options: TemplateOptions
): void {
  const f = formulasFor(options.mode);
  const r = blok.baris;
  const persen = ind.jenis !== "jumlah";
  const tw = triwulan(r);
  tegak(b, blok, KOLOM.no, blok.no);
  tegak(b, blok, KOLOM.indikator, ind.indikator);
  b.set(r, KOLOM.formulasi, ind.formulasi);
  tegak(b, blok, KOLOM.sumberData, ind.sumberData);
  b.set(r, KOLOM.satuan, ind.satuan ?? "");
  b.set(r, KOLOM.target, null);
  b.validations.push({
    range: cell(r, KOLOM.target),
    min: 0,
    prompt: teks.validasi.prompt,
    errorMessage: teks.validasi.error,
  });
  const angka = persen ? FORMAT_PERSEN : FORMAT_ANGKA;
  b.format(r, KOLOM.target, r, KOLOM.target, { ...isian, numberFormat: angka });

  if (blok.pembilang !== undefined && blok.penyebut !== undefined) {
    barisPembilang(b, blok, ind, options, blok.pembilang, blok.penyebut);
  } else {
    for (const col of KOLOM.triwulan) b.set(r, col, null);
    b.validations.push({
      range: tw.range,
      min: 0,
      prompt: teks.validasi.prompt,
      errorMessage: teks.validasi.error,
    });
    b.format(r, KOLOM.triwulan[0], r, KOLOM.triwulan[3], { ...isian, numberFormat: FORMAT_ANGKA });
  }

  const kumulatif = ind.agregasi === "kumulatif";
  tegak(b, blok, KOLOM.cara, kumulatif ? teks.agregasi.kumulatif : teks.agregasi.nilaiAkhir);
  hasil(b, blok, kumulatif ? f.kumulatif(tw) : f.nilaiAkhir(tw), ind.polaritas, options, angka);
  tegak(b, blok, KOLOM.keterangan, ind.polaritas === "negatif" ? teks.polaritasNegatif : "");
  b.format(r, KOLOM.keterangan, blok.akhir, KOLOM.keterangan, isian);

  tinggiBlok(b, blok, ind);
}

/** The two input rows of a persen (pembilang, penyebut) or penurunan (N-1, N) indicator. */
function barisPembilang(
  b: SheetBuilder,
  blok: BlokIndikator,
  ind: Indikator,
  options: TemplateOptions,
  p: number,
  q: number
): void {
  const f = formulasFor(options.mode);
  const r = blok.baris;
  const penurunan = ind.jenis === "penurunan";
  b.set(
    p,
    KOLOM.formulasi,
    penurunan ? teks.nilaiAwal(ind.pembilang ?? "") : teks.pembilang(ind.pembilang ?? "")
  );
  b.set(
    q,
    KOLOM.formulasi,
    penurunan ? teks.nilaiAkhirTahun(ind.penyebut ?? "") : teks.penyebut(ind.penyebut ?? "")
  );
  for (const col of KOLOM.triwulan) {
    const atas = cell(p, col);
    const bawah = cell(q, col);
    b.set(r, col, { formula: penurunan ? f.penurunan(atas, bawah) : f.persen(atas, bawah) });
    b.set(p, col, null);
    b.set(q, col, null);
  }
  b.validations.push({
    range: range(p, KOLOM.triwulan[0], q, KOLOM.triwulan[3]),
    min: 0,
    prompt: teks.validasi.prompt,
    errorMessage: teks.validasi.error,
  });
  b.format(r, KOLOM.triwulan[0], r, KOLOM.triwulan[3], {
    ...hitung,
    numberFormat: FORMAT_PERSEN,
  });
  b.format(p, KOLOM.triwulan[0], q, KOLOM.triwulan[3], { ...isian, numberFormat: FORMAT_ANGKA });
  b.format(p, KOLOM.formulasi, q, KOLOM.formulasi, { italic: true });
  b.format(p, KOLOM.target, q, KOLOM.target, hitung);
}

/** An empty row the user fills in; it computes like the others once filled. */
function barisIsian(b: SheetBuilder, blok: BlokIndikator, options: TemplateOptions): void {
  const f = formulasFor(options.mode);
  const r = blok.baris;
  const tw = triwulan(r);
  b.set(r, KOLOM.no, blok.no);
  for (const col of [
    KOLOM.kinerja,
    KOLOM.indikator,
    KOLOM.formulasi,
    KOLOM.sumberData,
    KOLOM.satuan,
    KOLOM.keterangan,
  ]) {
    b.set(r, col, "");
  }
  b.set(r, KOLOM.target, null);
  for (const col of KOLOM.triwulan) b.set(r, col, null);
  b.validations.push({
    range: range(r, KOLOM.target, r, KOLOM.triwulan[3]),
    min: 0,
    prompt: teks.validasi.prompt,
    errorMessage: teks.validasi.error,
  });
  // Default "kumulatif": the empty rows mostly hold counts; a percentage picks "nilai akhir".
  b.set(r, KOLOM.cara, teks.agregasi.kumulatif);
  b.listValidations.push({
    range: cell(r, KOLOM.cara),
    list: [teks.agregasi.kumulatif, teks.agregasi.nilaiAkhir],
    prompt: teks.validasi.caraPrompt,
    errorMessage: teks.validasi.caraError,
  });
  hasil(b, blok, f.realisasiPilihan(cell(r, KOLOM.cara), tw), "positif", options, FORMAT_ANGKA);
  b.format(r, KOLOM.kinerja, r, KOLOM.satuan, isian);
  b.format(r, KOLOM.target, r, KOLOM.cara, { ...isian, numberFormat: FORMAT_ANGKA });
  b.format(r, KOLOM.keterangan, r, KOLOM.keterangan, isian);
  b.height(r, 30);
}

/** Realisasi setahun, capaian and predikat of a block (merged over its rows). */
function hasil(
  b: SheetBuilder,
  blok: BlokIndikator,
  realisasi: string,
  polaritas: Indikator["polaritas"],
  options: TemplateOptions,
  angka: string
): void {
  const f = formulasFor(options.mode);
  const r = blok.baris;
  const m = cell(r, KOLOM.realisasi);
  const n = cell(r, KOLOM.capaian);
  b.mergeWith(r, KOLOM.realisasi, blok.akhir, KOLOM.realisasi, { formula: realisasi });
  b.mergeWith(r, KOLOM.capaian, blok.akhir, KOLOM.capaian, {
    formula: f.capaian(m, cell(r, KOLOM.target), polaritas),
  });
  b.mergeWith(r, KOLOM.predikat, blok.akhir, KOLOM.predikat, {
    formula: f.predikat(n, options.skala),
  });
  b.format(r, KOLOM.realisasi, blok.akhir, KOLOM.predikat, hitung);
  b.format(r, KOLOM.realisasi, r, KOLOM.realisasi, { numberFormat: angka });
  b.format(r, KOLOM.capaian, r, KOLOM.capaian, { numberFormat: FORMAT_CAPAIAN, bold: true });
  if (blok.indikator) b.format(r, KOLOM.cara, blok.akhir, KOLOM.cara, hitung);
}

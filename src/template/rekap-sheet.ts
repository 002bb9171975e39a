/**
 * The rekap sheet: one row per indicator of every IKI sheet, as live references, a link to each
 * sheet, colour bands on capaian, and a bar chart of the mean capaian per sheet.
 */
import type { CatalogIndex } from "../catalog/catalog-index";
import { cell } from "./a1";
import { formulasFor } from "./formulas";
import { sheetMarker } from "./marker";
import { dikunci, type TemplateOptions } from "./options";
import type { SheetPlan } from "./plan";
import { rect, rectA1, type Span } from "./rect";
import type { SumberRekap } from "./rekap-source";
import { SheetBuilder } from "./sheet-builder";
import { FORMAT_ANGKA, FORMAT_CAPAIAN, gaya, pitaCapaian, warna } from "./styles";
import { teks } from "./teks";

/** Columns of the rekap table (A..K) and of the summary beside it (M..N). */
export const KOLOM_REKAP = {
  no: 0,
  bidang: 1,
  jabatan: 2,
  /** The Nama cell of the sheet's identity block: tells two sheets of one jabatan apart. */
  nama: 3,
  lembar: 4,
  indikator: 5,
  satuan: 6,
  target: 7,
  realisasi: 8,
  capaian: 9,
  predikat: 10,
  ringkasanLembar: 12,
  ringkasanRata: 13,
} as const;

const LEBAR_REKAP = [5, 22, 32, 26, 28, 50, 10, 10, 11, 12, 14, 3, 32, 14];
export const BARIS_HEADER_REKAP = 5;
const AKHIR_TABEL = KOLOM_REKAP.predikat;
/** Columns A..K of the table. */
const TABEL: Span = [0, AKHIR_TABEL];

/** Text of another cell, "" (not 0) when that cell is empty. */
const teksDari = (ref: string) => ({ formula: `=${ref}&""` });
const angkaDari = (ref: string) => ({ formula: `=IF(${ref}="","",${ref})` });
const nilaiDari = (ref: string) => ({ formula: `=${ref}` });

export function planRekapSheet(
  sumber: SumberRekap[],
  options: TemplateOptions,
  name: string,
  katalog: CatalogIndex
): SheetPlan {
  const b = new SheetBuilder(LEBAR_REKAP);
  const h = BARIS_HEADER_REKAP;
  judulRekap(b, options, katalog.namaInstansi);
  const ringkasan = barisRekap(b, sumber);
  const akhir = ringkasan.length > 0 ? ringkasan[ringkasan.length - 1].sampai : h;
  if (akhir > h) {
    gayaTabel(b, [h + 1, akhir], options);
  } else {
    b.mergeWith(rect(h + 1, TABEL), teks.rekap.kosong);
    b.format(rect(h + 1, TABEL), gaya.catatan);
  }
  if (ringkasan.length > 0) ringkasanRekap(b, ringkasan, options);
  b.reach(h + 1);

  return b.build({
    name,
    kind: "rekap",
    print: { orientation: "landscape", paper: "A4", fitToPagesWide: 1, titleRows: `$${h}:$${h}` },
    freeze: { rows: h, columns: 0 },
    tabColor: warna.tabRekap,
    protect: dikunci(options),
    marker: sheetMarker({
      v: 1,
      kind: "rekap",
      tahun: options.tahun,
      mode: options.mode,
      skala: options.skala,
      katalog: katalog.identity().hash,
    }),
  });
}

/** Title, subtitle, the note on live references, and the header row. */
function judulRekap(b: SheetBuilder, options: TemplateOptions, instansi: string): void {
  const h = BARIS_HEADER_REKAP;
  b.mergeWith(rect(1, TABEL), teks.rekap.judul);
  b.mergeWith(rect(2, TABEL), teks.rekap.subjudul(instansi, options.tahun));
  b.mergeWrapped(rect(3, TABEL), teks.rekap.catatan);
  b.format(rect(1, TABEL), gaya.kop);
  b.format(rect(2, TABEL), gaya.judul);
  b.format(rect(3, TABEL), gaya.catatan);
  teks.rekap.kolom.forEach((label, col) => b.set(h, col, label));
  b.format(rect(h, TABEL), gaya.header);
  b.height(h, 30);
}

/** The rows of one IKI sheet on the rekap (first and last), for its mean capaian. */
interface RingkasanLembar {
  sheet: string;
  dari: number;
  sampai: number;
}

/** One row per indicator of every sheet, as live references; the sheets that gave rows. */
function barisRekap(b: SheetBuilder, sumber: SumberRekap[]): RingkasanLembar[] {
  const K = KOLOM_REKAP;
  let row = BARIS_HEADER_REKAP + 1;
  let no = 1;
  const ringkasan: RingkasanLembar[] = [];
  for (const s of sumber) {
    const dari = row;
    for (const ind of s.indikator) {
      b.set(row, K.no, no++);
      b.set(row, K.bidang, s.bidang);
      b.set(row, K.jabatan, teksDari(s.jabatan));
      b.set(row, K.nama, teksDari(s.nama));
      b.set(row, K.lembar, s.sheet);
      b.hyperlinks.push({
        cell: cell(row, K.lembar),
        sheet: s.sheet,
        targetCell: ind.sel,
        text: s.sheet,
      });
      b.set(row, K.indikator, teksDari(ind.indikator));
      b.set(row, K.satuan, teksDari(ind.satuan));
      b.set(row, K.target, angkaDari(ind.target));
      b.set(row, K.realisasi, nilaiDari(ind.realisasi));
      b.set(row, K.capaian, nilaiDari(ind.capaian));
      b.set(row, K.predikat, nilaiDari(ind.predikat));
      row++;
    }
    if (row > dari) ringkasan.push({ sheet: s.sheet, dari, sampai: row - 1 });
  }
  return ringkasan;
}

function gayaTabel(b: SheetBuilder, isi: Span, options: TemplateOptions): void {
  const K = KOLOM_REKAP;
  b.format(rect(isi, TABEL), gaya.tabel);
  b.format(rect(isi, K.no), { horizontalAlignment: "Center" });
  b.format(rect(isi, K.lembar), { fontColor: "#0563C1" });
  b.format(rect(isi, K.satuan), { horizontalAlignment: "Center" });
  b.format(rect(isi, [K.target, K.realisasi]), { numberFormat: FORMAT_ANGKA });
  b.format(rect(isi, K.capaian), { numberFormat: FORMAT_CAPAIAN, bold: true });
  b.format(rect(isi, K.predikat), { horizontalAlignment: "Center" });
  b.colourBands(rect(isi, K.capaian), pitaCapaian(options.skala));
}

/** Summary: mean capaian per sheet, the data of the chart (category = sheet name: short and unique). */
function ringkasanRekap(
  b: SheetBuilder,
  ringkasan: RingkasanLembar[],
  options: TemplateOptions
): void {
  const f = formulasFor(options.mode);
  const K = KOLOM_REKAP;
  const h = BARIS_HEADER_REKAP;
  b.set(h, K.ringkasanLembar, teks.rekap.ringkasan[0]);
  b.set(h, K.ringkasanRata, teks.rekap.ringkasan[1]);
  ringkasan.forEach((r, i) => {
    b.set(h + 1 + i, K.ringkasanLembar, r.sheet);
    b.set(h + 1 + i, K.ringkasanRata, {
      formula: f.rata(rectA1(rect([r.dari, r.sampai], K.capaian))),
    });
  });
  const isi: Span = [h + 1, h + ringkasan.length];
  b.format(rect(h, [K.ringkasanLembar, K.ringkasanRata]), gaya.header);
  b.format(rect(isi, [K.ringkasanLembar, K.ringkasanRata]), { borders: "all" });
  b.format(rect(isi, K.ringkasanRata), { numberFormat: FORMAT_CAPAIAN });
  b.colourBands(rect(isi, K.ringkasanRata), pitaCapaian(options.skala));
  // Right of the summary, from the header row down; tall enough for one bar per sheet.
  const tinggi = Math.max(18, Math.ceil(ringkasan.length * 1.3) + 4);
  b.charts.push({
    type: "barClustered",
    title: teks.rekap.grafik,
    categories: rectA1(rect(isi, K.ringkasanLembar)),
    values: rectA1(rect(isi, K.ringkasanRata)),
    seriesName: teks.rekap.seri,
    topLeft: cell(h, K.ringkasanRata + 2),
    bottomRight: cell(h + tinggi, K.ringkasanRata + 10),
  });
}

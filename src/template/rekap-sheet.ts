/**
 * The rekap sheet: one row per indicator of every IKI sheet, as live references, a link to each
 * sheet, colour bands on capaian, and a bar chart of the mean capaian per sheet.
 */
import { cell, range } from "./a1";
import { formulasFor } from "./formulas";
import { sheetMarker } from "./marker";
import type { TemplateOptions } from "./options";
import type { SheetPlan } from "./plan";
import type { SumberRekap } from "./rekap-source";
import { SheetBuilder, tinggiUntuk } from "./sheet-builder";
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

/** Text of another cell, "" (not 0) when that cell is empty. */
const teksDari = (ref: string) => ({ formula: `=${ref}&""` });
const angkaDari = (ref: string) => ({ formula: `=IF(${ref}="","",${ref})` });
const nilaiDari = (ref: string) => ({ formula: `=${ref}` });

export function planRekapSheet(
  sumber: SumberRekap[],
  options: TemplateOptions,
  name: string
): SheetPlan {
  const f = formulasFor(options.mode);
  const K = KOLOM_REKAP;
  const b = new SheetBuilder(LEBAR_REKAP.length);
  const h = BARIS_HEADER_REKAP;

  b.mergeWith(1, 0, 1, AKHIR_TABEL, teks.rekap.judul);
  b.mergeWith(2, 0, 2, AKHIR_TABEL, teks.rekap.subjudul(options.tahun));
  b.mergeWith(3, 0, 3, AKHIR_TABEL, teks.rekap.catatan);
  b.format(1, 0, 1, AKHIR_TABEL, gaya.kop);
  b.format(2, 0, 2, AKHIR_TABEL, gaya.judul);
  b.format(3, 0, 3, AKHIR_TABEL, gaya.catatan);
  b.height(
    3,
    tinggiUntuk([
      {
        text: teks.rekap.catatan,
        width: LEBAR_REKAP.slice(0, AKHIR_TABEL + 1).reduce((a, x) => a + x, 0),
      },
    ])
  );
  teks.rekap.kolom.forEach((label, col) => b.set(h, col, label));
  b.format(h, 0, h, AKHIR_TABEL, gaya.header);
  b.height(h, 30);

  let row = h + 1;
  let no = 1;
  const ringkasan: { sheet: string; dari: number; sampai: number }[] = [];
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
  const akhir = row - 1;

  if (akhir > h) {
    b.format(h + 1, 0, akhir, AKHIR_TABEL, gaya.tabel);
    b.format(h + 1, K.no, akhir, K.no, { horizontalAlignment: "Center" });
    b.format(h + 1, K.lembar, akhir, K.lembar, { fontColor: "#0563C1" });
    b.format(h + 1, K.satuan, akhir, K.satuan, { horizontalAlignment: "Center" });
    b.format(h + 1, K.target, akhir, K.realisasi, { numberFormat: FORMAT_ANGKA });
    b.format(h + 1, K.capaian, akhir, K.capaian, { numberFormat: FORMAT_CAPAIAN, bold: true });
    b.format(h + 1, K.predikat, akhir, K.predikat, { horizontalAlignment: "Center" });
    b.conditionalFormats.push({
      range: range(h + 1, K.capaian, akhir, K.capaian),
      bands: pitaCapaian(options.skala),
    });
  } else {
    b.mergeWith(h + 1, 0, h + 1, AKHIR_TABEL, teks.rekap.kosong);
    b.format(h + 1, 0, h + 1, AKHIR_TABEL, gaya.catatan);
  }

  // Summary: mean capaian per sheet, the data of the chart (category = sheet name: short and unique).
  if (ringkasan.length > 0) {
    b.set(h, K.ringkasanLembar, teks.rekap.ringkasan[0]);
    b.set(h, K.ringkasanRata, teks.rekap.ringkasan[1]);
    ringkasan.forEach((r, i) => {
      b.set(h + 1 + i, K.ringkasanLembar, r.sheet);
      b.set(h + 1 + i, K.ringkasanRata, {
        formula: f.rata(range(r.dari, K.capaian, r.sampai, K.capaian)),
      });
    });
    const sampai = h + ringkasan.length;
    b.format(h, K.ringkasanLembar, h, K.ringkasanRata, gaya.header);
    b.format(h + 1, K.ringkasanLembar, sampai, K.ringkasanRata, { borders: "all" });
    b.format(h + 1, K.ringkasanRata, sampai, K.ringkasanRata, { numberFormat: FORMAT_CAPAIAN });
    b.conditionalFormats.push({
      range: range(h + 1, K.ringkasanRata, sampai, K.ringkasanRata),
      bands: pitaCapaian(options.skala),
    });
    // Right of the summary, from the header row down; tall enough for one bar per sheet.
    b.charts.push({
      type: "barClustered",
      title: teks.rekap.grafik,
      categories: range(h + 1, K.ringkasanLembar, sampai, K.ringkasanLembar),
      values: range(h + 1, K.ringkasanRata, sampai, K.ringkasanRata),
      seriesName: teks.rekap.seri,
      topLeft: cell(h, K.ringkasanRata + 2),
      bottomRight: cell(
        h + Math.max(18, Math.ceil(ringkasan.length * 1.3) + 4),
        K.ringkasanRata + 10
      ),
    });
  }
  b.reach(h + 1);

  return b.build({
    name,
    kind: "rekap",
    columnWidths: [...LEBAR_REKAP],
    print: { orientation: "landscape", paper: "A4", fitToPagesWide: 1, titleRows: `$${h}:$${h}` },
    freeze: { rows: h, columns: 0 },
    tabColor: warna.tabRekap,
    marker: sheetMarker({
      v: 1,
      kind: "rekap",
      tahun: options.tahun,
      mode: options.mode,
      skala: options.skala,
    }),
  });
}

/**
 * The parts of an IKI sheet around its indicator table: kop and title, identity, tugas, notes and
 * the signature block. Positions come from layout.ts; heights of wrapped texts from text-height.ts.
 */
import type { CatalogIndex } from "../catalog/catalog-index";
import { normalizeText } from "../catalog/normalize";
import type { Jabatan } from "../catalog/types";
import { cell } from "./a1";
import { BARIS_IDENTITAS, KOLOM, KOLOM_IDENTITAS, LEBAR_SHEET, type IkiLayout } from "./layout";
import type { TemplateOptions } from "./options";
import type { CellStyle, PlanCell } from "./plan";
import { rect, type Span } from "./rect";
import type { SheetBuilder } from "./sheet-builder";
import { FORMAT_TEKS, gaya, warna } from "./styles";
import { teks } from "./teks";

export const AKHIR = LEBAR_SHEET - 1;
/** Every column of the sheet, A..P. */
export const SELEBAR: Span = [0, AKHIR];
/** The input cells: yellow, and the only ones left unlocked on a protected sheet (one rule). */
export const isian: CellStyle = { fill: warna.isian, locked: false };

/** "Sub Bagian ..., Sekretariat, Dinas Sosial Kabupaten Malang"; the pimpinan's is the instansi itself. */
const sameText = (a: string, b: string | null) =>
  b !== null && normalizeText(a) === normalizeText(b);

export function unitKerja(jabatan: Jabatan, katalog: CatalogIndex): string {
  const bagian = [
    jabatan.unit,
    sameText(jabatan.bidang, katalog.instansi.pimpinan) ? null : jabatan.bidang,
    katalog.namaInstansi,
  ];
  return bagian.filter((b): b is string => typeof b === "string" && b.trim() !== "").join(", ");
}

function huruf(i: number): string {
  return i < 26 ? `${String.fromCharCode(97 + i)}.` : `${i + 1}.`;
}

/** Kop, title and the identity block (label A:B, value C:G). */
export function kopDanIdentitas(
  b: SheetBuilder,
  jabatan: Jabatan,
  options: TemplateOptions,
  katalog: CatalogIndex
): void {
  const { instansi } = katalog.catalog;
  b.mergeWith(rect(1, SELEBAR), teks.kop1(instansi.pemerintah));
  b.mergeWith(rect(2, SELEBAR), teks.kop2(instansi.nama));
  b.mergeWith(rect(3, SELEBAR), teks.judul(options.tahun));
  b.format(rect([1, 2], SELEBAR), gaya.kop);
  b.format(rect(3, SELEBAR), gaya.judul);
  for (const row of [1, 2, 3]) b.height(row, 20);

  // Values are text ("@"), so an 18-digit NIP keeps its digits.
  const id = options.identitas;
  const identitas: [number, string, string][] = [
    [BARIS_IDENTITAS.nama, teks.identitas.nama, id.nama],
    [BARIS_IDENTITAS.nip, teks.identitas.nip, id.nip],
    [BARIS_IDENTITAS.pangkat, teks.identitas.pangkat, id.pangkatGolongan],
    [BARIS_IDENTITAS.jabatan, teks.identitas.jabatan, jabatan.nama],
    [BARIS_IDENTITAS.unitKerja, teks.identitas.unitKerja, unitKerja(jabatan, katalog)],
    [BARIS_IDENTITAS.penilaiNama, teks.identitas.penilaiNama, id.penilaiNama],
    [BARIS_IDENTITAS.penilaiNip, teks.identitas.penilaiNip, id.penilaiNip],
  ];
  const k = KOLOM_IDENTITAS;
  const label: Span = [k.labelDari, k.labelSampai];
  const nilai: Span = [k.nilaiDari, k.nilaiSampai];
  for (const [row, teksLabel, value] of identitas) {
    b.mergeWith(rect(row, label), teksLabel);
    b.mergeWith(rect(row, nilai), value);
  }
  const baris: Span = [BARIS_IDENTITAS.nama, BARIS_IDENTITAS.penilaiNip];
  b.format(rect(baris, label), gaya.label);
  b.format(rect(baris, nilai), {
    ...isian,
    numberFormat: FORMAT_TEKS,
    horizontalAlignment: "Left",
    borders: "outline",
  });
}

/**
 * A titled list (tugas, fungsi): title in A:B, letter in A, text in B:P (merged, so the row height
 * is planned, not autofitted). `berhuruf` false leaves the letter out (the note for missing tugas).
 */
function daftar(
  b: SheetBuilder,
  judul: number,
  title: string,
  items: string[],
  berhuruf: boolean
): void {
  b.mergeWith(rect(judul, [0, 1]), title);
  b.format(rect(judul, [0, 1]), gaya.label);
  items.forEach((t, i) => {
    const row = judul + 1 + i;
    b.set(row, 0, berhuruf ? huruf(i) : "");
    b.mergeWrapped(rect(row, [1, AKHIR]), t);
  });
  const baris: Span = [judul + 1, judul + items.length];
  b.format(rect(baris, 0), { horizontalAlignment: "Right", verticalAlignment: "Top" });
  b.format(rect(baris, [1, AKHIR]), { wrap: true, verticalAlignment: "Top" });
}

/** The tugas, the fungsi under them when the jabatan lists any, and the note over empty indicator rows. */
export function tugasDanFungsi(
  b: SheetBuilder,
  jabatan: Jabatan,
  layout: IkiLayout,
  katalog: CatalogIndex
): void {
  const adaTugas = jabatan.tugas.length > 0;
  daftar(b, layout.tugasJudul, teks.tugas, adaTugas ? jabatan.tugas : [teks.tugasKosong], adaTugas);
  if (layout.fungsi && jabatan.fungsi)
    daftar(b, layout.fungsi.judul, teks.fungsi, jabatan.fungsi, true);

  if (layout.catatanIsian !== undefined) {
    b.mergeWrapped(
      rect(layout.catatanIsian, SELEBAR),
      teks.indikatorKosong(katalog.instansi.penetap),
      true
    );
    b.format(rect(layout.catatanIsian, SELEBAR), { ...gaya.catatan, bold: true });
  }
}

/** The notes under the table, one merged row each. */
export function catatan(b: SheetBuilder, layout: IkiLayout, options: TemplateOptions): void {
  b.set(layout.catatanJudul, 0, teks.catatanJudul);
  b.format(rect(layout.catatanJudul, 0), { bold: true });
  teks.catatan(options.skala, options.mode).forEach((line, i) => {
    b.mergeWrapped(rect(layout.catatanDari + i, SELEBAR), line);
  });
  b.format(rect([layout.catatanDari, layout.catatanSampai], SELEBAR), gaya.catatan);
}

/** Place and date, the two signature titles, names and NIPs (names follow the identity block). */
export function tandaTangan(
  b: SheetBuilder,
  layout: IkiLayout,
  options: TemplateOptions,
  katalog: CatalogIndex
): void {
  const kiri: Span = [1, 3];
  const kanan: Span = [KOLOM.realisasi, AKHIR];
  const id = (row: number) => cell(row, KOLOM_IDENTITAS.nilaiDari);
  // Names and NIP follow the identity block, so they are filled in once, at the top.
  const nama = (row: number): PlanCell => ({
    formula: `=IF(${id(row)}="","${teks.namaKosong}",${id(row)})`,
  });
  const nip = (row: number): PlanCell => ({ formula: `="${teks.nipLabel}"&${id(row)}` });
  b.mergeWith(
    rect(layout.tempat, kanan),
    teks.tempatTanggal(katalog.instansi.tempat, options.tahun)
  );
  b.mergeWith(rect(layout.ttdJudul, kiri), teks.pejabatPenilai);
  b.mergeWith(rect(layout.ttdJudul, kanan), teks.pegawaiDinilai);
  b.mergeWith(rect(layout.ttdNama, kiri), nama(BARIS_IDENTITAS.penilaiNama));
  b.mergeWith(rect(layout.ttdNama, kanan), nama(BARIS_IDENTITAS.nama));
  b.mergeWith(rect(layout.ttdNip, kiri), nip(BARIS_IDENTITAS.penilaiNip));
  b.mergeWith(rect(layout.ttdNip, kanan), nip(BARIS_IDENTITAS.nip));
  for (const kolom of [kiri, kanan]) {
    b.format(rect([layout.tempat, layout.ttdNip], kolom), { horizontalAlignment: "Center" });
    b.format(rect(layout.ttdNama, kolom), { bold: true, horizontalAlignment: "Center" });
  }
}

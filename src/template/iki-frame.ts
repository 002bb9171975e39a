/**
 * The parts of an IKI sheet around its indicator table: kop and title, identity, tugas, notes and
 * the signature block. Positions come from layout.ts; heights of wrapped texts from text-height.ts.
 */
import type { Jabatan } from "../catalog/types";
import { cell } from "./a1";
import {
  BARIS_IDENTITAS,
  KOLOM,
  KOLOM_IDENTITAS,
  LEBAR_KOLOM,
  LEBAR_SHEET,
  type IkiLayout,
} from "./layout";
import type { TemplateOptions } from "./options";
import type { CellStyle } from "./plan";
import type { SheetBuilder } from "./sheet-builder";
import { FORMAT_TEKS, gaya, warna } from "./styles";
import { teks } from "./teks";
import { tinggiUntuk } from "./text-height";

export const AKHIR = LEBAR_SHEET - 1;
export const isian: CellStyle = { fill: warna.isian };

/** Width in character units of columns dari..sampai (a merged cell). */
export function lebar(dari: number, sampai: number): number {
  return LEBAR_KOLOM.slice(dari, sampai + 1).reduce((a, b) => a + b, 0);
}

/** "Sub Bagian ..., Sekretariat, Dinas Sosial Kabupaten Malang"; the Kepala Dinas is the dinas itself. */
export function unitKerja(jabatan: Jabatan): string {
  const bagian = [
    jabatan.unit,
    jabatan.bidang === "Kepala Dinas" ? null : jabatan.bidang,
    teks.instansi,
  ];
  return bagian.filter((b): b is string => typeof b === "string" && b.trim() !== "").join(", ");
}

function hurufTugas(i: number): string {
  return i < 26 ? `${String.fromCharCode(97 + i)}.` : `${i + 1}.`;
}

/** Kop, title and the identity block (label A:B, value C:G). */
export function kopDanIdentitas(b: SheetBuilder, jabatan: Jabatan, options: TemplateOptions): void {
  b.mergeWith(1, 0, 1, AKHIR, teks.kop1);
  b.mergeWith(2, 0, 2, AKHIR, teks.kop2);
  b.mergeWith(3, 0, 3, AKHIR, teks.judul(options.tahun));
  b.format(1, 0, 2, AKHIR, gaya.kop);
  b.format(3, 0, 3, AKHIR, gaya.judul);
  for (const row of [1, 2, 3]) b.height(row, 20);

  // Values are text ("@"), so an 18-digit NIP keeps its digits.
  const id = options.identitas;
  const identitas: [number, string, string][] = [
    [BARIS_IDENTITAS.nama, teks.identitas.nama, id.nama],
    [BARIS_IDENTITAS.nip, teks.identitas.nip, id.nip],
    [BARIS_IDENTITAS.pangkat, teks.identitas.pangkat, id.pangkatGolongan],
    [BARIS_IDENTITAS.jabatan, teks.identitas.jabatan, jabatan.nama],
    [BARIS_IDENTITAS.unitKerja, teks.identitas.unitKerja, unitKerja(jabatan)],
    [BARIS_IDENTITAS.penilaiNama, teks.identitas.penilaiNama, id.penilaiNama],
    [BARIS_IDENTITAS.penilaiNip, teks.identitas.penilaiNip, id.penilaiNip],
  ];
  const k = KOLOM_IDENTITAS;
  for (const [row, label, value] of identitas) {
    b.mergeWith(row, k.labelDari, row, k.labelSampai, label);
    b.mergeWith(row, k.nilaiDari, row, k.nilaiSampai, value);
  }
  const idDari = BARIS_IDENTITAS.nama;
  const idSampai = BARIS_IDENTITAS.penilaiNip;
  b.format(idDari, k.labelDari, idSampai, k.labelSampai, gaya.label);
  b.format(idDari, k.nilaiDari, idSampai, k.nilaiSampai, {
    ...isian,
    numberFormat: FORMAT_TEKS,
    horizontalAlignment: "Left",
    borders: "outline",
  });
}

/** Tugas: letter in A, text in B:P (merged, so the row height is planned, not autofitted). */
export function daftarTugas(b: SheetBuilder, jabatan: Jabatan, layout: IkiLayout): void {
  b.mergeWith(layout.tugasJudul, 0, layout.tugasJudul, 1, teks.tugas);
  b.format(layout.tugasJudul, 0, layout.tugasJudul, 1, gaya.label);
  const tugas = jabatan.tugas.length > 0 ? jabatan.tugas : [teks.tugasKosong];
  tugas.forEach((t, i) => {
    const row = layout.tugasDari + i;
    b.set(row, 0, jabatan.tugas.length > 0 ? hurufTugas(i) : "");
    b.mergeWith(row, 1, row, AKHIR, t);
    b.height(row, tinggiUntuk([{ text: t, width: lebar(1, AKHIR) }]));
  });
  b.format(layout.tugasDari, 0, layout.tugasSampai, 0, {
    horizontalAlignment: "Right",
    verticalAlignment: "Top",
  });
  b.format(layout.tugasDari, 1, layout.tugasSampai, AKHIR, {
    wrap: true,
    verticalAlignment: "Top",
  });

  if (layout.catatanIsian !== undefined) {
    b.mergeWith(layout.catatanIsian, 0, layout.catatanIsian, AKHIR, teks.indikatorKosong);
    b.format(layout.catatanIsian, 0, layout.catatanIsian, AKHIR, { ...gaya.catatan, bold: true });
    b.height(
      layout.catatanIsian,
      tinggiUntuk([{ text: teks.indikatorKosong, width: lebar(0, AKHIR), bold: true }])
    );
  }
}

/** The notes under the table, one merged row each. */
export function catatan(b: SheetBuilder, layout: IkiLayout, options: TemplateOptions): void {
  b.set(layout.catatanJudul, 0, teks.catatanJudul);
  b.format(layout.catatanJudul, 0, layout.catatanJudul, 0, { bold: true });
  teks.catatan(options.skala, options.mode).forEach((line, i) => {
    const row = layout.catatanDari + i;
    b.mergeWith(row, 0, row, AKHIR, line);
    b.height(row, tinggiUntuk([{ text: line, width: lebar(0, AKHIR) }]));
  });
  b.format(layout.catatanDari, 0, layout.catatanSampai, AKHIR, gaya.catatan);
}

/** Place and date, the two signature titles, names and NIPs (names follow the identity block). */
export function tandaTangan(b: SheetBuilder, layout: IkiLayout, options: TemplateOptions): void {
  const kiri: [number, number] = [1, 3];
  const kanan: [number, number] = [KOLOM.realisasi, AKHIR];
  const id = (row: number) => cell(row, KOLOM_IDENTITAS.nilaiDari);
  // Names and NIP follow the identity block, so they are filled in once, at the top.
  const nama = (row: number) => ({ formula: `=IF(${id(row)}="","${teks.namaKosong}",${id(row)})` });
  const nip = (row: number) => ({ formula: `="${teks.nipLabel}"&${id(row)}` });
  b.mergeWith(layout.tempat, kanan[0], layout.tempat, kanan[1], teks.tempatTanggal(options.tahun));
  b.mergeWith(layout.ttdJudul, kiri[0], layout.ttdJudul, kiri[1], teks.pejabatPenilai);
  b.mergeWith(layout.ttdJudul, kanan[0], layout.ttdJudul, kanan[1], teks.pegawaiDinilai);
  b.mergeWith(layout.ttdNama, kiri[0], layout.ttdNama, kiri[1], nama(BARIS_IDENTITAS.penilaiNama));
  b.mergeWith(layout.ttdNama, kanan[0], layout.ttdNama, kanan[1], nama(BARIS_IDENTITAS.nama));
  b.mergeWith(layout.ttdNip, kiri[0], layout.ttdNip, kiri[1], nip(BARIS_IDENTITAS.penilaiNip));
  b.mergeWith(layout.ttdNip, kanan[0], layout.ttdNip, kanan[1], nip(BARIS_IDENTITAS.nip));
  for (const [a, z] of [kiri, kanan]) {
    b.format(layout.tempat, a, layout.ttdNip, z, { horizontalAlignment: "Center" });
    b.format(layout.ttdNama, a, layout.ttdNama, z, { bold: true, horizontalAlignment: "Center" });
  }
}

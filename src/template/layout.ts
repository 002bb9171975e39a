/**
 * Where everything sits on an IKI sheet (layout version 1). Deterministic from the jabatan alone
 * (options change texts and formulas, never positions), so a rekap can find the cells of a sheet
 * again from its marker. Rows are 1-based, columns 0-based (A = 0).
 */
import type { Indikator, Jabatan } from "../catalog/types";

/** The columns of the indicator table, A..P. */
export const KOLOM = {
  no: 0,
  kinerja: 1,
  indikator: 2,
  formulasi: 3,
  sumberData: 4,
  satuan: 5,
  target: 6,
  /** TW I..IV: H..K. */
  triwulan: [7, 8, 9, 10] as const,
  /** How the year is aggregated ("kumulatif" / "nilai akhir"). */
  cara: 11,
  realisasi: 12,
  capaian: 13,
  predikat: 14,
  keterangan: 15,
} as const;

export const LEBAR_SHEET = 16;

/** Character widths of A..P: fits A4 landscape at roughly 65% when printed one page wide. */
export const LEBAR_KOLOM = [5, 24, 30, 30, 15, 9, 10, 10, 10, 10, 10, 11, 11, 11, 13, 18];

/** Empty indicator rows given to a jabatan without indicators in the Keputusan. */
export const BARIS_ISIAN = 5;

export const BARIS_IDENTITAS = {
  nama: 5,
  nip: 6,
  pangkat: 7,
  jabatan: 8,
  unitKerja: 9,
  penilaiNama: 10,
  penilaiNip: 11,
} as const;

/** Identity labels sit in A:B, values in C:G. */
export const KOLOM_IDENTITAS = {
  labelDari: 0,
  labelSampai: 1,
  nilaiDari: 2,
  nilaiSampai: 6,
} as const;

export interface BlokIndikator {
  /** 1-based number shown in column A. */
  no: number;
  /** The catalog indicator; undefined for an empty row the user fills in. */
  indikator?: Indikator;
  /** The indicator's own row: target, value per triwulan, realisasi, capaian, predikat. */
  baris: number;
  /** Input rows of a persen (pembilang, penyebut) or penurunan (N-1, N) indicator. */
  pembilang?: number;
  penyebut?: number;
  /** Last row of the block. */
  akhir: number;
}

/** A lettered list under a title row (the fungsi): title, first and last item row. */
export interface BlokDaftar {
  judul: number;
  dari: number;
  sampai: number;
}

export interface IkiLayout {
  tugasJudul: number;
  tugasDari: number;
  tugasSampai: number;
  /** The fungsi, under the tugas after one blank row; absent when the jabatan lists none. */
  fungsi?: BlokDaftar;
  /** Row of the note about empty indicator rows (jabatan without indicators only). */
  catatanIsian?: number;
  /** Two header rows: this one and the next. */
  header: number;
  blok: BlokIndikator[];
  tabelAkhir: number;
  catatanJudul: number;
  catatanDari: number;
  catatanSampai: number;
  tempat: number;
  ttdJudul: number;
  ttdNama: number;
  ttdNip: number;
}

const BARIS_CATATAN = 5;
/** Blank rows for the signature itself. */
const RUANG_TTD = 4;

/** The indicator blocks from `row` on: one per indicator, or BARIS_ISIAN empty rows. */
function blokTabel(jabatan: Jabatan, row: number): BlokIndikator[] {
  const blok: BlokIndikator[] = [];
  if (jabatan.indikator.length === 0) {
    for (let i = 0; i < BARIS_ISIAN; i++) blok.push({ no: i + 1, baris: row, akhir: row++ });
    return blok;
  }
  jabatan.indikator.forEach((indikator, i) => {
    if (indikator.jenis === "jumlah") {
      blok.push({ no: i + 1, indikator, baris: row, akhir: row++ });
    } else {
      blok.push({
        no: i + 1,
        indikator,
        baris: row,
        pembilang: row + 1,
        penyebut: row + 2,
        akhir: row + 2,
      });
      row += 3;
    }
  });
  return blok;
}

export function ikiLayout(jabatan: Jabatan): IkiLayout {
  const tugasJudul = 13;
  const tugasDari = tugasJudul + 1;
  const tugasSampai = tugasDari + Math.max(1, jabatan.tugas.length) - 1;
  let row = tugasSampai + 2;
  let fungsi: BlokDaftar | undefined;
  const jumlahFungsi = jabatan.fungsi?.length ?? 0;
  if (jumlahFungsi > 0) {
    fungsi = { judul: row, dari: row + 1, sampai: row + jumlahFungsi };
    row = fungsi.sampai + 2;
  }
  let catatanIsian: number | undefined;
  if (jabatan.indikator.length === 0) {
    catatanIsian = row;
    row += 2;
  }
  const header = row;
  const blok = blokTabel(jabatan, header + 2);
  const tabelAkhir = blok[blok.length - 1].akhir;
  const catatanJudul = tabelAkhir + 2;
  const catatanDari = catatanJudul + 1;
  const catatanSampai = catatanDari + BARIS_CATATAN - 1;
  const tempat = catatanSampai + 2;
  const ttdJudul = tempat + 1;
  const ttdNama = ttdJudul + RUANG_TTD + 1;
  return {
    tugasJudul,
    tugasDari,
    tugasSampai,
    // Only when present, so a jabatan without fungsi has exactly the layout it always had.
    ...(fungsi ? { fungsi } : {}),
    catatanIsian,
    header,
    blok,
    tabelAkhir,
    catatanJudul,
    catatanDari,
    catatanSampai,
    tempat,
    ttdJudul,
    ttdNama,
    ttdNip: ttdNama + 1,
  };
}

/**
 * The examples of the Petunjuk sheet, as catalog data (so they are written by the same code as the
 * export, and a test imports them to prove they are valid rows): a persen, a penurunan and a
 * jumlah indicator, a negatif-polarity one, a kumulatif one, a jabatan with fungsi and a jabatan
 * without indicators. Never imported from the Petunjuk sheet.
 */
import type { Jabatan } from "../types";

export const CONTOH_JABATAN: Jabatan[] = [
  {
    id: "contoh-kepala-seksi-rehabilitasi",
    urutan: 1,
    nama: "Kepala Seksi Rehabilitasi Sosial (contoh)",
    bidang: "Bidang Rehabilitasi Sosial",
    unit: "Seksi Rehabilitasi Sosial",
    tugas: [
      "Menyusun rencana kegiatan seksi rehabilitasi sosial",
      "Melaksanakan rehabilitasi sosial di luar panti",
    ],
    fungsi: ["Penyusunan rencana kegiatan", "Pelaksanaan evaluasi dan pelaporan"],
    indikator: [
      {
        id: "contoh-kepala-seksi-rehabilitasi-1",
        kinerja: "Meningkatnya layanan rehabilitasi sosial",
        indikator: "Persentase PPKS yang mendapat rehabilitasi sosial",
        jenis: "persen",
        formulasi: "Jumlah PPKS yang direhabilitasi / Jumlah PPKS yang memerlukan x 100%",
        pembilang: "Jumlah PPKS yang direhabilitasi",
        penyebut: "Jumlah PPKS yang memerlukan rehabilitasi",
        sumberData: "Laporan seksi rehabilitasi",
        polaritas: "positif",
        agregasi: "nilai-akhir",
        satuan: "%",
      },
      {
        id: "contoh-kepala-seksi-rehabilitasi-2",
        kinerja: "Menurunnya jumlah PPKS",
        indikator: "Persentase penurunan jumlah PPKS",
        jenis: "penurunan",
        formulasi: "(PPKS tahun N-1 - PPKS tahun N) / PPKS tahun N-1 x 100%",
        pembilang: "Jumlah PPKS tahun N-1",
        penyebut: "Jumlah PPKS tahun N",
        sumberData: "Data PPKS",
        polaritas: "positif",
        agregasi: "nilai-akhir",
        satuan: "%",
      },
      {
        id: "contoh-kepala-seksi-rehabilitasi-3",
        kinerja: "Tertibnya pelaporan",
        indikator: "Jumlah laporan kegiatan rehabilitasi",
        jenis: "jumlah",
        formulasi: "Jumlah laporan yang disusun",
        pembilang: null,
        penyebut: null,
        sumberData: "Arsip laporan",
        polaritas: "positif",
        agregasi: "kumulatif",
        satuan: "laporan",
      },
      {
        id: "contoh-kepala-seksi-rehabilitasi-4",
        kinerja: "Meningkatnya mutu layanan",
        indikator: "Persentase pengaduan yang belum ditindaklanjuti",
        jenis: "persen",
        formulasi: "Pengaduan belum ditindaklanjuti / Jumlah pengaduan x 100%",
        pembilang: "Jumlah pengaduan yang belum ditindaklanjuti",
        penyebut: "Jumlah pengaduan",
        sumberData: "Register pengaduan",
        polaritas: "negatif",
        agregasi: "nilai-akhir",
        satuan: "%",
        catatan: "Polaritas negatif: makin rendah makin baik.",
      },
    ],
  },
  {
    id: "contoh-pengadministrasi-umum",
    urutan: 2,
    nama: "Pengadministrasi Umum (contoh)",
    bidang: "Sekretariat",
    unit: "Sub Bagian Umum dan Kepegawaian",
    tugas: ["Mengagendakan surat masuk dan surat keluar"],
    indikator: [],
    catatan: "Jabatan tanpa indikator: cukup ditulis di lembar Jabatan dan Tugas.",
  },
];

/**
 * The texts of the Petunjuk sheet and of the line above each table: what every sheet, Instansi
 * row and column is for. Plain Bahasa Indonesia for the staff who keep the IKI.
 */
import { MAX_ID_CHARS } from "../validate";
import type { URAIAN_INSTANSI } from "./teks";

/** One sentence per sheet, written above its table. */
export const PETUNJUK_LEMBAR = {
  petunjuk:
    "Cara mengisi katalog IKI. Lembar ini dan semua contoh di dalamnya tidak ikut dibaca saat impor.",
  instansi: "Data instansi dan Keputusan IKI: satu baris per uraian, isi di kolom Isi.",
  jabatan: "Satu baris per jabatan, dalam urutan Keputusan.",
  tugas: "Satu baris per tugas; urutan baris menjadi urutan tugas pada lembar IKI.",
  fungsi: "Tidak wajib: satu baris per fungsi, ditampilkan di bawah tugas.",
  indikator:
    "Satu baris per indikator kinerja; jabatan tanpa indikator tidak perlu ditulis di sini.",
} as const;

/** What each Instansi row means (Petunjuk), with what the sheet prints from it. */
export const PENJELASAN_INSTANSI: Record<keyof typeof URAIAN_INSTANSI, string> = {
  pemerintah: 'Wajib. Daerah setelah kata "Pemerintah"; kop baris 1: "PEMERINTAH <pemerintah>".',
  nama: 'Wajib. Kop baris 2; unit kerja: "<unit>, <bidang>, <nama instansi> <pemerintah>".',
  penetap: 'Wajib. Pejabat yang menetapkan Keputusan, misalnya "Kepala Dinas Sosial".',
  pimpinan: "Tidak wajib. Bidang pimpinan instansi; unit kerjanya adalah instansi itu sendiri.",
  tempat: 'Wajib. Tempat tanda tangan: "<tempat>, ...... <tahun>".',
  nomor: "Wajib. Nomor Keputusan IKI seperti tertulis.",
  tahun: "Wajib. Tahun Keputusan, empat angka.",
  sumber: "Wajib. Judul lengkap Keputusan.",
  catatan: "Tidak wajib. Hal yang disimpulkan atau perlu diketahui tentang data ini.",
};

/** What each column means (Petunjuk): sheet -> column -> text. */
export const PENJELASAN_KOLOM = {
  jabatan: {
    urutan:
      "Nomor urut jabatan: 1, 2, 3 ... tanpa nomor ganda; bila kosong, jabatan ditaruh di akhir.",
    id: `Tidak wajib. Kode unik jabatan, paling banyak ${MAX_ID_CHARS} huruf; bila kosong dibuat dari nama jabatan.`,
    nama: 'Wajib. Nama jabatan seperti tertulis setelah "JABATAN :".',
    bidang: 'Wajib. Misalnya "Sekretariat" atau "Bidang Rehabilitasi Sosial".',
    unit: "Tidak wajib. Sub bagian atau seksi; kosongkan bila tidak ada.",
    catatan: "Tidak wajib. Catatan tentang jabatan ini.",
  },
  tugas: {
    jabatan: "Wajib. Id jabatan dari lembar Jabatan.",
    tugas: "Wajib. Satu tugas per baris.",
  },
  fungsi: {
    jabatan: "Wajib. Id jabatan dari lembar Jabatan.",
    fungsi: "Wajib. Satu fungsi per baris.",
  },
  indikator: {
    jabatan: "Wajib. Id jabatan dari lembar Jabatan.",
    id: "Tidak wajib. Kode unik indikator; bila kosong dibuat otomatis (<id jabatan>-<nomor>).",
    kinerja: "Wajib. Kinerja (sasaran) yang diukur.",
    indikator: "Wajib. Nama indikator kinerja.",
    formulasi: "Wajib. Penjelasan/formulasi penghitungan seperti tertulis.",
    pembilang:
      "Wajib untuk persen dan penurunan (penurunan: nilai tahun N-1); kosong untuk jumlah.",
    penyebut: "Wajib untuk persen dan penurunan (penurunan: nilai tahun N); kosong untuk jumlah.",
    sumberData: "Wajib. Dokumen atau laporan sumber data.",
    jenis: "Wajib. persen, penurunan atau jumlah.",
    polaritas: "positif (makin tinggi makin baik) atau negatif (makin rendah makin baik).",
    agregasi: "kumulatif (dijumlah per triwulan) atau nilai akhir (nilai triwulan terakhir).",
    satuan: '"%" untuk persen dan penurunan; untuk jumlah boleh kosong atau misalnya "dokumen".',
    catatan: "Tidak wajib. Catatan tentang indikator ini.",
  },
} as const;

/** Headers of the Petunjuk sheet and its section titles. */
export const PETUNJUK = {
  header: ["Lembar", "Kolom", "Penjelasan"],
  langkah: [
    "1. Isi lembar Instansi, lalu Jabatan, Tugas, Fungsi (bila ada) dan Indikator.",
    "2. Jabatan dihubungkan dengan tugas, fungsi dan indikatornya melalui Id Jabatan.",
    "3. Untuk menambah indikator cukup tulis Id Jabatan dan teksnya; Id Indikator boleh kosong.",
    "4. Baris kosong dan kolom tambahan boleh ada; kolom dikenali dari judulnya.",
    "5. Impor katalog: semua kesalahan ditampilkan sekaligus dengan lembar, baris dan kolomnya.",
  ],
  contoh: "CONTOH (tidak ikut dibaca saat impor)",
  contohLembar: (lembar: string) => `Contoh lembar ${lembar}`,
} as const;

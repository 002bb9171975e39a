/**
 * Everything the section "Gabungkan berkas pegawai" says, loaded with import() when the section is
 * first opened (GabungFold.tsx): its texts, and the report's lines (src/gabung/laporan-teks.ts: the
 * same lines the command line prints and the sheet "Laporan penggabungan" holds). Its title is in
 * teks.ts (first load). No Fluent UI here (see teks-perawatan.ts).
 */
export { teksLaporanGabung } from "../gabung/laporan-teks";

export const teksGabung = {
  petunjuk:
    "Satukan berkas IKI para pegawai (.xlsx) ke buku kerja ini: lembar IKI mereka, rekap dinas, dan lembar “Laporan penggabungan”. Laporannya tampil dulu; tidak ada yang berubah sebelum Anda menekan tombol Gabungkan.",
  pilihBerkas: "Pilih berkas pegawai (.xlsx, boleh lebih dari satu)",

  memuatPembaca: "Menyiapkan pembaca berkas…",
  membacaBerkas: (ke: number, jumlah: number, nama: string) =>
    `Membaca berkas ${ke} dari ${jumlah}: ${nama}…`,
  memeriksa: "Mencocokkan berkas dengan buku kerja…",
  sedangMenggabung: "Menggabungkan berkas…",

  pratinjau: "Laporan sebelum digabungkan",
  selesai: "Selesai digabungkan",
  /** Added to the title when the report has problems (shown as a warning). */
  adaMasalah: (jumlah: number) => ` (${jumlah} masalah: periksa laporan)`,
  barisLain: (jumlah: number) => `… dan ${jumlah} baris lain.`,
  tampilkanSemua: "Tampilkan semua",
  tampilkanSedikit: "Tampilkan lebih sedikit",

  /** The second click, with the number of staff sheets it writes. */
  gabungkan: (n: number) => `Gabungkan ${n} lembar`,
  batal: "Batal",
  tutup: "Tutup",
} as const;

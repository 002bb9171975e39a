/**
 * Everything the section "Perawatan lembar IKI" says, loaded with import() when the section is
 * first opened (PerawatanFold.tsx): its texts, and the report's lines from
 * src/lifecycle/laporan-teks.ts (the command line's). Its title is in teks.ts (first load).
 * No Fluent UI here: a lazy chunk that imports it splits Fluent out of the pane's single module
 * scope, which costs the first load more than the section's components weigh.
 */
export { adaYangDitulis, teksLaporan } from "../lifecycle/laporan-teks";

export const teksPerawatan = {
  petunjuk:
    "Rawat lembar IKI yang sudah ada di buku kerja ini. Setiap tindakan menampilkan pratinjau dulu; tidak ada yang berubah sebelum Anda menekan tombol kedua.",

  perbarui: "Perbarui lembar ke katalog",
  perbaruiPetunjuk:
    "Menyesuaikan lembar IKI dengan katalog yang dipakai (mis. setelah Keputusan direvisi). Isian yang sudah diketik tetap ada.",

  tahunBerikutnya: "Buat lembar tahun berikutnya",
  bawaTarget: "Bawa target",
  tahunPetunjuk:
    "Lembar baru untuk tahun berikutnya: identitas dibawa, realisasi kosong, dengan rekap baru. Target dibawa hanya bila dicentang.",

  ubahRumusJudul: "Ubah rumus",
  keBiasa: "Ke rumus biasa (untuk dikirim ke yang tidak memakai add-in)",
  keIki: "Ke rumus IKI",
  ubahRumusPetunjuk: "Rumus biasa memberi angka yang sama tanpa add-in.",

  sedangMembaca: "Membaca lembar IKI…",
  sedangMenulis: "Menulis perubahan…",
  pratinjau: (judul: string) => `Pratinjau: ${judul}`,
  selesai: (judul: string) => `Selesai: ${judul}`,
  barisLain: (jumlah: number) => `… dan ${jumlah} baris lain.`,
  tampilkanSemua: "Tampilkan semua",
  tampilkanSedikit: "Tampilkan lebih sedikit",
  tidakAdaPerubahan: "Tidak ada yang perlu diubah.",

  /** The second click: what it writes, with the number of sheets it writes. */
  tulisPerbarui: (n: number) => `Perbarui ${n} lembar`,
  tulisTahun: (n: number) => `Buat ${n} lembar`,
  tulisKeBiasa: (n: number) => `Ubah ${n} lembar ke rumus biasa`,
  tulisKeIki: (n: number) => `Ubah ${n} lembar ke rumus IKI`,
  batal: "Batal",
  tutup: "Tutup",

  bukaLembar: (name: string) => `Buka “${name}”`,
} as const;

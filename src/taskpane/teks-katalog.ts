/** The texts of the section "Katalog IKI" (KatalogSection.tsx, use-katalog-actions.ts); its title is in teks.ts. */
export const teksKatalog = {
  identitas: (instansi: string, nomor: string, tahun: number) =>
    `${instansi}, Keputusan nomor ${nomor}, tahun ${tahun}`,
  bawaan: "Katalog bawaan add-in.",
  tersimpan: "Katalog tersimpan di buku kerja ini.",
  petunjuk:
    "Ekspor katalog ke lembar baru, ubah isinya di Excel (satu baris judul per tabel; kolom dikenali dari judulnya), lalu pakai katalog dari lembar-lembar itu. Katalog yang dipakai disimpan di buku kerja ini.",
  ekspor: "Ekspor katalog ke lembar baru",
  pakai: "Pakai katalog dari lembar-lembar ini",
  kembali: "Kembali ke katalog bawaan",

  eksporBerhasil: (jumlah: number) => `Katalog diekspor ke ${jumlah} lembar baru`,
  eksporLembar: (names: string[]) => `Lembar: ${names.join(", ")}.`,
  tidakAdaLembar: "Lembar katalog tidak ditemukan",
  /** `lembar`: the layout's data sheets (LEMBAR_DATA, given by the lazily loaded import). */
  tidakAdaLembarSaran: (lembar: readonly string[]) =>
    `Buku kerja ini tidak memiliki lembar katalog (${lembar.join(", ")}). Ekspor katalog dulu, ubah, lalu pakai lagi.`,
  tidakValid: (jumlah: number) =>
    `Katalog tidak dipakai: ${jumlah} masalah. Tidak ada yang berubah; perbaiki lalu coba lagi.`,
  dipakai: "Katalog dipakai dan disimpan di buku kerja ini",
  ringkasan: (jabatan: number, indikator: number, peringatan: number) =>
    `${jabatan} jabatan, ${indikator} indikator, ${peringatan} peringatan.`,
  peringatan: (baris: string) => `Peringatan: ${baris}`,
  dibaca: (lembar: string[]) => `Dibaca dari lembar: ${lembar.join(", ")}.`,
  masalahLain: (jumlah: number) => `… dan ${jumlah} masalah lain.`,
  tampilkanSemua: "Tampilkan semua",
  tampilkanSedikit: "Tampilkan 20 pertama",
  sedangMembaca: "Membaca lembar katalog…",
  sedangMengekspor: "Menulis katalog ke lembar baru…",
  sedangMenghapus: "Menghapus katalog yang tersimpan…",
  rusakSaran:
    "Katalog bawaan dipakai sementara. Perbaiki lembar katalog lalu pakai lagi, atau pilih “Kembali ke katalog bawaan” di bagian Katalog IKI untuk menghapus katalog yang rusak dari buku kerja ini.",
  kembaliBerhasil: "Katalog bawaan dipakai lagi",
  kembaliBerhasilRincian: "Katalog yang tersimpan di buku kerja ini sudah dihapus.",
} as const;

/** Every text the task pane shows, in one place so the wording can be reviewed together. */
export const teks = {
  judul: "IKI Dinas Sosial",
  subjudul: "Indikator Kinerja Individu Dinas Sosial Kabupaten Malang",
  sumber:
    "Sumber: Keputusan Kepala Dinas Sosial Kabupaten Malang Nomor 188.4/03/KEP/35.07.306/2024",
  bukanExcel:
    "Panel ini berjalan di luar Excel (pratinjau peramban). Untuk menyisipkan templat ke buku kerja, buka add-in ini dari Excel.",
  hostLain: (host: string) =>
    `Add-in ini hanya untuk Excel; aplikasi ini (${host}) tidak didukung.`,
  bantuan: "Bantuan dan daftar fungsi IKI",
} as const;

/** What the lifecycle commands say (args-rawat.ts, rawat.ts), in Bahasa Indonesia. */
export const pesanRawat = {
  argumenLebih: (arg: string) =>
    `Argumen tidak dikenal: "${arg}". Nama berkas yang berisi spasi harus diberi tanda kutip.`,
  rumusSalah: (nilai: string) =>
    `--ubah-rumus memerlukan "biasa" (rumus Excel biasa, untuk yang tidak memakai add-in) atau "iki" (rumus IKI.*); yang tertulis "${nilai}".`,
  perluSatuBerkas: (ada: string[]) =>
    ada.length === 0
      ? "--ubah-rumus memerlukan berkas .xlsx sesudah pilihannya, mis. --ubah-rumus biasa buku.xlsx -o salinan.xlsx."
      : `--ubah-rumus mengubah satu berkas saja; yang tertulis: ${ada.map((a) => `"${a}"`).join(", ")}.`,
  bawaTargetSendiri:
    "--bawa-target hanya dipakai bersama --tahun-berikutnya (target tahun ini dibawa ke lembar tahun berikutnya).",
  satuSaja: (opsi: string[]) => `Pilih satu saja: ${opsi.join(" atau ")}.`,
  denganLain: (perintah: string, opsi: string[]) =>
    `${perintah} tidak dipakai bersama ${opsi.join(", ")}. Lihat --bantuan untuk pilihan yang boleh.`,
  bukanXlsx: (berkas: string) => `Berkas masukan harus berkas .xlsx; "${berkas}" bukan.`,
  masukanTidakTerbaca: (berkas: string, sebab: string) =>
    `Berkas "${berkas}" tidak dapat dibaca: ${sebab}`,
  katalogTersimpanRusak: (berkas: string, masalah: string) =>
    `Katalog yang tersimpan di "${berkas}" tidak dapat dipakai (${masalah}); lembar yang dibuat darinya tidak dapat diperbarui.`,
  membaca: (berkas: string) => `Membaca ${berkas} …`,
  tidakAda: "berkas itu tidak ada; periksa nama dan foldernya",
  keluaranSamaDenganMasukan: (berkas: string) =>
    `Berkas keluaran tidak boleh sama dengan berkas masukan "${berkas}": berkas masukan tidak pernah ditimpa. Pilih nama lain dengan -o.`,
  tidakAdaPerubahan: "Tidak ada yang perlu diubah; tidak ada berkas yang ditulis.",
  selesai: (berkas: string, kb: number) =>
    `Selesai: ${berkas} (${kb} KB). Berkas masukan tidak diubah.`,
  namaKeluaran: {
    perbarui: "diperbarui",
    rumusBiasa: "rumus-biasa",
    rumusIki: "rumus-iki",
  },
};

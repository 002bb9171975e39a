/** Every text the xlsx sink writes beyond the plan, in Bahasa Indonesia, in one place for review. */
export const teks = {
  /** Where the plan has a chart: ExcelJS cannot write charts, so the cell says what to do instead. */
  grafikTidakAda: (judul: string, data: string) =>
    `Grafik "${judul}" tidak dapat dibuat di berkas dari baris perintah. Data grafik ada di ${data}: ` +
    "pilih sel tersebut lalu Sisipkan > Diagram Batang, atau bangun ulang rekap dari add-in IKI di Excel.",
  /**
   * Why a file given as .xlsx cannot be read, in whole sentences: the library's English ("Corrupted
   * zip ?") tells a user nothing; what kind of file it is tells them what to do.
   */
  tidakTerbaca: {
    kosong: "Berkas ini kosong (0 byte); salin lagi berkas aslinya.",
    xlsLama:
      'Berkas ini berformat Excel lama (.xls) atau dilindungi kata sandi. Buka di Excel, hapus kata sandinya bila ada, lalu simpan sebagai "Excel Workbook (*.xlsx)".',
    rusak:
      'Berkas ini rusak, mungkin terpotong saat disalin atau diunduh. Salin lagi berkas aslinya, atau buka di Excel dan simpan ulang sebagai "Excel Workbook (*.xlsx)".',
    bukanXlsx:
      'Berkas ini bukan buku kerja Excel (.xlsx), walau namanya berakhiran .xlsx. Buka di Excel lalu simpan sebagai "Excel Workbook (*.xlsx)".',
  },
};

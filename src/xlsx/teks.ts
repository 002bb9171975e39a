/** Every text the xlsx sink writes beyond the plan, in Bahasa Indonesia, in one place for review. */
export const teks = {
  /** Where the plan has a chart: ExcelJS cannot write charts, so the cell says what to do instead. */
  grafikTidakAda: (judul: string, data: string) =>
    `Grafik "${judul}" tidak dapat dibuat di berkas dari baris perintah. Data grafik ada di ${data}: ` +
    "pilih sel tersebut lalu Sisipkan > Diagram Batang, atau bangun ulang rekap dari add-in IKI di Excel.",
  /** A file given as .xlsx that ExcelJS cannot open. */
  bukanXlsx: (sebab: string) =>
    `Berkas ini tidak dapat dibaca sebagai buku kerja Excel (.xlsx): ${sebab}. Simpan ulang dari Excel sebagai "Excel Workbook (*.xlsx)".`,
};

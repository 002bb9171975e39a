import type { Bawaan, Hilang } from "./package-contents";

/** Every text the xlsx sink writes beyond the plan, in Bahasa Indonesia, in one place for review. */
export const teks = {
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
    xlsLama97:
      'Berkas ini berformat Excel lama (.xls). Buka di Excel lalu simpan sebagai "Excel Workbook (*.xlsx)".',
    terkunciSandi:
      "Berkas ini dilindungi kata sandi untuk membuka. Buka di Excel dengan kata sandinya, hapus kata sandi (File > Info > Lindungi Buku Kerja > Enkripsi dengan Kata Sandi, kosongkan), simpan, lalu gabungkan lagi.",
    terlindungiLabel:
      "Berkas ini dilindungi label sensitivitas atau IRM (izin akses), sehingga isinya terenkripsi. Buka di Excel, ubah labelnya ke yang tanpa enkripsi atau hapus pembatasan akses (File > Info > Lindungi Buku Kerja), simpan, lalu gabungkan lagi.",
    pdf: "Berkas ini dokumen PDF, bukan buku kerja Excel (.xlsx). Gunakan berkas .xlsx aslinya.",
  },
  /** What the input file held that the output written from it does not carry (writeXlsx `hilang`). */
  hilang: {
    judul:
      "Bagian berikut dari berkas masukan tidak ikut ke berkas hasil, karena baris perintah tidak dapat membawanya:",
    apa: {
      grafik: "grafik",
      pivot: "tabel pivot",
      gambar: "gambar atau bentuk",
      slicer: "slicer atau timeline",
      komentar: "komentar",
      komentarBerutas: "komentar berutas (percakapan)",
      tabel: "tabel Excel",
      objek: "objek tersemat atau kontrol",
      makro: "makro (VBA)",
      tautanLuar: "tautan ke buku kerja lain",
      nama: "nama terdefinisi (Rumus > Pengelola Nama) yang merujuk ke lembar yang tidak ada lagi",
    } satisfies Record<Bawaan, string>,
    saran:
      "Salin bagian itu dari berkas masukan ke berkas hasil di Excel, atau jalankan tindakan ini dari add-in IKI di Excel, yang tidak menghapusnya.",
  },
};

/** The lines the command line prints for `hilang`: a title, one line per sheet, the advice; none when nothing was lost. */
export function teksHilang(hilang: Hilang[]): string[] {
  if (hilang.length === 0) return [];
  const perLembar = new Map<string, Set<string>>();
  for (const h of hilang) {
    const apa = perLembar.get(h.sheet) ?? new Set<string>();
    apa.add(teks.hilang.apa[h.apa]);
    perLembar.set(h.sheet, apa);
  }
  const baris = [...perLembar].map(([sheet, apa]) =>
    sheet === ""
      ? `- Buku kerja: ${[...apa].join(", ")}.`
      : `- Lembar "${sheet}": ${[...apa].join(", ")}.`
  );
  return [teks.hilang.judul, ...baris, teks.hilang.saran];
}

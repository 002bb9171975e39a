/** What the merge of staff files says, in Bahasa Indonesia: the report (screen, CLI, sheet) and the sisa block. */
import type { GalatBerkas } from "./types";

const daftar = (xs: string[]): string =>
  xs.length <= 1 ? (xs[0] ?? "") : `${xs.slice(0, -1).join(", ")} dan ${xs[xs.length - 1]}`;

/** At most `n` items named, the rest counted. */
export function ringkas(xs: string[], n = 12): string {
  if (xs.length <= n) return daftar(xs);
  return `${xs.slice(0, n).join(", ")} dan ${xs.length - n} lainnya`;
}

export const teks = {
  namaLembar: "Laporan penggabungan",
  judul: (tahun: number, katalog: string) =>
    `LAPORAN PENGGABUNGAN BERKAS IKI PEGAWAI TAHUN ${tahun} (${katalog})`,
  ringkasan: (berkas: number, gagal: number, lembar: number, masalah: number) =>
    `${berkas} berkas dibaca${gagal > 0 ? `, ${gagal} tidak dapat dibaca` : ""}, ${lembar} lembar digabung, ${masalah === 0 ? "tidak ada masalah" : `${masalah} masalah perlu diperiksa`}.`,
  rekap: (nama: string) => `Rekap: lembar "${nama}".`,
  tanpaRekap: "Tidak ada lembar yang digabung: buku kerja tidak ditulis.",
  berkas: (nama: string) => `Berkas ${nama}`,
  /** A file named like another in the list: told apart by its place. */
  berkasKe: (nama: string, ke: number) => `${nama} (berkas ke-${ke} dalam daftar)`,
  galat: {
    "terkunci-sandi":
      "tidak dapat dibuka: berkas dikunci dengan kata sandi. Minta pegawai menyimpannya tanpa kata sandi.",
    "bukan-xlsx":
      "tidak dapat dibaca: bukan berkas Excel .xlsx (mungkin .xls lama, PDF, atau berkas kosong). Simpan ulang sebagai .xlsx.",
    "tidak-terbaca": "tidak dapat dibaca: berkas .xlsx rusak. Minta pegawai menyimpannya ulang.",
  } satisfies Record<GalatBerkas, string>,
  /** The reader's sentence (src/xlsx/teks.ts) after what happened. */
  galatSebab: (kind: GalatBerkas, sebab: string) =>
    `${kind === "terkunci-sandi" ? "tidak dapat dibuka" : "tidak dapat dibaca"}: ${sebab}`,
  kosong:
    "tidak ada lembar IKI di dalamnya: tidak ada yang diambil. Periksa apakah berkasnya benar.",
  dikenali: {
    penanda: "",
    isi: " (dikenali dari isinya: penanda lembar hilang karena disimpan ulang oleh program lain)",
  },
  dikenaliKatalog:
    " (dikenali dari isinya: penanda menyebut katalog yang tidak dikenal; isinya cocok dengan katalog yang dipakai)",
  dikenaliSaja: " (dikenali dari isinya)",
  digabung: (sheet: string, jabatan: string, nama: string, ke: string, diambil: number) =>
    `- Lembar "${sheet}" (${jabatan}${nama ? `, ${nama}` : ""}) -> lembar "${ke}": ${diambil} isian disalin`,
  mengganti: (lama: string) => `; menggantikan lembar "${lama}" di buku kerja ini`,
  tidakDiambil: (sheet: string, jabatan: string, nama: string) =>
    `- Lembar "${sheet}" (${jabatan}${nama ? `, ${nama}` : ""}) TIDAK diambil: `,
  ganda: (berkas: string, karena: "disimpan" | "urutan") =>
    `jabatan dan nama pegawai yang sama ada di berkas ${berkas} yang ${karena === "disimpan" ? "disimpan lebih akhir" : "waktu simpannya sama (atau tidak diketahui) dan letaknya lebih akhir dalam daftar"}; yang diambil berkas itu.`,
  gandaSeBerkas:
    "lembar lain di berkas ini untuk jabatan dan nama pegawai yang sama (yang letaknya lebih akhir) sudah diambil.",
  tahunLain: (tahun: number, dipakai: number) =>
    `lembar tahun ${tahun}, sedangkan penggabungan ini untuk tahun ${dipakai}.`,
  jabatanTidakAda: "jabatannya tidak ada dalam katalog yang dipakai.",
  katalogTidakDikenal:
    "lembar dibuat dari katalog yang tidak dikenal di sini, dan isinya tidak cocok dengan katalog yang dikenal. Minta pegawai mengirim berkas yang memuat lembar katalognya (IKI-Katalog), atau pakai katalog itu lalu gabungkan lagi.",
  tidakDikenali: (sheet: string) =>
    `- Lembar "${sheet}" tampak seperti lembar IKI tetapi jabatannya tidak dikenali (judul, nama jabatan atau susunan barisnya berubah): TIDAK diambil. Periksa judul dan nama jabatannya, atau salin isiannya secara manual.`,
  katalogTakDikenal: "katalog yang tidak dikenal",
  susunanBerubah:
    "susunan baris atau kolomnya berubah terlalu banyak (baris dihapus atau judul diubah), sehingga isian tidak dapat dibaca dengan aman. Salin isiannya secara manual.",
  masalah: {
    katalogLain: (katalog: string) =>
      `  * Dibuat dari katalog lain (${katalog}): isian dipindah ke lembar katalog yang dipakai menurut indikatornya.`,
    rumusDitimpa: (sel: string) =>
      `  * Angka atau teks diketik di sel rumus/judul ${sel}: nilai ketikan dipertahankan di selnya; periksa apakah memang disengaja.`,
    barisDitambah: (baris: string) =>
      `  * Baris ${baris} disisipkan pegawai: isinya disalin ke bagian "isian yang tidak mempunyai tempat" di bawah tanda tangan.`,
    tanpaTempat: (n: number, asal: string) =>
      `  * ${n} isian tidak mempunyai tempat di lembar baru (${asal}): disalin ke bagian di bawah tanda tangan.`,
    periksa: (sel: string) =>
      `  * Rumus ketikan di sel ${sel} merujuk sel yang tempatnya berubah: periksa rumusnya.`,
  },
  lainnya: (nama: string[]) =>
    `- Lembar lain yang tidak diambil (bukan lembar IKI): ${ringkas(nama.map((n) => `"${n}"`))}.`,
  tanpaBerkasJudul: (n: number) => `Jabatan tanpa berkas (${n}):`,
  tanpaBerkas: (jabatan: string, unitKerja?: string) =>
    `- ${jabatan}${unitKerja ? ` (${unitKerja})` : ""}: tidak ada lembar yang digabung.`,
  /** Unlocked references are set again to the new sheet (information); locked ones break (problems). */
  rujukanJudul: (n: number, terkunci: number) =>
    `${n} rumus di lembar lain merujuk lembar yang diganti: diset ulang otomatis ke lembar barunya; periksa bila barisnya berpindah${terkunci > 0 ? `. ${terkunci} di lembar terkunci tidak dapat diset ulang (masalah)` : ""}:`,
  rujukan: (sheet: string, sel: string, rumus: string, terkunci: boolean) =>
    `- ${sheet}!${sel}: ${rumus}${terkunci ? " (lembarnya dikunci: rujukan ini menjadi #REF!; buka kuncinya dan ketik ulang)" : ""}`,
  /** Sisa entries of the merge. */
  sisa: {
    catatan:
      "Nilai-nilai ini ada di berkas pegawai, tetapi tidak mempunyai tempat di lembar ini (baris yang disisipkan pegawai, atau indikator yang tidak ada di katalog yang dipakai). Salin yang masih diperlukan ke tempatnya, lalu hapus baris-baris ini.",
    baris: (n: number) => `Baris ${n} sisipan`,
    sel: (alamat: string) => `Sel ${alamat}`,
  },
  daftar,
};

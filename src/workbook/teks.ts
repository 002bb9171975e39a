/** Every text the workbook adapter shows or writes, in one place so the wording is reviewed together. */
import type { AksiLembar } from "../lifecycle/types";

/** The progress and result of the write syncs, named for what they do (an insert, an action). */
export interface TeksTulis {
  menyiapkan: (jumlah: number) => string;
  menulis: (dari: number, sampai: number, jumlah: number) => string;
  selesai: (jumlah: number) => string;
}

const rentang = (dari: number, sampai: number) =>
  dari === sampai ? `${dari}` : `${dari}–${sampai}`;

/** A lifecycle action's write: "Memperbarui lembar 3 dari 22…", never "dibuat" for a replaced sheet. */
const TULIS_RAWAT: Record<AksiLembar["kind"], TeksTulis> = {
  perbarui: {
    menyiapkan: (n) => `Menyiapkan ${n} lembar yang diperbarui…`,
    menulis: (d, s, n) => `Memperbarui lembar ${rentang(d, s)} dari ${n}…`,
    selesai: (n) => `Selesai: ${n} lembar diperbarui.`,
  },
  "tahun-berikutnya": {
    menyiapkan: (n) => `Menyiapkan ${n} lembar tahun berikutnya…`,
    menulis: (d, s, n) => `Menulis lembar tahun berikutnya ${rentang(d, s)} dari ${n}…`,
    selesai: (n) => `Selesai: ${n} lembar tahun berikutnya dibuat.`,
  },
  "ubah-rumus": {
    menyiapkan: (n) => `Menyiapkan ${n} lembar yang rumusnya diubah…`,
    menulis: (d, s, n) => `Mengubah rumus lembar ${rentang(d, s)} dari ${n}…`,
    selesai: (n) => `Selesai: rumus ${n} lembar diubah.`,
  },
};

/** A merge's write: its staff sheets, the rekap and the report sheet. */
const TULIS_GABUNG: TeksTulis = {
  menyiapkan: (n) => `Menyiapkan ${n} lembar gabungan…`,
  menulis: (d, s, n) => `Menulis lembar gabungan ${rentang(d, s)} dari ${n}…`,
  selesai: (n) => `Selesai: ${n} lembar gabungan ditulis.`,
};

export const teks = {
  membacaBukuKerja: "Membaca daftar lembar kerja…",
  membacaPenanda: "Mencari lembar IKI yang sudah ada…",
  menyiapkanLembar: (jumlah: number) => `Menyiapkan ${jumlah} lembar…`,
  menulisLembar: (dari: number, sampai: number, jumlah: number) =>
    `Menulis lembar ${rentang(dari, sampai)} dari ${jumlah}…`,
  selesai: (jumlah: number) => `Selesai: ${jumlah} lembar dibuat.`,
  tulisRawat: (aksi: AksiLembar["kind"]): TeksTulis => TULIS_RAWAT[aksi],
  tulisGabung: TULIS_GABUNG,
  // Only the markers of sheets whose content already matches: no sheet is written.
  mencatatPenanda: "Mencatat katalog yang dipakai pada lembar…",
  penandaDicatat: (jumlah: number) =>
    `Selesai: ${jumlah} lembar sudah sesuai; kini dicatat memakai katalog yang baru.`,

  bukanExcel: "Add-in ini harus dijalankan di dalam Excel.",
  excelTerlaluLama: (versi: string) =>
    `Versi Excel ini terlalu lama untuk add-in IKI: dibutuhkan ExcelApi ${versi} ` +
    "(Microsoft 365, Excel 2021 atau yang lebih baru, Excel untuk Mac 16.40+, atau Excel untuk web). " +
    "Perbarui Office, lalu buka kembali add-in ini.",

  namaBentrok: (names: string[]) =>
    `Nama lembar sudah dipakai di buku kerja: ${names.join(", ")}. Tidak ada yang diubah; muat ulang panel lalu coba lagi.`,
  gagalMenyiapkan: (rincian: string) =>
    `Gagal menyiapkan lembar: ${rincian}. Tidak ada yang diubah.`,
  gagalMembaca: (kode: string) =>
    `Gagal membaca buku kerja (kode Excel: ${kode}). Tidak ada yang diubah.`,
  gagalJabatan: (nama: string[], kode: string) =>
    `Gagal membuat lembar IKI untuk jabatan ${nama.join(", ")} (kode Excel: ${kode}).`,
  gagalRekap: (kode: string) => `Gagal membuat lembar rekap (kode Excel: ${kode}).`,
  gagalEksporKatalog: (nama: string, kode: string) =>
    `Gagal mengekspor katalog ke lembar "${nama}" (kode Excel: ${kode}).`,
  gagalMenyimpanKatalog: (kode: string) =>
    `Gagal menyimpan katalog di buku kerja (kode Excel: ${kode}); katalog yang dipakai tidak berubah.`,
  gagalTanpaRincian: (kode: string) => `Gagal menulis ke buku kerja (kode Excel: ${kode}).`,
  permintaanDitolak: (kode: string) =>
    `Excel menolak seluruh permintaan penulisan (kode Excel: ${kode}); tidak ada lembar dari permintaan itu yang sempat dibuat, jadi tidak ada jabatan tertentu yang gagal.`,
  namaDiambilOrangLain: (nama: string, kode: string) =>
    `Nama lembar "${nama}" dipakai lembar lain yang dibuat selama penyisipan berjalan (mungkin oleh rekan yang menyunting bersama; kode Excel: ${kode}). Lembar itu bukan buatan add-in dan dibiarkan utuh.`,
  belumDiperiksa: (names: string[]) =>
    `Buku kerja tidak dapat diperiksa setelah kegagalan itu; lembar berikut mungkin sempat dibuat oleh add-in: ${names.join(", ")}. Periksa, lalu hapus yang tidak diinginkan.`,
  tidakAdaYangDibuat: "Tidak ada lembar yang dibuat; buku kerja tidak berubah.",
  sudahDibersihkan:
    "Lembar yang sempat dibuat sudah dihapus; buku kerja kembali seperti sebelumnya.",
  bukanRumus: "Contoh rumus harus diawali tanda =.",
  pilihSatuSel: "Pilih satu sel kosong dulu, lalu coba lagi.",
  selTidakKosong: (alamat: string) =>
    `Sel ${alamat} sudah berisi; pilih sel kosong agar isinya tidak tertimpa.`,
  gagalMenulisRumus: (kode: string) => `Gagal menulis rumus ke sel terpilih (kode Excel: ${kode}).`,
  // A rekap holds only formulas over the IKI sheets: a failed rewrite loses no user data, and its
  // marker stays, so running it again finds the same sheet and rewrites it whole.
  rekapBelumLengkap: (nama: string) =>
    `Lembar rekap "${nama}" mungkin kosong atau belum lengkap; tidak ada isian yang hilang. Jalankan "Buat atau perbarui rekap" lagi.`,
  lembarTidakAda: (nama: string) =>
    `Lembar "${nama}" tidak ditemukan lagi; mungkin sudah dihapus atau diganti namanya.`,
  gagalMembukaLembar: (nama: string, kode: string) =>
    `Gagal membuka lembar "${nama}" (kode Excel: ${kode}).`,
  gagalMembacaKatalog: (kode: string) =>
    `Gagal membaca katalog dari buku kerja (kode Excel: ${kode}); katalog bawaan dipakai.`,
  gagalMenghapusKatalog: (kode: string) =>
    `Gagal menghapus katalog yang tersimpan (kode Excel: ${kode}); buku kerja tidak berubah.`,
  membacaLembar: (ke: number, jumlah: number) =>
    jumlah === 1 ? "Membaca lembar…" : `Membaca lembar (bagian ${ke} dari ${jumlah})…`,
  // A failed last sync of a refresh: the old sheets of these were already deleted, so the new ones,
  // which hold every typed value, stay in their place (supersede.ts).
  sebagianDiganti: (names: string[], tanpaNama: string[]) =>
    `Lembar berikut sudah diganti dengan yang baru sebelum kegagalan itu dan dipertahankan (semua isian ada di dalamnya): ${names.join(", ")}.` +
    (tanpaNama.length > 0
      ? ` Lembar ${tanpaNama.join(", ")} belum dapat diberi nama lembar lamanya; ganti namanya secara manual.`
      : "") +
    ' Lembar lain tidak berubah. Jalankan lagi untuk menyelesaikan, lalu "Buat atau perbarui rekap".',
  gantiBelumDiperiksa: (names: string[]) =>
    `Buku kerja tidak dapat diperiksa setelah kegagalan itu; lembar baru berikut dibiarkan agar tidak ada isian yang hilang: ${names.join(", ")}. Periksa lembar lama dan yang baru, lalu hapus yang tidak diperlukan.`,
  tidakBersih: (names: string[]) =>
    `Lembar berikut sempat dibuat tetapi tidak dapat dihapus otomatis; hapus secara manual: ${names.join(", ")}.`,
} as const;

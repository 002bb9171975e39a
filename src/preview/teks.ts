/** Every text of the dev-only browser preview (the production bundle never imports it). */
import type { AksiLembar } from "../lifecycle/types";

/** A lifecycle action that failed, named for what it was doing. */
const GAGAL_RAWAT: Record<AksiLembar["kind"], string> = {
  perbarui: "Lembar IKI tidak dapat diperbarui",
  "tahun-berikutnya": "Lembar tahun berikutnya tidak dapat dibuat",
  "ubah-rumus": "Rumus lembar IKI tidak dapat diubah",
};

/** What Excel's error codes mean, for a cell whose formula does not explain itself. */
const ARTI_GALAT: Record<string, string> = {
  "#DIV/0!": "pembagian dengan nol; penyebut atau target masih kosong atau 0.",
  "#VALUE!": "ada isian yang bukan angka di sel yang dipakai rumus ini.",
  "#NAME?": "nama fungsi tidak dikenal (fungsi IKI hanya ada bila add-in dimuat).",
  "#REF!": "rumus merujuk sel atau lembar yang sudah dihapus.",
  "#N/A": "nilai yang dicari tidak ada.",
  "#NUM!": "angka di luar batas yang dapat dihitung.",
  "#NULL!": "rentang sel dalam rumus tidak bertemu.",
};

export const teksPratinjau = {
  judul: "Pratinjau IKI Dinas Sosial (tanpa Excel)",
  catatan:
    "Buku kerja di sebelah kanan hanya ada di peramban ini (dihitung dengan HyperFormula dan fungsi IKI). Sisipkan templat, lalu isi sel kuning.",
  panel: "Panel tugas",
  bukuKerja: "Buku kerja",
  daftarLembar: "Lembar kerja",
  kosong: "Buku kerja kosong.",
  lembarAwal: "Lembar1",
  sel: "Sel",
  selPetunjuk: "Ketik alamat sel (misalnya B3) lalu Enter untuk memilihnya.",
  isi: "Isi",
  ubahIsi: "Ubah isi",
  ubahIsiPetunjuk:
    "Ketik teks baru untuk sel terpilih lalu Enter (misalnya untuk menyunting lembar katalog); kosong menghapus isinya.",
  selLabel: (alamat: string) => `Sel ${alamat}`,
  pilihSel:
    "Pilih dulu satu sel kosong di lembar kerja (klik sel atau ketik alamatnya di kotak Sel).",
  alamatSalah: (teks: string) => `“${teks}” bukan alamat sel. Contoh alamat: B3.`,
  selTerisi: (alamat: string) =>
    `Sel ${alamat} sudah berisi data. Pilih sel kosong, lalu klik lagi; add-in tidak menimpa isi sel.`,
  bukanAngka: "Isian harus berupa angka 0 atau lebih.",
  titikDesimal: (ketik: string) =>
    `“${ketik}” bukan angka di Excel berbahasa Indonesia: titik memisahkan ribuan (1.000 = seribu) dan koma menandai desimal. ` +
    (/^[^.]*\.[^.]*$/.test(ketik)
      ? `Tulis “${ketik.replace(".", ",")}”.`
      : "Tulis desimal dengan koma."),
  /** An error cell explained: the IKI function's own words, else what its code means. */
  galatSel: (alamat: string, kode: string, pesan?: string) =>
    `Sel ${alamat} berisi ${kode}: ${pesan ?? ARTI_GALAT[kode] ?? "rumus tidak dapat dihitung."}`,
  selTerkunci: (alamat: string) =>
    `Sel ${alamat} dikunci (rumus atau judul); hanya sel kuning yang dapat diisi. Buka kunci lewat Tinjau > Buka Proteksi Lembar.`,
  menulis: (ke: number, jumlah: number, nama: string) =>
    `Menulis lembar ${ke} dari ${jumlah}: ${nama}…`,
  menulisRekap: "Menyusun rekap…",
  selesai: "Selesai",
  gagalRawat: (aksi: AksiLembar["kind"], rincian: string) =>
    `${GAGAL_RAWAT[aksi]}; buku kerja tidak diubah${rincian}.`,
  gagalGabung: (rincian: string) =>
    `Berkas pegawai tidak dapat digabungkan; buku kerja tidak diubah${rincian}.`,
  gagalDibersihkan:
    "Lembar yang sempat dibuat sudah dihapus; buku kerja kembali seperti sebelumnya.",
} as const;

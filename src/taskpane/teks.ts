/** Every text the task pane shows, in one place so the wording can be reviewed together. */
import type { MatchReason } from "../catalog";

/** Words of a meaning as a name is written: "kepala sub bagian" -> "Kepala Sub Bagian", "dan" stays. */
const judulKata = (s: string) =>
  s.replace(/\p{L}+/gu, (w) =>
    w === "dan" || w === "serta" ? w : w[0].toUpperCase() + w.slice(1)
  );

/** An abbreviation as it is written: initials in capitals (AM, BMN), others capitalised (Kabid). */
const singkatanDitulis = (typed: string, meaning: string) =>
  typed ===
  meaning
    .split(" ")
    .map((w) => w[0])
    .join("")
    ? typed.toUpperCase()
    : typed[0].toUpperCase() + typed.slice(1);

/** One IKI.* function as the pane lists it: the example is written en-US (as Office.js writes formulas). */
export interface FungsiContoh {
  nama: string;
  guna: string;
  /** Example formula, en-US separators (","), constants only so it works in any empty cell. */
  contoh: string;
  /** What the example gives. */
  hasil: string;
}

export const teks = {
  judul: "IKI Dinas Sosial",
  subjudul: (instansi: string) => `Indikator Kinerja Individu ${instansi}`,
  sumber: (penetap: string, pemerintah: string, nomor: string) =>
    `Sumber: Keputusan ${penetap} ${pemerintah} Nomor ${nomor}`,
  bantuan: "Bantuan dan daftar lengkap fungsi IKI",
  memuat: "Memuat panel…",

  // Host and support
  bukanExcel:
    "Panel ini berjalan di luar Excel. Untuk menyisipkan templat ke buku kerja, buka add-in ini dari Excel (tab Beranda, tombol Templat IKI).",
  hostLain: (host: string) =>
    `Add-in ini hanya untuk Excel; aplikasi ini (${host}) tidak didukung. Buka buku kerja di Excel, lalu jalankan add-in dari sana.`,
  tidakDidukungJudul: "Add-in tidak dapat dipakai di sini",
  tidakDidukungSaran:
    "Tanpa add-in, pakai berkas templat .xlsx dengan rumus Excel biasa dari admin/TI kantor.",

  // Jabatan
  jabatanJudul: "1. Pilih jabatan",
  cari: "Cari jabatan",
  cariPetunjuk:
    "Ketik kata dari nama jabatan, tugas atau indikatornya, misalnya “bencana”, “arsip” atau singkatan seperti “Kabid”; salah ketik kecil tetap ditemukan.",
  cariHasil: (n: number, q: string) =>
    n === 0
      ? `Tidak ada jabatan yang cocok dengan “${q}”. Coba kata lain atau pilih bidang di bawah.`
      : `${n} jabatan cocok dengan “${q}”.`,
  cariDaftar: "Hasil pencarian jabatan",
  /** Under a result found by a near spelling or an abbreviation: why it is there. */
  cariAlasan: (r: MatchReason): string =>
    r.kind === "typo"
      ? `mirip “${r.word}” (diketik “${r.typed}”)`
      : `${singkatanDitulis(r.typed, r.meaning)} = ${judulKata(r.meaning)}`,
  bidang: "Bidang",
  jabatan: "Jabatan",
  pilihBidang: "— pilih bidang —",
  pilihJabatan: "— pilih jabatan —",
  jumlahJabatan: (n: number) => `${n} jabatan`,
  terpilih: (nama: string) => `Jabatan terpilih: ${nama}`,

  // Jabatan detail
  indikatorJudul: (n: number) => `Indikator kinerja (${n})`,
  indikatorKosong:
    "Keputusan tidak memuat indikator kinerja untuk jabatan ini. Templat menyediakan 5 baris kosong yang Anda isi sendiri (kinerja, indikator, target, realisasi).",
  tugasJudul: (n: number) => `Tugas (${n})`,
  tugasKosong: "Tugas tidak tercantum dalam Keputusan.",
  fungsiJabatanJudul: (n: number) => `Fungsi (${n})`,
  kinerja: "Kinerja",
  formulasi: "Formulasi",
  sumberData: "Sumber data",
  satuan: "Satuan",
  jenis: { persen: "persentase", penurunan: "persentase penurunan", jumlah: "jumlah" },
  cara: { kumulatif: "kumulatif setahun", "nilai-akhir": "nilai triwulan terakhir" },
  polaritasNegatif: "makin rendah makin baik",

  // Identity
  identitasJudul: "2. Identitas pegawai",
  identitasPetunjuk:
    "Diisi ke lembar IKI. Boleh dikosongkan dan diisi nanti di lembar. Disimpan untuk pemakaian berikutnya.",
  nama: "Nama",
  nip: "NIP",
  nipPetunjuk: "18 angka, spasi boleh (contoh 19800101 200501 1 001)",
  pangkat: "Pangkat/golongan",
  pangkatContoh: "contoh: Penata, III/c",
  penilaiNama: "Nama pejabat penilai",
  penilaiNip: "NIP pejabat penilai",
  tahun: "Tahun",

  // Options
  pilihanJudul: "3. Pilihan rumus",
  mode: "Jenis rumus",
  modeIki: "Fungsi IKI (IKI.CAPAIAN dan lainnya)",
  modeNative: "Rumus Excel biasa",
  modePetunjuk:
    "Pilih fungsi IKI bila semua yang membuka berkas memakai Excel dengan add-in ini; pilih rumus Excel biasa bila berkas dikirim ke pihak lain atau dibuka di Excel 2016/2019, LibreOffice atau WPS (hasilnya sama).",
  skala: "Skala predikat",
  skalaLima: "Lima tingkat (LKjIP): ≥91 Sangat Baik … <51 Sangat Kurang",
  skalaPermenpan: "PermenPANRB 8/2021: >100 Sangat Baik, 100 Baik, 80–99 Cukup …",
  kunci: "Kunci rumus",
  kunciPetunjuk:
    "Sel rumus dan judul dikunci; hanya sel kuning yang dapat diisi. Buka kunci lewat Tinjau > Buka Proteksi Lembar (tanpa kata sandi).",

  // Actions
  aksiJudul: "4. Sisipkan ke buku kerja",
  sisipJabatan: "Sisipkan lembar jabatan ini",
  sisipBidang: (n: number) => `Sisipkan semua jabatan bidang ini (${n} lembar) dan rekap`,
  sisipBidangKosong: "Sisipkan semua jabatan bidang ini dan rekap",
  rekap: "Buat atau perbarui rekap",
  rekapPetunjuk:
    "Rekap disusun dari lembar IKI tahun itu di buku kerja. Satu rekap per tahun: rekap tahun itu yang sudah ada ditulis ulang di lembarnya sendiri, jadi jangan mengetik catatan di lembar rekap (isinya akan terganti).",
  sedangBerjalan: "Sedang bekerja…",
  kemajuan: "Kemajuan",
  langkah: (done: number, total: number) => `${done} dari ${total} langkah`,
  berhasil: (jumlah: number) =>
    jumlah === 1 ? "Lembar berhasil dibuat" : `${jumlah} lembar berhasil dibuat`,
  berhasilDaftar: (names: string[]) => `Lembar baru: ${names.join(", ")}.`,
  berhasilRekap: (name: string) => `Rekap ada di lembar “${name}”.`,
  rekapBerhasil: "Rekap berhasil dibuat",
  rekapDiperbarui: "Rekap berhasil diperbarui",
  berhasilRekapDiperbarui: (name: string) => `Rekap di lembar “${name}” sudah diperbarui.`,

  // A jabatan that already has a sheet for the year: ask before making a second one.
  sudahAdaJudul: "Sudah ada lembarnya",
  sudahAdaSatu: (jabatan: string, tahun: number, lembar: string[]) =>
    `${jabatan} sudah punya lembar IKI ${tahun}: ${lembar.map((l) => `“${l}”`).join(", ")}.`,
  sudahAdaBanyak: (jumlah: number, tahun: number) =>
    `${jumlah} jabatan di bidang ini sudah punya lembar IKI ${tahun}:`,
  sudahAdaButir: (jabatan: string, lembar: string[]) =>
    `${jabatan}: ${lembar.map((l) => `“${l}”`).join(", ")}`,
  bukaLembar: "Buka lembar yang ada",
  buatKedua: "Buat lembar kedua (mis. untuk pegawai lain)",
  lewatiYangAda: "Lewati yang sudah ada",
  buatKeduaSemua: "Buat lembar kedua untuknya juga",
  batal: "Batal",
  tidakAdaLembarBaru: "Tidak ada lembar baru",
  semuaSudahAda:
    "Semua jabatan yang dipilih sudah punya lembar IKI tahun ini; tidak ada yang dibuat.",
  lembarDibuka: (name: string) => `Lembar “${name}” dibuka.`,
  gagalJudul: "Gagal",
  isianSalahJudul: "Isian belum benar",
  perluJabatan: "Pilih dulu jabatan (cari atau pilih dari daftar), lalu klik tombol ini lagi.",
  perluBidang: "Pilih dulu bidang, lalu klik tombol ini lagi.",
  periksaIsian: "Periksa isian yang ditandai merah di atas, lalu coba lagi.",
  galatTakTerduga: (rincian: string) =>
    `Terjadi kesalahan yang tidak terduga (${rincian}). Coba sekali lagi; bila masih gagal, simpan buku kerja, tutup dan buka kembali Excel, lalu jalankan add-in lagi.`,

  // Fungsi IKI
  fungsiJudul: "Fungsi IKI",
  fungsiPetunjuk:
    "Fungsi ini bisa diketik di sel mana pun seperti fungsi Excel biasa. Excel Anda mungkin menampilkan pemisah “;” sebagai pengganti “,”.",
  fungsiTulis: "Tulis contoh di sel terpilih",
  fungsiTulisLabel: (nama: string) => `Tulis contoh di sel terpilih: ${nama}`,
  fungsiTanpaTulis:
    "Salin contoh ke sel kosong. Menulis contoh langsung ke sel belum tersedia di Excel ini.",
  fungsiDitulis: (alamat: string) => `Rumus contoh ditulis di ${alamat}.`,
  contoh: "Contoh",

  fungsi: [
    {
      nama: "IKI.PERSEN",
      guna: "Persentase: jumlah pembilang / jumlah penyebut × 100.",
      contoh: "=IKI.PERSEN(45,60)",
      hasil: "75",
    },
    {
      nama: "IKI.PENURUNAN",
      guna: "Persentase penurunan dari nilai tahun lalu ke tahun ini.",
      contoh: "=IKI.PENURUNAN(200,150)",
      hasil: "25",
    },
    {
      nama: "IKI.CAPAIAN",
      guna: "Capaian (%) dari realisasi dan target; polaritas “negatif” bila makin rendah makin baik.",
      contoh: "=IKI.CAPAIAN(80,100)",
      hasil: "80",
    },
    {
      nama: "IKI.KUMULATIF",
      guna: "Jumlah triwulan yang terisi (untuk indikator hitungan).",
      contoh: "=IKI.KUMULATIF({10,20,5},2)",
      hasil: "30",
    },
    {
      nama: "IKI.NILAIAKHIR",
      guna: "Nilai triwulan terakhir yang terisi (untuk persentase).",
      contoh: "=IKI.NILAIAKHIR({10,20,5})",
      hasil: "5",
    },
    {
      nama: "IKI.PREDIKAT",
      guna: "Predikat dari capaian: Sangat Baik sampai Sangat Kurang; skala “permenpan” bila perlu.",
      contoh: "=IKI.PREDIKAT(85)",
      hasil: "Baik",
    },
    {
      nama: "IKI.NILAI",
      guna: "Nilai capaian IKI 0–120 menurut PermenPANRB 8/2021.",
      contoh: "=IKI.NILAI(98)",
      hasil: "88",
    },
    {
      nama: "IKI.RATA",
      guna: "Rata-rata capaian; sel kosong diabaikan.",
      contoh: "=IKI.RATA({80,90,100})",
      hasil: "90",
    },
  ] as FungsiContoh[],
  /** IKI.INDIKATOR's example names a jabatan of the catalog in use. */
  fungsiIndikator: (jabatan: string): FungsiContoh => ({
    nama: "IKI.INDIKATOR",
    guna: "Tabel indikator suatu jabatan dari katalog yang dipakai (mengisi beberapa sel ke kanan dan ke bawah).",
    contoh: `=IKI.INDIKATOR("${jabatan.replace(/"/g, '""')}")`,
    hasil: "tabel",
  }),

  // Katalog IKI (the section's other texts: teks-katalog.ts)
  katalogJudul: "Katalog IKI",
  // Perawatan lembar IKI (the section's other texts: teks-perawatan.ts, loaded with it)
  perawatanJudul: "Perawatan lembar IKI",
  // Gabungkan berkas pegawai (the section's other texts: teks-gabung.ts, loaded with it)
  gabungJudul: "Gabungkan berkas pegawai",
  // A folded section whose texts are loaded when first opened (SectionLoader.tsx).
  bagianMemuat: "Memuat…",
  bagianGagalMuat: (rincian: string) =>
    `Bagian ini tidak dapat dimuat (${rincian}). Tutup dan buka lagi panel ini untuk mencoba sekali lagi.`,
  katalogTakTerbaca: (rincian: string) =>
    `Katalog yang tersimpan di buku kerja ini tidak dapat dibaca (${rincian}); katalog bawaan dipakai sementara. Tutup dan buka lagi panel ini untuk mencoba sekali lagi.`,
} as const;

/**
 * Every text a person sees of the catalog tables: sheet and column names (the first name of a
 * column is its header, the others are aliases the import also accepts), the petunjuk, and the
 * message of every problem of an import. Plain Bahasa Indonesia for the staff who keep the IKI.
 */

export const LEMBAR = {
  petunjuk: "Petunjuk",
  instansi: "Instansi",
  jabatan: "Jabatan",
  tugas: "Tugas",
  fungsi: "Fungsi",
  indikator: "Indikator",
} as const;

/** Where the final check of a whole catalog reports (no single sheet holds the problem). */
export const KATALOG = "Katalog";

/** Column names per sheet: [header, ...aliases]. */
export const KOLOM = {
  instansi: { uraian: ["Uraian", "Field", "Data"], isi: ["Isi", "Nilai"] },
  jabatan: {
    urutan: ["Urutan", "No", "No Urut", "Nomor Urut"],
    id: ["Id Jabatan", "Id"],
    nama: ["Nama Jabatan", "Nama", "Jabatan"],
    bidang: ["Bidang"],
    unit: ["Unit", "Unit Kerja", "Sub Unit", "Sub Bagian"],
    catatan: ["Catatan", "Keterangan"],
  },
  tugas: { jabatan: ["Id Jabatan", "Jabatan"], tugas: ["Tugas", "Uraian Tugas"] },
  fungsi: { jabatan: ["Id Jabatan", "Jabatan"], fungsi: ["Fungsi", "Uraian Fungsi"] },
  indikator: {
    jabatan: ["Id Jabatan", "Jabatan"],
    id: ["Id Indikator", "Id"],
    kinerja: ["Kinerja"],
    indikator: ["Indikator Kinerja", "Indikator"],
    formulasi: ["Formulasi", "Formulasi Penghitungan", "Penjelasan/Formulasi Penghitungan"],
    pembilang: ["Pembilang"],
    penyebut: ["Penyebut"],
    sumberData: ["Sumber Data", "Sumber"],
    jenis: ["Jenis", "Jenis Indikator"],
    polaritas: ["Polaritas"],
    agregasi: ["Agregasi", "Cara Akumulasi"],
    satuan: ["Satuan"],
    catatan: ["Catatan", "Keterangan"],
  },
} as const;

/** The rows of the Instansi sheet: [label, ...aliases]. */
export const URAIAN_INSTANSI = {
  pemerintah: ["Pemerintah", "Pemerintah Daerah"],
  nama: ["Nama Instansi", "Instansi", "Perangkat Daerah"],
  penetap: ["Penetap", "Penetap Keputusan", "Pejabat Penetap"],
  pimpinan: ["Bidang Pimpinan", "Pimpinan"],
  tempat: ["Tempat Penandatanganan", "Tempat"],
  nomor: ["Nomor", "Nomor Keputusan"],
  tahun: ["Tahun"],
  sumber: ["Sumber", "Judul Keputusan"],
  catatan: ["Catatan", "Keterangan"],
} as const;

/** How the sheets show agregasi "nilai-akhir" (the data keeps the id). */
export const NILAI_AKHIR = "nilai akhir";

/** One sentence per sheet, written above its table. */
export const PETUNJUK_LEMBAR = {
  petunjuk:
    "Cara mengisi katalog IKI. Lembar ini dan semua contoh di dalamnya tidak ikut dibaca saat impor.",
  instansi: "Data instansi dan Keputusan IKI: satu baris per uraian, isi di kolom Isi.",
  jabatan: "Satu baris per jabatan, dalam urutan Keputusan.",
  tugas: "Satu baris per tugas; urutan baris menjadi urutan tugas pada lembar IKI.",
  fungsi: "Tidak wajib: satu baris per fungsi, ditampilkan di bawah tugas.",
  indikator:
    "Satu baris per indikator kinerja; jabatan tanpa indikator tidak perlu ditulis di sini.",
} as const;

/** What each Instansi row means (Petunjuk), with what the sheet prints from it. */
export const PENJELASAN_INSTANSI: Record<keyof typeof URAIAN_INSTANSI, string> = {
  pemerintah: 'Wajib. Daerah setelah kata "Pemerintah"; kop baris 1: "PEMERINTAH <pemerintah>".',
  nama: 'Wajib. Kop baris 2; unit kerja: "<unit>, <bidang>, <nama instansi> <pemerintah>".',
  penetap: 'Wajib. Pejabat yang menetapkan Keputusan, misalnya "Kepala Dinas Sosial".',
  pimpinan: "Tidak wajib. Bidang pimpinan instansi; unit kerjanya adalah instansi itu sendiri.",
  tempat: 'Wajib. Tempat tanda tangan: "<tempat>, ...... <tahun>".',
  nomor: "Wajib. Nomor Keputusan IKI seperti tertulis.",
  tahun: "Wajib. Tahun Keputusan, empat angka.",
  sumber: "Wajib. Judul lengkap Keputusan.",
  catatan: "Tidak wajib. Hal yang disimpulkan atau perlu diketahui tentang data ini.",
};

/** What each column means (Petunjuk): sheet -> column -> text. */
export const PENJELASAN_KOLOM = {
  jabatan: {
    urutan:
      "Nomor urut jabatan: 1, 2, 3 ... tanpa nomor ganda; bila kosong, jabatan ditaruh di akhir.",
    id: "Tidak wajib. Kode unik jabatan; bila kosong dibuat otomatis dari nama jabatan.",
    nama: 'Wajib. Nama jabatan seperti tertulis setelah "JABATAN :".',
    bidang: 'Wajib. Misalnya "Sekretariat" atau "Bidang Rehabilitasi Sosial".',
    unit: "Tidak wajib. Sub bagian atau seksi; kosongkan bila tidak ada.",
    catatan: "Tidak wajib. Catatan tentang jabatan ini.",
  },
  tugas: {
    jabatan: "Wajib. Id jabatan dari lembar Jabatan.",
    tugas: "Wajib. Satu tugas per baris.",
  },
  fungsi: {
    jabatan: "Wajib. Id jabatan dari lembar Jabatan.",
    fungsi: "Wajib. Satu fungsi per baris.",
  },
  indikator: {
    jabatan: "Wajib. Id jabatan dari lembar Jabatan.",
    id: "Tidak wajib. Kode unik indikator; bila kosong dibuat otomatis (<id jabatan>-<nomor>).",
    kinerja: "Wajib. Kinerja (sasaran) yang diukur.",
    indikator: "Wajib. Nama indikator kinerja.",
    formulasi: "Wajib. Penjelasan/formulasi penghitungan seperti tertulis.",
    pembilang:
      "Wajib untuk persen dan penurunan (penurunan: nilai tahun N-1); kosong untuk jumlah.",
    penyebut: "Wajib untuk persen dan penurunan (penurunan: nilai tahun N); kosong untuk jumlah.",
    sumberData: "Wajib. Dokumen atau laporan sumber data.",
    jenis: "Wajib. persen, penurunan atau jumlah.",
    polaritas: "positif (makin tinggi makin baik) atau negatif (makin rendah makin baik).",
    agregasi: "kumulatif (dijumlah per triwulan) atau nilai akhir (nilai triwulan terakhir).",
    satuan: '"%" untuk persen dan penurunan; untuk jumlah boleh kosong atau misalnya "dokumen".',
    catatan: "Tidak wajib. Catatan tentang indikator ini.",
  },
} as const;

/** Headers of the Petunjuk sheet and its section titles. */
export const PETUNJUK = {
  header: ["Lembar", "Kolom", "Penjelasan"],
  langkah: [
    "1. Isi lembar Instansi, lalu Jabatan, Tugas, Fungsi (bila ada) dan Indikator.",
    "2. Jabatan dihubungkan dengan tugas, fungsi dan indikatornya melalui Id Jabatan.",
    "3. Untuk menambah indikator cukup tulis Id Jabatan dan teksnya; Id Indikator boleh kosong.",
    "4. Baris kosong dan kolom tambahan boleh ada; kolom dikenali dari judulnya.",
    "5. Impor katalog: semua kesalahan ditampilkan sekaligus dengan lembar, baris dan kolomnya.",
  ],
  contoh: "CONTOH (tidak ikut dibaca saat impor)",
  contohLembar: (lembar: string) => `Contoh lembar ${lembar}`,
} as const;

type Pesan = { pesan: string; perbaikan: string };
const q = (s: string | number) => `"${s}"`;
const daftar = (xs: readonly string[]) => xs.join(", ");
const mungkin = (saran: string | undefined) => (saran ? `Mungkin maksudnya ${q(saran)}? ` : "");

/** The message of every problem of an import. */
export const MASALAH = {
  lembarTidakAda: (lembar: string): Pesan => ({
    pesan: `Lembar ${q(lembar)} tidak ditemukan.`,
    perbaikan: `Tambahkan lembar bernama ${q(lembar)} seperti pada lembar Petunjuk, atau ganti nama lembar yang berisi data ini.`,
  }),
  judulTidakAda: (kolom: readonly string[]): Pesan => ({
    pesan: `Baris judul tabel tidak ditemukan (baris yang memuat kolom ${daftar(kolom.map(q))}).`,
    perbaikan: "Tulis judul kolom di satu baris di atas data, seperti pada hasil ekspor katalog.",
  }),
  kolomTidakAda: (kolom: string): Pesan => ({
    pesan: `Kolom ${q(kolom)} tidak ditemukan di baris judul.`,
    perbaikan: `Tambahkan kolom berjudul ${q(kolom)} pada baris judul tabel.`,
  }),
  isiKosong: (kolom: string): Pesan => ({
    pesan: `Kolom ${q(kolom)} kosong, padahal wajib diisi.`,
    perbaikan: `Isi sel ini, atau hapus seluruh baris bila baris ini tidak dipakai.`,
  }),
  idJabatanGanda: (id: string, barisPertama: number): Pesan => ({
    pesan: `Id jabatan ${q(id)} sudah dipakai di baris ${barisPertama}.`,
    perbaikan: "Beri id yang berbeda, atau kosongkan sel agar id dibuat dari nama jabatan.",
  }),
  idIndikatorGanda: (id: string, lembar: string, barisPertama: number): Pesan => ({
    pesan: `Id indikator ${q(id)} sudah dipakai di lembar ${lembar} baris ${barisPertama}.`,
    perbaikan: "Beri id yang berbeda, atau kosongkan sel agar id dibuat otomatis.",
  }),
  jabatanTidakAda: (id: string, saran: string | undefined): Pesan => ({
    pesan: `Id jabatan ${q(id)} tidak ada di lembar Jabatan.`,
    perbaikan: `${mungkin(saran)}Tulis id persis seperti di kolom Id Jabatan lembar Jabatan, atau tambahkan jabatan itu di sana.`,
  }),
  jenisTidakDikenal: (nilai: string, saran: string | undefined): Pesan => ({
    pesan: `Jenis ${q(nilai)} tidak dikenal.`,
    perbaikan: `${mungkin(saran)}Pilih dari daftar: persen, penurunan atau jumlah.`,
  }),
  polaritasSalahTulis: (nilai: string, maksud: string): Pesan => ({
    pesan: `Polaritas ${q(nilai)} salah tulis; yang dimaksud tampaknya ${q(maksud)}.`,
    perbaikan: `Tulis ${q(maksud)} (pilih dari daftar: positif atau negatif).`,
  }),
  polaritasTidakDikenal: (nilai: string): Pesan => ({
    pesan: `Polaritas ${q(nilai)} tidak dikenal.`,
    perbaikan: "Pilih positif (makin tinggi makin baik) atau negatif (makin rendah makin baik).",
  }),
  agregasiTidakDikenal: (nilai: string, saran: string | undefined): Pesan => ({
    pesan: `Agregasi ${q(nilai)} tidak dikenal.`,
    perbaikan: `${mungkin(saran)}Pilih kumulatif (dijumlah per triwulan) atau nilai akhir (nilai triwulan terakhir).`,
  }),
  rumusTanpa: (jenis: string, kolom: string): Pesan => ({
    pesan: `Indikator jenis ${jenis} memerlukan ${kolom.toLowerCase()}, tetapi kolom ${q(kolom)} kosong.`,
    perbaikan: `Isi kolom ${q(kolom)} sesuai formulasi, atau ubah Jenis menjadi "jumlah" bila indikator ini berupa jumlah.`,
  }),
  rumusPadaJumlah: (kolom: string): Pesan => ({
    pesan: `Indikator jenis jumlah tidak memakai ${kolom.toLowerCase()}.`,
    perbaikan: `Kosongkan kolom ${q(kolom)}, atau ubah Jenis menjadi "persen" bila indikator ini dihitung dengan pembagian.`,
  }),
  satuanBukanPersen: (jenis: string, satuan: string): Pesan => ({
    pesan: `Satuan indikator jenis ${jenis} harus "%", tertulis ${q(satuan)}.`,
    perbaikan: `Tulis "%" di kolom Satuan, atau ubah Jenis menjadi "jumlah" bila yang dihitung adalah banyaknya.`,
  }),
  tahunSalah: (nilai: string): Pesan => ({
    pesan: `Tahun ${q(nilai)} bukan tahun empat angka.`,
    perbaikan: "Tulis tahun Keputusan dengan empat angka, misalnya 2025.",
  }),
  urutanBukanBilangan: (nilai: string): Pesan => ({
    pesan: `Urutan ${q(nilai)} bukan bilangan bulat.`,
    perbaikan: "Tulis nomor urut jabatan sebagai bilangan bulat: 1, 2, 3 ...",
  }),
  urutanGanda: (urutan: number, barisPertama: number): Pesan => ({
    pesan: `Urutan ${urutan} sudah dipakai di baris ${barisPertama}.`,
    perbaikan: "Beri setiap jabatan nomor urut yang berbeda.",
  }),
  instansiKosong: (uraian: string): Pesan => ({
    pesan: `${uraian} belum diisi.`,
    perbaikan: `Isi kolom Isi pada baris ${q(uraian)} lembar Instansi.`,
  }),
  instansiTidakAda: (uraian: string): Pesan => ({
    pesan: `Baris ${q(uraian)} tidak ditemukan.`,
    perbaikan: `Tambahkan baris dengan uraian ${q(uraian)} dan isinya di lembar Instansi.`,
  }),
  tanpaJabatan: (): Pesan => ({
    pesan: "Tidak ada satu pun jabatan.",
    perbaikan: "Tulis setidaknya satu jabatan di bawah baris judul lembar Jabatan.",
  }),
  pemeriksaanAkhir: (pesan: string): Pesan => ({
    pesan: `Katalog tidak lolos pemeriksaan: ${pesan}.`,
    perbaikan: "Perbaiki data yang disebut, lalu impor lagi.",
  }),
  jsonRusak: (letak: string | undefined, rincian: string): Pesan => ({
    pesan: `Berkas bukan JSON yang sah${letak ? ` (${letak})` : ""}: ${rincian}.`,
    perbaikan: "Periksa tanda kutip, koma dan kurung di sekitar letak yang disebut.",
  }),
} as const;

/** Warnings: the import goes on. */
export const PERINGATAN = {
  lembarTidakDikenal: (lembar: string): Pesan => ({
    pesan: `Lembar ${q(lembar)} bukan bagian katalog dan tidak dibaca.`,
    perbaikan: `Abaikan bila memang begitu; bila berisi data katalog, beri nama ${daftar(
      Object.values(LEMBAR).filter((l) => l !== LEMBAR.petunjuk)
    )}.`,
  }),
  kolomTambahan: (kolom: readonly string[]): Pesan => ({
    pesan: `Kolom ${daftar(kolom.map(q))} tidak dikenal dan tidak dibaca.`,
    perbaikan: "Abaikan bila memang begitu; bila kolom itu berisi data katalog, perbaiki judulnya.",
  }),
  uraianTidakDikenal: (uraian: readonly string[]): Pesan => ({
    pesan: `Uraian ${daftar(uraian.map(q))} tidak dikenal dan tidak dibaca.`,
    perbaikan: `Pakai uraian seperti pada lembar Petunjuk: ${daftar(
      Object.values(URAIAN_INSTANSI).map((n) => n[0])
    )}.`,
  }),
  idDibuat: (jenis: "jabatan" | "indikator", id: string): Pesan => ({
    pesan: `Id ${jenis} kosong; dibuat otomatis: ${q(id)}.`,
    perbaikan: `Tulis ${q(id)} di sel ini agar id tetap sama pada impor berikutnya.`,
  }),
  nilaiBawaan: (kolom: string, nilai: string): Pesan => ({
    pesan: `Kolom ${q(kolom)} kosong; dipakai ${q(nilai)}.`,
    perbaikan: `Isi kolom ${q(kolom)} bila yang dimaksud lain.`,
  }),
  urutanBaru: (dari: number, ke: number): Pesan => ({
    pesan: `Urutan ${dari} menjadi ${ke} (urutan jabatan harus 1, 2, 3 ... tanpa loncatan).`,
    perbaikan: "Tulis urutan tanpa loncatan agar sama dengan hasil impor.",
  }),
  urutanKosong: (ke: number): Pesan => ({
    pesan: `Urutan kosong; jabatan ini diberi urutan ${ke}.`,
    perbaikan: "Isi kolom Urutan.",
  }),
} as const;

/** formatMasalah: "Indikator, baris 12, kolom Jenis: ... Perbaikan: ...". */
export const FORMAT = {
  baris: (n: number) => `baris ${n}`,
  kolom: (k: string) => `kolom ${k}`,
  jsonLetak: (baris: number, kolom: number) => `baris ${baris}, kolom ${kolom}`,
  perbaikan: "Perbaikan:",
} as const;

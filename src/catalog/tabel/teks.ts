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

export type Pesan = { pesan: string; perbaikan: string };
const q = (s: string | number) => `"${s}"`;
const daftar = (xs: readonly string[]) => xs.join(", ");
/** "3, 5, 8" or "3, 5, 8, 9, 12 ..." for many rows. */
const ringkas = (baris: readonly number[]) =>
  baris.slice(0, 5).join(", ") + (baris.length > 5 ? " ..." : "");
const mungkin = (saran: string | undefined) => (saran ? `Mungkin maksudnya ${q(saran)}? ` : "");

/** validateCatalog writes for developers; its words as the staff say them. */
const KATA_PEMERIKSAAN: [RegExp, string][] = [
  [/field "([^"]+)"/g, 'isian "$1"'],
  [/berupa objek/g, "berupa kelompok isian { }"],
  [/berupa daftar/g, "berupa daftar [ ]"],
  [/\(gunakan null bila tidak berlaku\)/g, "(tulis null bila tidak berlaku)"],
];

/** The message of every problem of an import. */
export const MASALAH = {
  lembarTidakAda: (lembar: string): Pesan => ({
    pesan: `Lembar ${q(lembar)} tidak ditemukan.`,
    perbaikan: `Tambahkan lembar bernama ${q(lembar)} seperti pada lembar Petunjuk, atau ganti nama lembar yang berisi data ini.`,
  }),
  lembarGanda: (tabel: string, pertama: string, kedua: string): Pesan => ({
    pesan: `Lembar ${q(pertama)} dan ${q(kedua)} sama-sama berisi tabel ${q(tabel)}; tidak jelas mana yang dipakai.`,
    perbaikan: `Hapus atau ganti nama salah satunya (misalnya lembar dari ekspor yang lama), lalu pakai lagi.`,
  }),
  judulTidakAda: (kolom: readonly string[]): Pesan => ({
    pesan: `Baris judul tabel tidak ditemukan (baris yang memuat kolom ${daftar(kolom.map(q))}).`,
    perbaikan: "Tulis judul kolom di satu baris di atas data, seperti pada hasil ekspor katalog.",
  }),
  kolomTidakAda: (kolom: string): Pesan => ({
    pesan: `Kolom ${q(kolom)} tidak ditemukan di baris judul.`,
    perbaikan: `Tambahkan kolom berjudul ${q(kolom)} pada baris judul tabel.`,
  }),
  /** `gabungan`: the cell above is filled, so the user may see this one filled too. */
  isiKosong: (kolom: string, gabungan = false): Pesan => ({
    pesan: `Kolom ${q(kolom)} kosong, padahal wajib diisi.`,
    perbaikan:
      "Isi sel ini, atau hapus seluruh baris bila baris ini tidak dipakai." +
      (gabungan
        ? " Sel di atasnya berisi (sel gabungan?): tulis isinya di setiap baris, jangan gabungkan sel."
        : ""),
  }),
  galatExcel: (galat: string): Pesan => ({
    pesan: `Sel berisi galat Excel ${galat}.`,
    perbaikan: "Ganti dengan teksnya (rumus yang gagal tidak bisa dibaca sebagai isi katalog).",
  }),
  judulGanda: (
    pertama: string,
    hurufPertama: string,
    kedua: string,
    hurufKedua: string
  ): Pesan => ({
    pesan: `Judul ${q(kedua)} di kolom ${hurufKedua} sama artinya dengan ${q(pertama)} di kolom ${hurufPertama}.`,
    perbaikan: `Hapus salah satu dari kolom ${hurufPertama} dan ${hurufKedua}, atau gabungkan isinya ke satu kolom.`,
  }),
  judulMirip: (judul: string, kolom: string): Pesan => ({
    pesan: `Kolom ${q(judul)} tidak dikenal, padahal kolom ${q(kolom)} tidak ada; isinya akan diabaikan.`,
    perbaikan: `Ganti judulnya menjadi ${q(kolom)} bila kolom ini berisi ${kolom.toLowerCase()}.`,
  }),
  idTerlaluPanjang: (panjang: number, batas: number): Pesan => ({
    pesan: `Id jabatan terlalu panjang: ${panjang} huruf, paling banyak ${batas}.`,
    perbaikan: "Tulis id yang lebih pendek (cukup singkatan yang unik, misalnya kasi-data).",
  }),
  instansiGanda: (uraian: string, barisPertama: number): Pesan => ({
    pesan: `Uraian ${q(uraian)} sudah ada di baris ${barisPertama}.`,
    perbaikan: "Hapus salah satu baris, sisakan yang benar.",
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
  jabatanDitulisNama: (nama: string, ids: readonly string[]): Pesan => ({
    pesan: `${q(nama)} adalah nama jabatan, bukan id-nya.`,
    perbaikan: `Tulis id-nya: ${ids.map(q).join(" atau ")} (kolom Id Jabatan lembar Jabatan).`,
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
    pesan: /^-?\d+$/.test(nilai)
      ? `Urutan ${nilai} tidak boleh kurang dari 1.`
      : `Urutan ${q(nilai)} bukan bilangan bulat.`,
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
    pesan: `${KATA_PEMERIKSAAN.reduce((s, [a, b]) => s.replace(a, b), pesan)}.`,
    // What comes after the fix (import in the pane, run the command again) the caller's heading says.
    perbaikan: "Perbaiki data yang disebut.",
  }),
  /** `tanda` undefined at the end of the file; `letak` undefined when the place is unknown. */
  jsonRusak: (letak: string | undefined, tanda: string | undefined): Pesan => ({
    pesan: `Berkas bukan JSON yang sah${letak ? ` (${letak})` : ""}: ${
      tanda === undefined
        ? "berkas berakhir sebelum semua kurung dan tanda kutip ditutup"
        : `tanda ${q(tanda === "\n" ? "baris baru" : tanda)} tidak semestinya di situ`
    }.`,
    perbaikan: letak
      ? "Periksa tanda kutip, koma dan kurung di letak itu dan sebelumnya."
      : "Periksa tanda kutip, koma dan kurung; simpan berkas sebagai teks UTF-8.",
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
  uraianTidakDikenal: (uraian: string): Pesan => ({
    pesan: `Uraian ${q(uraian)} tidak dikenal dan tidak dibaca.`,
    perbaikan: `Pakai uraian seperti pada lembar Petunjuk: ${daftar(
      Object.values(URAIAN_INSTANSI).map((n) => n[0])
    )}.`,
  }),
  uraianKosong: (): Pesan => ({
    pesan: "Baris ini berisi isi tanpa uraian dan tidak dibaca.",
    perbaikan: `Tulis uraiannya, misalnya ${q(URAIAN_INSTANSI.nomor[0])}, atau hapus baris ini.`,
  }),
  kolomTanpaJudul: (huruf: string, baris: number): Pesan => ({
    pesan: `Kolom ${huruf} tidak berjudul tetapi berisi data (mulai baris ${baris}); isinya tidak dibaca.`,
    perbaikan: "Beri judul kolom itu seperti pada lembar Petunjuk, atau hapus isinya.",
  }),
  barisTanpaJudul: (baris: readonly number[]): Pesan => ({
    pesan: `Baris ${ringkas(baris)} hanya berisi data di kolom tanpa judul dan tidak dibaca.`,
    perbaikan: "Pindahkan isinya ke kolom yang berjudul, atau hapus baris itu.",
  }),
  kolomBawaan: (kolom: string, semua: string): Pesan => ({
    pesan: `Kolom ${kolom} tidak ada: ${semua}.`,
    perbaikan: `Tambahkan kolom ${q(kolom)} bila ada indikator yang lain.`,
  }),
  lembarKosong: (lembar: string): Pesan => ({
    pesan: `Lembar ${q(lembar)} kosong; katalog ini tanpa ${lembar.toLowerCase()}.`,
    perbaikan: `Abaikan bila memang begitu, atau hapus lembar ${q(lembar)}.`,
  }),
  idDibuat: (jenis: "jabatan" | "indikator", id: string): Pesan => ({
    pesan: `Id ${jenis} kosong; dibuat otomatis: ${q(id)}.`,
    perbaikan: `Tulis ${q(id)} di sel ini agar id tetap sama pada impor berikutnya.`,
  }),
  nilaiBawaan: (kolom: string, nilai: string, baris: readonly number[]): Pesan => ({
    pesan: `Kolom ${q(kolom)} kosong di ${
      baris.length === 1 ? `baris ${baris[0]}` : `${baris.length} baris (${ringkas(baris)})`
    }; dipakai ${q(nilai)}.`,
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

/** What an absent optional column of the Indikator sheet means for every row. */
export const SEMUA_BAWAAN = {
  polaritas: "semua indikator dianggap positif",
  agregasi: "jumlah dianggap kumulatif, persen dan penurunan nilai akhir",
  satuan: 'persen dan penurunan bersatuan "%", jumlah tanpa satuan',
} as const;

/** formatMasalah: "Indikator, baris 12, kolom Jenis: ... Perbaikan: ...". */
export const FORMAT = {
  baris: (n: number) => `baris ${n}`,
  kolom: (k: string) => `kolom ${k}`,
  jsonLetak: (baris: number, kolom: number) => `baris ${baris}, kolom ${kolom}`,
  perbaikan: "Perbaikan:",
} as const;

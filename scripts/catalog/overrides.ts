/**
 * What the automatic reading cannot know: the catalog's title, the units of counts, and notes on
 * what looks wrong in the source. The source text itself is never corrected; a note says why.
 */

/** The kop and signing place: the Keputusan's own heading. */
export const INSTANSI = {
  pemerintah: "Kabupaten Malang",
  nama: "Dinas Sosial",
  penetap: "Kepala Dinas Sosial",
  pimpinan: "Kepala Dinas",
  tempat: "Malang",
};

export const NOMOR = "188.4/03/KEP/35.07.306/2024";

export const SUMBER =
  "Keputusan Kepala Dinas Sosial Kabupaten Malang Nomor 188.4/03/KEP/35.07.306/2024 tentang " +
  "Indikator Kinerja Individu Dinas Sosial Kabupaten Malang Tahun 2024";

export const CATALOG_CATATAN =
  "Bidang dan unit tidak tertulis dalam Keputusan: disimpulkan dari urutan dokumen yang mengikuti " +
  "susunan organisasi (Kepala Dinas; Sekretariat: Sekretaris, Sub Bagian Umum dan Kepegawaian, " +
  "Perencanaan, Sub Bagian Keuangan dan Aset; lalu tiap Bidang, diawali Kepala Bidang). " +
  "Teks mengikuti Keputusan apa adanya (salah ketik dipertahankan); markup dihapus.";

/**
 * Units a count's name makes plain: "Jumlah dokumen ..." counts documents. Anything else
 * (people, services, "Data ...") is left null rather than guessed.
 */
const PLAIN_UNITS = ["dokumen", "usulan", "laporan"];

export function satuanJumlah(indikator: string): string | null {
  const m = /^Jumlah\s+(\S+)/i.exec(indikator);
  const noun = m?.[1].toLowerCase();
  return noun && PLAIN_UNITS.includes(noun) ? noun : null;
}

const SAMA_PENGADMINISTRASI_UMUM_FAKIR_MISKIN =
  "Daftar tugas sama persis dengan dua Pengadministrasi Umum lain di Bidang Penanganan Fakir Miskin.";
const PENGADMINISTRASI_UMUM_BERULANG =
  "Nama jabatan muncul dua kali (Bidang Rehabilitasi Sosial dan Bidang Pemberdayaan Sosial) dengan " +
  "tugas yang sama; tugas ditulis sebagai butir tanpa huruf. Bidang disimpulkan dari urutan dokumen.";
const JUMLAH_TAPI_PECAHAN =
  'Nama indikator diawali "Jumlah" tetapi formulasinya membagi (x 100%): dicatat sebagai persen.';

export const JABATAN_CATATAN: Record<string, string> = {
  "kepala-dinas-sosial": 'Tugas c, e, f menulis "social" (maksudnya "sosial").',
  "sekretaris-dinas-sosial": 'Tugas l terpotong: "Mengelola administrasi keuangan dan".',
  "perencana-ahli-muda":
    "Tidak ada judul Kepala Sub Bagian Perencanaan; unit Perencanaan dimulai dari jabatan ini " +
    '(tugas a: "Sub Bagian Perencanaan, Evaluasi dan Pelaporan").',
  "pengadministrasi-perencanaan-dan-program":
    'Tugas c memuat sisa konversi: "Mengumpulkan Mengumpulka n dan meneliti".',
  "kepala-sub-bagian-keuangan-dan-aset":
    "Tugas h-j tampak tersalin dari Kepala Sub Bagian Umum dan Kepegawaian (tugas i menyebut " +
    '"Sub Bagian Umum dan Kepegawaian"); tugas j mengulang tugas g.',
  "pengelola-pemanfaatan-barang-milik-negara":
    'Tugas b dan c sama ("kartu inventaris ruangan"), beda huruf besar saja.',
  "pengolah-data-laporan-keuangan":
    'Tugas a terpotong ("Menerima dan mencatat"); daftar tugas sama persis dengan Pengelola Data Laporan Keuangan.',
  "pengelola-data-laporan-keuangan":
    'Tugas a terpotong ("Menerima dan mencatat"); daftar tugas sama persis dengan Pengolah Data Laporan Keuangan.',
  "kepala-bidang-perlindungan-dan-jaminan-sosial":
    'Tugas e-g mengulang tugas a-c dengan kata "Pelaksanaan"; tugas c menulis "criteria".',
  "pekerja-sosial-ahli-muda-perlindungan-sosial-korban-bencana-alam":
    'Kata "supervisi" hilang dari tugas b ("bimbingan teknis dan, serta") dan muncul di awal tugas c.',
  "penyuluh-sosial-ahli-muda-kepala-seksi-jaminan-sosial-keluarga":
    'Nama jabatan fungsional memuat jabatan struktural "KEPALA SEKSI" dalam kurung, ditulis apa adanya.',
  "analis-mitigasi-bencana":
    'Tugas b memuat dua tugas yang digabung dengan titik koma ("...; Menginventarisasi ...").',
  "pengadministrasi-umum-identifikasi-dan-penguatan-kapasitas":
    SAMA_PENGADMINISTRASI_UMUM_FAKIR_MISKIN,
  "pengadministrasi-umum-pendampingan-dan-pemberdayaan-sosial":
    SAMA_PENGADMINISTRASI_UMUM_FAKIR_MISKIN,
  "pengadministrasi-umum-pengelolaan-dan-penyaluran-bantuan-stimulan-serta-penataan-lingkungan-sosial":
    SAMA_PENGADMINISTRASI_UMUM_FAKIR_MISKIN,
  "pengelola-data":
    "Tugas tidak menyebut bidang; ditempatkan di Bidang Penanganan Fakir Miskin menurut urutan dokumen.",
  "penyuluh-sosial-ahli-muda-rehabilitasi-sosial-penyandang-disabilitas":
    'Tugas b menulis "inetelektual".',
  "pengadministrasi-umum-rehabilitasi-sosial": PENGADMINISTRASI_UMUM_BERULANG,
  "pengadministrasi-rehabilitasi-masalah-sosial":
    'Tugas b mengulang frasa "data/bahan di bidang rehabilitasi sosial ... eks penyalahgunaan NAPZA" dua kali.',
  "penyuluh-sosial-ahli-muda-pemberdayaan-perorangan-keluarga-dan-komunitas-adat-terpencil":
    'Tugas c menggabungkan tugas "melaksanakan tugas-tugas lain" ke dalam kalimat yang sama.',
  "penyuluh-sosial-ahli-muda-kepahlawanan-dan-restorasi-sosial":
    'Tugas a menulis "penggalan" dan "kepehlawanan" (maksudnya "penggalian", "kepahlawanan").',
  "pengadministrasi-umum-pemberdayaan-sosial": PENGADMINISTRASI_UMUM_BERULANG,
};

export const INDIKATOR_CATATAN: Record<string, string> = {
  "kepala-dinas-sosial-1":
    "Rumus sumber: (Σ PMKS Tahun (N-1) - Σ Jumlah PMKS Tahun (N)) / Σ PMKS Tahun (N-1) x 100%. " +
    "Pembilang = nilai tahun N-1, penyebut = nilai tahun N.",
  "sekretaris-dinas-sosial-1":
    'Indikator menyebut PNS "yang mendapat" pelayanan, pembilang menghitung PNS "yang mengajukan" pelayanan; ' +
    'penyebut ditulis "Jumlah PNS yang keseluruhan".',
  "kepala-sub-bagian-umum-dan-kepegawaian-4":
    'Nama indikator diawali "Data", bukan "Jumlah"; formulasi teks biasa, jadi dicatat sebagai jumlah.',
  "kepala-sub-bagian-umum-dan-kepegawaian-5":
    'Nama indikator diawali "Data", bukan "Jumlah"; formulasi teks biasa, jadi dicatat sebagai jumlah.',
  "kepala-bidang-perlindungan-dan-jaminan-sosial-1":
    'Indikator menulis "Presentase" (maksudnya "Persentase").',
  "pekerja-sosial-ahli-muda-perlindungan-sosial-korban-bencana-alam-1":
    'Indikator menulis "jaminan social" (formulasi: "sosial").',
  "penyuluh-sosial-ahli-muda-perlindungan-sosial-korban-bencana-sosial-1":
    'Formulasi terpotong setelah "mendapatkan bantuan,".',
  "penyuluh-sosial-ahli-muda-kepala-seksi-jaminan-sosial-keluarga-1":
    'Formulasi terpotong setelah "mendapatkan bantuan,".',
  "kepala-bidang-penanganan-fakir-miskin-1":
    'Indikator menulis "Presentase" (maksudnya "Persentase").',
  "kepala-bidang-rehabilitasi-sosial-1":
    'Indikator menulis "social"; pembilang (penyandang cacat, anak dan remaja, tuna sosial) tidak sama ' +
    "dengan kelompok yang disebut indikator.",
  "pekerja-sosial-ahli-muda-rehabilitasi-sosial-anak-dan-lanjut-usia-1": `${JUMLAH_TAPI_PECAHAN} Pembilang mengulang "rehabilitasi sosial rehabilitasi sosial".`,
  "penyuluh-sosial-ahli-muda-rehabilitasi-sosial-penyandang-disabilitas-1": JUMLAH_TAPI_PECAHAN,
  "penyuluh-sosial-ahli-muda-rehabilitasi-sosial-tuna-sosial-dan-korban-perdagangan-orang-1": `${JUMLAH_TAPI_PECAHAN} Kurung buka di pembilang tidak ditutup; sumber data menulis "Dara PMKS" (maksudnya "Data").`,
  "kepala-bidang-pemberdayaan-sosial-1":
    'Indikator menulis "Presentase" dan berakhir "restorasi.." (terpotong); sumber data menulis ' +
    '"Dara PMKS"; pembilang dan penyebut menghitung PSKS, sumber data PMKS.',
};

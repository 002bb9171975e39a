/** Every text the template writes on a sheet, in Bahasa Indonesia, in one place for review. */
import { SKALA_BAWAAN, type Scale } from "../capaian";
import type { SkalaPredikat, FormulaMode } from "./options";

/**
 * The bands of a scale as the note lists them, from the table in src/capaian/skala.ts. On whole
 * percents a band is a range of integers ("80-99", "100", ">100"); on the capaian as shown it is
 * half-open (">=91", "76 s.d. <91").
 */
function rentangSkala(scale: Scale): string {
  const bulat = scale.rounding === "whole";
  return scale.bands
    .map(({ min, label }, i) => {
      const atas = scale.bands[i - 1]?.min;
      if (atas === undefined) return `${bulat ? `>${min - 1}` : `>=${min}`} ${label}`;
      if (i === scale.bands.length - 1) return `<${atas} ${label}`;
      if (!bulat) return `${min} s.d. <${atas} ${label}`;
      return `${atas - 1 === min ? min : `${min}-${atas - 1}`} ${label}`;
    })
    .join("; ");
}

function catatanSkala(skala: SkalaPredikat): string {
  const scale = SKALA_BAWAAN[skala];
  const teratas = scale.bands[0];
  return skala === "permenpan"
    ? `4. Predikat menurut PermenPANRB 8/2021 atas capaian yang dibulatkan ke persen bulat: ${rentangSkala(scale)}.`
    : `4. Predikat skala lima tingkat atas capaian seperti tampil (dibulatkan ke 2 desimal; ${teratas.min},00% termasuk ${teratas.label}): ${rentangSkala(scale)}.`;
}

export const teks = {
  /** Titles of the input validations' prompt and error (every sink). */
  judulIsian: "Isian",
  judulIsianSalah: "Isian tidak valid",
  kop1: (pemerintah: string) => `PEMERINTAH ${pemerintah}`.toUpperCase(),
  kop2: (nama: string) => nama.toUpperCase(),
  judul: (tahun: number) => `INDIKATOR KINERJA INDIVIDU TAHUN ${tahun}`,
  /** The year rule (tahun.ts), shown by the pane and the command line. */
  tahunSalah: (min: number, max: number) => `Isi tahun dengan 4 angka, antara ${min} dan ${max}.`,
  /** Why a port refuses an insert (checkRequest in sudah-ada.ts): the same words in every port. */
  permintaanDitolak: {
    jabatanTidakDikenal: (ids: string[]) => `Jabatan tidak dikenal: ${ids.join(", ")}.`,
    tidakAdaLembar: "Tidak ada lembar yang perlu dibuat.",
    belumAdaLembarIki: (tahun: number) =>
      `Belum ada lembar IKI tahun ${tahun} di buku kerja ini; sisipkan lembar IKI tahun itu dulu, lalu buat rekap.`,
  },
  /** The NIP rule (nip.ts), shown by the pane and the command line. */
  nipSalah: {
    bukanAngka: "NIP hanya berisi angka (spasi boleh). Hapus huruf atau tanda baca.",
    panjang: (n: number) =>
      `NIP harus 18 angka; yang terisi ${n} angka. Periksa lagi dari SK atau kartu pegawai.`,
    tanggalLahir:
      "8 angka pertama NIP adalah tanggal lahir (tahun, bulan, tanggal), tetapi di sini bukan tanggal yang benar. Periksa lagi.",
    jenisKelamin:
      "Angka ke-15 NIP adalah jenis kelamin: 1 (laki-laki) atau 2 (perempuan). Periksa lagi.",
  },
  identitas: {
    nama: "Nama",
    nip: "NIP",
    pangkat: "Pangkat/Gol. Ruang",
    jabatan: "Jabatan",
    unitKerja: "Unit Kerja",
    penilaiNama: "Pejabat Penilai",
    penilaiNip: "NIP Pejabat Penilai",
  },
  tugas: "TUGAS",
  fungsi: "FUNGSI",
  tugasKosong: "(tugas tidak tercantum dalam Keputusan)",
  indikatorKosong: (penetap: string) =>
    `Keputusan ${penetap} tidak memuat indikator kinerja untuk jabatan ini. Isi baris indikator di bawah ` +
    '(kinerja, indikator, target, realisasi per triwulan); baris yang tidak dipakai biarkan kosong. Kolom "Cara": ' +
    '"kumulatif" menjumlahkan triwulan yang terisi (untuk hitungan), "nilai akhir" mengambil triwulan terakhir yang ' +
    'terisi (untuk persentase). Di kolom "Keterangan" pilih polaritas: "positif" bila makin tinggi realisasi ' +
    'makin baik (bawaan), "negatif" bila makin rendah realisasi makin baik; catatan lain untuk baris ini tulis ' +
    "di bawah tabel, setelah Catatan.",
  kolom: {
    no: "No",
    kinerja: "Kinerja",
    indikator: "Indikator Kinerja",
    formulasi: "Formulasi",
    sumberData: "Sumber Data",
    satuan: "Satuan",
    target: "Target",
    realisasiTriwulan: "Realisasi per Triwulan",
    triwulan: ["TW I", "TW II", "TW III", "TW IV"],
    realisasiSetahun: "Realisasi Setahun",
    cara: "Cara",
    nilai: "Nilai",
    capaian: "Capaian (%)",
    predikat: "Predikat",
    keterangan: "Keterangan",
  },
  agregasi: { kumulatif: "kumulatif", nilaiAkhir: "nilai akhir" },
  /** The polarity choice of an empty row (its Keterangan cell). */
  polaritas: { positif: "positif", negatif: "negatif" },
  pembilang: (t: string) => `Pembilang: ${t}`,
  penyebut: (t: string) => `Penyebut: ${t}`,
  nilaiAwal: (t: string) => `Nilai tahun N-1: ${t}`,
  nilaiAkhirTahun: (t: string) => `Nilai tahun N: ${t}`,
  polaritasNegatif: "Polaritas negatif: makin rendah realisasi makin baik.",
  catatanJudul: "Catatan:",
  catatan: (skala: SkalaPredikat, mode: FormulaMode): string[] => [
    "1. Sel berwarna kuning diisi; sel lain dihitung otomatis. Untuk indikator persentase isi pembilang dan penyebut per triwulan.",
    "2. Realisasi setahun: kumulatif = jumlah triwulan yang terisi; nilai akhir = nilai triwulan terakhir yang terisi. Sel kosong belum dihitung, 0 dihitung.",
    "3. Capaian = realisasi / target x 100 (polaritas positif); polaritas negatif: (2 x target - realisasi) / target x 100, paling rendah 0.",
    catatanSkala(skala),
    mode === "native"
      ? "5. Rumus memakai fungsi Excel biasa, tetap berjalan tanpa add-in (Excel 2016, LibreOffice)."
      : "5. Rumus memakai fungsi IKI.* dari add-in IKI Dinas Sosial; tanpa add-in sel rumus menampilkan #NAME?.",
  ],
  tempatTanggal: (tempat: string, tahun: number) =>
    `${tempat}, ............................ ${tahun}`,
  pejabatPenilai: "Pejabat Penilai",
  pegawaiDinilai: "Pegawai yang dinilai",
  namaKosong: "(..........................................)",
  nipLabel: "NIP. ",
  validasi: {
    prompt: "Isi angka 0 atau lebih (boleh desimal); kosongkan bila belum ada data.",
    error: "Isian harus berupa angka 0 atau lebih.",
    caraPrompt:
      'Pilih "kumulatif" (jumlah triwulan terisi) atau "nilai akhir" (triwulan terakhir yang terisi).',
    caraError: 'Pilih "kumulatif" atau "nilai akhir" dari daftar.',
    polaritasPrompt:
      'Polaritas: pilih "positif" (makin tinggi realisasi makin baik) atau "negatif" (makin rendah realisasi makin baik).',
    polaritasError: 'Pilih "positif" atau "negatif" dari daftar.',
  },
  rekap: {
    judul: "REKAPITULASI CAPAIAN INDIKATOR KINERJA INDIVIDU",
    subjudul: (instansi: string, tahun: number) => `${instansi} TAHUN ${tahun}`.toUpperCase(),
    catatan:
      "Angka diambil langsung dari lembar IKI (rumus), jadi selalu terbaru. Lembar IKI yang ditambahkan kemudian masuk setelah rekap diperbarui (di add-in: “Buat atau perbarui rekap”; tanpa add-in: buat ulang berkasnya dengan baris perintah).",
    kosong: "Belum ada lembar IKI di buku kerja ini.",
    kolom: [
      "No",
      "Bidang",
      "Jabatan",
      "Nama Pegawai",
      "Lembar",
      "Indikator Kinerja",
      "Satuan",
      "Target",
      "Realisasi",
      "Capaian (%)",
      "Predikat",
    ],
    ringkasan: ["Lembar", "Rata-rata Capaian (%)"],
    grafik: "Rata-rata Capaian per Jabatan",
    seri: "Rata-rata capaian (%)",
  },
  /** The catalog's sheets: the editable tables (export) and the stored catalog (hidden). */
  katalog: {
    pilihan: (kolom: string, nilai: string[]) => `${kolom}: pilih ${nilai.join(", ")}.`,
    pilihanSalah: (kolom: string, nilai: string[]) =>
      `Isi ${kolom} hanya boleh salah satu dari: ${nilai.join(", ")}. Pilih dari daftar.`,
    tersimpan: {
      keterangan:
        "Lembar ini menyimpan katalog IKI yang dipakai buku kerja ini (dibuat oleh add-in IKI). Jangan diubah di sini: katalog yang diubah di luar add-in tidak dipakai lagi. Untuk mengubah katalog, ekspor katalog dari add-in IKI, sunting lembar-lembarnya, lalu pakai lagi.",
      label: {
        instansi: "Instansi",
        nomor: "Nomor Keputusan",
        tahun: "Tahun",
        hash: "Kode pemeriksa isi",
        bagian: "Jumlah bagian",
        json: (n: number) => `Katalog (JSON) ${n}`,
      },
      riwayat: (n: number) =>
        `Katalog terdahulu ${n}: lembar IKI yang dibuat darinya masih memakainya (untuk Perbarui).`,
      riwayatRusak: (n: number, sebab: string) =>
        `Katalog terdahulu ${n} yang tersimpan di buku kerja ini rusak (${sebab}) dan tidak dipakai; lembar yang dibuat darinya tidak dapat diperbarui.`,
      rusak: (sebab: string) =>
        `Katalog yang tersimpan di buku kerja ini rusak (${sebab}); katalog bawaan yang dipakai. Impor lagi katalognya bila perlu.`,
      sebab: {
        bagian: "jumlah bagiannya tidak cocok",
        json: "isinya bukan JSON yang utuh",
        hash: "isinya sudah diubah di luar add-in IKI",
        tidakValid: (galat: string[]) => `tidak valid: ${galat.slice(0, 3).join("; ")}`,
      },
    },
  },
};

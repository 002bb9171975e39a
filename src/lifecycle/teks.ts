/** What the lifecycle actions say, in Bahasa Indonesia: on the sheet (sisa) and in the reports. */
const TW = ["TW I", "TW II", "TW III", "TW IV"];

export const teks = {
  slot: {
    identitas: "Identitas",
    identitasField: {
      nama: "Nama",
      nip: "NIP",
      pangkat: "Pangkat/Gol. Ruang",
      jabatan: "Jabatan",
      unitKerja: "Unit Kerja",
      penilaiNama: "Nama Pejabat Penilai",
      penilaiNip: "NIP Pejabat Penilai",
    },
    barisIsian: (no: number) => `Baris isian ${no}`,
    kolom: {
      kinerja: "Kinerja",
      indikator: "Indikator",
      formulasi: "Formulasi",
      sumberData: "Sumber Data",
      satuan: "Satuan",
    },
    target: "Target",
    tw: (i: number) => TW[i],
    cara: "Cara",
    polaritas: "Polaritas",
    keterangan: "Keterangan",
    baris: {
      pembilang: (i: number) => `Pembilang ${TW[i]}`,
      penyebut: (i: number) => `Penyebut ${TW[i]}`,
      awal: (i: number) => `Nilai tahun sebelumnya ${TW[i]}`,
      akhir: (i: number) => `Nilai tahun ini ${TW[i]}`,
    },
    sel: (alamat: string) => `Sel ${alamat}`,
    selDiubah: "Ketikan di tempat rumus atau judul (dipulihkan)",
    catatanLuar: "Ketikan di luar tabel (dipindah ke sini)",
  },
  /** What changed of an indicator, and other parts of a sheet that change (the report). */
  berubah: {
    teks: "teks",
    jenis: "jenis",
    polaritas: "polaritas",
    agregasi: "agregasi",
    urutan: "urutan",
  },
  lain: {
    namaJabatan: "nama jabatan",
    unitKerja: "unit kerja",
    tugas: "tugas",
    fungsi: "fungsi",
    kop: "kop dan nama instansi",
    rumusIki: "rumus IKI",
    rumusBiasa: "rumus biasa",
    dikunci: "dikunci",
    kunciDibuka: "kunci dibuka",
    tataLetak: "tata letak lembar",
  },
  /** The block below the signature that keeps typed values without a place. */
  sisa: {
    judul: "ISIAN YANG TIDAK MEMPUNYAI TEMPAT LAGI",
    catatan:
      "Nilai-nilai ini diketik di lembar ini sebelum diperbarui, tetapi tempatnya tidak ada lagi (indikatornya dihapus atau diubah jenisnya, atau sel rumus/judul ditimpa). Salin yang masih diperlukan ke tempatnya, lalu hapus baris-baris ini.",
    kolom: ["No", "Asal", "Isian", "Nilai"],
  },
} as const;

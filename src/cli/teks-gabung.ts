/** What --gabung says (args-gabung.ts, gabung-masukan.ts, gabung.ts), in Bahasa Indonesia. */
export const pesanGabung = {
  denganLain: (opsi: string[]) =>
    `--gabung tidak dipakai bersama ${opsi.join(", ")}. Yang boleh: --tahun, --rumus, --katalog, --tanpa-kunci, -o, --force.`,
  tanpaBerkas:
    "--gabung memerlukan berkas pegawai: nama berkas .xlsx, folder (semua .xlsx di dalamnya), atau pola seperti data/*.xlsx.",
  rumusSalah: (nilai: string) =>
    `--rumus memerlukan "biasa" (rumus Excel biasa) atau "iki" (rumus IKI.*); yang tertulis "${nilai}".`,
  tidakAda: (arg: string) => `"${arg}" tidak ada; periksa nama berkas atau foldernya.`,
  polaTanpaHasil: (pola: string) => `Tidak ada berkas yang cocok dengan "${pola}".`,
  polaDiFolder: (pola: string) =>
    `"${pola}": tanda * dan ? hanya boleh pada nama berkas, tidak pada nama folder.`,
  folderKosong: (folder: string) => `Folder "${folder}" tidak berisi berkas .xlsx.`,
  tidakTerbaca: (arg: string, sebab: string) => `"${arg}" tidak dapat dibaca: ${sebab}`,
  keluaranJugaMasukan: (berkas: string) =>
    `Berkas keluaran "${berkas}" juga salah satu berkas pegawai yang digabung: berkas pegawai tidak pernah ditimpa. Pilih nama lain dengan -o.`,
  /** A file found in a folder or by a pattern and not read, one line each. */
  dilewati: (berkas: string, alasan: "kunci" | "keluaran" | "hasil" | "laporan") =>
    ({
      kunci: `${berkas} dilewati: berkas kunci Office (dibuat selama berkasnya terbuka), bukan berkas pegawai.`,
      keluaran: `${berkas} dilewati: itu berkas keluaran (-o) penggabungan ini.`,
      hasil: `${berkas} dilewati: hasil penggabungan sebelumnya (namanya nama bawaan hasil --gabung). Sebutkan namanya sendiri bila memang ingin menggabungkannya.`,
      laporan: `${berkas} dilewati: hasil penggabungan sebelumnya (berisi lembar "Laporan penggabungan"). Sebutkan namanya sendiri bila memang ingin menggabungkannya.`,
    })[alasan],
  membaca: (n: number) => `Membaca ${n} berkas pegawai …`,
  katalogBersama: (katalog: string, n: number, dari: number) =>
    `Katalog yang dipakai: ${katalog} (tersimpan di ${n} dari ${dari} berkas).`,
  tidakAdaYangDigabung: "Tidak ada lembar IKI yang dapat digabung; tidak ada berkas yang ditulis.",
  menulis: (berkas: string) => `Menulis ${berkas} …`,
  selesai: (berkas: string, lembar: number, kb: number) =>
    `Selesai: ${berkas} (${lembar} lembar IKI, rekap dan laporan, ${kb} KB). Berkas pegawai tidak diubah.`,
  adaMasalah: (n: number) =>
    `${n} masalah perlu diperiksa: lihat daftar di atas atau lembar "Laporan penggabungan".`,
  /** The default OUT: beside the first file, or beside the folder given first. */
  namaKeluaran: (tahun: number) => `IKI-gabungan-${tahun}.xlsx`,
  namaKeluaranFolder: (folder: string, tahun: number) => `${folder}-gabungan-${tahun}.xlsx`,
};

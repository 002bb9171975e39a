/** Every text the workbook CLI shows, in Bahasa Indonesia, in one place for review. */
import { LEMBAR_DATA } from "../catalog/tabel/layout";

export const PROGRAM = "iki-workbook";

export const bantuan = `Membuat buku kerja IKI (.xlsx) dari baris perintah,
dengan lembar yang sama seperti yang disisipkan add-in IKI di Excel, untuk instansi mana pun:
katalog IKI bawaan (Keputusan IKI Dinas Sosial Kabupaten Malang 2024) atau katalog instansi
Anda sendiri (--katalog).

Pemakaian:
  npm run workbook -- [pilihan]
  ${PROGRAM} [pilihan]

Pilih jabatan (boleh digabung, kecuali --semua):
  -j, --jabatan <id|nama>   jabatan menurut id katalog, nama lengkap, atau awal kata-kata
                            namanya bila hanya cocok dengan satu jabatan (mis. "sekretaris",
                            "kepala dinas"), juga dengan salah ketik kecil ("arsiparsi");
                            jabatan yang ditebak disebutkan; boleh diulang
  -b, --bidang <nama>       semua jabatan satu bidang, mis. "Rehabilitasi Sosial" atau
                            "Sekretariat"; boleh diulang
  -a, --semua               semua jabatan katalog yang dipakai
      --boleh-ganda         jabatan yang dipilih dua kali (mis. --jabatan x --jabatan x, atau
                            --bidang dan --jabatan di dalamnya) dibuatkan lembar kedua, mis.
                            untuk pegawai kedua; tanpa ini pilihan ganda ditolak

Isi lembar:
  -t, --tahun <tahun>       tahun IKI (bawaan: tahun ini)
      --nama <teks>         nama pegawai yang dinilai
      --nip <18 angka>      NIP pegawai
      --pangkat <teks>      pangkat/golongan ruang, mis. "Penata / III c"
      --penilai <teks>      nama pejabat penilai
      --nip-penilai <18 angka>
                            NIP pejabat penilai
      --skala <lima|permenpan>
                            skala predikat: lima tingkat (bawaan) atau PermenPANRB 8/2021
      --rumus <biasa|iki>   biasa (bawaan): rumus Excel biasa, jalan di Excel mana pun,
                            LibreOffice dan WPS; iki: fungsi IKI.* (hanya dengan add-in IKI)
      --rekap               tambahkan lembar rekap (bawaan bila lebih dari satu jabatan)
      --tanpa-rekap         jangan tambahkan lembar rekap
      --tanpa-kunci         jangan kunci lembar; bawaan: rumus dan judul dikunci, hanya sel
                            kuning yang dapat diisi (buka kunci di Excel: Tinjau > Buka
                            Proteksi Lembar, tanpa kata sandi)

Merawat buku kerja yang sudah ada (berkas masukan tidak pernah diubah; hasil ke -o):
      --perbarui <berkas.xlsx>
                            perbarui lembar IKI ke katalog yang dipakai (mis. dengan --katalog
                            katalog revisi): setiap isian yang diketik tetap ada, di tempatnya atau
                            di bawah tanda tangan bila indikatornya dihapus; rekap dibuat ulang
      --tahun-berikutnya <berkas.xlsx>
                            berkas baru berisi lembar tahun berikutnya: identitas dibawa,
                            realisasi kosong, rekap baru
      --bawa-target         (dengan --tahun-berikutnya) bawa juga target tahun ini
      --ubah-rumus <biasa|iki> <berkas.xlsx>
                            ubah rumus IKI.* menjadi rumus Excel biasa (untuk dikirim ke yang
                            tidak memakai add-in; angkanya sama) atau sebaliknya
  Laporan perubahannya ditampilkan; yang tidak dapat dibawa ExcelJS (mis. tabel pivot, makro)
  disebutkan.

Menggabungkan berkas IKI para pegawai (berkas pegawai tidak pernah diubah):
      --gabung <berkas.xlsx|folder|pola> ...
                            satu buku kerja baru berisi lembar IKI setiap pegawai (semua isian
                            disalin sel demi sel), satu rekap dan lembar "Laporan penggabungan":
                            berkas, folder (semua .xlsx di dalamnya, termasuk subfolder) atau pola
                            seperti data/*.xlsx (berkas kunci ~$, berkas keluaran dan hasil
                            penggabungan sebelumnya di dalam folder atau pola dilewati dan
                            disebutkan; hasil penggabungan dibaca bila disebut langsung); --tahun
                            (bawaan: tahun kebanyakan lembar), --rumus, --katalog (bawaan: katalog
                            yang tersimpan di kebanyakan berkas, atau katalog bawaan),
                            --tanpa-kunci, -o (bawaan: IKI-gabungan-<tahun>.xlsx di samping berkas
                            pertama, atau <folder>-gabungan-<tahun>.xlsx di samping folder pertama),
                            --force. Kode keluar 0: digabung tanpa masalah; 1: berkas keluaran tidak
                            dapat ditulis (foldernya tidak ada, disk menolak); 2: perintah salah; 3:
                            digabung dengan masalah dalam laporan, atau tidak ada yang dapat
                            digabung (tidak ada berkas yang ditulis)

Katalog IKI (jabatan, tugas, indikator, kop instansi):
      --katalog <berkas>    pakai katalog ini, bukan katalog bawaan, untuk perintah apa pun:
                            .json, .xlsx dalam tata letak katalog (hasil --ekspor-katalog yang
                            sudah disunting; lihat docs/katalog.md), atau .xlsx buatan add-in IKI
                            yang menyimpan katalognya. Katalog yang salah: semua masalahnya
                            ditampilkan dan tidak ada berkas yang ditulis. Buku kerja yang dibuat
                            ikut menyimpan katalog itu (lembar tersembunyi "IKI-Katalog").
      --ekspor-katalog      tulis katalog yang dipakai sebagai buku kerja yang dapat disunting
                            (bawaan: Katalog-IKI-<instansi>-<tahun>.xlsx); sunting di Excel, lalu
                            pakai lagi dengan --katalog

Berkas:
  -o, --keluaran <berkas.xlsx>
                            berkas yang ditulis (bawaan: IKI-<pilihan>-<tahun>.xlsx di folder ini;
                            dengan --katalog diawali nama instansinya)
  -f, --force               timpa berkas yang sudah ada (berkas lama baru diganti setelah
                            berkas baru selesai ditulis; bila gagal, berkas lama tetap utuh)

Lain-lain:
      --daftar              tampilkan bidang dan jabatan (id dan nama) katalog yang dipakai,
                            lalu keluar
  -h, --help                tampilkan bantuan ini

Contoh:
  npm run workbook -- --jabatan arsiparis --tahun 2025 --nama "Siti Aminah" --nip 198001012005011001
  npm run workbook -- --bidang "Rehabilitasi Sosial" -o rehsos-2025.xlsx
  npm run workbook -- --semua --rumus iki --force
  npm run workbook -- --ekspor-katalog -o katalog.xlsx
  npm run workbook -- --katalog katalog.xlsx --semua -t 2026
  npm run workbook -- --gabung berkas-pegawai/ -o dinas-tw3.xlsx

Kode keluar: 0 berhasil; 1 berkas tidak dapat ditulis; 2 pilihan salah (jabatan atau bidang tidak
dikenal, berkas sudah ada tanpa --force, nilai tidak sah, katalog tidak dapat dibaca atau salah);
3 (--gabung) digabung, tetapi laporan penggabungan memuat masalah, atau tidak ada yang dapat
digabung (tidak ada berkas yang ditulis).
`;

export const pesan = {
  /** `perintah`: how the user started the program (perintah.ts), e.g. "npm run workbook --". */
  lihatBantuan: (perintah: string) => `Lihat "${perintah} --help".`,
  pilihanTidakDikenal: (opsi: string) => `Pilihan tidak dikenal: ${opsi}.`,
  argumenLebih: (arg: string) =>
    `Argumen tidak dikenal: "${arg}". Nilai yang berisi spasi harus diberi tanda kutip.`,
  perluNilai: (opsi: string) => `Pilihan ${opsi} memerlukan nilai.`,
  tanpaNilai: (opsi: string) => `Pilihan ${opsi} tidak memakai nilai.`,
  duaKali: (opsi: string) => `Pilihan ${opsi} diberikan lebih dari sekali.`,
  belumMemilih: "Pilih jabatan dengan --jabatan, --bidang atau --semua.",
  semuaDanLain: "Pilih --semua atau --jabatan/--bidang, tidak keduanya.",
  rekapBertentangan: "Pilih --rekap atau --tanpa-rekap, tidak keduanya.",
  tahunSalah: (nilai: string, aturan: string) => `Tahun tidak sah: "${nilai}". ${aturan}`,
  nipSalah: (opsi: string, nilai: string, masalah: string) =>
    `NIP pada ${opsi} tidak sah: "${nilai}". ${masalah}`,
  skalaSalah: (nilai: string) => `Skala tidak dikenal: "${nilai}". Pilih "lima" atau "permenpan".`,
  rumusSalah: (nilai: string) => `Jenis rumus tidak dikenal: "${nilai}". Pilih "biasa" atau "iki".`,
  bukanXlsx: (berkas: string) => `Nama berkas keluaran harus berakhiran .xlsx: "${berkas}".`,
  katalogBukanBerkas: (berkas: string) =>
    `Berkas katalog harus .json atau .xlsx: "${berkas}". Buat dengan --ekspor-katalog, sunting, lalu pakai berkas .xlsx itu.`,
  eksporDenganLain: (opsi: string[]) =>
    `--ekspor-katalog hanya menulis katalog; ${opsi.join(", ")} tidak dipakai di sini. Pakai --ekspor-katalog dengan --katalog, -o dan --force saja.`,
  katalog: {
    berkasTidakAda: "berkas itu tidak ada; periksa nama dan foldernya",
    tidakTerbaca: (berkas: string, sebab: string) =>
      `Katalog tidak dapat dibaca: ${berkas} (${sebab}).`,
    /** `rincian`: whole sentences (XlsxTidakTerbaca), so not in parentheses. */
    bukanXlsx: (berkas: string, rincian: string) =>
      `Katalog tidak dapat dibaca: ${berkas}. ${rincian}`,
    salah: (berkas: string, n: number) =>
      `Katalog ${berkas} belum dapat dipakai: ${n} masalah. Perbaiki semuanya, lalu jalankan perintah lagi; tidak ada berkas yang ditulis.`,
    peringatan: (berkas: string, n: number) =>
      `Katalog ${berkas}: ${n} peringatan (tetap dipakai).`,
    /** `sebab`: why the stored catalog cannot be used (template's teks.katalog.tersimpan.sebab). */
    tersimpanRusak: (berkas: string, sebab: string) =>
      `Katalog yang tersimpan di ${berkas} tidak dapat dipakai: ${sebab}. Pakai berkas katalog aslinya dengan --katalog (hasil --ekspor-katalog yang disunting, atau .json); tidak ada berkas yang ditulis.`,
    tidakAda: (berkas: string) =>
      `${berkas} tidak berisi katalog: tidak ada lembar katalog (${LEMBAR_DATA.join(", ")}) dan tidak ada katalog tersimpan. Buat dengan --ekspor-katalog.`,
    dipakai: (instansi: string, nomor: string, tahun: number, jabatan: number) =>
      `Katalog: ${instansi}, Keputusan ${nomor} tahun ${tahun} (${jabatan} jabatan).`,
  },
  eksporSelesai: (berkas: string, lembar: number, kb: number) =>
    `Selesai: ${berkas} (katalog dalam ${lembar} lembar; ${kb} KB). Sunting di Excel, lalu pakai dengan --katalog ${berkas}.`,

  jabatanTidakDikenal: (teks: string) => `Jabatan tidak dikenal: "${teks}".`,
  jabatanDiulang: (daftar: { nama: string; kali: number }[]) =>
    `Jabatan berikut dipilih lebih dari sekali: ${daftar
      .map((d) => `${d.nama} (${d.kali} kali)`)
      .join(
        "; "
      )}. Untuk sengaja membuat lembar kedua (mis. untuk pegawai kedua), tambahkan --boleh-ganda; bila tidak, pilih setiap jabatan sekali saja.`,
  jabatanGanda: (teks: string, ids: string[]) =>
    `Nama jabatan "${teks}" dipakai di lebih dari satu bidang. Pilih dengan id: ${ids.join(", ")}.`,
  jabatanBeberapa: (teks: string) =>
    `"${teks}" cocok dengan beberapa jabatan. Pilih salah satu dengan id atau nama lengkapnya:`,
  danLainnya: (n: number) => `  … dan ${n} jabatan lainnya`,
  /** A --jabatan text that was part of a name: the jabatan it was taken for. */
  jabatanDitebak: (teks: string, nama: string, id: string) =>
    `--jabatan ${/\s/.test(teks) ? `"${teks}"` : teks} → ${nama} (id: ${id})`,
  bidangTidakDikenal: (teks: string) => `Bidang tidak dikenal: "${teks}".`,
  bidangGanda: (teks: string, nama: string[]) =>
    `"${teks}" cocok dengan lebih dari satu bidang: ${nama.join("; ")}.`,
  mungkinMaksud: "Mungkin maksud Anda:",
  daftarBidang: "Bidang yang ada:",
  lihatDaftar: (perintah: string) => `Daftar lengkap: "${perintah} --daftar".`,

  dihentikan: (berkas: string) =>
    `Dihentikan sebelum selesai menulis ${berkas}; berkas lama (bila ada) tetap utuh dan tidak ada berkas setengah jadi.`,
  sudahAda: (berkas: string) => `Berkas sudah ada: ${berkas}. Pakai --force untuk menimpanya.`,
  folderTidakAda: (folder: string) => `Folder tujuan tidak ada: ${folder}.`,
  tidakDapatDitulis: (berkas: string, sebab: string) =>
    `Berkas tidak dapat ditulis: ${berkas} (${sebab}).`,
  /** Why a write failed, for every errno a user can meet (disk, permission, name, network). */
  sebab: {
    ENOSPC: "ruang disk habis; kosongkan sebagian ruang atau simpan ke disk lain",
    EDQUOT:
      "kuota penyimpanan akun Anda habis; hapus berkas yang tidak perlu atau simpan ke disk lain",
    EFBIG: "berkas melebihi ukuran terbesar yang diizinkan sistem berkas atau akun Anda",
    EACCES: "tidak ada izin menulis di folder itu",
    EPERM:
      "tidak ada izin menulis, atau berkas sedang dibuka program lain (mis. Excel); tutup dulu",
    EROFS: "disk atau folder itu hanya-baca",
    EISDIR: "itu sebuah folder",
    ENOTDIR: "sebagian jalurnya bukan folder",
    ENOENT: "folder tujuan tidak ada",
    ENAMETOOLONG:
      "nama berkas atau jalurnya terlalu panjang; pakai nama atau folder yang lebih pendek",
    EINVAL: 'nama berkas tidak sah di sistem ini (hindari : * ? " < > |)',
    EBUSY: "berkas sedang dibuka program lain (mis. Excel); tutup dulu lalu coba lagi",
    ETXTBSY: "berkas sedang dipakai program lain; tutup dulu lalu coba lagi",
    EMFILE: "terlalu banyak berkas terbuka; tutup beberapa program lalu coba lagi",
    ENFILE: "terlalu banyak berkas terbuka di komputer ini; tutup beberapa program lalu coba lagi",
    EXDEV: "berkas sementara dan tujuan berada di disk yang berbeda; simpan ke folder lain",
    ELOOP: "jalurnya berisi tautan simbolik yang berputar",
    EIO: "galat baca/tulis pada perangkat; periksa disk atau flashdisk",
    ENOTSUP: "sistem berkas itu tidak mendukung cara menulis ini; simpan ke folder lain",
    EOPNOTSUPP: "sistem berkas itu tidak mendukung cara menulis ini; simpan ke folder lain",
    ETIMEDOUT: "folder jaringan tidak menjawab; periksa sambungan lalu coba lagi",
    ESTALE: "folder jaringan tidak lagi tersedia; buka ulang foldernya lalu coba lagi",
  } as Record<string, string>,
  sebabLain: (kode: string) => `galat sistem ${kode}; coba lagi atau simpan ke folder lain`,
  gagal: (rincian: string) => `Gagal membuat buku kerja: ${rincian}`,

  menulis: (lembar: number, berkas: string) => `Menulis ${lembar} lembar ke ${berkas}…`,
  selesai: (
    berkas: string,
    lembar: number,
    iki: number,
    rekap: boolean,
    kb: number,
    tersimpan = false
  ) =>
    `Selesai: ${berkas} (${lembar} lembar: ${iki} lembar IKI${rekap ? " dan 1 rekap" : ""}${tersimpan ? " dan katalognya, tersembunyi" : ""}; ${kb} KB).`,
  catatanRumusIki:
    "Catatan: rumus IKI.* hanya dihitung di Excel dengan add-in IKI; tanpa add-in sel rumus menampilkan #NAME?.",
};

/**
 * Every kind of import problem, each with its exact message (as formatMasalah shows it: sheet,
 * row as Excel shows it, column header, what is wrong, how to fix it), and no catalog whenever
 * there is one. The sheets are the Petunjuk's examples, edited one way per case.
 */
import { catalogFromJson, formatMasalah, type SheetValues } from "../../../src/catalog/tabel";
import { contohCatalog, contohSheets, dropColumn, importOf, lines, setCell, sheet } from "./sheets";

const J = "Jabatan";
const X = "Indikator";
const I = "Instansi";

/** The problems of an import of the example sheets after `edit`; asserts no catalog came out. */
function problems(edit: (s: SheetValues[]) => void): string[] {
  const sheets = contohSheets();
  edit(sheets);
  const result = importOf(sheets);
  expect(result.catalog).toBeUndefined();
  return lines(result);
}

it("the unedited example sheets import without a problem (each case fails for its edit only)", () => {
  const result = importOf(contohSheets());
  expect(lines(result)).toEqual([]);
  expect(result.catalog).toEqual(contohCatalog());
});

const CASES: [string, (s: SheetValues[]) => void, string[]][] = [
  [
    "missing sheet",
    (s) => s.splice(s.indexOf(sheet(s, "Tugas")), 1),
    [
      'Tugas: Lembar "Tugas" tidak ditemukan. Perbaikan: Tambahkan lembar bernama "Tugas" seperti pada lembar Petunjuk, atau ganti nama lembar yang berisi data ini.',
    ],
  ],
  [
    "missing required column",
    (s) => dropColumn(s, X, "Sumber Data"),
    [
      'Indikator, baris 1, kolom Sumber Data: Kolom "Sumber Data" tidak ditemukan di baris judul. Perbaikan: Tambahkan kolom berjudul "Sumber Data" pada baris judul tabel.',
    ],
  ],
  [
    "no header row at all",
    (s) => (sheet(s, "Fungsi").values[0] = ["Jabatan saya", "Fungsinya"]),
    [
      'Fungsi: Baris judul tabel tidak ditemukan (baris yang memuat kolom "Id Jabatan", "Fungsi"). Perbaikan: Tulis judul kolom di satu baris di atas data, seperti pada hasil ekspor katalog.',
    ],
  ],
  [
    "empty nama and bidang",
    (s) => {
      setCell(s, J, 3, "Nama Jabatan", "");
      setCell(s, J, 2, "Bidang", null);
    },
    [
      'Jabatan, baris 2, kolom Bidang: Kolom "Bidang" kosong, padahal wajib diisi. Perbaikan: Isi sel ini, atau hapus seluruh baris bila baris ini tidak dipakai.',
      'Jabatan, baris 3, kolom Nama Jabatan: Kolom "Nama Jabatan" kosong, padahal wajib diisi. Perbaikan: Isi sel ini, atau hapus seluruh baris bila baris ini tidak dipakai. Sel di atasnya berisi (sel gabungan?): tulis isinya di setiap baris, jangan gabungkan sel.',
    ],
  ],
  [
    "empty indicator texts",
    (s) => {
      setCell(s, X, 2, "Kinerja", " ");
      setCell(s, X, 3, "Formulasi", null);
    },
    [
      'Indikator, baris 2, kolom Kinerja: Kolom "Kinerja" kosong, padahal wajib diisi. Perbaikan: Isi sel ini, atau hapus seluruh baris bila baris ini tidak dipakai.',
      'Indikator, baris 3, kolom Formulasi: Kolom "Formulasi" kosong, padahal wajib diisi. Perbaikan: Isi sel ini, atau hapus seluruh baris bila baris ini tidak dipakai. Sel di atasnya berisi (sel gabungan?): tulis isinya di setiap baris, jangan gabungkan sel.',
    ],
  ],
  [
    "empty tugas",
    (s) => setCell(s, "Tugas", 3, "Tugas", ""),
    [
      'Tugas, baris 3, kolom Tugas: Kolom "Tugas" kosong, padahal wajib diisi. Perbaikan: Isi sel ini, atau hapus seluruh baris bila baris ini tidak dipakai. Sel di atasnya berisi (sel gabungan?): tulis isinya di setiap baris, jangan gabungkan sel.',
    ],
  ],
  [
    "duplicate jabatan id",
    (s) => setCell(s, J, 3, "Id Jabatan", "contoh-kepala-seksi-rehabilitasi"),
    [
      'Jabatan, baris 3, kolom Id Jabatan: Id jabatan "contoh-kepala-seksi-rehabilitasi" sudah dipakai di baris 2. Perbaikan: Beri id yang berbeda, atau kosongkan sel agar id dibuat dari nama jabatan.',
      'Tugas, baris 4, kolom Id Jabatan: Id jabatan "contoh-pengadministrasi-umum" tidak ada di lembar Jabatan. Perbaikan: Tulis id persis seperti di kolom Id Jabatan lembar Jabatan, atau tambahkan jabatan itu di sana.',
    ],
  ],
  [
    "duplicate indikator id",
    (s) => setCell(s, X, 4, "Id Indikator", "contoh-kepala-seksi-rehabilitasi-1"),
    [
      'Indikator, baris 4, kolom Id Indikator: Id indikator "contoh-kepala-seksi-rehabilitasi-1" sudah dipakai di lembar Indikator baris 2. Perbaikan: Beri id yang berbeda, atau kosongkan sel agar id dibuat otomatis.',
    ],
  ],
  [
    "indikator under an unknown jabatan",
    (s) => setCell(s, X, 2, "Id Jabatan", "contoh-kepala-seksi-rehabilitas"),
    [
      'Indikator, baris 2, kolom Id Jabatan: Id jabatan "contoh-kepala-seksi-rehabilitas" tidak ada di lembar Jabatan. Perbaikan: Mungkin maksudnya "contoh-kepala-seksi-rehabilitasi"? Tulis id persis seperti di kolom Id Jabatan lembar Jabatan, atau tambahkan jabatan itu di sana.',
    ],
  ],
  [
    "tugas and fungsi under an unknown jabatan",
    (s) => {
      setCell(s, "Tugas", 4, "Id Jabatan", "pengadministrasi-umum");
      setCell(s, "Fungsi", 2, "Id Jabatan", "kepala-seksi");
    },
    [
      'Tugas, baris 4, kolom Id Jabatan: Id jabatan "pengadministrasi-umum" tidak ada di lembar Jabatan. Perbaikan: Mungkin maksudnya "contoh-pengadministrasi-umum"? Tulis id persis seperti di kolom Id Jabatan lembar Jabatan, atau tambahkan jabatan itu di sana.',
      'Fungsi, baris 2, kolom Id Jabatan: Id jabatan "kepala-seksi" tidak ada di lembar Jabatan. Perbaikan: Mungkin maksudnya "contoh-kepala-seksi-rehabilitasi"? Tulis id persis seperti di kolom Id Jabatan lembar Jabatan, atau tambahkan jabatan itu di sana.',
    ],
  ],
  [
    "unknown jenis, with and without a suggestion",
    (s) => {
      setCell(s, X, 2, "Jenis", "presen");
      setCell(s, X, 4, "Jenis", "banyaknya");
    },
    [
      'Indikator, baris 2, kolom Jenis: Jenis "presen" tidak dikenal. Perbaikan: Mungkin maksudnya "persen"? Pilih dari daftar: persen, penurunan atau jumlah.',
      'Indikator, baris 4, kolom Jenis: Jenis "banyaknya" tidak dikenal. Perbaikan: Pilih dari daftar: persen, penurunan atau jumlah.',
    ],
  ],
  [
    "polaritas typos and an unknown polaritas",
    (s) => {
      setCell(s, X, 2, "Polaritas", "positip");
      setCell(s, X, 5, "Polaritas", "negativ");
      setCell(s, X, 3, "Polaritas", "tinggi");
    },
    [
      'Indikator, baris 2, kolom Polaritas: Polaritas "positip" salah tulis; yang dimaksud tampaknya "positif". Perbaikan: Tulis "positif" (pilih dari daftar: positif atau negatif).',
      'Indikator, baris 3, kolom Polaritas: Polaritas "tinggi" tidak dikenal. Perbaikan: Pilih positif (makin tinggi makin baik) atau negatif (makin rendah makin baik).',
      'Indikator, baris 5, kolom Polaritas: Polaritas "negativ" salah tulis; yang dimaksud tampaknya "negatif". Perbaikan: Tulis "negatif" (pilih dari daftar: positif atau negatif).',
    ],
  ],
  [
    "unknown agregasi",
    (s) => {
      setCell(s, X, 2, "Agregasi", "rata-rata");
      setCell(s, X, 4, "Agregasi", "kumulatip");
    },
    [
      'Indikator, baris 2, kolom Agregasi: Agregasi "rata-rata" tidak dikenal. Perbaikan: Pilih kumulatif (dijumlah per triwulan) atau nilai akhir (nilai triwulan terakhir).',
      'Indikator, baris 4, kolom Agregasi: Agregasi "kumulatip" tidak dikenal. Perbaikan: Mungkin maksudnya "kumulatif"? Pilih kumulatif (dijumlah per triwulan) atau nilai akhir (nilai triwulan terakhir).',
    ],
  ],
  [
    "persen and penurunan without pembilang or penyebut",
    (s) => {
      setCell(s, X, 2, "Penyebut", "");
      setCell(s, X, 3, "Pembilang", null);
    },
    [
      'Indikator, baris 2, kolom Penyebut: Indikator jenis persen memerlukan penyebut, tetapi kolom "Penyebut" kosong. Perbaikan: Isi kolom "Penyebut" sesuai formulasi, atau ubah Jenis menjadi "jumlah" bila indikator ini berupa jumlah.',
      'Indikator, baris 3, kolom Pembilang: Indikator jenis penurunan memerlukan pembilang, tetapi kolom "Pembilang" kosong. Perbaikan: Isi kolom "Pembilang" sesuai formulasi, atau ubah Jenis menjadi "jumlah" bila indikator ini berupa jumlah.',
    ],
  ],
  [
    "pembilang and penyebut on a jumlah",
    (s) => {
      setCell(s, X, 4, "Pembilang", "Jumlah laporan");
      setCell(s, X, 4, "Penyebut", "Target");
    },
    [
      'Indikator, baris 4, kolom Pembilang: Indikator jenis jumlah tidak memakai pembilang. Perbaikan: Kosongkan kolom "Pembilang", atau ubah Jenis menjadi "persen" bila indikator ini dihitung dengan pembagian.',
      'Indikator, baris 4, kolom Penyebut: Indikator jenis jumlah tidak memakai penyebut. Perbaikan: Kosongkan kolom "Penyebut", atau ubah Jenis menjadi "persen" bila indikator ini dihitung dengan pembagian.',
    ],
  ],
  [
    "satuan not % on persen",
    (s) => setCell(s, X, 2, "Satuan", "orang"),
    [
      'Indikator, baris 2, kolom Satuan: Satuan indikator jenis persen harus "%", tertulis "orang". Perbaikan: Tulis "%" di kolom Satuan, atau ubah Jenis menjadi "jumlah" bila yang dihitung adalah banyaknya.',
    ],
  ],
  [
    "tahun not a 4-digit year",
    (s) => setCell(s, I, 8, "Isi", "19"),
    [
      'Instansi, baris 8, kolom Isi: Tahun "19" bukan tahun empat angka. Perbaikan: Tulis tahun Keputusan dengan empat angka, misalnya 2025.',
    ],
  ],
  [
    "urutan not a whole number, urutan repeated",
    (s) => {
      setCell(s, J, 2, "Urutan", "satu");
      sheet(s, J).values.push([2, "contoh-baru", "Jabatan Baru", "Sekretariat"]);
    },
    [
      'Jabatan, baris 2, kolom Urutan: Urutan "satu" bukan bilangan bulat. Perbaikan: Tulis nomor urut jabatan sebagai bilangan bulat: 1, 2, 3 ...',
      "Jabatan, baris 4, kolom Urutan: Urutan 2 sudah dipakai di baris 3. Perbaikan: Beri setiap jabatan nomor urut yang berbeda.",
    ],
  ],
  [
    "instansi field empty, instansi row missing",
    (s) => {
      setCell(s, I, 3, "Isi", "");
      sheet(s, I).values.splice(8, 1);
    },
    [
      'Instansi, baris 3, kolom Isi: Nama Instansi belum diisi. Perbaikan: Isi kolom Isi pada baris "Nama Instansi" lembar Instansi.',
      'Instansi: Baris "Sumber" tidak ditemukan. Perbaikan: Tambahkan baris dengan uraian "Sumber" dan isinya di lembar Instansi.',
    ],
  ],
  [
    "no jabatan at all",
    (s) => {
      sheet(s, J).values.splice(1);
      sheet(s, "Tugas").values.splice(1);
      sheet(s, "Fungsi").values.splice(1);
      sheet(s, X).values.splice(1);
    },
    [
      "Jabatan: Tidak ada satu pun jabatan. Perbaikan: Tulis setidaknya satu jabatan di bawah baris judul lembar Jabatan.",
    ],
  ],
];

it.each(CASES)("%s", (_, edit, expected) => {
  expect(problems(edit)).toEqual(expected);
});

it("reports the problems of every sheet at once, never stopping at the first", () => {
  // Cases on different cells (an unknown jenis, for one, hides the checks that depend on it).
  const names = [
    "empty nama and bidang",
    "empty tugas",
    "duplicate indikator id",
    "tugas and fungsi under an unknown jabatan",
    "polaritas typos and an unknown polaritas",
    "pembilang and penyebut on a jumlah",
    "tahun not a 4-digit year",
    "instansi field empty, instansi row missing",
  ];
  const all = CASES.filter(([name]) => names.includes(name));
  expect(all).toHaveLength(names.length);
  const expected = all.flatMap(([, , e]) => e).sort();
  expect(problems((s) => all.forEach(([, edit]) => edit(s))).sort()).toEqual(expected);
  expect(expected.length).toBeGreaterThanOrEqual(12);
});

describe("catalogFromJson", () => {
  it("returns a valid catalog with no problem", () => {
    const text = JSON.stringify(contohCatalog(), null, 2);
    expect(catalogFromJson(text, "katalog.json")).toEqual({
      catalog: contohCatalog(),
      masalah: [],
      peringatan: [],
    });
  });

  it("names the line and column of a syntax error", () => {
    const result = catalogFromJson('{\n  "nomor": "1",\n  "tahun": 2024,,\n}', "katalog.json");
    expect(result.catalog).toBeUndefined();
    expect(result.masalah).toHaveLength(1);
    expect(formatMasalah(result.masalah[0])).toBe(
      'katalog.json: Berkas bukan JSON yang sah (baris 3, kolom 17): tanda "," tidak semestinya di situ. Perbaikan: Periksa tanda kutip, koma dan kurung di letak itu dan sebelumnya.'
    );
  });

  it("turns every validateCatalog message into a Masalah of the file", () => {
    const c = contohCatalog() as unknown as { tahun: unknown; jabatan: { nama: string }[] };
    c.tahun = "2024";
    c.jabatan[1].nama = "";
    const result = catalogFromJson(JSON.stringify(c), "dinsos.json");
    expect(result.catalog).toBeUndefined();
    expect(result.masalah.map(formatMasalah)).toEqual([
      'dinsos.json: Katalog: isian "tahun" harus bilangan bulat (ditemukan "2024"). Perbaikan: Perbaiki data yang disebut.',
      'dinsos.json: Jabatan #2 (id contoh-pengadministrasi-umum): isian "nama" kosong. Perbaikan: Perbaiki data yang disebut.',
    ]);
  });
});

it("formatMasalah leaves out the row and column of a problem of a whole sheet", () => {
  expect(formatMasalah({ sheet: "Tugas", pesan: "A.", perbaikan: "B." })).toBe(
    "Tugas: A. Perbaikan: B."
  );
  expect(
    formatMasalah({ sheet: "Indikator", row: 12, column: "Jenis", pesan: "A.", perbaikan: "B." })
  ).toBe("Indikator, baris 12, kolom Jenis: A. Perbaikan: B.");
});

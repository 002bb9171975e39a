/**
 * What an independent review of the import found, each case as the user meets it: references by
 * nama, ids too long, data under no header, headers written twice or renamed, repeated Instansi
 * rows, Excel error values, absent optional columns, merged cells, NFD text, urutan 0, an empty
 * Fungsi sheet, a catalog without Pembilang/Penyebut columns.
 */
import type { SheetValues } from "../../../src/catalog/tabel";
import { uniqueId } from "../../../src/catalog/tabel/kata";
import { MAX_ID_CHARS } from "../../../src/catalog/validate";
import {
  contohCatalog,
  contohSheets,
  dropColumn,
  importOf,
  lines,
  setCell,
  sheet,
  warnings,
} from "./sheets";

const J = "Jabatan";
const X = "Indikator";
const KASI_ID = "contoh-kepala-seksi-rehabilitasi";

function edited(edit: (s: SheetValues[]) => void) {
  const sheets = contohSheets();
  edit(sheets);
  return importOf(sheets);
}

describe("a jabatan named by something else than its id", () => {
  it("recognises the jabatan's nama, spelled loosely, and gives its id", () => {
    const r = edited((s) =>
      setCell(s, "Tugas", 2, "Id Jabatan", "kepala seksi rehabilitasi sosial (CONTOH)")
    );
    expect(lines(r)).toEqual([
      `Tugas, baris 2, kolom Id Jabatan: "kepala seksi rehabilitasi sosial (CONTOH)" adalah nama jabatan, bukan id-nya. Perbaikan: Tulis id-nya: "${KASI_ID}" (kolom Id Jabatan lembar Jabatan).`,
    ]);
  });

  it("suggests nothing for an unrelated value", () => {
    const r = edited((s) => setCell(s, X, 2, "Id Jabatan", "xyz"));
    expect(lines(r)).toEqual([
      'Indikator, baris 2, kolom Id Jabatan: Id jabatan "xyz" tidak ada di lembar Jabatan. Perbaikan: Tulis id persis seperti di kolom Id Jabatan lembar Jabatan, atau tambahkan jabatan itu di sana.',
    ]);
  });
});

describe("jabatan ids and the length a sheet's marker allows", () => {
  it("reports a typed id over the limit at its cell", () => {
    const r = edited((s) => setCell(s, J, 2, "Id Jabatan", "a".repeat(MAX_ID_CHARS + 1)));
    expect(lines(r)[0]).toBe(
      `Jabatan, baris 2, kolom Id Jabatan: Id jabatan terlalu panjang: ${MAX_ID_CHARS + 1} huruf, paling banyak ${MAX_ID_CHARS}. Perbaikan: Tulis id yang lebih pendek (cukup singkatan yang unik, misalnya kasi-data).`
    );
  });

  it("cuts an id derived from a long nama to fit, unique ones included, and the import succeeds", () => {
    const nama = `Kepala ${"Seksi Pelayanan Sosial ".repeat(10)}Panjang`;
    const r = edited((s) => {
      const jabatan = sheet(s, J).values;
      jabatan.push(
        [3, null, nama, "Sekretariat", null, null],
        [4, null, nama, "Sekretariat", null, null]
      );
    });
    expect(lines(r)).toEqual([]);
    const ids = r.catalog!.jabatan.slice(2).map((j) => j.id);
    expect(
      ids.every((id) => id.length <= MAX_ID_CHARS && id.startsWith("kepala-seksi-pelayanan"))
    ).toBe(true);
    expect(ids[1]).toBe(`${ids[0]}-2`.length <= MAX_ID_CHARS ? `${ids[0]}-2` : ids[1]);
    expect(new Set(ids).size).toBe(2);
    expect(warnings(r).filter((w) => w.includes("dibuat otomatis"))).toHaveLength(2);
  });
});

describe("headers", () => {
  it("warns about data under a column without a header, and about rows holding only such data", () => {
    const r = edited((s) => {
      const v = sheet(s, J).values;
      v[1][7] = "catatan lepas";
      v.push([null, null, null, null, null, null, null, "sendirian"]);
    });
    expect(lines(r)).toEqual([]);
    expect(warnings(r)).toEqual([
      "Jabatan, baris 2: Kolom H tidak berjudul tetapi berisi data (mulai baris 2); isinya tidak dibaca. Perbaikan: Beri judul kolom itu seperti pada lembar Petunjuk, atau hapus isinya.",
      "Jabatan, baris 4: Baris 4 hanya berisi data di kolom tanpa judul dan tidak dibaca. Perbaikan: Pindahkan isinya ke kolom yang berjudul, atau hapus baris itu.",
    ]);
  });

  it("makes a header written twice an error naming both columns, not an unknown column", () => {
    const r = edited((s) => {
      const v = sheet(s, J).values;
      v[0][6] = "Nama";
      v[1][6] = "lain";
    });
    expect(lines(r)).toEqual([
      'Jabatan, baris 1, kolom Nama: Judul "Nama" di kolom G sama artinya dengan "Nama Jabatan" di kolom C. Perbaikan: Hapus salah satu dari kolom C dan G, atau gabungkan isinya ke satu kolom.',
    ]);
    expect(warnings(r)).toEqual([]);
  });
});

describe("the Instansi sheet", () => {
  it("makes a repeated uraian an error with both rows; unknown and empty uraian warned at their row", () => {
    const r = edited((s) => {
      const v = sheet(s, "Instansi").values;
      v.push(["Nomor", "999"], ["Alamat", "Jl. Raya"], [null, "isi tanpa uraian"]);
    });
    const n = sheet(contohSheets(), "Instansi").values.length;
    const nomorRow =
      sheet(contohSheets(), "Instansi").values.findIndex((x) => x[0] === "Nomor") + 1;
    expect(lines(r)).toEqual([
      `Instansi, baris ${n + 1}, kolom Uraian: Uraian "Nomor" sudah ada di baris ${nomorRow}. Perbaikan: Hapus salah satu baris, sisakan yang benar.`,
    ]);
    expect(warnings(r)).toEqual([
      `Instansi, baris ${n + 2}, kolom Uraian: Uraian "Alamat" tidak dikenal dan tidak dibaca. Perbaikan: Pakai uraian seperti pada lembar Petunjuk: Pemerintah, Nama Instansi, Penetap, Bidang Pimpinan, Tempat Penandatanganan, Nomor, Tahun, Sumber, Catatan.`,
      `Instansi, baris ${n + 3}, kolom Uraian: Baris ini berisi isi tanpa uraian dan tidak dibaca. Perbaikan: Tulis uraiannya, misalnya "Nomor", atau hapus baris ini.`,
    ]);
  });
});

describe("cells", () => {
  it.each([
    "#REF!",
    "#N/A",
    "#VALUE!",
    "#DIV/0!",
    "#NAME?",
    "#NULL!",
    "#NUM!",
    "#SPILL!",
    "#CALC!",
    "#GETTING_DATA",
  ])("reports an Excel error value %s once, at its cell", (galat) => {
    const r = edited((s) => setCell(s, X, 2, "Indikator Kinerja", galat));
    expect(lines(r)).toEqual([
      `Indikator, baris 2, kolom Indikator Kinerja: Sel berisi galat Excel ${galat}. Perbaikan: Ganti dengan teksnya (rumus yang gagal tidak bisa dibaca sebagai isi katalog).`,
    ]);
  });

  it("says a merged cell may hide the value only when the cell above is filled", () => {
    const r = edited((s) => {
      setCell(s, X, 3, "Kinerja", null);
      setCell(s, X, 2, "Sumber Data", null);
    });
    expect(lines(r)).toEqual([
      'Indikator, baris 2, kolom Sumber Data: Kolom "Sumber Data" kosong, padahal wajib diisi. Perbaikan: Isi sel ini, atau hapus seluruh baris bila baris ini tidak dipakai.',
      'Indikator, baris 3, kolom Kinerja: Kolom "Kinerja" kosong, padahal wajib diisi. Perbaikan: Isi sel ini, atau hapus seluruh baris bila baris ini tidak dipakai. Sel di atasnya berisi (sel gabungan?): tulis isinya di setiap baris, jangan gabungkan sel.',
    ]);
  });

  it("reads text as NFC whatever form it was typed in", () => {
    const r = edited((s) => setCell(s, J, 2, "Bidang", "Bidang Re\u0301habilitasi"));
    expect(r.catalog!.jabatan[0].bidang).toBe("Bidang R\u00e9habilitasi");
  });

  it("says that urutan 0 is below 1, not that it is no whole number", () => {
    const r = edited((s) => setCell(s, J, 2, "Urutan", 0));
    expect(lines(r)).toEqual([
      "Jabatan, baris 2, kolom Urutan: Urutan 0 tidak boleh kurang dari 1. Perbaikan: Tulis nomor urut jabatan sebagai bilangan bulat: 1, 2, 3 ...",
    ]);
  });
});

describe("optional columns and sheets", () => {
  it("says once that an absent Polaritas column means positif for all", () => {
    const r = edited((s) => dropColumn(s, X, "Polaritas"));
    expect(lines(r)).toEqual([]);
    expect(warnings(r)).toEqual([
      'Indikator: Kolom Polaritas tidak ada: semua indikator dianggap positif. Perbaikan: Tambahkan kolom "Polaritas" bila ada indikator yang lain.',
    ]);
  });

  it("takes an unknown header holding the name of an absent column for a renamed one", () => {
    const r = edited((s) => (sheet(s, X).values[0][10] = "Agregasi Triwulan"));
    expect(lines(r)).toEqual([
      'Indikator, baris 1, kolom Agregasi Triwulan: Kolom "Agregasi Triwulan" tidak dikenal, padahal kolom "Agregasi" tidak ada; isinya akan diabaikan. Perbaikan: Ganti judulnya menjadi "Agregasi" bila kolom ini berisi agregasi.',
    ]);
  });

  it("groups the defaults of empty cells in one line per column", () => {
    const r = edited((s) => {
      const v = sheet(s, X).values;
      for (let row = 2; row <= v.length; row++) setCell(s, X, row, "Polaritas", null);
    });
    const n = sheet(contohSheets(), X).values.length - 1;
    expect(warnings(r)).toEqual([
      `Indikator, baris 2, kolom Polaritas: Kolom "Polaritas" kosong di ${n} baris (${[2, 3, 4, 5, 6].slice(0, n).join(", ")}${n > 5 ? " ..." : ""}); dipakai "positif". Perbaikan: Isi kolom "Polaritas" bila yang dimaksud lain.`,
    ]);
  });

  it("accepts a catalog of jumlah indicators without Pembilang and Penyebut columns", () => {
    const sheets = contohSheets();
    const catalog = contohCatalog();
    const v = sheet(sheets, X).values;
    const jenis = v[0].indexOf("Jenis");
    sheet(sheets, X).values = [v[0], ...v.slice(1).filter((row) => row[jenis] === "jumlah")];
    dropColumn(sheets, X, "Pembilang");
    dropColumn(sheets, X, "Penyebut");
    const r = importOf(sheets);
    expect(lines(r)).toEqual([]);
    const jumlah = catalog.jabatan.flatMap((j) => j.indikator).filter((x) => x.jenis === "jumlah");
    expect(r.catalog!.jabatan.flatMap((j) => j.indikator)).toEqual(jumlah);
  });

  it("asks once for the Pembilang column when a persen indicator needs it", () => {
    const r = edited((s) => dropColumn(s, X, "Pembilang"));
    expect(lines(r)).toEqual([
      'Indikator, baris 1, kolom Pembilang: Kolom "Pembilang" tidak ditemukan di baris judul. Perbaikan: Tambahkan kolom berjudul "Pembilang" pada baris judul tabel.',
    ]);
  });

  it("accepts a Fungsi sheet left completely empty, with a warning", () => {
    const r = edited((s) => (sheet(s, "Fungsi").values = [[], [null, ""]]));
    expect(lines(r)).toEqual([]);
    expect(r.catalog!.jabatan.every((j) => j.fungsi === undefined)).toBe(true);
    expect(warnings(r)).toEqual([
      'Fungsi: Lembar "Fungsi" kosong; katalog ini tanpa fungsi. Perbaikan: Abaikan bila memang begitu, atau hapus lembar "Fungsi".',
    ]);
  });
});

it("cuts a derived id at a word boundary, also when the limit falls on one", () => {
  expect(uniqueId("abc-def-ghi", new Set(), 7)).toBe("abc-def");
  expect(uniqueId("abc-defgh", new Set(), 7)).toBe("abc");
  expect(uniqueId("abc-def", new Set(["abc-def"]), 7)).toBe("abc-2");
  expect(uniqueId("abcdefghij", new Set(), 7)).toBe("abcdefg");
});

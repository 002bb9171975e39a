/**
 * What people do to a sheet and the import accepts: blank rows, a title above the header, extra
 * columns (named in a warning), headers in another order, case or alias, values typed loosely,
 * empty ids (derived, with a warning), unknown sheets (a warning), a large catalog.
 */
import type { CellValue, SheetValues } from "../../../src/catalog/tabel";
import { katalogBesar } from "../../support/katalog-besar";
import {
  asSheets,
  contohCatalog,
  contohSheets,
  importOf,
  lines,
  setCell,
  sheet,
  warnings,
} from "./sheets";
import { catalogToTables } from "../../../src/catalog/tabel";

const X = "Indikator";

it("skips blank rows, reads a header under a title line, names extra columns in a warning", () => {
  const sheets = contohSheets();
  for (const s of sheets.filter((x) => x.name !== "Petunjuk")) {
    s.values.splice(2, 0, [], [null, "", "  "]);
    s.values.unshift([`Lembar ${s.name}`], []);
    s.values.push([""], []);
  }
  const jabatan = sheet(sheets, "Jabatan");
  jabatan.values[2].push("Paraf");
  const result = importOf(sheets);
  expect(lines(result)).toEqual([]);
  expect(result.catalog).toEqual(contohCatalog());
  expect(warnings(result)).toEqual([
    'Jabatan, baris 3: Kolom "Paraf" tidak dikenal dan tidak dibaca. Perbaikan: Abaikan bila memang begitu; bila kolom itu berisi data katalog, perbaiki judulnya.',
  ]);
});

/** A sheet with its columns in reverse order and headers rewritten by `rename`. */
function reorder(s: SheetValues, rename: (h: string) => string): void {
  s.values = s.values.map((r) => [...r].reverse());
  s.values[0] = s.values[0].map((h) => rename(String(h)));
}

it("finds columns by name in any order, case, spacing or alias", () => {
  const sheets = contohSheets();
  const aliases: Record<string, string> = {
    "Sumber Data": "sumber",
    "Indikator Kinerja": "INDIKATOR",
  };
  reorder(sheet(sheets, X), (h) => aliases[h] ?? ` ${h.toUpperCase().replace(" ", "  ")} `);
  reorder(sheet(sheets, "Jabatan"), (h) => h.toLowerCase().replace(" ", "_"));
  sheet(sheets, "Tugas").name = " tugas ";
  const result = importOf(sheets);
  expect(lines(result)).toEqual([]);
  expect(result.catalog).toEqual(contohCatalog());
});

it("accepts what people type: case, spaces, 'nilai akhir', numbers in text columns, Excel line breaks", () => {
  const sheets = contohSheets();
  setCell(sheets, X, 2, "Jenis", " Persen ");
  setCell(sheets, X, 2, "Agregasi", "Nilai-Akhir");
  setCell(sheets, X, 3, "Agregasi", "NILAI AKHIR");
  setCell(sheets, X, 4, "Polaritas", "Positif");
  setCell(sheets, X, 5, "Agregasi", "nilai_akhir");
  setCell(sheets, "Tugas", 2, "Tugas", "Menyusun rencana\r\nkegiatan  ");
  setCell(sheets, "Instansi", 7, "Isi", 188);
  setCell(sheets, "Jabatan", 3, "Id Jabatan", 17);
  sheet(sheets, "Tugas").values[3][0] = 17;
  setCell(sheets, "Jabatan", 3, "Urutan", "2");
  const result = importOf(sheets);
  expect(lines(result)).toEqual([]);
  const expected = contohCatalog();
  expected.nomor = "188";
  expected.jabatan[0].tugas[0] = "Menyusun rencana\nkegiatan";
  expected.jabatan[1].id = "17";
  expect(result.catalog).toEqual(expected);
  expect(warnings(result)).toEqual([]);
});

it("derives empty ids and fills polaritas, agregasi and satuan, each said in a warning", () => {
  const sheets = contohSheets();
  setCell(sheets, "Jabatan", 3, "Id Jabatan", "");
  sheet(sheets, "Tugas").values.pop();
  const row: CellValue[] = [
    "contoh-kepala-seksi-rehabilitasi",
    "",
    "Kinerja baru",
    "Indikator baru",
  ];
  row.push("A / B x 100%", "A", "B", "Laporan", "persen");
  sheet(sheets, X).values.push(row);
  setCell(sheets, X, 3, "Id Indikator", null);
  const result = importOf(sheets);
  expect(lines(result)).toEqual([]);
  expect(warnings(result)).toEqual([
    'Jabatan, baris 3, kolom Id Jabatan: Id jabatan kosong; dibuat otomatis: "pengadministrasi-umum-contoh". Perbaikan: Tulis "pengadministrasi-umum-contoh" di sel ini agar id tetap sama pada impor berikutnya.',
    'Indikator, baris 6, kolom Polaritas: Kolom "Polaritas" kosong di baris 6; dipakai "positif". Perbaikan: Isi kolom "Polaritas" bila yang dimaksud lain.',
    'Indikator, baris 6, kolom Agregasi: Kolom "Agregasi" kosong di baris 6; dipakai "nilai akhir". Perbaikan: Isi kolom "Agregasi" bila yang dimaksud lain.',
    'Indikator, baris 6, kolom Satuan: Kolom "Satuan" kosong di baris 6; dipakai "%". Perbaikan: Isi kolom "Satuan" bila yang dimaksud lain.',
    'Indikator, baris 3, kolom Id Indikator: Id indikator kosong; dibuat otomatis: "contoh-kepala-seksi-rehabilitasi-2". Perbaikan: Tulis "contoh-kepala-seksi-rehabilitasi-2" di sel ini agar id tetap sama pada impor berikutnya.',
    'Indikator, baris 6, kolom Id Indikator: Id indikator kosong; dibuat otomatis: "contoh-kepala-seksi-rehabilitasi-5". Perbaikan: Tulis "contoh-kepala-seksi-rehabilitasi-5" di sel ini agar id tetap sama pada impor berikutnya.',
  ]);
  const jabatan = result.catalog!.jabatan;
  expect(jabatan[1].id).toBe("pengadministrasi-umum-contoh");
  expect(jabatan[1].tugas).toEqual([]);
  expect(jabatan[0].indikator.map((x) => x.id).slice(1)).toEqual([
    "contoh-kepala-seksi-rehabilitasi-2",
    "contoh-kepala-seksi-rehabilitasi-3",
    "contoh-kepala-seksi-rehabilitasi-4",
    "contoh-kepala-seksi-rehabilitasi-5",
  ]);
  expect(jabatan[0].indikator[4]).toMatchObject({
    polaritas: "positif",
    agregasi: "nilai-akhir",
    satuan: "%",
  });
});

it("orders jabatan by urutan and renumbers gaps, with a warning", () => {
  const sheets = contohSheets();
  setCell(sheets, "Jabatan", 2, "Urutan", 5);
  const result = importOf(sheets);
  expect(result.catalog!.jabatan.map((j) => [j.urutan, j.id])).toEqual([
    [1, "contoh-pengadministrasi-umum"],
    [2, "contoh-kepala-seksi-rehabilitasi"],
  ]);
  expect(warnings(result)).toEqual([
    "Jabatan, baris 3, kolom Urutan: Urutan 2 menjadi 1 (urutan jabatan harus 1, 2, 3 ... tanpa loncatan). Perbaikan: Tulis urutan tanpa loncatan agar sama dengan hasil impor.",
    "Jabatan, baris 2, kolom Urutan: Urutan 5 menjadi 2 (urutan jabatan harus 1, 2, 3 ... tanpa loncatan). Perbaikan: Tulis urutan tanpa loncatan agar sama dengan hasil impor.",
  ]);
});

it("ignores the Petunjuk and names unknown sheets; a missing Fungsi sheet means no fungsi", () => {
  const sheets = contohSheets().filter((s) => s.name !== "Fungsi");
  sheet(sheets, "Petunjuk").values.push(["Jenis", "presen"]);
  sheets.push({ name: "Sheet1", values: [["catatan pribadi"]] });
  const result = importOf(sheets);
  expect(lines(result)).toEqual([]);
  expect(result.catalog!.jabatan.every((j) => !("fungsi" in j))).toBe(true);
  expect(warnings(result)).toEqual([
    'Sheet1: Lembar "Sheet1" bukan bagian katalog dan tidak dibaca. Perbaikan: Abaikan bila memang begitu; bila berisi data katalog, beri nama Instansi, Jabatan, Tugas, Fungsi, Indikator.',
  ]);
});

it("imports a catalog of 500 jabatan x 3 indikator back to itself (time: npm run bench)", () => {
  const catalog = katalogBesar(500, 3);
  const started = Date.now();
  const result = importOf(asSheets(catalogToTables(catalog)));
  expect(Date.now() - started).toBeLessThan(3000);
  expect(lines(result)).toEqual([]);
  expect(result.catalog).toEqual(catalog);
  expect(result.catalog!.jabatan.flatMap((j) => j.indikator)).toHaveLength(1500);
});

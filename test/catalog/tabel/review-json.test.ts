/**
 * The JSON catalog as the review asked: a broken file located by the import itself (line and
 * column after a BOM, in Bahasa Indonesia, whatever the engine's message), plain words for what
 * validateCatalog finds, texts read as the sheets read them so the round trip holds; and the
 * suggestion of a wrong reference, bounded and cached.
 */
import { catalogFromJson, catalogToTables, formatMasalah } from "../../../src/catalog/tabel";
import { jsonErrorAt } from "../../../src/catalog/tabel/json-position";
import { closest, Suggester } from "../../../src/catalog/tabel/kata";
import { editDistance } from "../../../src/catalog/edit-distance";
import { asSheets, contohCatalog, importOf } from "./sheets";

const problem = (text: string) => catalogFromJson(text, "k.json").masalah.map(formatMasalah);

describe("a broken JSON file", () => {
  it("is located after the BOM, with the character that breaks it", () => {
    expect(problem('\uFEFF{\n  "nomor": "1"\n  "tahun": 2024\n}')).toEqual([
      'k.json: Berkas bukan JSON yang sah (baris 3, kolom 3): tanda """ tidak semestinya di situ. Perbaikan: Periksa tanda kutip, koma dan kurung di letak itu dan sebelumnya.',
    ]);
  });

  it("says when the file ends too early", () => {
    expect(problem('{"jabatan": [1, 2')).toEqual([
      "k.json: Berkas bukan JSON yang sah (baris 1, kolom 18): berkas berakhir sebelum semua kurung dan tanda kutip ditutup. Perbaikan: Periksa tanda kutip, koma dan kurung di letak itu dan sebelumnya.",
    ]);
  });

  it("never shows the engine's English message", () => {
    for (const text of ["{,}", "[1,]", '{"a": tru}', '"\\x"', "01", "{} x", ""])
      for (const line of problem(text)) {
        expect(line).toMatch(/^k\.json: Berkas bukan JSON yang sah \(baris \d+, kolom \d+\): /);
        expect(line).not.toMatch(/Unexpected|token|position|JSON at/);
      }
  });

  it("the scanner agrees with JSON.parse on valid texts", () => {
    const valid = ['{"a": [1, -2.5e3, true, false, null, "x\\u00e9\\n"]}', "[]", " 0 ", '"\\\\"'];
    for (const text of valid) expect(jsonErrorAt(text)).toBeUndefined();
    expect(jsonErrorAt("[1, 2,]")).toBe(6);
  });
});

describe("a JSON catalog", () => {
  it("shows validateCatalog's findings in plain words", () => {
    const c = contohCatalog() as unknown as Record<string, unknown>;
    c.instansi = "Dinas";
    const [line] = problem(JSON.stringify(c));
    expect(line).toBe(
      'k.json: Katalog: isian "instansi" harus berupa kelompok isian { } (ditemukan "Dinas"). Perbaikan: Perbaiki data yang disebut.'
    );
  });

  it("with untrimmed, NFD texts and an empty fungsi list survives export and import", () => {
    const c = contohCatalog();
    const raw = JSON.parse(JSON.stringify(c)) as typeof c;
    raw.jabatan[0].nama = `  ${raw.jabatan[0].nama}\r\n`;
    raw.jabatan[1].fungsi = [];
    raw.instansi.nama = "Kecamatan Paki\u0301saji";
    const read = catalogFromJson(JSON.stringify(raw), "k.json");
    expect(read.masalah).toEqual([]);
    expect(read.catalog!.jabatan[0].nama).toBe(c.jabatan[0].nama);
    expect(read.catalog!.jabatan[1]).not.toHaveProperty("fungsi");
    expect(read.catalog!.instansi.nama).toBe("Kecamatan Pak\u00edsaji");
    expect(importOf(asSheets(catalogToTables(read.catalog!))).catalog).toEqual(read.catalog);
  });
});

describe("suggestions for a wrong reference", () => {
  it("stops counting edits past the bound", () => {
    expect(editDistance("kitten", "sitting")).toBe(3);
    expect(editDistance("kitten", "sitting", 2)).toBe(3);
    expect(editDistance("a", "abcdefgh", 3)).toBe(4);
  });

  it("suggests a near id or one containing the text, never an unrelated one", () => {
    const ids = ["kasi-data", "kasi-rehabilitasi-sosial", "sekretaris"];
    expect(closest("kasi-dta", ids)).toBe("kasi-data");
    expect(closest("rehabilitasi", ids)).toBe("kasi-rehabilitasi-sosial");
    expect(closest("xyz", ids)).toBeUndefined();
    expect(closest("pengadministrasi-umum", ids)).toBeUndefined();
  });

  it("looks each distinct value up once", () => {
    const s = new Suggester(["kasi-data"]);
    const spy = jest.spyOn(s as unknown as { find: (k: string) => unknown }, "find");
    for (let i = 0; i < 100; i++) s.suggest("kasi-dta");
    expect(spy).toHaveBeenCalledTimes(1);
  });
});

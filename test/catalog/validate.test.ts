import { catalog } from "../support/builtin-catalog";
import {
  assertValidCatalog,
  CatalogValidationError,
  validateCatalog,
} from "../../src/catalog/validate";
import type { Catalog, Jabatan } from "../../src/catalog/types";

/** A fresh deep copy to break. */
function copy(): Catalog {
  return JSON.parse(JSON.stringify(catalog)) as Catalog;
}

function firstWith(c: Catalog, test: (j: Jabatan) => boolean): [Jabatan, number] {
  const i = c.jabatan.findIndex(test);
  if (i < 0) throw new Error("no such jabatan in the catalog");
  return [c.jabatan[i], i];
}

const label = (j: Jabatan, i: number) => `Jabatan #${i + 1} "${j.nama}" (id ${j.id})`;

describe("validateCatalog", () => {
  it("accepts the catalog shipped with the add-in", () => {
    expect(validateCatalog(catalog)).toEqual([]);
    expect(assertValidCatalog(copy())).toBeDefined();
  });

  it("names the entry and the field when a field is missing", () => {
    const c = copy();
    const [j, i] = firstWith(c, (x) => x.indikator.length > 0);
    delete (j.indikator[0] as Partial<(typeof j.indikator)[0]>).sumberData;
    expect(validateCatalog(c)).toEqual([
      `${label(j, i)}, indikator #1 (id ${j.indikator[0].id}): field "sumberData" tidak ada`,
    ]);
  });

  it("names a missing jabatan field", () => {
    const c = copy();
    const j = c.jabatan[3];
    delete (j as Partial<Jabatan>).bidang;
    expect(validateCatalog(c)).toEqual([`${label(j, 3)}: field "bidang" tidak ada`]);
  });

  it("rejects an unknown jenis, listing the allowed ones", () => {
    const c = copy();
    const [j, i] = firstWith(c, (x) => x.indikator.some((y) => y.jenis === "persen"));
    const k = j.indikator.findIndex((y) => y.jenis === "persen");
    (j.indikator[k] as { jenis: string }).jenis = "persentase";
    expect(validateCatalog(c)).toEqual([
      `${label(j, i)}, indikator #${k + 1} (id ${j.indikator[k].id}): field "jenis" harus salah satu dari persen, penurunan, jumlah (ditemukan "persentase")`,
    ]);
  });

  it("rejects a wrong polaritas or agregasi", () => {
    const c = copy();
    const [j] = firstWith(c, (x) => x.indikator.length > 0);
    (j.indikator[0] as { polaritas: string }).polaritas = "naik";
    (j.indikator[0] as { agregasi: string }).agregasi = "rata-rata";
    const errors = validateCatalog(c);
    expect(errors).toHaveLength(2);
    expect(errors[0]).toMatch(/field "polaritas" harus salah satu dari positif, negatif/);
    expect(errors[1]).toMatch(/field "agregasi" harus salah satu dari kumulatif, nilai-akhir/);
  });

  it("rejects a duplicate jabatan id, naming both entries", () => {
    const c = copy();
    c.jabatan[5].id = c.jabatan[4].id;
    expect(validateCatalog(c)).toEqual([
      `${label(c.jabatan[5], 5)}: field "id" "${c.jabatan[4].id}" sudah dipakai oleh ${label(c.jabatan[4], 4)}`,
    ]);
  });

  it("rejects a duplicate indikator id across jabatan", () => {
    const c = copy();
    const withIndikator = c.jabatan.filter((x) => x.indikator.length > 0);
    const [a, b] = withIndikator;
    b.indikator[0].id = a.indikator[0].id;
    const errors = validateCatalog(c);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toContain(
      `"${b.nama}" (id ${b.id}), indikator #1 (id ${a.indikator[0].id}): field "id"`
    );
    expect(errors[0]).toContain(`sudah dipakai oleh Jabatan #${a.urutan} "${a.nama}"`);
  });

  it("rejects an empty nama, naming the entry by number and id", () => {
    const c = copy();
    c.jabatan[4].nama = "  ";
    expect(validateCatalog(c)).toEqual([`Jabatan #5 (id ${c.jabatan[4].id}): field "nama" kosong`]);
  });

  it("rejects urutan out of document order", () => {
    const c = copy();
    [c.jabatan[0], c.jabatan[1]] = [c.jabatan[1], c.jabatan[0]];
    const errors = validateCatalog(c);
    expect(errors).toHaveLength(2);
    expect(errors[0]).toMatch(/^Jabatan #1 .*field "urutan" harus 1 .*ditemukan 2/);
  });

  it("requires satuan % and pembilang/penyebut for persen and penurunan", () => {
    const c = copy();
    const [j, i] = firstWith(c, (x) => x.indikator.some((y) => y.jenis === "penurunan"));
    const x = j.indikator.find((y) => y.jenis === "penurunan")!;
    x.satuan = null;
    x.penyebut = null;
    const prefix = `${label(j, i)}, indikator #${j.indikator.indexOf(x) + 1} (id ${x.id})`;
    expect(validateCatalog(c)).toEqual([
      `${prefix}: field "penyebut" wajib diisi untuk jenis penurunan`,
      `${prefix}: field "satuan" harus "%" untuk jenis penurunan (ditemukan null)`,
    ]);
  });

  it("rejects wrong types at the root and in lists", () => {
    expect(validateCatalog(null)).toEqual(["Katalog harus berupa objek"]);
    const c = copy() as unknown as Record<string, unknown>;
    c.tahun = "2024";
    (c.jabatan as Jabatan[])[0].tugas = ["", 3 as unknown as string];
    const errors = validateCatalog(c);
    expect(errors[0]).toBe('Katalog: field "tahun" harus bilangan bulat (ditemukan "2024")');
    expect(errors.slice(1)).toEqual([
      expect.stringMatching(/^Jabatan #1 .*field "tugas\[0\]" harus teks tidak kosong/),
      expect.stringMatching(
        /^Jabatan #1 .*field "tugas\[1\]" harus teks tidak kosong \(ditemukan 3\)/
      ),
    ]);
  });

  it("accepts an optional fungsi list of texts, and names each wrong item", () => {
    const c = copy();
    c.jabatan[0].fungsi = ["Perumusan kebijakan teknis;", "Pelaksanaan koordinasi."];
    c.jabatan[1].fungsi = [];
    expect(validateCatalog(c)).toEqual([]);
    (c.jabatan[2] as { fungsi: unknown }).fungsi = ["Penyusunan rencana;", "  ", 7];
    (c.jabatan[3] as { fungsi: unknown }).fungsi = "Penyusunan rencana";
    (c.jabatan[4] as { fungsi: unknown }).fungsi = null;
    expect(validateCatalog(c)).toEqual([
      `${label(c.jabatan[2], 2)}: field "fungsi[1]" harus teks tidak kosong (ditemukan "  ")`,
      `${label(c.jabatan[2], 2)}: field "fungsi[2]" harus teks tidak kosong (ditemukan 7)`,
      `${label(c.jabatan[3], 3)}: field "fungsi" harus berupa daftar (ditemukan "Penyusunan rencana")`,
      `${label(c.jabatan[4], 4)}: field "fungsi" harus berupa daftar (ditemukan null)`,
    ]);
  });

  it("assertValidCatalog throws every message at once", () => {
    const c = copy();
    c.jabatan[0].nama = "";
    c.sumber = "";
    expect(() => assertValidCatalog(c)).toThrow(CatalogValidationError);
    try {
      assertValidCatalog(c);
    } catch (e) {
      expect((e as CatalogValidationError).errors).toHaveLength(2);
      expect((e as Error).message).toContain(
        'Jabatan #1 (id kepala-dinas-sosial): field "nama" kosong'
      );
    }
  });
});

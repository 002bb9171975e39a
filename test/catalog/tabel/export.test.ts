/**
 * The export's layout: sheets in order, Bahasa Indonesia headers, drop-downs on the closed lists,
 * text columns, and a Petunjuk whose examples cover every kind of row and are valid rows.
 */
import { builtInCatalog } from "../../../src/catalog";
import {
  catalogToTables,
  tablesToCatalog,
  type CatalogTable,
  type CellValue,
  type SheetValues,
} from "../../../src/catalog/tabel";
import { pakisaji } from "./sheets";

const tables = catalogToTables(builtInCatalog.catalog);
const table = (name: string): CatalogTable => tables.find((t) => t.sheet === name)!;
const col = (t: CatalogTable, header: string) => t.header.indexOf(header);

it("writes Petunjuk first, then Instansi, Jabatan, Tugas, Fungsi, Indikator", () => {
  expect(tables.map((t) => t.sheet)).toEqual([
    "Petunjuk",
    "Instansi",
    "Jabatan",
    "Tugas",
    "Fungsi",
    "Indikator",
  ]);
  for (const t of tables) {
    expect(t.petunjuk).not.toBe("");
    expect(t.widths).toHaveLength(t.header.length);
    for (const r of t.rows) expect(r).toHaveLength(t.header.length);
  }
});

it("names the columns as a civil servant writes them", () => {
  expect(table("Instansi").header).toEqual(["Uraian", "Isi"]);
  expect(table("Instansi").rows.map((r) => r[0])).toEqual([
    "Pemerintah",
    "Nama Instansi",
    "Penetap",
    "Bidang Pimpinan",
    "Tempat Penandatanganan",
    "Nomor",
    "Tahun",
    "Sumber",
    "Catatan",
  ]);
  expect(table("Jabatan").header).toEqual([
    "Urutan",
    "Id Jabatan",
    "Nama Jabatan",
    "Bidang",
    "Unit",
    "Catatan",
  ]);
  expect(table("Tugas").header).toEqual(["Id Jabatan", "Tugas"]);
  expect(table("Fungsi").header).toEqual(["Id Jabatan", "Fungsi"]);
  expect(table("Indikator").header).toEqual([
    "Id Jabatan",
    "Id Indikator",
    "Kinerja",
    "Indikator Kinerja",
    "Formulasi",
    "Pembilang",
    "Penyebut",
    "Sumber Data",
    "Jenis",
    "Polaritas",
    "Agregasi",
    "Satuan",
    "Catatan",
  ]);
});

it("offers drop-downs for jenis, polaritas and agregasi, as the sheets show them", () => {
  const t = table("Indikator");
  expect(t.lists).toEqual([
    { column: col(t, "Jenis"), values: ["persen", "penurunan", "jumlah"] },
    { column: col(t, "Polaritas"), values: ["positif", "negatif"] },
    { column: col(t, "Agregasi"), values: ["kumulatif", "nilai akhir"] },
  ]);
  const agregasi = new Set(t.rows.map((r) => r[col(t, "Agregasi")]));
  expect(agregasi).toEqual(new Set(["kumulatif", "nilai akhir"]));
});

it("keeps ids, nomor and free texts as text; urutan stays a number", () => {
  const jabatan = table("Jabatan");
  expect(jabatan.textColumns).toEqual([1, 2, 3, 4, 5]);
  expect(jabatan.rows[0][0]).toBe(1);
  expect(table("Instansi").textColumns).toEqual([0, 1]);
  expect(table("Indikator").textColumns).toEqual(table("Indikator").header.map((_, i) => i));
  expect(table("Tugas").textColumns).toEqual([0, 1]);
});

it("writes empty optional values as empty cells and the fungsi of the Pakisaji fixture", () => {
  const jabatan = table("Jabatan");
  expect(jabatan.rows[0][col(jabatan, "Unit")]).toBeNull();
  const fungsi = catalogToTables(pakisaji).find((t) => t.sheet === "Fungsi")!;
  expect(fungsi.rows.length).toBe(pakisaji.jabatan[0].fungsi!.length);
  expect(fungsi.rows[0]).toEqual([pakisaji.jabatan[0].id, pakisaji.jabatan[0].fungsi![0]]);
  expect(table("Fungsi").rows).toEqual([]);
});

/** The example blocks of the Petunjuk as sheets: title "Contoh lembar X", header, rows to a blank row. */
function contohSheets(petunjuk: CatalogTable): SheetValues[] {
  const out: SheetValues[] = [];
  const rows = petunjuk.rows;
  rows.forEach((r, i) => {
    const m = /^Contoh lembar (\w+)$/.exec(String(r[0] ?? ""));
    if (!m) return;
    const values: CellValue[][] = [];
    for (let k = i + 1; k < rows.length && rows[k].some((v) => v !== null); k++)
      values.push(rows[k]);
    out.push({ name: m[1], values });
  });
  return out;
}

describe("the Petunjuk", () => {
  const petunjuk = tables[0];
  const contoh = contohSheets(petunjuk);
  const indikator = contoh.find((s) => s.name === "Indikator")!;
  const cells = (header: string) => {
    const c = indikator.values[0].indexOf(header);
    return indikator.values.slice(1).map((r) => r[c]);
  };

  it("explains every sheet and every column", () => {
    const texts = petunjuk.rows.flatMap((r) => r.slice(0, 2)).filter((v) => v !== null);
    for (const t of tables.slice(1)) {
      expect(texts).toContain(t.sheet);
      const names = t.sheet === "Instansi" ? t.rows.map((r) => r[0]) : t.header;
      for (const h of names) expect(texts).toContain(h);
    }
  });

  it("shows an example of every kind of row", () => {
    expect(contoh.map((s) => s.name)).toEqual(["Jabatan", "Tugas", "Fungsi", "Indikator"]);
    expect(new Set(cells("Jenis"))).toEqual(new Set(["persen", "penurunan", "jumlah"]));
    expect(cells("Polaritas")).toContain("negatif");
    expect(cells("Agregasi")).toContain("kumulatif");
    const jabatan = contoh[0].values.slice(1).map((r) => r[1]);
    const withIndikator = new Set(cells("Id Jabatan"));
    expect(jabatan.some((id) => !withIndikator.has(id))).toBe(true);
    expect(contoh[2].values.length).toBeGreaterThan(1);
  });

  it("holds examples that are valid rows of their sheets", () => {
    const instansi = tables.find((t) => t.sheet === "Instansi")!;
    const sheets = [{ name: "Instansi", values: [instansi.header, ...instansi.rows] }, ...contoh];
    const result = tablesToCatalog(sheets);
    expect(result.masalah).toEqual([]);
    expect(result.peringatan).toEqual([]);
    expect(result.catalog!.jabatan.map((j) => j.id)).toEqual([
      "contoh-kepala-seksi-rehabilitasi",
      "contoh-pengadministrasi-umum",
    ]);
  });
});

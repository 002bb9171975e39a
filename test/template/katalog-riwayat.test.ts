/**
 * The riwayat of the stored catalog: the earlier catalogs a workbook's sheets still name, stored
 * beside the catalog in use (columns C, D, ...), read back each checked alone; which are kept when
 * a catalog is saved (riwayatUntuk); the catalog a sheet came from (katalogAsal).
 */
import { createHash } from "crypto";
import * as fs from "fs";
import * as path from "path";
import { builtInCatalog, CatalogIndex, canonicalJson } from "../../src/catalog";
import type { SheetValues } from "../../src/catalog/tabel/types";
import type { Catalog } from "../../src/catalog/types";
import { katalogAsal, riwayatUntuk } from "../../src/template/katalog-riwayat";
import { planStoredCatalog, readStoredCatalog } from "../../src/template/katalog-tersimpan";
import { BARIS, BARIS_JSON } from "../../src/template/katalog-tersimpan-baca";
import { markerValue } from "../../src/template/marker";
import type { SheetPlan } from "../../src/template/plan";
import { teks } from "../../src/template/teks";

const PAKISAJI = path.join(__dirname, "..", "fixtures", "katalog", "pakisaji-2019.json");
const pakisaji = JSON.parse(fs.readFileSync(PAKISAJI, "utf8")) as Catalog;
const bawaan = builtInCatalog;
const lain: Catalog = { ...pakisaji, instansi: { ...pakisaji.instansi, nama: "Kecamatan Lain" } };

const values = (plan: SheetPlan): SheetValues => ({
  name: plan.name,
  values: plan.cells.map((row) => row.map((c) => (c !== null && typeof c === "object" ? null : c))),
});
const sha256 = (x: unknown) => createHash("sha256").update(JSON.stringify(x)).digest("hex");
/** An IKI sheet's marker naming `hash` (undefined: a sheet made before catalogs were named). */
const iki = (hash?: string) =>
  markerValue({
    v: 1,
    kind: "iki",
    jabatanId: "x",
    tahun: 2026,
    mode: "iki",
    skala: "lima",
    ...(hash ? { katalog: hash } : {}),
  });
const rekap = (hash: string) =>
  markerValue({ v: 1, kind: "rekap", tahun: 2026, mode: "iki", skala: "lima", katalog: hash });
const hashOf = (c: Catalog) => new CatalogIndex(c).identity().hash;

describe("planStoredCatalog with riwayat", () => {
  it("without riwayat writes exactly the sheet of before riwayat existed (byte for byte)", () => {
    // Pinned from the plan of main before this change (same fixture, same `existing`).
    expect(sha256(planStoredCatalog(pakisaji, []))).toBe(
      "2ce021bdf41e8147c73eaada9c4e35485ed4459c93aff5ee78f6f3bef8abd1ca"
    );
    const existing = [{ name: "IKI-Katalog", tersimpan: true as const }];
    expect(sha256(planStoredCatalog(pakisaji, existing, []))).toBe(
      "1d26a369de67eb24795f3211d16170519f04f004a4b5b8d01edf53d34a0e6189"
    );
  });

  it("puts each earlier catalog in its own column (C, D) on the rows of column B; column A labels every chunk row", () => {
    const plan = planStoredCatalog(pakisaji, [], [bawaan.catalog, lain]);
    expect(plan.columnWidths).toEqual([22, 120, 120, 120]);
    const [c, d] = [2, 3];
    const id = bawaan.identity();
    expect(
      [BARIS.instansi, BARIS.nomor, BARIS.tahun, BARIS.hash].map((r) => plan.cells[r - 1][c])
    ).toEqual([id.instansi, id.nomor, id.tahun, id.hash]);
    expect(plan.cells[BARIS.hash - 1][d]).toBe(hashOf(lain));
    const chunks = plan.cells[BARIS.bagian - 1][c] as number;
    const json = plan.cells.slice(BARIS_JSON - 1, BARIS_JSON - 1 + chunks).map((r) => r[c]);
    expect(json.join("")).toBe(canonicalJson(bawaan.catalog));
    // The built-in catalog is longer than Pakisaji's: column A labels its rows too, column B stays empty.
    expect(plan.cells).toHaveLength(BARIS_JSON - 1 + chunks);
    expect(plan.cells[plan.cells.length - 1][0]).toBe(teks.katalog.tersimpan.label.json(chunks));
    expect(plan.cells[plan.cells.length - 1][1]).toBe("");
    expect(plan.cells[0].slice(2)).toEqual([
      teks.katalog.tersimpan.riwayat(1),
      teks.katalog.tersimpan.riwayat(2),
    ]);
    // The marker and the catalog in use are those of the plan without riwayat.
    const tanpa = planStoredCatalog(pakisaji, []);
    expect(plan.marker).toEqual(tanpa.marker);
    tanpa.cells.forEach((row, r) => expect(plan.cells[r].slice(0, 2)).toEqual(row));
  });

  it("is read back with its riwayat in order; a reader of before (column B only) still reads the catalog", () => {
    const plan = values(planStoredCatalog(pakisaji, [], [bawaan.catalog, lain]));
    expect(readStoredCatalog([plan])).toEqual({
      catalog: pakisaji,
      riwayat: [bawaan.catalog, lain],
    });
    const kolomB = { ...plan, values: plan.values.map((row) => row.slice(0, 2)) };
    const read = readStoredCatalog([kolomB]);
    expect(read).toEqual({ catalog: pakisaji, riwayat: [] });
  });

  it("drops a riwayat entry tampered with, with a warning, and keeps the catalog and the other entries", () => {
    const plan = values(planStoredCatalog(pakisaji, [], [bawaan.catalog, lain]));
    const altered = structuredClone(plan);
    const first = altered.values[BARIS_JSON - 1][2] as string;
    altered.values[BARIS_JSON - 1][2] = first.replace("Dinas Sosial", "Dinas Sosiai");
    expect(readStoredCatalog([altered])).toEqual({
      catalog: pakisaji,
      riwayat: [lain],
      peringatan: [teks.katalog.tersimpan.riwayatRusak(1, teks.katalog.tersimpan.sebab.hash)],
    });
    const cut = structuredClone(plan);
    cut.values[BARIS.bagian - 1][3] = "";
    cut.values[BARIS_JSON - 1][3] = "{";
    const read = readStoredCatalog([cut]);
    expect(read).toMatchObject({ catalog: pakisaji, riwayat: [bawaan.catalog] });
    expect(read && "peringatan" in read && read.peringatan).toEqual([
      expect.stringMatching(/^Katalog terdahulu 2 .*rusak \(jumlah bagiannya tidak cocok\)/),
    ]);
    // A column emptied whole is no entry at all: nothing to warn of.
    const emptied = structuredClone(plan);
    emptied.values.forEach((row) => row.splice(3, 1, ""));
    expect(readStoredCatalog([emptied])).toEqual({ catalog: pakisaji, riwayat: [bawaan.catalog] });
  });
});

describe("riwayatUntuk: which earlier catalogs are kept", () => {
  const dikenal = [new CatalogIndex(lain), bawaan];
  const baru = new CatalogIndex(pakisaji);

  it("keeps a known catalog an IKI sheet or rekap names, once, in the order known; never the new one", () => {
    const markers = [iki(bawaan.identity().hash), rekap(hashOf(lain)), iki(hashOf(lain))];
    expect(riwayatUntuk(markers, dikenal, baru)).toEqual(dikenal);
    expect(riwayatUntuk([iki(bawaan.identity().hash)], dikenal, baru)).toEqual([bawaan]);
    expect(riwayatUntuk([iki(hashOf(pakisaji))], [baru, ...dikenal], baru)).toEqual([]);
  });

  it("keeps none when no sheet names one: no sheets, sheets without a hash, the stored sheet's own marker, unknown hashes", () => {
    expect(riwayatUntuk([], dikenal, baru)).toEqual([]);
    const stored = planStoredCatalog(lain, []).marker.value;
    const garbage = ["bukan json", undefined, iki(), stored, iki("0123456789abcdef")];
    expect(riwayatUntuk(garbage, dikenal, baru)).toEqual([]);
  });
});

describe("katalogAsal: the catalog a sheet came from", () => {
  const dipakai = new CatalogIndex(pakisaji);
  const tersimpan = new CatalogIndex(lain);
  const riwayat = [new CatalogIndex({ ...lain, tahun: 2020 })];

  it("finds the catalog its marker names; no hash is the built-in one; an unknown hash none", () => {
    const pilihan = { dipakai, tersimpan, riwayat, bawaan };
    expect(katalogAsal(undefined, pilihan)).toBe(bawaan);
    expect(katalogAsal(dipakai.identity().hash, pilihan)).toBe(dipakai);
    expect(katalogAsal(tersimpan.identity().hash, pilihan)).toBe(tersimpan);
    expect(katalogAsal(riwayat[0].identity().hash, pilihan)).toBe(riwayat[0]);
    expect(katalogAsal(bawaan.identity().hash, pilihan)).toBe(bawaan);
    expect(katalogAsal("0123456789abcdef", pilihan)).toBeUndefined();
    expect(
      katalogAsal(tersimpan.identity().hash, { dipakai, riwayat: [], bawaan })
    ).toBeUndefined();
  });
});

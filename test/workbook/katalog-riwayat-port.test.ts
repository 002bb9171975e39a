/**
 * The riwayat through both ports: a catalog saved after an import keeps the earlier catalog while
 * a sheet of the workbook names it (its marker), not when none does; read back by a port opening
 * the workbook; the port's look-up (katalogAsal) finds the catalog a sheet came from. The Office.js
 * adapter on the strict fake Excel, in the same 3 syncs as any save; the in-memory port alike.
 */
import * as fs from "fs";
import * as path from "path";
import { builtInCatalog, CatalogIndex, type Catalog } from "../../src/catalog";
import { MemoryWorkbookPort } from "../../src/preview/memory-port";
import { katalogAsal } from "../../src/template/katalog-riwayat";
import { BARIS, readStoredCatalog } from "../../src/template/katalog-tersimpan-baca";
import { parseMarker } from "../../src/template/marker";
import { NAMA_KATALOG_TERSIMPAN } from "../../src/template/sheet-keys";
import { ExcelWorkbook } from "../../src/workbook/excel-adapter";
import type { WorkbookPort } from "../../src/workbook/port";
import { FakeExcel } from "../support/fake-excel";
import { fakeValues } from "../support/fake-values";
import { options } from "../support/hand-plans";

const PAKISAJI = path.join(__dirname, "..", "fixtures", "katalog", "pakisaji-2019.json");
const pakisaji = JSON.parse(fs.readFileSync(PAKISAJI, "utf8")) as Catalog;
const lain: Catalog = { ...pakisaji, instansi: { ...pakisaji.instansi, nama: "Kecamatan Lain" } };
const hashes = (list: CatalogIndex[]) => list.map((k) => k.identity().hash);
const hash = (c: Catalog) => new CatalogIndex(c).identity().hash;
const BAWAAN = builtInCatalog.identity().hash;

type Port = WorkbookPort & Required<Pick<WorkbookPort, "saveCatalog" | "readCatalog">>;
type Stored = { catalog: Catalog; riwayat: Catalog[]; peringatan?: string[] };

/**
 * Both ports on a workbook of one sheet "Sheet1"; `stored` reads the stored catalog back as a port
 * opening the workbook would (the fake Excel has no used range: its cells are read as `values`).
 */
const ports: [string, () => { port: Port; stored: () => Promise<Stored>; syncs: () => number }][] =
  [
    [
      "Office.js adapter (strict fake Excel)",
      () => {
        const fake = new FakeExcel({ sheets: [{ name: "Sheet1" }] });
        const port = new ExcelWorkbook({ run: fake.run, isSetSupported: fake.isSetSupported });
        const stored = async () => {
          const values = fakeValues(fake.sheet(NAMA_KATALOG_TERSIMPAN)!);
          return readStoredCatalog([{ name: NAMA_KATALOG_TERSIMPAN, values }]) as Stored;
        };
        return { port, stored, syncs: () => fake.syncs.length };
      },
    ],
    [
      "in-memory port",
      () => {
        const port = new MemoryWorkbookPort();
        port.workbook.addSheet("Sheet1");
        const stored = async () => {
          const read = await new MemoryWorkbookPort(port.workbook).readCatalog();
          expect(read.tersimpan).toBe(true);
          const out: Stored = {
            catalog: read.katalog.catalog,
            riwayat: read.riwayat.map((k) => k.catalog),
          };
          if (read.peringatan) out.peringatan = read.peringatan;
          return out;
        };
        return { port, stored, syncs: () => 0 };
      },
    ],
  ];

describe.each(ports)("riwayat on the %s", (name, make) => {
  const office = name.startsWith("Office");

  it("a save after an import keeps the catalog a sheet was made from; a port opening the workbook reads it back", async () => {
    const { port, stored, syncs } = make();
    await port.insert({ jabatanIds: [builtInCatalog.jabatan[1].id], options, rekap: true });
    const from = syncs();
    const saved = await port.saveCatalog(pakisaji);
    // Names, markers (with A1 of the sheets named as the stored catalog), the write.
    if (office) expect(syncs() - from).toBe(3);
    expect(hashes(saved.riwayat)).toEqual([BAWAAN]);
    expect(await stored()).toEqual({ catalog: pakisaji, riwayat: [builtInCatalog.catalog] });
    // Saved again (another import): the sheets still name the built-in catalog, none Pakisaji.
    const again = await port.saveCatalog(lain);
    expect(hashes(again.riwayat)).toEqual([BAWAAN]);
    // Sheets made from the catalog in use, then another import: both earlier catalogs are kept.
    await port.insert({ jabatanIds: [lain.jabatan[0].id], options, rekap: false });
    const third = await port.saveCatalog(pakisaji);
    expect(hashes(third.riwayat)).toEqual([hash(lain), BAWAAN]);
    expect(await stored()).toEqual({
      catalog: pakisaji,
      riwayat: [lain, builtInCatalog.catalog],
    });
  });

  it("keeps nothing when no sheet names an earlier catalog: the sheet of before riwayat", async () => {
    const { port, stored } = make();
    expect((await port.saveCatalog(pakisaji)).riwayat).toEqual([]);
    expect((await port.saveCatalog(lain)).riwayat).toEqual([]);
    expect(await stored()).toEqual({ catalog: lain, riwayat: [] });
    // Back to the built-in catalog: no riwayat either.
    expect((await port.saveCatalog(undefined)).riwayat).toEqual([]);
  });
});

describe("the catalog a sheet came from, by the port's look-up", () => {
  it("names the built-in catalog for a sheet made before the import, the one in use for a new one", async () => {
    const fake = new FakeExcel({ sheets: [{ name: "Sheet1" }] });
    const port = new ExcelWorkbook({ run: fake.run, isSetSupported: fake.isSetSupported });
    await port.insert({ jabatanIds: [builtInCatalog.jabatan[1].id], options, rekap: false });
    await port.saveCatalog(pakisaji);
    await port.insert({ jabatanIds: [pakisaji.jabatan[0].id], options, rekap: false });
    const asal = fake.sheets
      .map((s) => s.customProperties.get("iki-dinsos")?.value)
      .filter((v): v is string => v !== undefined && parseMarker(v) !== undefined)
      .map((v) => katalogAsal(parseMarker(v)!.katalog, port.pilihanKatalog())?.catalog);
    expect(asal).toEqual([builtInCatalog.catalog, pakisaji]);
    // The stored sheet: Pakisaji in column B, the built-in catalog in column C.
    const stored = fake.sheet(NAMA_KATALOG_TERSIMPAN)!;
    expect(stored.cells.get(`B${BARIS.hash}`)?.value).toBe(hash(pakisaji));
    expect(stored.cells.get(`C${BARIS.hash}`)?.value).toBe(BAWAAN);
  });
});

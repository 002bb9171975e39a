/**
 * The stored catalog through the Office.js adapter and the strict fake Excel: Worksheet.visibility
 * "VeryHidden" after the contents and before the marker, never activated, superseded by a new sheet (and
 * kept hidden) when the workbook has one; the fake refuses what Excel refuses.
 */
import { builtInCatalog } from "../../src/catalog";
import {
  MARKER_KEY,
  NAMA_KATALOG_TERSIMPAN,
  planStoredCatalog,
  planWorkbook,
} from "../../src/template";
import { ExcelWorkbook } from "../../src/workbook/excel-adapter";
import { sheetCommands, ungroupedSheetCommands } from "../../src/workbook/sheet-commands";
import { FakeExcel } from "../support/fake-excel";
import { options } from "../support/hand-plans";

const jabatanId = builtInCatalog.jabatan[1].id;

function setup(fake: FakeExcel) {
  return new ExcelWorkbook({
    run: fake.run,
    isSetSupported: fake.isSetSupported,
    plan: (input) => planWorkbook({ ...input, katalogTersimpan: true }),
  });
}

describe("the stored catalog in the Office.js commands", () => {
  it("hides the sheet after its contents, before its marker; other plans carry no visibility", () => {
    const kinds = ungroupedSheetCommands(
      planStoredCatalog(builtInCatalog.catalog, [])
    ).commands.map((c) => c.kind);
    expect(kinds.slice(-2)).toEqual(["visibility", "customProperty"]);
    const iki = planWorkbook({
      katalog: builtInCatalog,
      jabatan: [builtInCatalog.jabatan[0]],
      options,
      rekap: true,
      existing: [],
    }).map(sheetCommands);
    for (const sheet of iki)
      expect(sheet.commands.some((c) => c.kind === "visibility")).toBe(false);
  });

  it("is written very hidden with an insert and superseded, still hidden, by the next one", async () => {
    const fake = new FakeExcel({ sheets: [{ name: "Sheet1" }] });
    const first = await setup(fake).insert({ jabatanIds: [jabatanId], options, rekap: false });
    expect(first.created[1]).toBe(NAMA_KATALOG_TERSIMPAN);
    const stored = fake.sheet(NAMA_KATALOG_TERSIMPAN);
    expect(stored?.visibility).toBe("VeryHidden");
    expect(stored?.customProperties.get(MARKER_KEY.toLowerCase())?.value).toMatch(
      /katalog-tersimpan/
    );
    expect(stored?.cells.get("A1")).toEqual({ kind: "text", value: "IKI-KATALOG-TERSIMPAN v1" });
    // "lewati" reads the markers, and with them the signature in A1 of the sheets named as it.
    const lain = builtInCatalog.jabatan[2].id;
    const again = await setup(fake).insert({
      jabatanIds: [jabatanId, lain],
      options,
      rekap: false,
      sudahAda: "lewati",
    });
    expect(again.created).toHaveLength(1);
    expect(fake.sheets.filter((s) => s.name.startsWith("IKI-Katalog"))).toHaveLength(1);
    expect(fake.sheet(NAMA_KATALOG_TERSIMPAN)?.visibility).toBe("VeryHidden");
  });
});

describe("a user's own sheet named as the stored catalog", () => {
  const own = { name: "iki-katalog", cells: { A1: "Catatan saya", B2: 12 } };

  it("is never changed, hidden or removed: the catalog is stored beside it and removed alone", async () => {
    const fake = new FakeExcel({ sheets: [{ name: "Sheet1" }, own] });
    const workbook = setup(fake);
    await workbook.saveCatalog(builtInCatalog.catalog);
    expect(fake.sheets.map((s) => s.name)).toEqual(["Sheet1", "iki-katalog", "IKI-Katalog (2)"]);
    expect(fake.sheet("IKI-Katalog (2)")?.visibility).toBe("VeryHidden");
    // Saved again: a new sheet supersedes the signed one (names, A1 of both, the write).
    const syncs = fake.syncs.length;
    await workbook.saveCatalog(builtInCatalog.catalog);
    expect(fake.syncs.length - syncs).toBe(3);
    expect(fake.sheets).toHaveLength(3);
    await workbook.saveCatalog(undefined);
    expect(fake.sheets.map((s) => s.name)).toEqual(["Sheet1", "iki-katalog"]);
    const mine = fake.sheet("iki-katalog")!;
    expect(mine.visibility).toBeUndefined();
    expect(mine.cells.get("A1")).toEqual({ kind: "text", value: "Catatan saya" });
    expect(fake.touchedExisting).toEqual([]);
  });

  it("a stored catalog without its marker (re-saved by LibreOffice) is superseded, found by its signature", async () => {
    const resaved = { name: "IKI-Katalog", cells: { A1: "IKI-KATALOG-TERSIMPAN v1" } };
    const fake = new FakeExcel({ sheets: [{ name: "Sheet1" }, resaved] });
    await setup(fake).saveCatalog(builtInCatalog.catalog);
    expect(fake.sheets.map((s) => s.name)).toEqual(["Sheet1", "IKI-Katalog"]);
    expect(fake.sheet("IKI-Katalog")?.visibility).toBe("VeryHidden");
    expect(fake.sheet("IKI-Katalog")?.cells.get("B2")).toEqual({
      kind: "text",
      value: builtInCatalog.identity().instansi,
    });
  });
});

describe("the strict fake Excel: visibility", () => {
  it("refuses to hide the last visible sheet, an unknown value, and activating a hidden sheet", async () => {
    const fresh = () => new FakeExcel({ sheets: [{ name: "Sheet1" }, { name: "Dua" }] });
    await expect(
      fresh().run(async (context) => {
        context.workbook.worksheets.getItem("Sheet1").visibility = "VeryHidden";
        context.workbook.worksheets.getItem("Dua").visibility = "Hidden";
        await context.sync();
      })
    ).rejects.toThrow(/visible sheet/);
    await expect(
      fresh().run(async (context) => {
        context.workbook.worksheets.getItem("Dua").visibility = "Gone" as "Hidden";
        await context.sync();
      })
    ).rejects.toThrow(/Invalid visibility/);
    await expect(
      fresh().run(async (context) => {
        const dua = context.workbook.worksheets.getItem("Dua");
        dua.visibility = "VeryHidden";
        dua.activate();
        await context.sync();
      })
    ).rejects.toThrow(/hidden/);
  });
});

/**
 * A save of the stored catalog that fails, on the strict fake Excel (a failed batch keeps what ran
 * before the failing action; a veryHidden sheet cannot be deleted). The first save leaves nothing
 * behind; a second save (re-import) leaves the old catalog exactly as it was, whatever step fails,
 * and the next open reads it back.
 */
import { builtInCatalog } from "../../src/catalog";
import type { Catalog } from "../../src/catalog/types";
import { NAMA_KATALOG_TERSIMPAN, readStoredCatalog } from "../../src/template/katalog-tersimpan";
import { ExcelWorkbook } from "../../src/workbook/excel-adapter";
import { FakeExcel, type FakeSheet, type FailRule } from "../support/fake-excel";
import { fakeValues } from "../support/fake-values";
import { insertError } from "../support/insert-error";

const lain: Catalog = {
  ...builtInCatalog.catalog,
  instansi: { ...builtInCatalog.catalog.instansi, nama: "Dinas Lain" },
};

const port = (fake: FakeExcel) => new ExcelWorkbook({ run: fake.run });

const values = fakeValues;

/** Everything a later read or a user could see of a sheet. */
const snapshot = (sheet: FakeSheet) => ({
  id: sheet.id,
  name: sheet.name,
  visibility: sheet.visibility,
  cells: new Map(sheet.cells),
  customProperties: new Map(sheet.customProperties),
});

describe("a failed first save of the stored catalog", () => {
  it.each<[string, FailRule]>([
    ["its contents", { sheet: NAMA_KATALOG_TERSIMPAN, member: "formulas" }],
    // Complete and very hidden under its temporary name: the clean-up hides it before the delete.
    ["its final name", { sheet: NAMA_KATALOG_TERSIMPAN, member: "name" }],
  ])(
    "at %s leaves nothing behind (names, markers, the write; clean-up 3 syncs)",
    async (_, rule) => {
      const fake = new FakeExcel({ sheets: [{ name: "Sheet1" }], failOn: rule });
      const error = await insertError(port(fake).saveCatalog(builtInCatalog.catalog));
      expect(fake.sheetNames).toEqual(["Sheet1"]);
      expect(fake.deletedSheets).toEqual([expect.stringMatching(/^IKI~[0-9a-f]{20}~0$/)]);
      expect(error.message).toContain("sudah dihapus");
      expect(error.message).not.toContain("manual");
      expect(error.message).not.toContain("rekap");
      expect(fake.syncCount).toBe(6);
    }
  );
});

describe("a failed second save of the stored catalog", () => {
  async function savedOnce() {
    const fake = new FakeExcel({ sheets: [{ name: "Sheet1" }] });
    await port(fake).saveCatalog(builtInCatalog.catalog);
    const stored = fake.sheet(NAMA_KATALOG_TERSIMPAN)!;
    expect(stored.visibility).toBe("VeryHidden");
    return { fake, before: snapshot(stored) };
  }

  it.each<[string, FailRule, number]>([
    // Names, markers with A1, the write (its last sync: the swap); the swap settled 3 (the old sheet is still
    // there: the new one goes); clean-up 3; the old sheet made very hidden again 2.
    ["the new sheet's contents", { sheet: NAMA_KATALOG_TERSIMPAN, member: "formulas" }, 11],
    ["the new sheet's visibility", { sheet: NAMA_KATALOG_TERSIMPAN, member: "visibility" }, 11],
    // Made hidden already, when its delete fails: very hidden again afterwards.
    ["the old sheet's delete", { sheet: NAMA_KATALOG_TERSIMPAN, member: "delete" }, 11],
  ])("at %s leaves the old catalog exactly as it was", async (_, rule, syncs) => {
    const { fake, before } = await savedOnce();
    const from = fake.syncCount;
    fake.options.failOn = rule;
    const workbook = port(fake);
    const error = await insertError(workbook.saveCatalog(lain));
    expect(fake.syncCount - from).toBe(syncs);
    expect(fake.sheetNames).toEqual(["Sheet1", NAMA_KATALOG_TERSIMPAN]);
    const stored = fake.sheet(NAMA_KATALOG_TERSIMPAN)!;
    expect(snapshot(stored)).toEqual(before);
    expect(readStoredCatalog([{ name: stored.name, values: values(stored) }])).toEqual({
      catalog: builtInCatalog.catalog,
      riwayat: [],
    });
    expect(error.message).toContain("sudah dihapus");
    expect(error.message).not.toContain("rekap");
    expect(error.message).toMatch(/^Gagal menyimpan katalog/);
    expect(error.message).not.toContain("dipakai lembar lain");
    // Saved again once Excel accepts it: the new catalog, under the same name, alone.
    fake.options.failOn = undefined;
    await workbook.saveCatalog(lain);
    const now = fake.sheet(NAMA_KATALOG_TERSIMPAN)!;
    expect(fake.sheetNames).toEqual(["Sheet1", NAMA_KATALOG_TERSIMPAN]);
    expect(now.visibility).toBe("VeryHidden");
    expect(readStoredCatalog([{ name: now.name, values: values(now) }])).toEqual({
      catalog: lain,
      riwayat: [],
    });
  });

  it("succeeds in the same 3 syncs as before: names, markers with A1 of the stored sheet, the write", async () => {
    const { fake, before } = await savedOnce();
    const from = fake.syncCount;
    await port(fake).saveCatalog(lain);
    expect(fake.syncCount - from).toBe(3);
    expect(fake.sheet(NAMA_KATALOG_TERSIMPAN)!.id).not.toBe(before.id);
    expect(fake.deletedSheets).toEqual([NAMA_KATALOG_TERSIMPAN]);
  });
});

describe("the strict fake Excel: deleting a very hidden sheet", () => {
  it("is refused, as Excel refuses it; hidden first, it is deleted", async () => {
    const fake = new FakeExcel({ sheets: [{ name: "Sheet1" }, { name: "Rahasia" }] });
    await fake.run(async (context) => {
      context.workbook.worksheets.getItem("Rahasia").visibility = "VeryHidden";
      await context.sync();
    });
    const refused = fake.run(async (context) => {
      context.workbook.worksheets.getItem("Rahasia").delete();
      await context.sync();
    });
    await expect(refused).rejects.toMatchObject({ code: "InvalidOperation" });
    expect(fake.sheetNames).toEqual(["Sheet1", "Rahasia"]);
    await fake.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Rahasia");
      sheet.visibility = "Hidden";
      sheet.delete();
      await context.sync();
    });
    expect(fake.sheetNames).toEqual(["Sheet1"]);
  });
});

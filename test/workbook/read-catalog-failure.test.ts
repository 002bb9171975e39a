/**
 * A failure to read the workbook's stored catalog reaches the user as a `masalah`, never as a
 * silent built-in catalog: also when the reader's lazily loaded module fails (a chunk that does not
 * load, a reader that throws), not only when Excel's read fails.
 */
import { builtInCatalog } from "../../src/catalog";
import type { ExcelRunner } from "../../src/workbook/excel-adapter";

// Whatever the batch asks, the read finds a stored catalog sheet, so the reader is loaded.
const run = (async () => [{ name: "IKI-Katalog", values: [["x"]] }]) as unknown as ExcelRunner;

afterEach(() => jest.resetModules());

test("the reader's module failing to load is a masalah", async () => {
  jest.doMock("../../src/workbook/stored-catalog", () => {
    throw new Error("Loading chunk 970 failed.");
  });
  const { ExcelWorkbook } = await import("../../src/workbook/excel-adapter");
  const used = await new ExcelWorkbook({ run }).readCatalog();
  expect(used.tersimpan).toBe(false);
  expect(used.katalog.namaInstansi).toBe(builtInCatalog.namaInstansi);
  expect(used.masalah).toMatch(/^Gagal membaca katalog dari buku kerja/);
});

test("a reader that throws is a masalah too", async () => {
  jest.doMock("../../src/workbook/stored-catalog", () => ({
    catalogFromStored: () => {
      throw new TypeError("boom");
    },
  }));
  const { ExcelWorkbook } = await import("../../src/workbook/excel-adapter");
  const used = await new ExcelWorkbook({ run }).readCatalog();
  expect(used.masalah).toMatch(/^Gagal membaca katalog dari buku kerja/);
});

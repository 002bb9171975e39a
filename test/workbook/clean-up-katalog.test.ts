/**
 * A failed catalog action says what failed in its own words (plan kind "katalog": the export;
 * "katalog-tersimpan": storing the catalog), never "lembar IKI untuk jabatan" or "lembar rekap".
 */
import { builtInCatalog } from "../../src/catalog";
import { ExcelWorkbook } from "../../src/workbook/excel-adapter";
import { FakeExcel, type FailRule } from "../support/fake-excel";
import { insertError } from "../support/insert-error";

function setup(failOn?: FailRule) {
  const fake = new FakeExcel({ sheets: [{ name: "Lembar1" }], failOn });
  return { fake, workbook: new ExcelWorkbook({ run: fake.run }) };
}

test("a failed export names the catalog sheet, and cleans up", async () => {
  const { fake, workbook } = setup({ write: 30 });
  const error = await insertError(workbook.exportCatalog());
  expect(error.message).toMatch(/^Gagal mengekspor katalog ke lembar "[A-Za-z]+"/);
  expect(error.message).not.toMatch(/jabatan|rekap/i);
  expect(fake.sheetNames).toEqual(["Lembar1"]);
});

test("a failed store of a new catalog says storing failed", async () => {
  const { fake, workbook } = setup({ write: 5 });
  const error = await insertError(workbook.saveCatalog(builtInCatalog.catalog));
  expect(error.message).toMatch(/^Gagal menyimpan katalog di buku kerja/);
  expect(error.message).not.toMatch(/jabatan|rekap/i);
  expect(fake.sheetNames).toEqual(["Lembar1"]);
});

test("a failed second store says the catalog in use did not change, not the rekap", async () => {
  const fake = new FakeExcel({ sheets: [{ name: "Lembar1" }] });
  const workbook = new ExcelWorkbook({ run: fake.run });
  await workbook.saveCatalog(builtInCatalog.catalog);
  // The same first store on a second fake, which fails in the middle of the store that follows (a new
  // sheet superseding the old one: the old stays as it was).
  const writes = fake.syncs.reduce((n, s) => n + s.writes, 0);
  const again = new FakeExcel({ sheets: [{ name: "Lembar1" }], failOn: { write: writes + 5 } });
  const second = new ExcelWorkbook({ run: again.run });
  await second.saveCatalog(builtInCatalog.catalog);
  const error = await insertError(second.saveCatalog(builtInCatalog.catalog));
  expect(error.message).toMatch(/^Gagal menyimpan katalog di buku kerja/);
  expect(error.message).toContain("katalog yang dipakai tidak berubah");
  expect(error.message).toContain("kembali seperti sebelumnya");
  expect(error.message).not.toMatch(/rekap/i);
});

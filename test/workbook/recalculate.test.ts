/**
 * After a catalog change the ports recalculate every formula: IKI.INDIKATOR's cells keep the old
 * catalog's result otherwise (same argument, not volatile). Excel: a full calculation (ExcelApi
 * 1.1); the preview: HyperFormula rebuilt.
 */
import "../support/custom-functions-stub";
import fs from "fs";
import path from "path";
import { builtInCatalog, CatalogIndex } from "../../src/catalog";
import { catalogFromJson } from "../../src/catalog/tabel";
import { setActiveCatalog } from "../../src/functions/active-catalog";
import { MemoryWorkbookPort } from "../../src/preview/memory-port";
import { ExcelWorkbook, type ExcelRunner } from "../../src/workbook/excel-adapter";

const FIXTURE = path.join(__dirname, "..", "fixtures", "katalog", "pakisaji-2019.json");

function pakisaji(): CatalogIndex {
  const read = catalogFromJson(fs.readFileSync(FIXTURE, "utf8"), "pakisaji-2019.json");
  if (!read.catalog) throw new Error(JSON.stringify(read.masalah));
  return new CatalogIndex(read.catalog);
}

afterEach(() => setActiveCatalog(builtInCatalog));

test("Excel: one full calculation in one sync", async () => {
  const calls: string[] = [];
  const context = {
    workbook: { application: { calculate: (type: string) => calls.push(`calculate ${type}`) } },
    sync: async () => void calls.push("sync"),
  };
  const run = ((batch: (c: unknown) => Promise<unknown>) => batch(context)) as ExcelRunner;
  await new ExcelWorkbook({ run }).recalculate();
  expect(calls).toEqual(["calculate Full", "sync"]);
});

test("preview: a cell of IKI.INDIKATOR shows the new catalog's table after recalculate, not before", async () => {
  const port = new MemoryWorkbookPort();
  port.workbook.addSheet("Lembar1");
  port.workbook.setFormula("Lembar1", "A1", '=IKI.INDIKATOR("Sekretaris Kecamatan")');
  const a2 = () => port.workbook.getValue("Lembar1", "A2");
  expect(a2()).toBeNull();
  setActiveCatalog(pakisaji());
  expect(a2()).toBeNull();
  await port.recalculate();
  expect(typeof a2()).toBe("string");
  expect(a2()).not.toBe("");
});

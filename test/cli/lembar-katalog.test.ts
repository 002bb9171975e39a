/**
 * What a catalog is, decided once (isLembarData over LEMBAR_DATA): the command line and both ports
 * agree on a workbook holding only a user's "Petunjuk" sheet (no catalog), and the messages that
 * name the layout's sheets are built from the same list.
 */
import ExcelJS from "exceljs";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { LEMBAR_DATA, isLembarData } from "../../src/catalog/tabel";
import { EXIT } from "../../src/cli/main";
import { pesan } from "../../src/cli/teks";
import { MemoryWorkbookPort } from "../../src/preview/memory-port";
import { teksKatalog } from "../../src/taskpane/teks-katalog";
import { ExcelWorkbook } from "../../src/workbook/excel-adapter";
import { realClientRun } from "../support/office-js/client";
import { OfficeHost } from "../support/office-js/host";
import { runCli } from "./run-cli";

let dir: string;
beforeEach(() => (dir = fs.mkdtempSync(path.join(os.tmpdir(), "iki-cli-lembar-"))));
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

test("the data sheets are the layout's sheets without Petunjuk, found as the import finds them", () => {
  expect(LEMBAR_DATA).toEqual(["Instansi", "Jabatan", "Tugas", "Fungsi", "Indikator"]);
  for (const name of ["Jabatan", "JABATAN", " jabatan ", "Indikator", "Fungsi"])
    expect(isLembarData(name)).toBe(true);
  for (const name of ["Petunjuk", "PETUNJUK", "Sheet1", "Jabatan (2)", "", undefined])
    expect(isLembarData(name)).toBe(false);
});

describe("a workbook holding only a user's Petunjuk sheet holds no catalog", () => {
  it("the command line", async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet("Petunjuk").getCell("A1").value = "Catatan saya";
    await wb.xlsx.writeFile(path.join(dir, "petunjuk.xlsx"));
    const r = await runCli(dir, {}, ["--katalog", "petunjuk.xlsx", "--daftar"]);
    expect(r.code).toBe(EXIT.usage);
    expect(r.err).toBe(pesan.katalog.tidakAda("petunjuk.xlsx"));
  });

  it("the in-memory port reads no sheet", async () => {
    const port = new MemoryWorkbookPort();
    port.workbook.addSheet("Petunjuk");
    port.workbook.setCell("Petunjuk", "A1", "Catatan saya");
    expect(await port.readCatalogSheets()).toEqual([]);
  });

  it("the Office.js port reads no sheet", async () => {
    const host = new OfficeHost({ sheets: [{ name: "Petunjuk" }, { name: "Lembar1" }] });
    const workbook = new ExcelWorkbook({ run: realClientRun(host) });
    expect(await workbook.readCatalogSheets()).toEqual([]);
  });
});

test("the messages that name the layout's sheets name LEMBAR_DATA", () => {
  const daftar = `(${LEMBAR_DATA.join(", ")})`;
  expect(pesan.katalog.tidakAda("x.xlsx")).toContain(daftar);
  expect(teksKatalog.tidakAdaLembarSaran(LEMBAR_DATA)).toContain(daftar);
  expect(teksKatalog.tidakAdaLembarSaran(["A", "B"])).toContain("(A, B)");
});

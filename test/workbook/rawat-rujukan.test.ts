/**
 * Formulas that name a refreshed sheet (src/lifecycle/rujukan.ts, src/workbook/rujukan-ulang.ts).
 * Excel makes every reference to a deleted sheet #REF! and does not relink it when another sheet
 * takes the name (the strict fake does the same); the refresh sets those formulas again after the
 * swap, in the last request: a user's sheet's, and a typed one on a refreshed sheet naming another.
 * A sheet the user protected cannot be written: its formula is reported as such.
 */
import { builtInCatalog } from "../../src/catalog";
import { inputSlots } from "../../src/lifecycle/slots";
import type { AksiLembar } from "../../src/lifecycle/types";
import { teksLaporan } from "../../src/lifecycle/laporan-teks";
import { cell, sheetRef } from "../../src/template/a1";
import { ExcelWorkbook } from "../../src/workbook/excel-adapter";
import { FakeExcel, type FakeSheet } from "../support/fake-excel";
import { realClientRun, recordRequests } from "../support/office-js/client";
import { OfficeHost } from "../support/office-js/host";
import { indeks, revisi } from "../lifecycle/support";
import {
  dinasTerisi,
  hostSeeds,
  ikiMarker,
  lembarDiperbarui,
  salin,
  type Dinas,
} from "./rawat-support";

const revisiKatalog = indeks(revisi(builtInCatalog.catalog));
const PERBARUI: AksiLembar = { kind: "perbarui" };
jest.setTimeout(120_000);

let dinas: Dinas;
let a: string;
let b: string;
beforeAll(async () => {
  dinas = await dinasTerisi();
  [a, b] = await lembarDiperbarui(dinas, revisiKatalog);
});

/** The target slot of the first indicator of sheet `name` (a typed value carried by its key). */
function targetSlot(sheet: FakeSheet): { key: string; a1: string } {
  const jabatan = builtInCatalog.getJabatan(ikiMarker(sheet)!.jabatanId)!;
  const slot = inputSlots(jabatan).find((s) => s.key.endsWith(":target"))!;
  return { key: slot.key, a1: cell(slot.row, slot.col) };
}

/** The dinas with a user's sheet naming two refreshed sheets, a protected one, and a typed link. */
function workbookWithLinks() {
  const fake = salin(dinas.fake);
  const ringkasan = FakeExcel.emptySheet("Ringkasan", true);
  ringkasan.cells.set("A1", { kind: "formula", value: `=${sheetRef(a, "G20")}*2` });
  ringkasan.cells.set("B1", { kind: "formula", value: `=SUM(${sheetRef(b, "G20:G22")})` });
  ringkasan.cells.set("C1", { kind: "text", value: `=${sheetRef(a, "A1")}` });
  const arsip = FakeExcel.emptySheet("Arsip", true);
  arsip.cells.set("A1", { kind: "formula", value: `=${sheetRef(a, "G20")}` });
  arsip.protection = { options: {} };
  fake.sheets.push(ringkasan, arsip);
  const sheetA = fake.sheet(a)!;
  const slot = targetSlot(sheetA);
  const typed = `=${sheetRef(b, "G20")}+1`;
  sheetA.cells.set(slot.a1, { kind: "formula", value: typed });
  return { fake, slot, typed };
}

test("the strict fake breaks a reference to a deleted sheet, as Excel does", () => {
  const { fake } = workbookWithLinks();
  fake.deleteSheet(fake.sheet(a)!);
  expect(fake.sheet("Ringkasan")!.cells.get("A1")!.value).toBe("=#REF!G20*2");
  expect(fake.sheet("Ringkasan")!.cells.get("C1")!.value).toBe(`=${sheetRef(a, "A1")}`);
});

test("fake Excel: every formula naming a refreshed sheet names the new one; the protected one is reported", async () => {
  const { fake, slot, typed } = workbookWithLinks();
  const before = fake.sheet("Ringkasan")!.cells.get("A1")!.value;
  const port = new ExcelWorkbook({ run: fake.run, katalog: revisiKatalog });
  const laporan = await port.rawatLembar({ aksi: PERBARUI, tulis: true });
  const ringkasan = fake.sheet("Ringkasan")!;
  expect(ringkasan.cells.get("A1")).toEqual({ kind: "formula", value: before });
  expect(ringkasan.cells.get("B1")!.value).toBe(`=SUM(${sheetRef(b, "G20:G22")})`);
  // A text constant that looks like a formula is not one: left, not listed.
  expect(ringkasan.cells.get("C1")).toEqual({ kind: "text", value: `=${sheetRef(a, "A1")}` });
  // The typed formula on the new sheet A names the new sheet B.
  const newA = fake.sheet(a)!;
  const now = targetSlot(newA);
  expect(now.key).toBe(slot.key);
  expect(newA.cells.get(now.a1)).toEqual({ kind: "formula", value: typed });
  expect(newA.protection).toBeDefined();
  expect(fake.sheet("Arsip")!.cells.get("A1")!.value).toBe("=#REF!G20");
  expect(laporan.rujukan).toEqual(
    expect.arrayContaining([
      { sheet: "Ringkasan", sel: "A1", rumus: before },
      { sheet: "Ringkasan", sel: "B1", rumus: `=SUM(${sheetRef(b, "G20:G22")})` },
      { sheet: a, sel: now.a1, rumus: typed },
      { sheet: "Arsip", sel: "A1", rumus: `=${sheetRef(a, "G20")}`, terkunci: true },
    ])
  );
  expect(laporan.rujukan).toHaveLength(4);
  const teks = teksLaporan(laporan, true).baris.join("\n");
  expect(teks).toContain("Arsip!A1");
  expect(teks).toContain("#REF!");
});

test("Microsoft's client: the formulas set again in the last request, after the swaps", async () => {
  const { fake, slot, typed } = workbookWithLinks();
  const host = new OfficeHost({ sheets: hostSeeds(fake) });
  const workbook = new ExcelWorkbook({ run: realClientRun(host), katalog: revisiKatalog });
  const { requests } = await recordRequests(host)(() =>
    workbook.rawatLembar({ aksi: PERBARUI, tulis: true })
  );
  const last = requests[requests.length - 1].log;
  const sets = last
    .map((x, i) => ({ ...x, i }))
    .filter((x) => x.type === "SetProperty" && x.name === "Formulas" && x.sheet !== undefined);
  const lastDelete = last.map((x) => x.name).lastIndexOf("Delete");
  const onRingkasan = sets.filter((x) => x.sheet === "Ringkasan");
  expect(onRingkasan.map((x) => x.args)).toEqual([
    [[[`=${sheetRef(a, "G20")}*2`]]],
    [[[`=SUM(${sheetRef(b, "G20:G22")})`]]],
  ]);
  for (const x of onRingkasan) expect(x.i).toBeGreaterThan(lastDelete);
  expect(sets.some((x) => x.sheet === "Arsip")).toBe(false);
  // On the new sheet A (protected by its plan): unprotected around the write, protected again.
  const onA = last.map((x, i) => ({ ...x, i })).filter((x) => x.sheet === a && x.i > lastDelete);
  const names = onA.map((x) => x.name);
  const set = onA.find(
    (x) => x.name === "Formulas" && JSON.stringify(x.args) === JSON.stringify([[[typed]]])
  );
  expect(set).toBeDefined();
  expect(names.indexOf("Unprotect")).toBeLessThan(names.indexOf("Formulas"));
  expect(names.lastIndexOf("Protect")).toBeGreaterThan(names.lastIndexOf("Formulas"));
  expect(host.sheet(a)!.protection).toBeDefined();
  expect(slot.key).toContain(":target");
});

/**
 * gabung through Microsoft's real Office.js client (test/support/office-js): the 50 staff files of a
 * filled dinas merged into a workbook, then merged again. The requests as Excel would receive them:
 * the report before writing only reads; every request of a merge within the budget; a second merge
 * (of a workbook seeded with the first's) deletes the replaced sheets only in its last request and
 * keeps the rekap's and the report's sheets.
 */
import { builtInCatalog } from "../../src/catalog";
import type { BerkasDibaca } from "../../src/gabung/types";
import { ExcelWorkbook } from "../../src/workbook/excel-adapter";
import { PAYLOAD_BUDGET_BYTES } from "../../src/workbook/payload";
import { realClientRun, recordRequests } from "../support/office-js/client";
import { OfficeHost } from "../support/office-js/host";
import { berkasDinas } from "../support/berkas-pegawai";
import { dinasTerisi, hostSeeds } from "../support/dinas-terisi";
import { FakeExcel } from "../support/fake-excel";

jest.setTimeout(180_000);

let berkas: BerkasDibaca[];
beforeAll(async () => {
  berkas = berkasDinas(await dinasTerisi());
});

function setup() {
  const host = new OfficeHost({
    sheets: [{ name: "Catatan", values: [["catatan pengguna"]], formulas: [["catatan pengguna"]] }],
  });
  const workbook = new ExcelWorkbook({ run: realClientRun(host), katalog: builtInCatalog });
  return { host, workbook, sent: recordRequests(host) };
}

test("the report before writing: reads only", async () => {
  const { host, workbook, sent } = setup();
  const { result, requests } = await sent(() => workbook.gabung({ berkas, tulis: false }));
  expect(result.berkas).toHaveLength(50);
  expect(requests.flatMap((r) => r.log).filter((a) => a.type === "SetProperty")).toEqual([]);
  expect(host.sheetNames).toEqual(["Catatan"]);
});

test("50 files merged: requests within the budget, every sheet named as reported", async () => {
  const { host, workbook, sent } = setup();
  const { result, requests } = await sent(() => workbook.gabung({ berkas, tulis: true }));
  for (const r of requests) expect(r.bytes).toBeLessThanOrEqual(PAYLOAD_BUDGET_BYTES);
  const ke = result.berkas.flatMap((b) => b.lembar).map((l) => l.ke as string);
  expect(ke).toHaveLength(50);
  const dibuat = [...ke, result.rekap as string, result.lembarLaporan as string];
  expect([...host.sheetNames].sort()).toEqual(["Catatan", ...dibuat].sort());
});

test("merged again (the host seeded with the first merge's workbook): replaced in the last request, rekap and report in place", async () => {
  // The host stand-in keeps no cells of the sheets the client writes: the first merge is made on
  // the fake Excel, whose workbook seeds the host (as the lifecycle tests do).
  const fake = new FakeExcel({ sheets: [{ name: "Catatan", cells: { A1: "catatan pengguna" } }] });
  const laporan = await new ExcelWorkbook({ run: fake.run, katalog: builtInCatalog }).gabung({
    berkas,
    tulis: true,
  });
  const host = new OfficeHost({ sheets: hostSeeds(fake) });
  const workbook = new ExcelWorkbook({ run: realClientRun(host), katalog: builtInCatalog });
  const names = host.sheetNames;
  const ids = new Map(host.sheets.map((s) => [s.name, s.id]));
  const { requests } = await recordRequests(host)(() => workbook.gabung({ berkas, tulis: true }));
  for (const r of requests) expect(r.bytes).toBeLessThanOrEqual(PAYLOAD_BUDGET_BYTES);
  expect(host.sheetNames).toEqual(names);
  const ke = laporan.berkas.flatMap((b) => b.lembar).map((l) => l.ke as string);
  for (const name of ke) expect(host.sheet(name)!.id).not.toBe(ids.get(name));
  for (const name of [laporan.rekap as string, laporan.lembarLaporan as string])
    expect(host.sheet(name)!.id).toBe(ids.get(name));
  for (const r of requests.slice(0, -1))
    expect(r.log.filter((a) => a.name === "Delete" && a.object === "sheet")).toEqual([]);
  const last = requests[requests.length - 1].log;
  const deletes = last.filter((a) => a.name === "Delete" && a.object === "sheet");
  expect(deletes.map((a) => a.sheet).sort()).toEqual([...ke].sort());
});

/**
 * The read budget of a lifecycle action when a value stands far from the table: a note typed at row
 * 1,048,576 of an IKI sheet stretches its used range to the last row, and a formula there on a
 * user's sheet names a refreshed one. The IKI sheet is read to its layout's extent (and a margin),
 * the far cell found by counting, then read alone; the user's sheet only by its formula cells.
 * The whole dinas stays one read of the cells, plus one for the far cell; every request and every
 * response within the budget (Microsoft's client); the far note kept (sisa), the formula set again.
 */
import { builtInCatalog } from "../../src/catalog";
import type { AksiLembar } from "../../src/lifecycle/types";
import { sheetRef } from "../../src/template/a1";
import { ExcelWorkbook } from "../../src/workbook/excel-adapter";
import { PAYLOAD_BUDGET_BYTES } from "../../src/workbook/payload";
import { realClientRun, recordRequests } from "../support/office-js/client";
import { OfficeHost } from "../support/office-js/host";
import { indeks, revisi } from "../lifecycle/support";
import { dinasTerisi, hostSeeds, lembarDiperbarui, salin, type Dinas } from "./rawat-support";

const revisiKatalog = indeks(revisi(builtInCatalog.catalog));
const PERBARUI: AksiLembar = { kind: "perbarui" };
const LAST = 1_048_576;
jest.setTimeout(120_000);

let dinas: Dinas;
let a: string;
beforeAll(async () => {
  dinas = await dinasTerisi();
  [a] = await lembarDiperbarui(dinas, revisiKatalog);
});

const rumus = () => `=${sheetRef(a, "G20")}`;

function jauh() {
  const fake = salin(dinas.fake);
  fake.sheet(a)!.cells.set(`N${LAST}`, { kind: "text", value: "catatan jauh" });
  fake.sheet("Catatan")!.cells.set(`B${LAST}`, { kind: "formula", value: rumus() });
  return fake;
}

test("fake Excel: the far cells read alone, one more sync; the note kept, the formula set again", async () => {
  const preview = jauh();
  const port = (f: typeof preview) => new ExcelWorkbook({ run: f.run, katalog: revisiKatalog });
  const laporan = await port(preview).rawatLembar({ aksi: PERBARUI, tulis: false });
  // Names; markers, extents and formula counts; the cells with the far counts; the far cell.
  expect(preview.syncCount).toBe(4);
  const lembar = laporan.lembar.find((l) => l.sheet === a)!;
  expect(lembar.sisa.map((s) => s.isi)).toContainEqual({ nilai: "catatan jauh" });
  expect(laporan.rujukan).toEqual([{ sheet: "Catatan", sel: `B${LAST}`, rumus: rumus() }]);

  const fake = jauh();
  await port(fake).rawatLembar({ aksi: PERBARUI, tulis: true });
  const values = [...fake.sheet(a)!.cells.values()].map((c) => c.value);
  expect(values).toContain("catatan jauh");
  expect(fake.sheet("Catatan")!.cells.get(`B${LAST}`)).toEqual({ kind: "formula", value: rumus() });
});

test("Microsoft's client: every request and response within the budget; the cells of the dinas one read", async () => {
  const seeds = hostSeeds(salin(dinas.fake))!;
  // Seeded sparse: the far rows alone, not a million empty ones.
  const put = (name: string, col: number, formula: unknown, value: unknown) => {
    const s = seeds.find((x) => x.name === name)!;
    s.formulas![LAST - 1] = Object.assign([], { [col]: formula });
    s.values![LAST - 1] = Object.assign([], { [col]: value });
  };
  put(a, 13, "catatan jauh", "catatan jauh");
  put("Catatan", 1, rumus(), 0);
  const host = new OfficeHost({ sheets: seeds });
  const workbook = new ExcelWorkbook({ run: realClientRun(host), katalog: revisiKatalog });
  const { result, requests } = await recordRequests(host)(() =>
    workbook.rawatLembar({ aksi: PERBARUI, tulis: false })
  );
  expect(requests).toHaveLength(4);
  for (const r of requests) {
    expect(r.bytes).toBeLessThanOrEqual(PAYLOAD_BUDGET_BYTES);
    expect(r.responseBytes).toBeLessThanOrEqual(PAYLOAD_BUDGET_BYTES);
  }
  // The far read answers only the far cells.
  expect(requests[3].responseBytes).toBeLessThan(10_000);
  const lembar = result.lembar.find((l) => l.sheet === a)!;
  expect(lembar.sisa.map((s) => s.isi)).toContainEqual({ nilai: "catatan jauh" });
  expect(result.rujukan).toEqual([{ sheet: "Catatan", sel: `B${LAST}`, rumus: rumus() }]);
});

test("Microsoft's client, a small budget: a table pasted below a sheet and a sheet of formulas read in blocks, every response within it", async () => {
  const budget = 300_000;
  const seeds = hostSeeds(salin(dinas.fake))!;
  // 3,000 rows of 6 numbers pasted from row 2,001 of sheet a; 4,000 formulas on Catatan.
  const sheet = seeds.find((x) => x.name === a)!;
  for (let r = 2000; r < 5000; r++) {
    sheet.formulas![r] = Array.from({ length: 6 }, (_, c) => r * 10 + c);
    sheet.values![r] = [...sheet.formulas![r]];
  }
  const catatan = seeds.find((x) => x.name === "Catatan")!;
  for (let r = 1; r <= 4000; r++) {
    catatan.formulas![r] = ["", `=${sheetRef(a, "G20")}+${r}`];
    catatan.values![r] = ["", r];
  }
  const host = new OfficeHost({ sheets: seeds });
  const workbook = new ExcelWorkbook({
    run: realClientRun(host),
    katalog: revisiKatalog,
    payloadBudget: budget,
  });
  const { result, requests } = await recordRequests(host)(() =>
    workbook.rawatLembar({ aksi: PERBARUI, tulis: false })
  );
  for (const r of requests) expect(r.responseBytes).toBeLessThanOrEqual(budget);
  expect(requests.length).toBeGreaterThan(5);
  expect(result.rujukan).toHaveLength(4000);
  const lembar = result.lembar.find((l) => l.sheet === a)!;
  const pasted = lembar.sisa.filter((s) => "nilai" in s.isi && typeof s.isi.nilai === "number");
  expect(pasted.length).toBeGreaterThanOrEqual(18_000);
});

/**
 * The response budget of the lifecycle reads (grid-reads.ts): the estimate of every real sheet, filled
 * as a pegawai fills it, in both formula modes, is at least the JSON of its formulas and values (what
 * Excel answers, every formula's result a 17-digit double), and the whole dinas is one read.
 */
import { builtInCatalog } from "../../src/catalog";
import { sheetKey } from "../../src/template/sheet-names";
import {
  gridResponseBytes,
  planGridReads,
  type Extents,
  type GridWanted,
} from "../../src/workbook/grid-reads";
import { ExcelWorkbook } from "../../src/workbook/excel-adapter";
import { PAYLOAD_BUDGET_BYTES } from "../../src/workbook/payload";
import { dinasTerisi, hostSeeds, salin } from "../support/dinas-terisi";
import type { FakeExcel } from "../support/fake-excel";

jest.setTimeout(60_000);

function sheetsOf(fake: FakeExcel) {
  const seeds = hostSeeds(fake)!;
  const extents: Extents = new Map(
    seeds.map((s) => [
      sheetKey(s.name),
      { rows: s.formulas!.length, columns: s.formulas![0].length },
    ])
  );
  return { seeds, extents };
}

test.each(["iki", "native"] as const)(
  "every filled sheet (%s) within its estimate; the whole dinas one read",
  async (mode) => {
    const { fake: filled } = await dinasTerisi();
    const fake = salin(filled);
    if (mode === "native") {
      const port = new ExcelWorkbook({ run: fake.run, katalog: builtInCatalog });
      await port.rawatLembar({ aksi: { kind: "ubah-rumus", mode }, tulis: true });
    }
    const { seeds, extents } = sheetsOf(fake);
    let total = 0;
    for (const s of seeds) {
      // A formula's result as Excel gives it at worst: a double of 17 significant digits.
      const values = s.formulas!.map((row, r) =>
        row.map((f, c) => (typeof f === "string" && f.startsWith("=") ? 1 / 3 : s.values![r][c]))
      );
      const actual = JSON.stringify({ Formulas: s.formulas, Values: values }).length;
      total += actual;
      expect({ sheet: s.name, over: actual > gridResponseBytes([s], extents) }).toEqual({
        sheet: s.name,
        over: false,
      });
    }
    expect(gridResponseBytes(seeds, extents)).toBeLessThanOrEqual(PAYLOAD_BUDGET_BYTES);
    expect(planGridReads(seeds, extents)).toHaveLength(1);
    expect(total).toBeGreaterThan(300_000);
  }
);

test("a smaller budget splits the reads by whole sheets, in order", async () => {
  const { fake } = await dinasTerisi();
  const { seeds, extents } = sheetsOf(fake);
  const reads = planGridReads(seeds, extents, 400_000);
  expect(reads.length).toBeGreaterThan(2);
  // The seeds are read whole (no layout known, none read for its formulas only): grids all.
  const sheets = (r: (typeof reads)[number]) => r.map((f) => (f as { grid: GridWanted }).grid);
  expect(reads.flat().map((f) => (f as { grid: GridWanted }).grid.name)).toEqual(
    seeds.map((s) => s.name)
  );
  for (const r of reads) expect(gridResponseBytes(sheets(r), extents)).toBeLessThanOrEqual(400_000);
});

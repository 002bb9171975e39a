/**
 * The adapter over real plans: planWorkbook over the whole catalog, both formula modes, through
 * the strict fake (which refuses what Excel refuses) and through the pure checks.
 */
import { builtInCatalog } from "../../src/catalog";
import { catalog, jabatanInBidang, listBidang } from "../support/builtin-catalog";
import { MARKER_KEY, planWorkbook } from "../../src/template";
import type { FormulaMode } from "../../src/template/options";
import type { SheetPlan } from "../../src/template/plan";
import { requireA1 } from "../../src/template/a1";
import { ExcelWorkbook } from "../../src/workbook/excel-adapter";
import { PAYLOAD_LIMIT_BYTES, sheetBytes } from "../../src/workbook/payload";
import { sheetCommands, ungroupedSheetCommands } from "../../src/workbook/sheet-commands";
import { FakeExcel } from "../support/fake-excel";
import { options } from "../support/hand-plans";
import { replay, sheetState } from "../support/replay";
import { expectWellFormed } from "../support/well-formed";

const modes: FormulaMode[] = ["iki", "native"];
const allIds = catalog.jabatan.map((j) => j.id);

function cellsOf(plan: SheetPlan, range: string): { r: number; c: number }[] {
  const { firstRow, lastRow, firstColumn, lastColumn } = requireA1(range);
  const out: { r: number; c: number }[] = [];
  for (let r = firstRow; r <= lastRow; r++)
    for (let c = firstColumn; c <= lastColumn; c++) out.push({ r, c });
  return out;
}

describe.each(modes)("real plans, mode %s", (mode) => {
  const o = { ...options, mode };
  const plans = planWorkbook({
    katalog: builtInCatalog,
    jabatan: catalog.jabatan,
    options: o,
    rekap: true,
    existing: [],
  });

  it("plans 50 IKI sheets and a rekap", () => {
    expect(plans).toHaveLength(51);
    expect(plans[50].kind).toBe("rekap");
  });

  it("converts every plan into commands with valid addresses and arrays the size of their ranges", () => {
    for (const plan of plans) expectWellFormed(sheetCommands(plan).commands);
  });

  it("leaves every sheet, cell by cell, as one command per plan entry would", async () => {
    let grouped = 0;
    let across = 0;
    for (const plan of plans) {
      const sheet = sheetCommands(plan);
      const count = (kind: string) => sheet.commands.filter((c) => c.kind === kind).length;
      grouped += count("formatAreas");
      across += count("mergeAcross");
      // Every plan number format lies inside the grid: one number format write per sheet.
      expect(count("numberFormat")).toBe(1);
      const before = sheetState(await replay(ungroupedSheetCommands(plan)));
      expect(before.cellFormats.size).toBeGreaterThan(0);
      expect(before.numberFormats.size).toBeGreaterThan(0);
      expect(before.merges).toHaveLength(plan.merges.length);
      // Cells, number formats, per-cell formats, border lines and merged areas alike.
      expect(sheetState(await replay(sheet))).toEqual(before);
    }
    expect(grouped).toBeGreaterThan(plans.length);
    expect(across).toBeGreaterThan(plans.length);
  });

  it("fits the whole dinas in one write request by estimate (under 5 MB, with margin)", () => {
    const total = plans.reduce((sum, p) => sum + sheetBytes(sheetCommands(p)), 0);
    expect(total).toBeLessThan(PAYLOAD_LIMIT_BYTES);
  });

  it("keeps what a merge would discard empty, and no formula under a Text format", () => {
    for (const plan of plans) {
      for (const merge of plan.merges) {
        const [, ...rest] = cellsOf(plan, merge);
        for (const { r, c } of rest) expect([null, undefined, ""]).toContain(plan.cells[r]?.[c]);
      }
      for (const f of plan.formats.filter((x) => x.style.numberFormat === "@")) {
        for (const { r, c } of cellsOf(plan, f.range))
          expect(typeof plan.cells[r]?.[c] === "object" && plan.cells[r]?.[c] !== null).toBe(false);
      }
    }
  });

  // 4 syncs since the 2.5 MB budget (was 3 under 4 MB): names, markers, two write requests.
  it("inserts all 50 jabatan and the rekap through the fake in 4 syncs, Excel's checks passing", async () => {
    const fake = new FakeExcel({ sheets: [{ name: "Sheet1", cells: { A1: "isi lama" } }] });
    const workbook = new ExcelWorkbook({ run: fake.run });
    const result = await workbook.insert({ jabatanIds: allIds, options: o, rekap: true });
    expect(result.created).toHaveLength(51);
    expect(fake.syncCount).toBe(4);
    expect(fake.syncs.every((s) => !s.error)).toBe(true);
    expect(fake.largestPayload).toBeLessThan(PAYLOAD_LIMIT_BYTES);
    expect(fake.touchedExisting).toEqual([]);
    expect(result.created).toEqual(plans.map((p) => p.name));
    for (const name of result.created)
      expect(fake.sheet(name)?.customProperties.get(MARKER_KEY.toLowerCase())).toBeDefined();
    // The "Cara" drop-downs of jabatan without indicators reach Excel as list rules, cell by cell.
    for (const plan of plans) {
      const lists = (fake.sheet(plan.name)?.validations ?? []).filter(
        (v) => v.property === "rule" && (v.value as { list?: unknown }).list
      );
      expect(lists.map((v) => v.address)).toEqual((plan.listValidations ?? []).map((l) => l.range));
    }
    expect(plans.some((p) => (p.listValidations ?? []).length > 0)).toBe(true);
  });

  it("inserts one bidang in 3 syncs with its rekap", async () => {
    const fake = new FakeExcel({ sheets: [{ name: "Sheet1" }] });
    const ids = jabatanInBidang(listBidang()[2]).map((j) => j.id);
    await new ExcelWorkbook({ run: fake.run }).insert({ jabatanIds: ids, options: o, rekap: true });
    expect(fake.syncCount).toBe(3);
  });
});

describe("real plans: identity text and existing sheets", () => {
  it("keeps a nama that looks like a formula as text", async () => {
    const nama = '=HYPERLINK("http://contoh.id","klik")';
    const fake = new FakeExcel({ sheets: [{ name: "Sheet1" }] });
    const { created } = await new ExcelWorkbook({ run: fake.run }).insert({
      jabatanIds: [allIds[0]],
      options: {
        ...options,
        identitas: { ...options.identitas, nama, penilaiNama: "+62 811", nip: "-" },
      },
      rekap: false,
    });
    const cells = [...(fake.sheet(created[0])?.cells.values() ?? [])];
    expect(cells).toContainEqual({ kind: "text", value: nama });
    expect(cells).toContainEqual({ kind: "text", value: "+62 811" });
    expect(cells.some((c) => c.kind === "formula" && c.value.includes("contoh.id"))).toBe(false);
    expect(cells.some((c) => c.kind === "text" && c.value === options.identitas.penilaiNip)).toBe(
      true
    );
  });

  it("finds the sheets of an earlier insert for a later rekap, and never writes into them", async () => {
    const fake = new FakeExcel({ sheets: [{ name: "Sheet1" }] });
    const workbook = new ExcelWorkbook({ run: fake.run });
    const first = await workbook.insert({ jabatanIds: allIds.slice(0, 3), options, rekap: false });
    const again = await workbook.insert({ jabatanIds: allIds.slice(0, 1), options, rekap: false });
    expect(again.created[0]).not.toBe(first.created[0]);
    const writesBefore = fake.operations.filter(
      (o) => o.kind === "write" && first.created.includes(o.sheet ?? "")
    ).length;
    const result = await workbook.rebuildRekap(options);
    const rekap = fake.sheet(result.rekap as string);
    const formulas = [...(rekap?.cells.values() ?? [])]
      .filter((c) => c.kind === "formula")
      .map((c) => String(c.value));
    for (const name of [...first.created, ...again.created])
      expect(formulas.some((f) => f.includes(name))).toBe(true);
    expect(
      fake.operations.filter((o) => o.kind === "write" && first.created.includes(o.sheet ?? ""))
        .length
    ).toBe(writesBefore);
    expect(fake.deletedSheets).toEqual([]);
  });
});

/**
 * The print setup through Office.js: the fit-to-width scale set before fit-to-pages (so an Excel
 * desktop build that ignores fit-to-pages, office-js #1860, still prints one page wide) and the
 * plan's manual page breaks.
 */
import { builtInCatalog } from "../../src/catalog";
import { catalog } from "../support/builtin-catalog";
import { planWorkbook } from "../../src/template";
import type { SheetPlan } from "../../src/template/plan";
import { ExcelWorkbook } from "../../src/workbook/excel-adapter";
import { sheetCommands } from "../../src/workbook/sheet-commands";
import { FakeExcel } from "../support/fake-excel";
import { options } from "../support/hand-plans";

const plans = planWorkbook({
  katalog: builtInCatalog,
  jabatan: catalog.jabatan,
  options,
  rekap: false,
  existing: [],
});
const broken = plans.find((p) => (p.print.rowBreaks ?? []).length > 0) as SheetPlan;
const whole = plans.find((p) => !p.print.rowBreaks) as SheetPlan;

describe("printCommands", () => {
  it("sets the scale, then the page layout, then the page breaks above their rows", () => {
    const commands = sheetCommands(broken).commands;
    const kinds = commands.map((c) => c.kind);
    expect(kinds.indexOf("printScale")).toBe(kinds.indexOf("pageLayout") - 1);
    expect(commands.find((c) => c.kind === "printScale")).toEqual({
      kind: "printScale",
      scale: 59,
    });
    const row = (broken.print.rowBreaks ?? [])[0];
    expect(commands.filter((c) => c.kind === "pageBreak")).toEqual([
      { kind: "pageBreak", address: `A${row}` },
    ]);
    expect(kinds.indexOf("pageBreak")).toBeGreaterThan(kinds.indexOf("pageLayout"));
    expect(sheetCommands(whole).commands.some((c) => c.kind === "pageBreak")).toBe(false);
  });
});

describe("the print setup in Excel", () => {
  async function insert(fake: FakeExcel, plan: SheetPlan) {
    await new ExcelWorkbook({ run: fake.run }).insert({
      jabatanIds: [plan.jabatanId as string],
      options,
      rekap: false,
    });
    return fake.sheet(plan.name);
  }

  it("fits to one page wide, with the plan's page breaks", async () => {
    const sheet = await insert(new FakeExcel({ sheets: [{ name: "Sheet1" }] }), broken);
    expect(sheet?.pageLayout.zoom).toEqual({ horizontalFitToPages: 1, verticalFitToPages: 0 });
    expect(sheet?.pageBreaks).toEqual([`A${(broken.print.rowBreaks ?? [])[0]}`]);
  });

  it("still prints one page wide where fit-to-pages is ignored (office-js #1860)", async () => {
    const fake = new FakeExcel({ sheets: [{ name: "Sheet1" }], ignoreFitToPages: true });
    const sheet = await insert(fake, whole);
    expect(sheet?.pageLayout.zoom).toEqual({ scale: 59 });
    expect(sheet?.pageLayout.orientation).toBe("Landscape");
  });
});

/**
 * Plan text in an input cell (a "-" typed as a target, carried by a refresh; a text typed where a
 * number goes): it stays text, and the cell keeps its own number format, so a number typed there
 * later is a number the capaian counts. Other plan text is guarded by the Text format "@". Both
 * sinks agree: the Office.js commands on the strict fake and Microsoft's client, the xlsx file.
 */
import ExcelJS from "exceljs";
import { builtInCatalog } from "../../src/catalog";
import { inputSlots } from "../../src/lifecycle/slots";
import { cell } from "../../src/template/a1";
import { planWorkbook } from "../../src/template/workbook-plan";
import type { SheetPlan } from "../../src/template/plan";
import { sheetCommands } from "../../src/workbook/sheet-commands";
import { queueSheet } from "../../src/workbook/queue-sheet";
import { writeXlsx } from "../../src/xlsx/write-workbook";
import { replay } from "../support/replay";
import { realClientRun, recordRequests } from "../support/office-js/client";
import { OfficeHost } from "../support/office-js/host";
import { options } from "../template/support";
import { readWorkbook } from "../xlsx/support";
import type { FakeExcel } from "../support/fake-excel";

const jabatan = builtInCatalog.catalog.jabatan.find((j) => j.indikator.length >= 1)!;

/** The jabatan's sheet with "-" typed as the first target and "=abc" as a realisasi. */
function planWithText(kunci = true): {
  plan: SheetPlan;
  target: string;
  realisasi: string;
  label: string;
} {
  const plan = planWorkbook({
    katalog: builtInCatalog,
    jabatan: [jabatan],
    options: options({ kunci }),
    rekap: false,
    existing: [],
  })[0];
  const slots = inputSlots(jabatan);
  const at = (key: (k: string) => boolean) => slots.find((s) => key(s.key))!;
  const t = at((k) => k.endsWith(":target"));
  const r = at((k) => /:(nilai|pembilang|awal):1$/.test(k));
  plan.cells[t.row - 1][t.col] = "-";
  plan.cells[r.row - 1][r.col] = "=abc";
  const labelRow = plan.cells.findIndex((row) => typeof row[0] === "string" && row[0] !== "");
  return {
    plan,
    target: cell(t.row, t.col),
    realisasi: cell(r.row, r.col),
    label: cell(labelRow + 1, 0),
  };
}

/** The number format the plan's styles give a cell (the last format entry over it that sets one). */
function styleFormat(plan: SheetPlan, a1: string): string | undefined {
  let out: string | undefined;
  for (const f of plan.formats) {
    if (f.style.numberFormat === undefined) continue;
    if (covers(f.range, a1)) out = f.style.numberFormat;
  }
  return out;
}

function covers(range: string, a1: string): boolean {
  const col = (l: string) => [...l].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
  const [from, to = from] = range.split(":");
  const p = (x: string) => /^([A-Z]+)(\d+)$/.exec(x)!;
  const [a, b, c] = [p(from), p(to), p(a1)];
  const within = (v: number, lo: number, hi: number) => v >= lo && v <= hi;
  return (
    within(Number(c[2]), Number(a[2]), Number(b[2])) && within(col(c[1]), col(a[1]), col(b[1]))
  );
}

test("Office.js, strict fake: the text stays text in the input cell's own format; a number typed later is a number", async () => {
  const { plan, target, realisasi, label } = planWithText();
  const own = styleFormat(plan, target);
  expect(own).toBeDefined();
  expect(own).not.toBe("@");
  const sheet = await replay(sheetCommands(plan));
  expect(sheet.cells.get(target)).toEqual({ kind: "text", value: "-" });
  expect(sheet.numberFormats.get(target)).toBe(own);
  expect(sheet.cells.get(realisasi)).toEqual({ kind: "text", value: "=abc" });
  expect(sheet.numberFormats.get(realisasi) ?? "General").not.toBe("@");
  // Plan text outside input cells keeps the Text guard.
  expect(sheet.numberFormats.get(label)).toBe("@");
});

test("a number typed later in that cell is stored as a number (the Text format would keep it text)", async () => {
  // Unprotected here: the fake refuses a write to a protected sheet's range outright.
  const { plan, target } = planWithText(false);
  const { FakeExcel: Fake } = await import("../support/fake-excel");
  const fake: FakeExcel = new Fake({ sheets: [{ name: "Sheet1" }] });
  await fake.run(async (context) => {
    queueSheet(context.workbook.worksheets, sheetCommands(plan));
    await context.sync();
  });
  await fake.run(async (context) => {
    // What a user's typing amounts to: the text "5" entered in the cell.
    context.workbook.worksheets.getItem(plan.name).getRange(target).values = [["5"]];
    await context.sync();
  });
  expect(fake.sheet(plan.name)!.cells.get(target)).toEqual({ kind: "number", value: 5 });
});

test("Microsoft's client: the input cell's text goes with the quote prefix, no Text format for it", async () => {
  const { plan, target } = planWithText();
  const host = new OfficeHost({ sheets: [{ name: "Sheet1" }] });
  const { requests } = await recordRequests(host)(() =>
    realClientRun(host)(async (context) => {
      queueSheet(context.workbook.worksheets, sheetCommands(plan));
      await context.sync();
    })
  );
  const log = requests.flatMap((r) => r.log);
  const grid = log.find((a) => a.type === "SetProperty" && a.name === "Formulas")!;
  const values = (grid.args as unknown[][][])[0];
  const m = /^([A-Z]+)(\d+)$/.exec(target)!;
  const [r, c] = [Number(m[2]) - 1, m[1].charCodeAt(0) - 65];
  expect(values[r][c]).toBe("'-");
  const formats = log.filter((a) => a.type === "SetProperty" && a.name === "NumberFormat");
  const last = formats
    .map((a) => (a.args as (string | null)[][][])[0][r]?.[c])
    .filter((v) => v !== null && v !== undefined);
  expect(last[last.length - 1]).toBe(styleFormat(plan, target));
});

test("xlsx: a string cell in the input cell's own format", async () => {
  const { plan, target, label } = planWithText();
  const wb = await readWorkbook(await writeXlsx([plan]));
  const ws = wb.getWorksheet(plan.name)!;
  expect(ws.getCell(target).value).toBe("-");
  expect(ws.getCell(target).numFmt).toBe(styleFormat(plan, target));
  // ExcelJS writes any string as a string cell: no guard needed, none written.
  expect(ws.getCell(label).type).toBe(ExcelJS.ValueType.String);
});

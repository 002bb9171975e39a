/**
 * The xlsx sink: a text over 255 characters never carries the "@" format, and every plan text is
 * stored as a string (never a formula), over every real plan and a long identity typed by a user.
 */
/* eslint-disable office-addins/call-sync-before-read, office-addins/load-object-before-read -- ExcelJS cells, not Office.js ranges */
import { builtInCatalog } from "../../src/catalog";
import ExcelJS from "exceljs";
import { catalog } from "../support/builtin-catalog";
import { planWorkbook } from "../../src/template";
import { tooLongForTextFormat } from "../../src/template/long-text";
import type { SheetPlan } from "../../src/template/plan";
import { writeXlsx } from "../../src/xlsx/write-workbook";
import { options } from "../template/support";
import { readWorkbook } from "./support";

function check(plans: SheetPlan[], wb: ExcelJS.Workbook): { long: number; wrong: string[] } {
  let long = 0;
  const wrong: string[] = [];
  for (const plan of plans) {
    const ws = wb.getWorksheet(plan.name) as ExcelJS.Worksheet;
    plan.cells.forEach((row, r) =>
      row.forEach((cell, c) => {
        if (typeof cell !== "string" || cell === "") return;
        const got = ws.getCell(r + 1, c + 1);
        const at = `${plan.name}!${got.address}`;
        if (got.type !== ExcelJS.ValueType.String || got.value !== cell) wrong.push(`${at} value`);
        if (tooLongForTextFormat(cell)) {
          long++;
          if (got.numFmt === "@") wrong.push(`${at} "@" on ${cell.length} characters`);
        }
      })
    );
  }
  return { long, wrong };
}

test("every real plan: texts stay strings, none over 255 characters under the Text format", async () => {
  const plans = planWorkbook({
    katalog: builtInCatalog,
    jabatan: catalog.jabatan,
    options: options({ mode: "iki" }),
    rekap: true,
    existing: [],
  });
  const { long, wrong } = check(plans, await readWorkbook(await writeXlsx(plans)));
  expect(wrong).toEqual([]);
  expect(long).toBeGreaterThanOrEqual(33);
}, 60_000);

test("a long identity text that looks like a formula stays a string, under General", async () => {
  const nama = '=HYPERLINK("http://contoh.id","klik")' + " teks".repeat(60);
  const base = options();
  const plans = planWorkbook({
    katalog: builtInCatalog,
    jabatan: [catalog.jabatan[0]],
    options: { ...base, identitas: { ...base.identitas, nama } },
    rekap: false,
    existing: [],
  });
  const wb = await readWorkbook(await writeXlsx(plans));
  const c5 = (wb.worksheets[0] as ExcelJS.Worksheet).getCell("C5");
  expect([c5.type, c5.value, c5.numFmt]).toEqual([ExcelJS.ValueType.String, nama, undefined]);
  // A short identity text keeps "@" (an 18-digit NIP keeps its digits).
  expect((wb.worksheets[0] as ExcelJS.Worksheet).getCell("C6").numFmt).toBe("@");
  expect(check(plans, wb).wrong).toEqual([]);
});

/**
 * Generated inputs typed into an .xlsx that another writer made (the command line's output), as a
 * person fills the yellow cells: the plans the file was written from, filled by fillInputs, say
 * which cells change; the file must hold the unfilled plan's value there, so a layout the file does
 * not share is an error, not a silently misplaced number. Every cached formula result is then made
 * wrong, so only a real recalculation can give the expected numbers.
 */
import ExcelJS from "exceljs";
import type { PlanCell, SheetPlan } from "../../src/template/plan";
import { cell } from "../../src/template/a1";
import { readResult, readWorkbook } from "./support";

const asRead = (v: PlanCell) => (v === null || v === undefined ? "" : v);

function fillSheet(ws: ExcelJS.Worksheet, before: SheetPlan, after: SheetPlan): number {
  let filled = 0;
  after.cells.forEach((cells, i) =>
    cells.forEach((v, col) => {
      const was = before.cells[i][col];
      if (v === was) return;
      const target = ws.getCell(i + 1, col + 1);
      const found = readResult(target);
      if (found !== asRead(was))
        throw new Error(
          `'${ws.name}'!${cell(i + 1, col)} holds ${JSON.stringify(found)}, the plan ${JSON.stringify(was)}`
        );
      target.value = v as ExcelJS.CellValue;
      filled++;
    })
  );
  return filled;
}

/** Makes every cached result of the file's formulas `wrong` (a stale value then shows). */
function spoilResults(wb: ExcelJS.Workbook, wrong: number) {
  wb.eachSheet((ws) =>
    ws.eachRow((row) =>
      row.eachCell((c) => {
        if (c.type === ExcelJS.ValueType.Formula)
          c.value = { ...(c.value as ExcelJS.CellFormulaValue), result: wrong };
      })
    )
  );
}

/**
 * Rewrites `file` with the inputs of `filled` (fillInputs over `plans`, which wrote the file).
 * Returns how many cells were typed.
 */
export async function fillXlsx(
  file: string,
  plans: SheetPlan[],
  filled: SheetPlan[],
  wrong: number
): Promise<number> {
  const wb = await readWorkbook(file);
  let typed = 0;
  plans.forEach((plan, i) => {
    const ws = wb.getWorksheet(plan.name);
    if (!ws) throw new Error(`${file} has no sheet ${plan.name}`);
    typed += fillSheet(ws, plan, filled[i]);
  });
  spoilResults(wb, wrong);
  await wb.xlsx.writeFile(file);
  return typed;
}

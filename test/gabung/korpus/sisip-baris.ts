/**
 * A row inserted into an IKI sheet as Excel does it (Sisipkan > Baris): every row from `baris` down
 * moves one down, with its formulas' references, merges, formats, validations, heights and page
 * breaks; the new row holds what the pegawai typed in it.
 */
import { geserRujukan } from "../../../src/lifecycle/geser-rujukan";
import { parseA1, range, rowsAddress } from "../../../src/template/a1";
import type { PlanCell, SheetPlan } from "../../../src/template/plan";

/** A range with its rows at or below `baris` (1-based) moved one down; a range spanning it grows. */
function geserRange(a1: string, baris: number): string {
  const r = parseA1(a1.replace(/\$/g, ""));
  if (!r) throw new Error(`bad range ${a1}`);
  const turun = (row: number) => (row + 1 >= baris ? row + 1 : row);
  if (r.kind === "rows") return rowsAddress(turun(r.firstRow), turun(r.lastRow));
  if (r.kind === "columns") return a1;
  return range(turun(r.firstRow) + 1, r.firstColumn, turun(r.lastRow) + 1, r.lastColumn);
}

const geserRumus = (rumus: string, baris: number) =>
  geserRujukan(rumus, (row, col) => ({ row: row >= baris ? row + 1 : row, col })).rumus;

function geserSel(c: PlanCell, baris: number): PlanCell {
  if (c === null || typeof c !== "object") return c;
  return { formula: geserRumus(c.formula, baris) };
}

export function sisipBaris(plan: SheetPlan, baris: number, isi: PlanCell[]): SheetPlan {
  const width = plan.cells[0].length;
  const row = Array.from({ length: width }, (_, i) => isi[i] ?? null);
  const cells = plan.cells.map((r) => r.map((c) => geserSel(c, baris)));
  cells.splice(baris - 1, 0, row);
  const g = (a1: string) => geserRange(a1, baris);
  const titleRows = plan.print.titleRows;
  return {
    ...plan,
    cells,
    merges: plan.merges.map(g),
    formats: plan.formats.map((f) => ({ ...f, range: g(f.range) })),
    validations: plan.validations.map((v) => ({ ...v, range: g(v.range) })),
    ...(plan.listValidations
      ? { listValidations: plan.listValidations.map((v) => ({ ...v, range: g(v.range) })) }
      : {}),
    conditionalFormats: plan.conditionalFormats.map((v) => ({ ...v, range: g(v.range) })),
    rowHeights: plan.rowHeights.map((h) => ({ ...h, row: h.row >= baris ? h.row + 1 : h.row })),
    print: {
      ...plan.print,
      ...(titleRows ? { titleRows: `$${g(titleRows).replace(":", ":$")}` } : {}),
      ...(plan.print.rowBreaks
        ? { rowBreaks: plan.print.rowBreaks.map((b) => (b >= baris ? b + 1 : b)) }
        : {}),
    },
  };
}

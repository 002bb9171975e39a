/**
 * IKI.* formulas a plain-formula copy does not convert: a user's own, in any sheet not planned anew,
 * or typed in an input cell of a sheet that was. Listed for the user (they show #NAME? without the
 * add-in), never rewritten behind their back.
 */
import { cell } from "../template/a1";
import type { SheetPlan } from "../template/plan";
import { sheetKey } from "../template/sheet-names";
import { isRumus } from "./sel";
import type { SheetRead } from "./types";

/** A formula calling the add-in's IKI.* custom functions. */
export const IKI = /\bIKI\./i;

export function rumusIkiLain(
  sheets: SheetRead[],
  plans: SheetPlan[]
): { sheet: string; sel: string; rumus: string }[] {
  const out: { sheet: string; sel: string; rumus: string }[] = [];
  const planned = new Set<string>();
  for (const p of plans) {
    for (const name of [p.name, ...(p.supersedes ?? [])]) planned.add(sheetKey(name));
    p.cells.forEach((row, r) =>
      row.forEach((c, col) => {
        if (typeof c === "object" && c !== null && IKI.test(c.formula))
          out.push({ sheet: p.name, sel: cell(r + 1, col), rumus: c.formula });
      })
    );
  }
  for (const s of sheets) {
    if (planned.has(sheetKey(s.name))) continue;
    s.formulas.forEach((row, r) =>
      row.forEach((f, col) => {
        const v = s.values[r]?.[col];
        if (isRumus(f, v) && IKI.test(f))
          out.push({ sheet: s.name, sel: cell(r + 1, col), rumus: f });
      })
    );
  }
  return out;
}

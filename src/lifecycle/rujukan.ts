/**
 * Formulas that name a sheet the action replaces (SheetPlan.supersedes). Excel turns every such
 * reference into #REF! when the old sheet is deleted, and does not relink it when the new sheet takes
 * the name; set again after the swap, the same text names the new sheet. Found here once for every
 * port (pure): in the sheets the action does not rewrite, and among the typed formulas the plans carry
 * (a user's formula on one refreshed sheet naming another, or itself). The rekap rewritten in place is
 * written after the swap from its plan, so it needs nothing.
 *
 * Not handled: defined names, data validations and conditional formats of the user's that name a
 * replaced sheet (Excel makes them #REF! too); see docs/architecture.md.
 */
import { cell } from "../template/a1";
import type { SheetPlan } from "../template/plan";
import { sheetKey } from "../template/sheet-names";
import { isRumus } from "./sel";
import type { Rujukan, SheetRead } from "./types";

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/**
 * Whether `formula` names one of `names`: 'Name'!, or Name! unquoted after an operator, a bracket,
 * a comma or a space. A text inside quotes that looks like one only costs setting it again unchanged.
 */
function penamaLembar(names: string[]): (formula: string) => boolean {
  if (names.length === 0) return () => false;
  const quoted = names.map((n) => escape(`'${n.replace(/'/g, "''")}'!`));
  const bare = names.map((n) => `(?:^|[=(,;:+\\-*/^&<> ])${escape(n)}!`);
  const pattern = new RegExp([...quoted, ...bare].join("|"), "iu");
  return (formula) => pattern.test(formula.normalize("NFC"));
}

/** Plan cells that hold a typed formula naming a replaced sheet (the new sheet's final name). */
function dariRencana(plans: SheetPlan[], menamai: (f: string) => boolean): Rujukan[] {
  const out: Rujukan[] = [];
  for (const p of plans) {
    if (!p.supersedes) continue;
    p.cells.forEach((row, r) =>
      row.forEach((c, col) => {
        if (typeof c === "object" && c !== null && menamai(c.formula))
          out.push({ sheet: p.name, sel: cell(r + 1, col), rumus: c.formula });
      })
    );
  }
  return out;
}

export function rujukanKeDiganti(sheets: SheetRead[], plans: SheetPlan[]): Rujukan[] {
  const diganti = plans.flatMap((p) => p.supersedes ?? []);
  const menamai = penamaLembar(diganti.map((n) => n.normalize("NFC")));
  if (diganti.length === 0) return [];
  const ditulis = new Set(plans.flatMap((p) => [p.name, ...(p.supersedes ?? [])]).map(sheetKey));
  const out = dariRencana(plans, menamai);
  for (const s of sheets) {
    if (ditulis.has(sheetKey(s.name))) continue;
    // forEach: a sparse grid (only the formula cells read) is walked over its holes for free.
    s.formulas.forEach((row, r) =>
      row.forEach((f, col) => {
        if (!isRumus(f, s.values[r]?.[col]) || !menamai(f)) return;
        const item: Rujukan = { sheet: s.name, sel: cell(r + 1, col), rumus: f };
        if (s.terkunci) item.terkunci = true;
        out.push(item);
      })
    );
  }
  return out;
}

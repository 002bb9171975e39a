/**
 * The formulas that name a replaced sheet (src/lifecycle/rujukan.ts), set again with the same text
 * in the last write sync, after the swap (supersede.ts): Excel made them #REF! when the old sheet was
 * deleted, and the text set now names the new sheet that took its name. A sheet the user protected
 * is left (its formulas are reported: Excel refuses the write, which would fail the whole sync); a
 * new sheet of ours is unprotected around the write and protected again as its plan says.
 */
import type { Rujukan } from "../lifecycle/types";
import type { SheetPlan } from "../template/plan";
import { sheetKey } from "../template/sheet-names";
import { ACTION_OVERHEAD_BYTES } from "./payload";
import { PROTECTION_OPTIONS } from "./sheet-commands";

export interface SetUlang {
  sheet: string;
  /** Per cell: address and formula text. */
  sel: { sel: string; rumus: string }[];
  /** A protected new sheet of ours: unprotected around the writes. */
  lindungi: boolean;
}

/** The writes, per sheet, of the formulas to set again; none on a sheet the user protected. */
export function setUlangDari(rujukan: Rujukan[] | undefined, plans: SheetPlan[]): SetUlang[] {
  const dilindungi = new Set(plans.filter((p) => p.protect).map((p) => sheetKey(p.name)));
  const bySheet = new Map<string, SetUlang>();
  for (const r of rujukan ?? []) {
    if (r.terkunci) continue;
    const key = sheetKey(r.sheet);
    let item = bySheet.get(key);
    if (!item) {
      item = { sheet: r.sheet, sel: [], lindungi: dilindungi.has(key) };
      bySheet.set(key, item);
    }
    item.sel.push({ sel: r.sel, rumus: r.rumus });
  }
  return [...bySheet.values()];
}

/** The request bytes of these writes: per cell a getRange and a set, per sheet a getItem (and protection). */
export function setUlangBytes(items: SetUlang[]): number {
  return items.reduce(
    (sum, s) =>
      sum +
      (s.lindungi ? 4 : 1) * ACTION_OVERHEAD_BYTES +
      s.sel.reduce((n, c) => n + 2 * ACTION_OVERHEAD_BYTES + 2 * c.rumus.length + 50, 0),
    0
  );
}

/** Queues the writes (the last sync, after the swaps). */
export function queueSetUlang(worksheets: Excel.WorksheetCollection, items: SetUlang[]): void {
  for (const s of items) {
    const ws = worksheets.getItem(s.sheet);
    if (s.lindungi) ws.protection.unprotect();
    for (const c of s.sel) ws.getRange(c.sel).formulas = [[c.rumus]];
    if (s.lindungi) ws.protection.protect(PROTECTION_OPTIONS);
  }
}

/**
 * The one home of supersede (SheetPlan.supersedes) in Office.js: a new sheet takes the place, the
 * name and the tab position of existing sheets of ours (a refreshed IKI sheet, the stored catalog
 * saved again). Each new sheet is written under its temporary name in whichever write sync its
 * budget chunk falls; ONLY in the last write sync are the old sheets deleted and the new ones
 * renamed and moved to the old one's position, pair by pair (each pair leaves every other sheet
 * where it was), before any sheet rewritten in place (the rekap, whose formulas name the new ones).
 *
 * A failure before the last sync leaves the old sheets untouched; the clean-up deletes the new.
 * Excel does not roll a failed last sync back: settleSwaps then looks at each pair. An old sheet
 * still there keeps its place and the new one is left to the clean-up; a new sheet whose old one
 * is gone holds every typed value, so it is kept, named and placed as the old one was. Never both
 * lost, never both kept under one name.
 */
import { sheetKey } from "../template/sheet-names";
import { INSERT_TOKEN_KEY } from "./insert-token";
import { queueHideAndDelete } from "./katalog-reads";
import { isHiddenSheet, type SheetCommands } from "./sheet-commands";

import type { ExcelRunner as Runner } from "./excel-adapter";

/** A new sheet written under its temporary name, waiting to take the place of those it supersedes. */
export interface Successor {
  sheet: SheetCommands;
  temporary: string;
  /** Its id once the sync that added it succeeded. */
  id?: string;
}

/** Tab positions of the sheets as read before writing, by sheetKey of their name. */
export type Positions = Map<string, number>;

export function positionsOf(names: string[]): Positions {
  return new Map(names.map((name, i) => [sheetKey(name), i]));
}

/** The sheets out of sight, as read before writing, by sheetKey of their name. */
export type Hidden = Map<string, "Hidden" | "VeryHidden">;

export function hiddenOf(sheets: { name: string; visibility: string }[]): Hidden {
  const out: Hidden = new Map();
  for (const s of sheets)
    if (s.visibility === "Hidden" || s.visibility === "VeryHidden")
      out.set(sheetKey(s.name), s.visibility);
  return out;
}

/** The hiding a successor takes from the sheet it supersedes, beyond its plan's own; none: as planned. */
export function hidingOf(
  sheet: SheetCommands,
  hidden: Hidden
): "Hidden" | "VeryHidden" | undefined {
  // A plan very hidden (the stored catalog) is already as hidden as a sheet can be.
  return isHiddenSheet(sheet) ? undefined : hidden.get(sheetKey(sheet.supersedes?.[0] ?? ""));
}

/** Whether `old`, superseded by `sheet`, is made hidden before its delete: only a very hidden one. */
export function hiddenBeforeDelete(sheet: SheetCommands, old: string, hidden: Hidden): boolean {
  return isHiddenSheet(sheet) || hidden.get(sheetKey(old)) === "VeryHidden";
}

/**
 * Queues the swap of every successor (last write sync): the old sheets deleted (a very hidden one,
 * the stored catalog or a user's, made hidden first: Excel refuses to delete it), then the new one renamed,
 * moved to the old one's position and hidden as the old one was (unless its plan hides it more).
 * An old sheet out of sight means another is visible, so hiding the new one is allowed.
 * `proxies`: the successors added in this same request.
 */
export function queueSwaps(
  worksheets: Excel.WorksheetCollection,
  successors: Successor[],
  proxies: Map<Successor, Excel.Worksheet>,
  read: { positions: Positions; hidden: Hidden }
): void {
  for (const s of successors) {
    const ws = proxies.get(s) ?? worksheets.getItem(s.id ?? s.temporary);
    for (const old of s.sheet.supersedes ?? []) {
      queueHideAndDelete(worksheets.getItem(old), hiddenBeforeDelete(s.sheet, old, read.hidden));
    }
    ws.name = s.sheet.name;
    const at = placeOf(s, read.positions);
    if (at !== undefined) ws.position = at;
    const hiding = hidingOf(s.sheet, read.hidden);
    if (hiding) ws.visibility = hiding;
  }
}

interface Probe {
  successor: Successor;
  olds: Excel.Worksheet[];
  /** The new sheet, under its temporary name or id. */
  own: Excel.Worksheet;
  /** The sheet now under the final name, with its insert token. */
  final: Excel.Worksheet;
  token?: Excel.WorksheetCustomProperty;
}

/** What settleSwaps found: successors kept (their old sheets are gone) and those left to the clean-up. */
export interface Settled {
  kept: Successor[];
  /** Kept but not named or placed as planned (a sheet of that name remained): their names now. */
  unnamed: string[];
}

/**
 * After a failed last sync (three syncs, on the failure path only): which old sheets remain, which
 * new ones exist and under which name, then the kept ones renamed and placed in tab order.
 */
export async function settleSwaps(
  run: Runner,
  token: string,
  successors: Successor[],
  positions: Positions
): Promise<Settled> {
  return run(async (context) => {
    const worksheets = context.workbook.worksheets;
    const probes: Probe[] = successors.map((successor) => ({
      successor,
      olds: (successor.sheet.supersedes ?? []).map((n) =>
        worksheets.getItemOrNullObject(n).load("name")
      ),
      own: worksheets.getItemOrNullObject(successor.id ?? successor.temporary).load("name"),
      final: worksheets.getItemOrNullObject(successor.sheet.name).load("name"),
    }));
    await context.sync();
    for (const p of probes)
      if (!p.final.isNullObject)
        p.token = p.final.customProperties.getItemOrNullObject(INSERT_TOKEN_KEY).load("value");
    await context.sync();
    const renamed = (p: Probe) =>
      p.token !== undefined && !p.token.isNullObject && p.token.value === token;
    const oldPresent = (p: Probe, i: number) =>
      !p.olds[i].isNullObject &&
      !(renamed(p) && p.successor.sheet.supersedes?.[i] === p.successor.sheet.name);
    const kept = probes.filter((p) => p.olds.some((_, i) => !oldPresent(p, i)));
    const unnamed: string[] = [];
    kept.sort((a, b) => (at(a, positions) ?? 0) - (at(b, positions) ?? 0));
    for (const p of kept) {
      const ws = renamed(p) ? p.final : p.own;
      if (ws.isNullObject) continue; // not written: nothing of it to keep (its old one is gone too)
      if (!renamed(p) && !p.final.isNullObject) unnamed.push(p.own.name);
      else {
        ws.name = p.successor.sheet.name;
        const position = at(p, positions);
        if (position !== undefined) ws.position = position;
      }
    }
    await context.sync();
    return { kept: kept.map((p) => p.successor), unnamed };
  });
}

const at = (p: Probe, positions: Positions) => placeOf(p.successor, positions);

/**
 * Where a successor goes: the place of the first sheet it supersedes (with several, the others after
 * it are gone, so that index is still in the workbook).
 */
function placeOf(s: Successor, positions: Positions): number | undefined {
  const places = (s.sheet.supersedes ?? []).map((n) => positions.get(sheetKey(n)));
  const known = places.filter((p): p is number => p !== undefined);
  return known.length > 0 ? Math.min(...known) : undefined;
}

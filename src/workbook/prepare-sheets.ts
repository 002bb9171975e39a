/**
 * Before any write: the plans of a write (an insert, an export, the stored catalog) turned into
 * sheet commands, with the check that no planned name is taken. Nothing is written when it throws.
 */
import type { SheetPlan } from "../template/plan";
import { teks as teksTemplate } from "../template/teks";
import { takenNames } from "./insert-steps";
import { InsertError } from "./port";
import { sheetCommands, type SheetCommands } from "./sheet-commands";
import { teks, type TeksTulis } from "./teks";
import type { SetUlang } from "./rujukan-ulang";

/** What a write plans once it has read the workbook; `blame`: the jabatan a failed plan concerns. */
export interface PreparedPlans {
  plans: () => SheetPlan[];
  blame: string[];
  /** Markers to set on sheets the plans leave as they are (a lifecycle action): no plan needed then. */
  markers?: { sheet: string; value: string }[];
  /** Formulas set again after the swap (rujukan-ulang.ts). */
  setUlang?: SetUlang[];
  /** The progress and result texts of the write (a lifecycle action's); default: an insert's. */
  teks?: TeksTulis;
}

/** Plans and converts every sheet; nothing is written if a plan is unusable or a name is taken. */
export function prepareSheets(planned: PreparedPlans, before: Set<string>): SheetCommands[] {
  let plans: SheetPlan[];
  let sheets: SheetCommands[];
  try {
    plans = planned.plans();
    sheets = plans.map(sheetCommands);
  } catch (e) {
    const rincian = e instanceof Error ? e.message : String(e);
    throw new InsertError(teks.gagalMenyiapkan(rincian), planned.blame);
  }
  if (sheets.length === 0 && !planned.markers?.length)
    throw new InsertError(teksTemplate.permintaanDitolak.tidakAdaLembar);
  const taken = takenNames(sheets, before);
  if (taken.length > 0)
    throw new InsertError(
      teks.namaBentrok(taken),
      plans.filter((p) => taken.includes(p.name) && p.jabatanId).map((p) => p.jabatanId as string)
    );
  return sheets;
}

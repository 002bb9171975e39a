/**
 * Rewriting an existing sheet in place: the year's rekap, so "Buat atau perbarui rekap" updates it
 * (same sheet, position and name) instead of adding "Rekap IKI 2025 (2)". Only the rekap is ever
 * rewritten; it holds formulas over the IKI sheets and nothing a user typed, so a rewrite that fails
 * half-way loses no data: the user sees a rekap that is empty or partly written, with its marker
 * still on it (a worksheet custom property is not cleared), and running it again rewrites it whole.
 * The stored catalog is never rewritten in place: it holds data that a half-written sheet would
 * lose, so a new sheet supersedes it (SheetPlan.supersedes, insert-steps.ts).
 * Kept apart from excel-adapter.ts's write(): the adapter only calls these helpers.
 */
import { sheetKey } from "../template/sheet-names";
import { errorCode } from "./error-code";
import { teks } from "./teks";
import { InsertError } from "./port";

/** What clearing a sheet in place needs to know of it: its charts and whether it is protected. */
export interface SheetReads {
  charts: Excel.ChartCollection;
  protection: Excel.WorksheetProtection;
}

/** The reads of each sheet, by sheetKey of its name (Excel compares sheet names without case). */
export type InPlaceReads = Map<string, SheetReads>;

/**
 * Queues, in the same sync as the marker reads, a read of each sheet's charts and protection:
 * Office.js can delete a chart only through a proxy to it, and the rekap's old chart must go
 * before the new one is added; a protected rekap ("Kunci rumus") refuses the clear until it is
 * unprotected, and unprotect() on a sheet that is not protected has been seen to fail with
 * AccessDenied (office-js #6784), so it is called only when the sheet is protected.
 */
export function queueInPlaceReads(sheets: Excel.Worksheet[]): InPlaceReads {
  return new Map(
    sheets.map((s) => [
      sheetKey(s.name),
      { charts: s.charts.load("items/name"), protection: s.protection.load("protected") },
    ])
  );
}

/**
 * Queues the clearing of an existing sheet, before a plan is written into it as into a new sheet:
 * its protection (the plan protects it again, last), charts, conditional formats, validations,
 * merges, contents, formats and hyperlinks ("All"), and row heights and column widths back to the
 * standard (Range.clear leaves those).
 */
export function queueClearSheet(ws: Excel.Worksheet, reads: SheetReads | undefined) {
  if (reads?.protection.protected) ws.protection.unprotect();
  const charts = reads?.charts;
  // Last first: a listed chart may be addressed by its position (getItemAt) when Excel gives no
  // id, and deleting the first would shift the others under their proxies.
  for (const chart of [...(charts?.items ?? [])].reverse()) chart.delete();
  const all = ws.getRange();
  all.conditionalFormats.clearAll();
  all.dataValidation.clear();
  all.unmerge();
  all.clear("All");
  all.format.useStandardHeight = true;
  all.format.useStandardWidth = true;
}

/**
 * Activates a sheet by name in its own run (two syncs); an InsertError (Bahasa Indonesia) when it is
 * gone or Excel refuses, with Excel's code.
 */
export async function activateByName(
  run: <R>(batch: (context: Excel.RequestContext) => Promise<R>) => Promise<R>,
  name: string
): Promise<void> {
  try {
    await run(async (context) => {
      const sheet = context.workbook.worksheets.getItemOrNullObject(name);
      sheet.load("name");
      await context.sync();
      if (sheet.isNullObject) throw new InsertError(teks.lembarTidakAda(name));
      sheet.activate();
      await context.sync();
    });
  } catch (e) {
    if (e instanceof InsertError) throw e;
    throw new InsertError(teks.gagalMembukaLembar(name, errorCode(e)));
  }
}

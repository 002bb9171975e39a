/**
 * Rewriting an existing sheet in place: the year's rekap, so "Buat atau perbarui rekap" updates it
 * (same sheet, position and name) instead of adding "Rekap IKI 2025 (2)". Only the rekap is ever
 * rewritten; it holds formulas over the IKI sheets and nothing a user typed, so a rewrite that fails
 * half-way loses no data: the user sees a rekap that is empty or partly written, with its marker
 * still on it (a worksheet custom property is not cleared), and running it again rewrites it whole.
 * Kept apart from excel-adapter.ts's write(): the adapter only calls these helpers.
 */
import { MARKER_KEY, findIkiSheetsOfYear, type ExistingSheet } from "../template";
import type { IkiSheetOfYear } from "../template/workbook-plan";
import { teks } from "./teks";
import { InsertError } from "./port";

/** The charts of each sheet, by lower-cased name (Excel compares sheet names without case). */
export type SheetCharts = Map<string, Excel.ChartCollection>;

/**
 * Queues, in the same sync as the marker reads, a read of each sheet's charts: Office.js can delete
 * a chart only through a proxy to it, and the rekap's old chart must go before the new one is added.
 */
export function queueChartReads(sheets: Excel.Worksheet[]): SheetCharts {
  return new Map(sheets.map((s) => [s.name.toLowerCase(), s.charts.load("items/name")]));
}

/**
 * Queues the clearing of an existing sheet, before a plan is written into it as into a new sheet:
 * charts, conditional formats, validations, merges, contents, formats and hyperlinks ("All"), and
 * row heights and column widths back to the standard (Range.clear leaves those).
 */
export function queueClearSheet(ws: Excel.Worksheet, charts: Excel.ChartCollection | undefined) {
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
 * Runs a read or an activation for the port, with its failures as InsertErrors in Bahasa Indonesia
 * (`sheet`: the sheet being opened, when activating).
 */
export async function inPlaceRun<T>(
  run: <R>(batch: (context: Excel.RequestContext) => Promise<R>) => Promise<R>,
  batch: (context: Excel.RequestContext) => Promise<T>,
  sheet?: string
): Promise<T> {
  try {
    return await run(batch);
  } catch (e) {
    if (e instanceof InsertError) throw e;
    const code = (e as { code?: unknown } | null)?.code;
    const kode = typeof code === "string" && code !== "" ? code : "tidak diketahui";
    throw new InsertError(
      sheet === undefined ? teks.gagalMembaca(kode) : teks.gagalMembukaLembar(sheet, kode)
    );
  }
}

/** The IKI sheets of a year for these jabatan: two syncs (names, then each sheet's marker). */
export async function readIkiSheetsOfYear(
  context: Excel.RequestContext,
  tahun: number,
  jabatanIds: string[],
  markerKey = MARKER_KEY
): Promise<IkiSheetOfYear[]> {
  const worksheets = context.workbook.worksheets;
  worksheets.load("items/name");
  await context.sync();
  const markers = worksheets.items.map((s) =>
    s.customProperties.getItemOrNullObject(markerKey).load("value")
  );
  await context.sync();
  const existing: ExistingSheet[] = worksheets.items.map((s, i) =>
    markers[i].isNullObject ? { name: s.name } : { name: s.name, marker: markers[i].value }
  );
  return findIkiSheetsOfYear(existing, tahun, jabatanIds);
}

/** Activates a sheet by name; an InsertError (Bahasa Indonesia) when it is gone. Two syncs. */
export async function activateByName(context: Excel.RequestContext, name: string): Promise<void> {
  const sheet = context.workbook.worksheets.getItemOrNullObject(name);
  sheet.load("name");
  await context.sync();
  if (sheet.isNullObject) throw new InsertError(teks.lembarTidakAda(name));
  sheet.activate();
  await context.sync();
}

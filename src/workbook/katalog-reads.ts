/**
 * The Office.js reads and the removal behind the port's catalog actions (excel-adapter.ts): the
 * workbook's stored catalog sheet, and the values of the sheets of the catalog layout for an import.
 * Values only, and only of the sheets wanted: a workbook of a whole dinas holds thousands of cells
 * the import does not need.
 */
import type { SheetValues } from "../catalog/tabel/types";
import { isNamaKatalogTersimpan, isTandaKatalogTersimpan } from "../template/sheet-keys";
import type { ExistingSheet } from "../template/workbook-plan";

import type { ExcelRunner as Runner } from "./excel-adapter";

/** The used range's values of one sheet, Office.js `values` as the import reads them. */
function queueValues(sheet: Excel.Worksheet): Excel.Range {
  return sheet.getUsedRange(true).load("values");
}

/**
 * Queues the read of A1 of each sheet named as the stored catalog (isNamaKatalogTersimpan); after
 * the sync, `signed` says which are ours. Nothing queued (and no sync needed) when none is so named.
 */
export function queueSignatures(items: Excel.Worksheet[]): {
  candidates: Excel.Worksheet[];
  signed: () => Excel.Worksheet[];
} {
  const candidates = items.filter((s) => isNamaKatalogTersimpan(s.name));
  const a1 = candidates.map((s) => s.getRange("A1").load("values"));
  const signed = () => candidates.filter((_, i) => isTandaKatalogTersimpan(a1[i].values[0][0]));
  return { candidates, signed };
}

/**
 * Excel refuses to delete a veryHidden sheet (InvalidOperation): it is made hidden first, in the
 * same request (visibility, then delete). `hide` false: a sheet not very hidden, deleted as it is.
 */
export function queueHideAndDelete(sheet: Excel.Worksheet, hide = true): void {
  if (hide) sheet.visibility = "Hidden";
  sheet.delete();
}

/** The sheets' names (one sync), in workbook order. */
async function sheetItems(context: Excel.RequestContext): Promise<Excel.Worksheet[]> {
  const worksheets = context.workbook.worksheets.load("items/name");
  await context.sync();
  return worksheets.items;
}

/**
 * The values of the sheets named as the stored catalog, in workbook order (readStoredCatalog takes
 * the signed ones). One sync (the names) when there is none, two with one: A1 and the used range
 * of each. A sheet whose A1 is not the signature is the user's: its values are not passed on.
 */
export async function readStoredSheets(run: Runner): Promise<SheetValues[]> {
  return run(async (context) => {
    const { candidates, signed } = queueSignatures(await sheetItems(context));
    if (candidates.length === 0) return [];
    const used = candidates.map(queueValues);
    await context.sync();
    const ours = new Set(signed());
    return candidates.map((s, i) => ({ name: s.name, values: ours.has(s) ? used[i].values : [] }));
  });
}

/**
 * Removes the stored catalog: only the sheets named as it and signed in A1 (a user's sheet of that
 * name stays). A veryHidden sheet cannot be deleted (InvalidOperation), so each is made hidden
 * first, in the same request. One sync without a candidate, two when none is signed, else three;
 * resolves to how many were removed.
 */
export async function removeStoredSheets(run: Runner): Promise<number> {
  return run(async (context) => {
    const { candidates, signed } = queueSignatures(await sheetItems(context));
    if (candidates.length === 0) return 0;
    await context.sync();
    const ours = signed();
    if (ours.length === 0) return 0;
    for (const sheet of ours) queueHideAndDelete(sheet);
    await context.sync();
    return ours.length;
  });
}

/**
 * After a failed save, the stored sheets the new one was to supersede are made very hidden again:
 * the failure may have come between their hiding and their delete (insert-steps.ts). Two syncs,
 * on the failure path only: which are still there, then their visibility.
 */
export async function rehideSuperseded(run: Runner, names: string[]): Promise<void> {
  if (names.length === 0) return;
  await run(async (context) => {
    const sheets = names.map((n) =>
      context.workbook.worksheets.getItemOrNullObject(n).load("name")
    );
    await context.sync();
    for (const sheet of sheets) if (!sheet.isNullObject) sheet.visibility = "VeryHidden";
    await context.sync();
  });
}

/**
 * The sheets of the catalog layout (`wanted`: by name, or by marker with an empty name). Two syncs, values in the
 * second: names, then markers and the values of the sheets named as a table; a third only for a
 * marked sheet under another name.
 */
export async function readLayoutSheets(
  run: Runner,
  markerKey: string,
  wanted: (sheet: ExistingSheet) => boolean
): Promise<{ sheets: SheetValues[]; existing: ExistingSheet[] }> {
  return run(async (context) => {
    const items = await sheetItems(context);
    const markers = items.map((s) =>
      s.customProperties.getItemOrNullObject(markerKey).load("value")
    );
    const named = (s: Excel.Worksheet) => wanted({ name: s.name });
    const byName = items.map((s) => (named(s) ? queueValues(s) : undefined));
    await context.sync();
    const marked = (i: number) =>
      !markers[i].isNullObject && wanted({ name: "", marker: markers[i].value });
    const late = items.map((s, i) => (!byName[i] && marked(i) ? queueValues(s) : undefined));
    // Only when a marked layout sheet was renamed: its values were not in the first read.
    if (late.some((r) => r)) await context.sync();
    const sheets: SheetValues[] = [];
    const existing: ExistingSheet[] = [];
    items.forEach((s, i) => {
      const range = byName[i] ?? late[i];
      if (!range) return;
      sheets.push({ name: s.name, values: range.values });
      existing.push(
        markers[i].isNullObject ? { name: s.name } : { name: s.name, marker: markers[i].value }
      );
    });
    return { sheets, existing };
  });
}

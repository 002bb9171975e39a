/**
 * The Office.js reads and the removal behind the port's catalog actions (excel-adapter.ts): the
 * workbook's stored catalog sheet, and the values of the sheets of the catalog layout for an import.
 * Values only, and only of the sheets wanted: a workbook of a whole dinas holds thousands of cells
 * the import does not need.
 */
import type { SheetValues } from "../catalog/tabel/types";
import type { ExistingSheet } from "../template/workbook-plan";

type Runner = <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;

/** The used range's values of one sheet, Office.js `values` as the import reads them. */
function queueValues(sheet: Excel.Worksheet): Excel.Range {
  return sheet.getUsedRange(true).load("values");
}

/**
 * The stored catalog sheet's values, or undefined when the workbook has none. Two syncs: whether
 * it exists (a null object), then its values (a used range of a missing sheet would fail the read).
 */
export async function readNamedSheet(run: Runner, name: string): Promise<SheetValues | undefined> {
  return run(async (context) => {
    const sheet = context.workbook.worksheets.getItemOrNullObject(name).load("name");
    await context.sync();
    if (sheet.isNullObject) return undefined;
    const range = queueValues(sheet);
    await context.sync();
    return { name: sheet.name, values: range.values };
  });
}

/**
 * Removes a sheet when present; a veryHidden sheet cannot be deleted (InvalidOperation), so it is
 * made hidden first, in the same request. Two syncs; resolves to whether it was there.
 */
export async function removeNamedSheet(run: Runner, name: string): Promise<boolean> {
  return run(async (context) => {
    const sheet = context.workbook.worksheets.getItemOrNullObject(name).load("name");
    await context.sync();
    if (sheet.isNullObject) return false;
    sheet.visibility = "Hidden";
    sheet.delete();
    await context.sync();
    return true;
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
    const worksheets = context.workbook.worksheets;
    worksheets.load("items/name");
    await context.sync();
    const items = worksheets.items;
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

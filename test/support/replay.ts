/**
 * Replays one sheet's commands on a fresh fake workbook through the adapter's own queueSheet, so
 * two command lists for the same plan can be compared by the sheet they leave behind.
 */
import { queueSheet } from "../../src/workbook/queue-sheet";
import type { SheetCommands } from "../../src/workbook/sheet-commands";
import { FakeExcel, type FakeSheet } from "./fake-excel";

export async function replay(sheet: SheetCommands): Promise<FakeSheet> {
  const fake = new FakeExcel({ sheets: [{ name: "Sheet1" }] });
  await fake.run(async (context) => {
    queueSheet(context.workbook.worksheets, sheet);
    await context.sync();
  });
  const result = fake.sheet(sheet.name);
  if (!result) throw new Error(`sheet ${sheet.name} was not written`);
  return result;
}

/**
 * What a sheet holds, without the order its formats were written in or its merges were made (both
 * lists sorted): cells, number formats, per-cell formats, border lines, merged areas, and the rest.
 */
export function sheetState(
  sheet: FakeSheet
): Omit<FakeSheet, "formats" | "merges" | "id"> & { formats: string[]; merges: string[] } {
  const rest: Partial<FakeSheet> = { ...sheet };
  delete rest.id; // ids differ between two replays by design
  return {
    ...(rest as Omit<FakeSheet, "id">),
    formats: sheet.formats.map((f) => JSON.stringify(f)).sort(),
    merges: [...sheet.merges].sort(),
  };
}

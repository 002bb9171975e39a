/** Checks Excel would make of the commands of a sheet: A1 addresses that parse, arrays the size of their range. */
import { rangeSize, requireA1 } from "../../src/workbook/a1";
import { commandArray, type SheetCommand } from "../../src/workbook/sheet-commands";

export function expectWellFormed(commands: SheetCommand[]): void {
  for (const c of commands) {
    if ("address" in c) expect(() => requireA1(c.address)).not.toThrow();
    const array = commandArray(c);
    if (array) {
      const { rows, columns } = rangeSize(requireA1(array.address));
      expect(array.values).toHaveLength(rows);
      for (const row of array.values) expect(row).toHaveLength(columns);
    }
  }
}

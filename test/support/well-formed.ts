/** Checks Excel would make of the commands of a sheet: A1 addresses that parse, arrays the size of their range. */
import { rangeSize, requireA1 } from "../../src/template/a1";
import { AREA_SEPARATOR, MAX_AREAS_ADDRESS_LENGTH } from "../../src/workbook/format-groups";
import { commandArray, type SheetCommand } from "../../src/workbook/sheet-commands";

export function expectWellFormed(commands: SheetCommand[]): void {
  for (const c of commands) {
    if (c.kind === "formatAreas") {
      expect(c.address.length).toBeLessThanOrEqual(MAX_AREAS_ADDRESS_LENGTH);
      for (const area of c.address.split(AREA_SEPARATOR))
        expect(() => requireA1(area)).not.toThrow();
    } else if ("address" in c) expect(() => requireA1(c.address)).not.toThrow();
    const array = commandArray(c);
    if (array) {
      const { rows, columns } = rangeSize(requireA1(array.address));
      expect(array.values).toHaveLength(rows);
      for (const row of array.values) expect(row).toHaveLength(columns);
    }
  }
}

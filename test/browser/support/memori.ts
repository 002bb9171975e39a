/** What the tests of the preview's port look at on its in-memory workbook. */
import type { Isi } from "../../../src/lifecycle/types";
import type { MemoryWorkbookPort } from "../../../src/preview/memory-port";

/** The cell as an Isi (what the lifecycle compares): its formula, else its value; empty: undefined. */
export function isiDi(port: MemoryWorkbookPort, sheet: string, a1: string): Isi | undefined {
  const formula = port.workbook.getFormula(sheet, a1);
  if (formula !== undefined) return { rumus: formula };
  const v = port.workbook.getValue(sheet, a1);
  return v === null || v === "" ? undefined : { nilai: v as string | number };
}

/** The error values a sheet computes ("#REF!", "#VALUE!"...). */
export function galatDi(port: MemoryWorkbookPort, sheet: string): unknown[] {
  return port.workbook
    .values(sheet)
    .flat()
    .filter((v) => typeof v === "string" && v.startsWith("#"));
}

/**
 * Supersede in the in-memory workbook (the preview's sink): the new sheet takes the old one's name,
 * place and hiding (a sheet here is out of sight only as its plan made it: very hidden).
 */
import { MemoryWorkbook } from "../../src/preview/memory-workbook";
import { cliPlans } from "../xlsx/dasar-support";

test("a sheet superseding a very hidden one stays very hidden, in its place; a visible one stays visible", () => {
  const [satu, dua] = cliPlans();
  const wb = new MemoryWorkbook();
  wb.addSheet("Lembar1");
  wb.apply([satu, { ...dua, visibility: "veryHidden" }]);
  expect(wb.visibleSheetNames()).toEqual(["Lembar1", satu.name]);
  wb.apply([
    { ...dua, supersedes: [dua.name] },
    { ...satu, supersedes: [satu.name] },
  ]);
  expect(wb.sheetNames()).toEqual(["Lembar1", satu.name, dua.name]);
  expect(wb.decoration(dua.name)?.visibility).toBe("veryHidden");
  expect(wb.visibleSheetNames()).toEqual(["Lembar1", satu.name]);
});

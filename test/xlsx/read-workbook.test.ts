/**
 * readXlsxWorkbook (src/xlsx/read-workbook.ts): a CLI-made workbook reads back as its plans say,
 * cell by cell (formulas as "=" + text, values as the cached results, the IKI-DINSOS marker,
 * visibility, protection); writing it again with itself as `dasar` changes none of that.
 */
import JSZip from "jszip";
import type { SheetPlan } from "../../src/template/plan";
import { computeResults } from "../../src/xlsx/cached-values";
import { XlsxTidakTerbaca } from "../../src/xlsx/read-sheets";
import { readXlsxWorkbook } from "../../src/xlsx/read-workbook";
import type { LembarXlsx } from "../../src/xlsx/sheet-read";
import { teks } from "../../src/xlsx/teks";
import { writeXlsx } from "../../src/xlsx/write-workbook";
import { CREATED, at, cliFile, cliPlans } from "./dasar-support";

/** Every cell of the plan against the read sheet; returns the formula cells compared. */
function checkAgainstPlan(plan: SheetPlan, read: LembarXlsx, results = computeResults([plan])) {
  let formulas = 0;
  const wrong: string[] = [];
  plan.cells.forEach((row, r) =>
    row.forEach((cell, c) => {
      const f = at(read.formulas, r, c);
      const v = at(read.values, r, c);
      if (cell !== null && typeof cell === "object") {
        formulas++;
        const cached = results(plan.name, r + 1, c);
        const expected =
          cached === undefined ? null : typeof cached === "object" ? cached.error : cached;
        if (f !== cell.formula || v !== expected)
          wrong.push(`${plan.name} ${r + 1}:${c} ${String(f)} ${String(v)} vs ${cell.formula}`);
      } else {
        const expected = cell === "" ? null : cell;
        if (f !== expected || v !== expected) wrong.push(`${plan.name} ${r + 1}:${c} ${String(f)}`);
      }
    })
  );
  expect(wrong.slice(0, 5)).toEqual([]);
  return formulas;
}

describe("readXlsxWorkbook", () => {
  const plans = cliPlans();
  let bytes: Uint8Array;
  let sheets: LembarXlsx[];
  beforeAll(async () => {
    bytes = await cliFile(plans);
    sheets = await readXlsxWorkbook(bytes);
  });

  it("reads every sheet of a CLI-made workbook as its plan: formulas, values, marker, visibility", () => {
    expect(sheets.map((s) => s.name)).toEqual(plans.map((p) => p.name));
    const results = computeResults(plans);
    let formulas = 0;
    plans.forEach((plan, i) => {
      const read = sheets[i];
      expect(read.marker).toBe(plan.marker.value);
      expect(read.visibility).toBe(plan.visibility ?? "visible");
      expect(read.terkunci).toBe(plan.protect);
      formulas += checkAgainstPlan(plan, read, results);
    });
    expect(formulas).toBeGreaterThan(50);
  });

  it("reads the IKI-mode formulas too (text of IKI.* calls, array formulas)", async () => {
    const iki = cliPlans("iki").slice(0, 1);
    const read = await readXlsxWorkbook(
      await writeXlsx(iki, { results: () => undefined, created: CREATED })
    );
    const ikiCells = read[0].formulas.flat().filter((f) => String(f).startsWith("=IKI."));
    expect(ikiCells.length).toBeGreaterThan(3);
    // No cached results: a formula with no result reads as an empty value, still a formula.
    checkAgainstPlan(iki[0], read[0], () => undefined);
  });

  it("writing the file again with itself as dasar and no plan keeps every cell, marker and state", async () => {
    const { bytes: out, hilang } = await writeXlsx([], { dasar: bytes, created: CREATED });
    expect(hilang).toEqual([]);
    expect(await readXlsxWorkbook(out)).toEqual(sheets);
  });

  it("reads a protected sheet as terkunci, whichever way the xml says it, and keeps it so", async () => {
    // Sheets written unprotected (Kunci rumus off), then the first one protected by hand.
    const zip = await JSZip.loadAsync(await cliFile(cliPlans("native", false)));
    const part = "xl/worksheets/sheet1.xml";
    const xml = (await zip.file(part)?.async("string")) as string;
    const protect = (flag: string) =>
      xml.replace("<sheetData", `<sheetProtection sheet="${flag}"/><sheetData`);
    for (const flag of ["1", "true"]) {
      zip.file(part, protect(flag));
      const dasar = await zip.generateAsync({ type: "uint8array" });
      const read = await readXlsxWorkbook(dasar);
      expect([flag, read[0].terkunci, read[1].terkunci]).toEqual([flag, true, undefined]);
      // Kept through a write from it, however ExcelJS read the flag.
      const out = await readXlsxWorkbook((await writeXlsx([], { dasar })).bytes);
      expect([flag, out[0].terkunci, out[1].terkunci]).toEqual([flag, true, undefined]);
    }
  });

  it("refuses what is not an .xlsx with the reason in Bahasa Indonesia", async () => {
    const error = await readXlsxWorkbook(new Uint8Array([1, 2, 3])).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(XlsxTidakTerbaca);
    expect((error as Error).message).toBe(teks.tidakTerbaca.bukanXlsx);
  });
});

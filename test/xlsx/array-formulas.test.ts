/**
 * IKI-mode formulas pass IF(range="","",range) to a function; in a file they are one-cell array
 * formulas, or Excel would read them as pre-dynamic-array formulas and cut the range to one cell.
 */

import { builtInCatalog } from "../../src/catalog";
import JSZip from "jszip";
import { catalog } from "../support/builtin-catalog";
import { needsArrayEvaluation, planWorkbook } from "../../src/template";
import { cell } from "../../src/template/a1";
import { computeResults } from "../../src/xlsx/cached-values";
import { cellValue } from "../../src/xlsx/cell-value";
import { writeXlsx } from "../../src/xlsx/write-workbook";
import { options } from "../template/support";
import { readResult, readWorkbook } from "./support";

describe("array formulas in the file", () => {
  it("cellValue marks only a formula comparing a range, with its own cell as ref", () => {
    const f = '=IKI.KUMULATIF(IF(H21:K21="","",H21:K21))';
    expect(needsArrayEvaluation(f)).toBe(true);
    expect(needsArrayEvaluation('=IKI.CAPAIAN(IF(M21="","",M21),IF(G21="","",G21))')).toBe(false);
    expect(needsArrayEvaluation('=IF(H21="","",SUM(H21:K21))')).toBe(false);
    expect(cellValue({ formula: f }, 5, "L21")).toEqual({
      formula: f.slice(1),
      result: 5,
      shareType: "array",
      ref: "L21",
    });
    expect(cellValue({ formula: f }, 5)).toEqual({ formula: f.slice(1), result: 5 });
  });

  it("an IKI-mode sheet stores its range formulas as t=array over their own cell, results kept", async () => {
    const jabatan = catalog.jabatan.filter((j) => j.indikator.length > 0).slice(0, 2);
    const plans = planWorkbook({
      katalog: builtInCatalog,
      jabatan,
      options: options({ mode: "iki" }),
      rekap: true,
      existing: [],
    });
    const results = computeResults(plans);
    const bytes = await writeXlsx(plans, { results });
    const zip = await JSZip.loadAsync(bytes);
    const wb = await readWorkbook(bytes);
    let larik = 0;
    for (const [i, plan] of plans.entries()) {
      const xml = await zip.file(`xl/worksheets/sheet${i + 1}.xml`)!.async("string");
      const ws = wb.getWorksheet(plan.name)!;
      plan.cells.forEach((row, r) =>
        row.forEach((c, col) => {
          if (c === null || typeof c !== "object" || !needsArrayEvaluation(c.formula)) return;
          larik++;
          const at = cell(r + 1, col);
          expect(xml).toContain(`<c r="${at}"`);
          expect(xml).toMatch(new RegExp(`<c r="${at}"[^>]*><f t="array" ref="${at}">`));
          expect(readResult(ws.getCell(at))).toBe("");
        })
      );
    }
    // Realisasi of every indicator, and the rekap's mean of each sheet with several indicators (a
    // one-row mean refers to one cell, which needs no array).
    const indikator = jabatan.reduce((n, j) => n + j.indikator.length, 0);
    expect(larik).toBe(indikator + jabatan.filter((j) => j.indikator.length > 1).length);
  });
});

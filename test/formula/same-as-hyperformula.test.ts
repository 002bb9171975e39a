/**
 * The command line's formula evaluator (src/formula) gives HyperFormula's results cell for cell, over
 * every real plan (every jabatan, the synthetic one and the rekap), both formula modes, both predikat
 * scales, with generated inputs: blank rows, partial years, zeros, huge and tiny values, band edges.
 */
import fc from "fast-check";
import { isIkiError } from "../../src/capaian";
import { FormulaWorkbook } from "../../src/formula/workbook";
import type { Scalar } from "../../src/formula/values";
import type { MemoryValue } from "../../src/preview/memory-workbook";
import { cell } from "../../src/template";
import { blokInput, isi, KOSONG, runs, workbook } from "../template/plans";
import { MODES, SKALA } from "../template/support";

type Sama = number | string | boolean | null | { error: string };

const dariHyperFormula = (v: MemoryValue): Sama =>
  v !== null && typeof v === "object" ? { error: v.error } : v;
const dariEvaluator = (v: Scalar): Sama => (isIkiError(v) ? { error: v.code } : v);

describe.each(MODES)("mode %s", (mode) => {
  describe.each(SKALA)("skala %s", (skala) => {
    const { wb, blok, plans } = workbook(mode, skala, {}, true);
    const evaluator = new FormulaWorkbook(plans);
    const rumus = plans.flatMap((p) =>
      p.cells.flatMap((row, i) =>
        row.flatMap((c, col) =>
          c !== null && typeof c === "object" ? [{ sheet: p.name, row: i + 1, col }] : []
        )
      )
    );

    /** The first differences, as readable lines. */
    function beda(): string[] {
      const out: string[] = [];
      for (const r of rumus) {
        const hf = dariHyperFormula(wb.getValue(r.sheet, cell(r.row, r.col)));
        const own = dariEvaluator(evaluator.value(r.sheet, r.row - 1, r.col));
        const same =
          typeof hf === "number" ? Object.is(hf, own) : JSON.stringify(hf) === JSON.stringify(own);
        if (!same && out.length < 5)
          out.push(
            `${r.sheet}!${cell(r.row, r.col)}: HyperFormula ${JSON.stringify(hf)}, evaluator ${JSON.stringify(own)}`
          );
      }
      return out;
    }

    it("covers the rekap and thousands of formula cells", () => {
      expect(plans.some((p) => p.kind === "rekap")).toBe(true);
      expect(rumus.length).toBeGreaterThan(1000);
    });

    it("gives the same results for the empty template", () => {
      wb.batch(() => blok.forEach((b) => isi(wb, b, KOSONG)));
      blok.forEach((b) => isi(evaluator, b, KOSONG));
      expect(beda()).toEqual([]);
    });

    it("gives the same results for generated inputs", () => {
      fc.assert(
        fc.property(
          fc.array(blokInput, { minLength: blok.length, maxLength: blok.length }),
          (inputs) => {
            wb.batch(() => blok.forEach((b, i) => isi(wb, b, inputs[i])));
            blok.forEach((b, i) => isi(evaluator, b, inputs[i]));
            expect(beda()).toEqual([]);
          }
        ),
        runs(12, 20261130 + (mode === "native" ? 1 : 0) + (skala === "permenpan" ? 2 : 0))
      );
    });
  });
});

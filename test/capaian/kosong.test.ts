/**
 * The template's blank guard IF(ref="","",ref) hands the functions "" where a cell is empty, in
 * ranges and in scalar arguments: every function must read "" exactly as it reads a blank (null).
 */
import fc from "fast-check";
import * as iki from "../../src/capaian";

const nilai = fc.oneof(
  { weight: 3, arbitrary: fc.constant(null) },
  { weight: 1, arbitrary: fc.constant(0) },
  { weight: 3, arbitrary: fc.integer({ min: 0, max: 150 }) },
  { weight: 1, arbitrary: fc.constantFrom(90.995, 90.994, 100.5) }
);
const baris = fc.array(nilai, { minLength: 1, maxLength: 4 }).map((r) => [r]);
const satu = nilai.map((v) => [[v]]);
const skala = fc.constantFrom<unknown>(null, [[null]], "permenpan", [
  [91, "A"],
  [null, null],
  [0, "B"],
]);

/** The same argument with every null as "" (what IF(ref="","",ref) passes for an empty cell). */
function teksKosong(v: unknown): unknown {
  if (v === null) return "";
  return Array.isArray(v) ? v.map(teksKosong) : v;
}

const hasil = (v: unknown) => (v instanceof iki.IkiError ? { error: v.code, pesan: v.message } : v);

function sama(f: (...args: unknown[]) => unknown, args: unknown[]): void {
  expect(hasil(f(...args.map(teksKosong)))).toEqual(hasil(f(...args)));
}

describe('"" reads as a blank in every argument', () => {
  it.each([
    ["persen", iki.persen],
    ["penurunan", iki.penurunan],
  ])("%s", (_n, f) => {
    fc.assert(
      fc.property(baris, baris, (a, b) => sama(f, [a, b])),
      { seed: 1, numRuns: 2000 }
    );
  });
  it("capaian, with the polaritas blank too", () => {
    fc.assert(
      fc.property(satu, satu, fc.constantFrom(null, "negatif"), (r, t, p) =>
        sama(iki.capaian, [r, t, p])
      ),
      { seed: 2, numRuns: 2000 }
    );
  });
  it("kumulatif and nilaiAkhir, with sampaiTriwulan blank too", () => {
    fc.assert(
      fc.property(baris, fc.constantFrom(null, 1), (tw, s) => {
        sama(iki.kumulatif, [tw, s]);
        sama(iki.nilaiAkhir, [tw, s]);
      }),
      { seed: 3, numRuns: 2000 }
    );
  });
  it("predikat, nilai and rata", () => {
    fc.assert(
      fc.property(satu, skala, baris, (c, s, r) => {
        sama(iki.predikat, [c, s]);
        sama(iki.nilai, [c]);
        sama(iki.rata, [r]);
      }),
      { seed: 4, numRuns: 2000 }
    );
  });
});

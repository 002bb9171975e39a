import {
  IkiError,
  labelOn,
  predikat,
  readScale,
  roundPercent,
  snapNoise,
  SKALA_LIMA,
  SKALA_PERMENPAN,
} from "../../src/capaian";
import { errorCell } from "../support/cells";

const code = (v: unknown) => (v instanceof IkiError ? v.code : v);

describe("roundPercent (as Excel ROUND(x; 0))", () => {
  it.each([
    [98.4, 98],
    [98.5, 99],
    [99.5, 100],
    [100.49, 100],
    [100.5, 101],
    [-0.5, -1],
    [-0.4, 0],
    [0.985 * 100, 99],
    [(197 / 200) * 100, 99],
    [1e20, 1e20],
  ])("%p -> %p", (c, r) => {
    expect(roundPercent(c)).toBe(r);
  });
  it("snaps binary noise just below .5", () => {
    expect(roundPercent(98.49999999999999)).toBe(99);
    expect(roundPercent(98.4999)).toBe(98);
  });
  it("never returns -0", () => {
    expect(Object.is(roundPercent(-0.2), 0)).toBe(true);
  });
});

describe("five-level scale, half-open on the capaian as shown (2 decimals)", () => {
  it.each([
    [150, "Sangat Baik"],
    [100, "Sangat Baik"],
    [91, "Sangat Baik"],
    [90.99, "Baik"],
    [90.6, "Baik"],
    [76, "Baik"],
    [75.99, "Cukup"],
    [66, "Cukup"],
    [65.5, "Kurang"],
    [51, "Kurang"],
    [50.99, "Sangat Kurang"],
    [50, "Sangat Kurang"],
    [0, "Sangat Kurang"],
    [-20, "Sangat Kurang"],
  ])("%p -> %p", (c, label) => {
    expect(predikat(c)).toBe(label);
    expect(labelOn(SKALA_LIMA, c)).toBe(label);
  });
});

describe("binary noise", () => {
  it("does not push a capaian meant as a band edge below it", () => {
    const c = ((0.3 + 0.61) / 1) * 100; // 90.99999999999999
    expect(c).toBeLessThan(91);
    expect(predikat(c)).toBe("Sangat Baik");
    expect(
      predikat(c, [
        [91, "A"],
        [0, "B"],
      ])
    ).toBe("A");
    expect(snapNoise(c)).toBe(91);
    expect(snapNoise(90.9999)).toBe(90.9999);
    expect(snapNoise(1e300)).toBe(1e300);
  });
});

describe("PermenPANRB 8/2021 categories, on capaian rounded to a whole percent", () => {
  it.each([
    [120, "Sangat Baik"],
    [110.6, "Sangat Baik"],
    [105, "Sangat Baik"],
    [101, "Sangat Baik"],
    [100.5, "Sangat Baik"],
    [100.4, "Baik"],
    [100, "Baik"],
    [99.5, "Baik"],
    [99.4, "Cukup"],
    [98, "Cukup"],
    [80, "Cukup"],
    [79.5, "Cukup"],
    [79, "Kurang"],
    [60, "Kurang"],
    [59.4, "Sangat Kurang"],
    [0, "Sangat Kurang"],
    [-5, "Sangat Kurang"],
  ])("%p -> %p", (c, label) => {
    expect(predikat(c, "permenpan")).toBe(label);
    expect(labelOn(SKALA_PERMENPAN, c)).toBe(label);
  });
  it("accepts the keyword in several spellings, in a cell too", () => {
    for (const k of ["PermenPAN", "permenpan-rb", "PermenPANRB 8/2021", " permenpan "])
      expect(predikat(100, k)).toBe("Baik");
    expect(predikat(100, [["permenpan"]])).toBe("Baik");
  });
});

describe("predikat arguments", () => {
  it("gives '' for a blank or '' capaian (an unfilled row)", () => {
    expect(predikat("")).toBe("");
    expect(predikat([[null]])).toBe("");
    expect(predikat(null, "permenpan")).toBe("");
  });
  it("reads a 1x1 range and the default scale names", () => {
    expect(predikat([[95]])).toBe("Sangat Baik");
    expect(predikat(95, "lkjip")).toBe("Sangat Baik");
    expect(predikat(95, [[null]])).toBe("Sangat Baik");
    expect(predikat(95, [])).toBe("Sangat Baik");
    expect(predikat(95, "")).toBe("Sangat Baik");
  });
  it("refuses text capaian, several cells, unknown scale names", () => {
    expect(code(predikat("90%"))).toBe("#VALUE!");
    expect(code(predikat(true))).toBe("#VALUE!");
    expect(code(predikat([[90, 80]]))).toBe("#VALUE!");
    const e = predikat(90, "bappenas") as IkiError;
    expect(e.code).toBe("#VALUE!");
    expect(e.message).toContain('"permenpan"');
    expect(code(predikat(90, 5))).toBe("#VALUE!");
    expect(code(predikat(90, [[1, 2, 3]]))).toBe("#VALUE!");
    expect(code(predikat(NaN))).toBe("#NUM!");
  });
  it("propagates error cells in capaian and skala", () => {
    expect(code(predikat(errorCell("#DIV/0!")))).toBe("#DIV/0!");
    expect(code(predikat(90, errorCell("#N/A")))).toBe("#N/A");
  });
});

describe("the user's own scale (lower bound, label)", () => {
  const skala = [
    ["Batas bawah", "Predikat"],
    [90, "A"],
    [null, null],
    [0, "C"],
    [70, "B"],
  ];
  it("applies half-open intervals in any row order, skipping a header and empty rows", () => {
    expect(predikat(95, skala)).toBe("A");
    expect(predikat(90, skala)).toBe("A");
    expect(predikat(89.99, skala)).toBe("B");
    expect(predikat(0, skala)).toBe("C");
  });
  it("gives #N/A below the lowest bound", () => {
    const e = predikat(-1, skala) as IkiError;
    expect(e.code).toBe("#N/A");
    expect(e.message).toContain("di bawah batas terendah skala (0)");
  });
  it("accepts numbers as labels", () => {
    expect(
      predikat(50, [
        [0, 1],
        [50, 2],
      ])
    ).toBe("2");
  });
  it("refuses malformed rows", () => {
    expect(
      code(
        readScale([
          [10, "A"],
          [null, "B"],
        ])
      )
    ).toBe("#VALUE!");
    expect(
      code(
        readScale([
          [10, "A"],
          [20, null],
        ])
      )
    ).toBe("#VALUE!");
    expect(
      code(
        readScale([
          [10, "A"],
          ["dua puluh", "B"],
        ])
      )
    ).toBe("#VALUE!");
    expect(
      code(
        readScale([
          [10, "A"],
          [10, "B"],
        ])
      )
    ).toBe("#VALUE!");
    expect(
      code(
        readScale([
          [10, "A"],
          [20, true],
        ])
      )
    ).toBe("#VALUE!");
    expect(
      code(
        readScale([
          [10, "A"],
          [NaN, "B"],
        ])
      )
    ).toBe("#NUM!");
    expect(
      code(
        readScale([
          [10, "A"],
          [errorCell("#REF!"), "B"],
        ])
      )
    ).toBe("#REF!");
    expect(
      code(
        readScale([
          [1, errorCell("#N/A")],
          [2, "B"],
        ])
      )
    ).toBe("#N/A");
    expect(
      code(
        readScale([
          ["Batas", "Predikat"],
          [null, null],
        ])
      )
    ).toBe("#VALUE!");
    expect(code(readScale([[10, "A"], [20]]))).toBe("#VALUE!");
  });
});

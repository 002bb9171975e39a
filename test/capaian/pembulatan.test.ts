/**
 * The five-level predikat is judged on the capaian as the sheet shows it (0.00"%"): rounded half away
 * from zero to 2 decimals on the decimal digits, so a cell reading "91,00%" is never "Baik".
 */
import {
  judged,
  labelOn,
  predikat,
  roundShown,
  SKALA_LIMA,
  SKALA_PERMENPAN,
} from "../../src/capaian";

describe("roundShown (as Excel ROUND(x; 2))", () => {
  it.each([
    [90.995, 91],
    [90.996, 91],
    [90.994, 90.99],
    [90.99499999999999, 91], // binary noise of 90.995
    [1.005, 1.01], // 1.005 * 100 is 100.49999999999999: rounding on the product would give 1
    [-1.005, -1.01],
    [75.995, 76],
    [50.995, 51], // stored just below 50.995: toFixed(2) gives "50.99"
    [0.004, 0],
    [123.456, 123.46],
    [1e15, 1e15],
  ])("%p -> %p", (c, shown) => {
    expect(roundShown(c)).toBe(shown);
  });
  it("never returns -0", () => {
    expect(Object.is(roundShown(-0.004), 0)).toBe(true);
  });
  it("equals the 2-decimal text of the capaian, for many values", () => {
    for (let sen = -2000; sen <= 20000; sen++) {
      for (const sisa of [0, 0.4, 0.5, 0.6]) {
        // Built from decimal text, as a typed or shown number is.
        const c = Number(`${(sen + sisa) / 100}`);
        const expected = Number(((sen < 0 ? -1 : 1) * Math.round(Math.abs(sen + sisa))) / 100);
        expect([c, roundShown(c)]).toEqual([c, expected + 0]);
      }
    }
  });
});

describe("five-level predikat on the capaian as shown", () => {
  it.each([
    [90.996, "Sangat Baik"],
    [90.995, "Sangat Baik"],
    [90.994, "Baik"],
    [90.99, "Baik"],
    [75.995, "Baik"],
    [75.994, "Cukup"],
    [65.995, "Cukup"],
    [65.9949, "Kurang"],
    [50.995, "Kurang"],
    [50.994, "Sangat Kurang"],
  ])("%p -> %p", (c, label) => {
    expect(predikat(c)).toBe(label);
    expect(labelOn(SKALA_LIMA, c)).toBe(label);
  });
  it("PermenPANRB keeps rounding to a whole percent; own scales compare the value itself", () => {
    expect(judged(SKALA_PERMENPAN, 100.496)).toBe(100);
    expect(predikat(100.496, "permenpan")).toBe("Baik");
    expect(predikat(100.5, "permenpan")).toBe("Sangat Baik");
    const own = [
      [91, "A"],
      [0, "B"],
    ];
    expect(predikat(90.996, own)).toBe("B");
    expect(predikat(91, own)).toBe("A");
  });
});

import { IkiError, nilai, nilaiDariCapaian } from "../../src/capaian";
import { errorCell } from "../support/cells";

describe("nilai capaian IKI (PermenPANRB 8/2021)", () => {
  it("reproduces the regulation's examples", () => {
    expect(nilai(98)).toBe(88);
    expect(nilai(100)).toBe(109);
  });
  it.each([
    [150, 120],
    [111, 120],
    [110.5, 120], // rounds to 111: > 110
    [110, 120],
    [105.5, 110 + (10 / 9) * 5], // rounds to 106
    [101, 110],
    [100.6, 110], // rounds to 101
    [100.4, 109], // rounds to 100
    [99.5, 109],
    [99.4, 89],
    [99, 89],
    [80, 70],
    [79.5, 70],
    [79, 69],
    [70, 60],
    [60, 50],
    [59.4, 49],
    [59, 49],
    [30, (30 / 59) * 49],
    [0, 0],
    [-0.4, 0],
    [-25, 0],
  ])("capaian %p -> nilai %p", (c, expected) => {
    expect(nilai(c)).toBeCloseTo(expected, 12);
  });
  it("band edges are exact", () => {
    expect(nilaiDariCapaian(110)).toBe(120);
    expect(nilaiDariCapaian(101)).toBe(110);
    expect(nilaiDariCapaian(99)).toBe(89);
  });
  it("gives '' for a blank or '' capaian", () => {
    expect(nilai("")).toBe("");
    expect(nilai([[null]])).toBe("");
    expect(nilai(undefined)).toBe("");
  });
  it("refuses text, logical values, several cells; errors propagate", () => {
    expect((nilai("98%") as IkiError).code).toBe("#VALUE!");
    expect((nilai(false) as IkiError).code).toBe("#VALUE!");
    expect((nilai([[1], [2]]) as IkiError).code).toBe("#VALUE!");
    expect((nilai(errorCell("#N/A")) as IkiError).code).toBe("#N/A");
    expect((nilai(NaN) as IkiError).code).toBe("#NUM!");
  });
  it("handles huge values", () => {
    expect(nilai(1e308)).toBe(120);
    expect(nilai(-1e308)).toBe(0);
  });
});

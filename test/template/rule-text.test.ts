import { bandCondition, clip, formulaNumber } from "../../src/template/rule-text";

describe("rule texts shared by the Office.js and xlsx sinks", () => {
  test("clip cuts to the limit with an ellipsis and leaves short texts alone", () => {
    expect(clip("abcdef", 4)).toBe("abc…");
    expect(clip("pendek", 10)).toBe("pendek");
  });

  test("numbers stay in plain decimal notation; non-finite numbers are refused", () => {
    expect(formulaNumber(1e-7)).toBe("0.0000001");
    expect(formulaNumber(99.5)).toBe("99.5");
    expect(formulaNumber(-2.5)).toBe("-2.5");
    expect(() => formulaNumber(Infinity)).toThrow(RangeError);
  });

  test("a band is a number in [min, max), each bound open when absent", () => {
    const colours = { fill: "#C6EFCE", fontColor: "#006100" };
    expect(bandCondition("N18", { min: 76, max: 91, ...colours })).toBe(
      "AND(ISNUMBER(N18),N18>=76,N18<91)"
    );
    expect(bandCondition("N18", { min: 91, ...colours })).toBe("AND(ISNUMBER(N18),N18>=91)");
    expect(bandCondition("N18", { max: 51, ...colours })).toBe("AND(ISNUMBER(N18),N18<51)");
    expect(() => bandCondition("A1", { min: 5, max: 5, ...colours })).toThrow(RangeError);
  });
});

import { IkiError, kumulatif, nilaiAkhir, rata } from "../../src/capaian";
import { col, errorCell, row } from "../support/cells";

const code = (v: unknown) => (v instanceof IkiError ? v.code : v);

describe("kumulatif", () => {
  it("sums the filled triwulan, all by default", () => {
    expect(kumulatif(row(10, 20, null, 5))).toBe(35);
    expect(kumulatif(col(1, 2, 3, 4))).toBe(10);
  });
  it("stops at sampaiTriwulan", () => {
    expect(kumulatif(row(10, 20, 30, 40), 2)).toBe(30);
    expect(kumulatif(row(10, null, 30, 40), [[3]])).toBe(40);
    expect(kumulatif(row(10, 20, 30, 40), null)).toBe(100);
  });
  it("counts a 0 as filled and gives '' when nothing is filled", () => {
    expect(kumulatif(row(0, null, null, null))).toBe(0);
    expect(kumulatif(row(null, null, null, null))).toBe("");
    expect(kumulatif(row(null, null, 7, null), 2)).toBe("");
    expect(kumulatif([[]])).toBe("");
  });
  it("accepts a single value", () => {
    expect(kumulatif(12)).toBe(12);
  });
  it("refuses bad periods, text, negatives; errors propagate", () => {
    expect(code(kumulatif(row(1, 2), 3))).toBe("#NUM!");
    expect(code(kumulatif(row(1, 2, 3, 4), 0))).toBe("#NUM!");
    expect(code(kumulatif(row(1, 2, 3, 4), 1.5))).toBe("#NUM!");
    expect(code(kumulatif(row(1, 2, 3, 4), "2"))).toBe("#VALUE!");
    expect(code(kumulatif(row(1, "dua")))).toBe("#VALUE!");
    expect(code(kumulatif(row(1, -2)))).toBe("#NUM!");
    expect(
      code(
        kumulatif([
          [1, 2],
          [3, 4],
        ])
      )
    ).toBe("#VALUE!");
    expect(code(kumulatif(row(1, errorCell("#N/A"))))).toBe("#N/A");
  });
  it("validates cells after sampaiTriwulan too", () => {
    expect(code(kumulatif(row(1, 2, "x"), 1))).toBe("#VALUE!");
  });
  it("gives #NUM! on overflow", () => {
    expect(code(kumulatif(row(1e308, 1e308)))).toBe("#NUM!");
  });
});

describe("nilaiAkhir", () => {
  it("is the last filled triwulan", () => {
    expect(nilaiAkhir(row(60, 70, null, null))).toBe(70);
    expect(nilaiAkhir(row(60, 70, 75, 82))).toBe(82);
    expect(nilaiAkhir(col(60, null, 75, null))).toBe(75);
  });
  it("counts 0 as filled", () => {
    expect(nilaiAkhir(row(60, 0, null, null))).toBe(0);
  });
  it("looks no further than sampaiTriwulan", () => {
    expect(nilaiAkhir(row(60, 70, 75, 82), 2)).toBe(70);
    expect(nilaiAkhir(row(60, null, 75, 82), 2)).toBe(60);
  });
  it("gives '' when nothing is filled up to the triwulan", () => {
    expect(nilaiAkhir(row(null, null, null, null))).toBe("");
    expect(nilaiAkhir(row(null, null, 5, null), 2)).toBe("");
  });
  it("keeps negative values (a penurunan can be negative)", () => {
    expect(nilaiAkhir(row(3, -2))).toBe(-2);
  });
  it("refuses text and bad periods", () => {
    expect(code(nilaiAkhir(row(1, true)))).toBe("#VALUE!");
    expect(code(nilaiAkhir(row(1, 2), 4))).toBe("#NUM!");
    expect(code(nilaiAkhir(row(1, 2, 3, 4, 5)))).toBe("#VALUE!");
    expect(code(nilaiAkhir(row(1, Infinity)))).toBe("#NUM!");
  });
});

describe("rata", () => {
  it("is the mean of the numbers, blanks and empty text ignored", () => {
    expect(
      rata([
        [80, null],
        ["", 100],
        [90, undefined],
      ])
    ).toBe(90);
    expect(rata(50)).toBe(50);
    expect(rata(col(0, 10))).toBe(5);
    expect(rata(col(-10, 10))).toBe(0);
  });
  it("gives '' when there are no numbers", () => {
    expect(rata(col(null, ""))).toBe("");
    expect(rata([])).toBe("");
  });
  it("refuses text and logical values; errors propagate", () => {
    expect((rata(col(1, "n/a")) as IkiError).message).toContain(
      '"capaian" berisi teks "n/a" di baris 2 kolom 1'
    );
    expect(code(rata(col(1, false)))).toBe("#VALUE!");
    expect(code(rata(col(errorCell("#NUM!"))))).toBe("#NUM!");
  });
  it("survives a sum that overflows when the mean does not", () => {
    expect(rata(col(1e308, 1e308))).toBe(1e308);
    expect(code(rata(col(Infinity)))).toBe("#NUM!");
  });
});

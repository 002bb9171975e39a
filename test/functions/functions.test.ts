import { ExcelError } from "../support/custom-functions-stub";
import * as f from "../../src/functions/functions";
import { toExcelError } from "../../src/functions/excel-errors";
import { IkiError } from "../../src/capaian";
import { col, errorCell, row } from "../support/cells";

const asError = (v: unknown) => {
  expect(v).toBeInstanceOf(ExcelError);
  return v as CustomFunctions.Error;
};

describe("wrappers, called as Excel calls them", () => {
  it("compute through the pure functions", () => {
    expect(f.persen(col(10, 20, null, 5), col(40, 40, null, 20))).toBe(35);
    expect(f.penurunan([[200]], [[150]])).toBe(25);
    expect(f.capaian([[80]], [[100]])).toBe(80);
    expect(f.capaian([[8]], [[10]], "negatif")).toBe(120);
    expect(f.kumulatif(row(1, 2, 3, null), 2)).toBe(3);
    expect(f.nilaiakhir(row(60, 70, null, null))).toBe(70);
    expect(f.predikat([[91]])).toBe("Sangat Baik");
    expect(f.predikat([[98]], [["permenpan"]])).toBe("Cukup");
    expect(f.nilai([[98]])).toBe(88);
    expect(f.rata(col(80, null, 100))).toBe(90);
  });
  it("accept plain numbers for range parameters (a literal argument)", () => {
    expect(f.persen(3 as unknown as unknown[][], 4 as unknown as unknown[][])).toBe(75);
    expect(f.nilai(100 as unknown as unknown[][])).toBe(109);
  });
  it("give '' for unfilled inputs", () => {
    expect(f.persen(col(null), col(null))).toBe("");
    expect(f.capaian([[null]], [[100]])).toBe("");
    expect(f.predikat([[""]])).toBe("");
    expect(f.nilai([[null]])).toBe("");
  });
});

describe("errors become CustomFunctions.Error", () => {
  it("#VALUE! keeps the message naming the argument", () => {
    const e = asError(f.persen(col(1), [[1, 2, "12,5"]]));
    expect(e.code).toBe(CustomFunctions.ErrorCode.invalidValue);
    expect(e.message).toBe(
      'Argumen "penyebut" berisi teks "12,5" di baris 1 kolom 3; ketik angka tanpa tanda kutip (atau ubah format sel dari Teks ke Angka)'
    );
  });
  it("#N/A keeps its message", () => {
    const e = asError(f.capaian([[5]], [[null]]));
    expect(e.code).toBe("#N/A");
    expect(e.message).toContain('"target" masih kosong');
  });
  it("#DIV/0! and #NUM! carry no message (Excel allows none for them)", () => {
    const d = asError(f.persen(col(1), col(0)));
    expect(d.code).toBe("#DIV/0!");
    expect(d.message).toBeUndefined();
    const n = asError(f.kumulatif(row(1, 2, 3, 4), 9));
    expect(n.code).toBe("#NUM!");
    expect(n.message).toBeUndefined();
  });
  it("input errors propagate with their code", () => {
    expect(
      asError(f.rata(col(1, new CustomFunctions.Error(CustomFunctions.ErrorCode.divisionByZero))))
        .code
    ).toBe("#DIV/0!");
    expect(asError(f.nilai([[errorCell("#NULL!")]])).code).toBe("#NULL!");
  });
  it("input-only codes (#REF!, #NAME?) come out as #VALUE! with a message", () => {
    const e = asError(f.persen(col(errorCell("#REF!")), col(1)));
    expect(e.code).toBe("#VALUE!");
    expect(e.message).toContain("galat #REF!");
    expect(toExcelError(new IkiError("#NAME?", "m")).code).toBe("#VALUE!");
  });
  it("an exception inside becomes #VALUE!, never escapes", () => {
    const boom = (target: unknown[], key: string | symbol) => {
      if (key === "0") throw new Error("boom");
      return Reflect.get(target, key);
    };
    const evil: unknown[][] = [new Proxy([1], { get: boom })];
    const e = asError(f.persen(evil, col(1)));
    expect(e.code).toBe("#VALUE!");
    expect(e.message).toContain("kesalahan tak terduga");
  });
});

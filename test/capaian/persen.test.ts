import { IkiError, penurunan, persen } from "../../src/capaian";
import { col, errorCell, row } from "../support/cells";

const code = (v: unknown) => (v instanceof IkiError ? v.code : v);

describe("persen", () => {
  it("is sum(pembilang) / sum(penyebut) x 100 over ranges", () => {
    expect(persen(col(10, 20, null, 5), col(40, 40, null, 20))).toBe(35);
    expect(persen(3, 4)).toBe(75);
    expect(persen([[1, 2]], [[6]])).toBe(50);
  });
  it("keeps full precision (formatting is the sheet's job)", () => {
    expect(persen(1, 3)).toBe((1 / 3) * 100);
  });
  it("gives 0 for a filled 0 and can exceed 100", () => {
    expect(persen(col(0), col(10))).toBe(0);
    expect(persen(15, 10)).toBe(150);
  });
  it("gives '' while pembilang is not filled, even with penyebut filled", () => {
    expect(persen(col(null, null), col(null, null))).toBe("");
    expect(persen(col(null, ""), col(10, 5))).toBe("");
    expect(persen([], [])).toBe("");
  });
  it("gives #N/A with a message when penyebut is empty but pembilang filled", () => {
    const r = persen(col(5), col(null));
    expect(r).toEqual(
      new IkiError(
        "#N/A",
        'Argumen "penyebut" masih kosong padahal "pembilang" sudah terisi; isi penyebut'
      )
    );
  });
  it("gives #DIV/0! for a zero penyebut", () => {
    expect(code(persen(col(5), col(0, 0)))).toBe("#DIV/0!");
    expect(code(persen(col(0), col(0)))).toBe("#DIV/0!");
  });
  it("checks pembilang first, then penyebut", () => {
    const r = persen(col("a"), col("b")) as IkiError;
    expect(r.message).toContain('"pembilang"');
    expect((persen(col(1), row(1, "12,5")) as IkiError).message).toContain(
      '"penyebut" berisi teks "12,5" di baris 1 kolom 2'
    );
  });
  it("reports text even on an unfilled row", () => {
    expect(code(persen(col(null), col("x")))).toBe("#VALUE!");
  });
  it("refuses negative counts and propagates error cells", () => {
    expect(code(persen(col(-1), col(5)))).toBe("#NUM!");
    expect(code(persen(col(1), col(-5)))).toBe("#NUM!");
    expect(code(persen(col(1), col(errorCell("#N/A"))))).toBe("#N/A");
  });
  it("gives #NUM! when the result overflows, never Infinity", () => {
    expect(code(persen(1e308, 1e-10))).toBe("#NUM!");
    expect(persen(1e-300, 1e300)).toBe(0);
  });
});

describe("penurunan", () => {
  it("is (awal - akhir) / awal x 100", () => {
    expect(penurunan(col(100, 100), col(80, 70))).toBe(25);
    expect(penurunan(200, 150)).toBe(25);
  });
  it("is negative when the value went up", () => {
    expect(penurunan(100, 120)).toBe(-20);
  });
  it("gives '' while nilaiAkhir is not filled", () => {
    expect(penurunan(col(null), col(null))).toBe("");
    expect(penurunan(col(100), col(null))).toBe("");
  });
  it("gives #N/A when nilaiAwal is empty but nilaiAkhir filled", () => {
    const r = penurunan(col(null), col(10)) as IkiError;
    expect(r.code).toBe("#N/A");
    expect(r.message).toContain('"nilaiAwal" masih kosong');
  });
  it("gives #DIV/0! for nilaiAwal 0", () => {
    expect(code(penurunan(col(0), col(10)))).toBe("#DIV/0!");
  });
  it("validates both arguments", () => {
    expect((penurunan(col("x"), col(1)) as IkiError).message).toContain('"nilaiAwal"');
    expect((penurunan(col(1), col(true)) as IkiError).message).toContain('"nilaiAkhir"');
    expect(code(penurunan(col(1), col(-1)))).toBe("#NUM!");
  });
  it("gives #NUM! on overflow", () => {
    expect(code(penurunan(5e-324, 1e308))).toBe("#NUM!");
  });
});

import { IkiError } from "../../src/capaian";
import {
  isBlank,
  numbersOf,
  periodValues,
  readUntil,
  singleNumber,
  singleValue,
  sumArgument,
} from "../../src/capaian/ranges";
import { col, errorCell, row } from "../support/cells";

const err = (v: unknown) => {
  expect(v).toBeInstanceOf(IkiError);
  return v as IkiError;
};

describe("sumArgument", () => {
  it("sums a range, skipping blanks, and counts what is filled", () => {
    expect(
      sumArgument(
        [
          [1, null],
          [undefined, 2],
          ["", 0],
        ],
        "x",
        "non-negative"
      )
    ).toEqual({ sum: 3, filled: 3 });
  });
  it("takes a scalar as one cell and a blank scalar as nothing", () => {
    expect(sumArgument(7, "x", "any")).toEqual({ sum: 7, filled: 1 });
    expect(sumArgument(null, "x", "any")).toEqual({ sum: 0, filled: 0 });
    expect(sumArgument(undefined, "x", "any")).toEqual({ sum: 0, filled: 0 });
  });
  it("treats whitespace-only text as blank", () => {
    expect(sumArgument(col(1, "  "), "x", "any")).toEqual({ sum: 1, filled: 1 });
  });
  it("accepts empty, ragged and 1-D arrays", () => {
    expect(sumArgument([], "x", "any")).toEqual({ sum: 0, filled: 0 });
    expect(sumArgument([[]], "x", "any")).toEqual({ sum: 0, filled: 0 });
    expect(sumArgument([[1], [2, 3], []], "x", "any")).toEqual({ sum: 6, filled: 3 });
    expect(sumArgument([1, 2], "x", "any")).toEqual({ sum: 3, filled: 2 });
  });
  it("names argument, text and position when a number is typed as text", () => {
    const e = err(sumArgument([[1, 2, "12,5"]], "penyebut", "non-negative"));
    expect(e.code).toBe("#VALUE!");
    expect(e.message).toBe(
      'Argumen "penyebut" berisi teks "12,5" di baris 1 kolom 3; ketik angka tanpa tanda kutip (atau ubah format sel dari Teks ke Angka)'
    );
  });
  it("gives no position for a single cell, and another hint for words", () => {
    expect(err(sumArgument([["abc"]], "target", "any")).message).toBe(
      'Argumen "target" berisi teks "abc"; isi dengan angka atau kosongkan sel'
    );
    expect(err(sumArgument("abc", "target", "any")).message).toBe(
      'Argumen "target" berisi teks "abc"; isi dengan angka atau kosongkan sel'
    );
  });
  it("shortens long text in messages", () => {
    expect(err(sumArgument("x".repeat(100), "a", "any")).message).toContain(`"${"x".repeat(40)}…"`);
  });
  it("refuses logical values with #VALUE!", () => {
    const e = err(sumArgument(col(1, true), "pembilang", "any"));
    expect(e.code).toBe("#VALUE!");
    expect(e.message).toBe(
      'Argumen "pembilang" berisi nilai logika BENAR (TRUE) di baris 2 kolom 1; isi dengan angka'
    );
    expect(err(sumArgument(false, "p", "any")).message).toContain("SALAH (FALSE)");
  });
  it("refuses negative counts with #NUM! but keeps them where the sign is free", () => {
    const e = err(sumArgument(row(1, -3), "pembilang", "non-negative"));
    expect(e.code).toBe("#NUM!");
    expect(e.message).toBe(
      'Argumen "pembilang" berisi bilangan negatif -3 di baris 1 kolom 2; jumlah tidak boleh negatif'
    );
    expect(sumArgument(row(1, -3), "x", "any")).toEqual({ sum: -2, filled: 2 });
  });
  it("propagates an error cell with its code", () => {
    const e = err(sumArgument(col(1, errorCell("#DIV/0!")), "penyebut", "any"));
    expect(e.code).toBe("#DIV/0!");
    expect(e.message).toBe(
      'Argumen "penyebut" berisi galat #DIV/0! di baris 2 kolom 1; perbaiki sel tersebut dulu'
    );
    expect(err(sumArgument(new IkiError("#N/A", "m"), "x", "any")).code).toBe("#N/A");
  });
  it("turns an unknown object or value into #VALUE!", () => {
    expect(err(sumArgument(col({ foo: 1 }), "x", "any")).code).toBe("#VALUE!");
    expect(err(sumArgument(col(errorCell("#BOGUS")), "x", "any")).code).toBe("#VALUE!");
    expect(err(sumArgument(Symbol("s"), "x", "any")).code).toBe("#VALUE!");
    expect(err(sumArgument([[10n]], "x", "any")).code).toBe("#VALUE!");
  });
  it("gives #NUM! for NaN, infinities and overflowing sums", () => {
    expect(err(sumArgument(col(NaN), "x", "any")).code).toBe("#NUM!");
    expect(err(sumArgument(col(Infinity), "x", "any")).code).toBe("#NUM!");
    expect(err(sumArgument(col(-Infinity), "x", "any")).code).toBe("#NUM!");
    const e = err(sumArgument(col(1e308, 1e308), "pembilang", "any"));
    expect(e.code).toBe("#NUM!");
    expect(e.message).toContain('"pembilang" terlalu besar');
  });
});

describe("single cells", () => {
  it("unwraps 1x1 ranges and scalars; an empty range is blank", () => {
    expect(singleValue([[5]], "c")).toBe(5);
    expect(singleValue(5, "c")).toBe(5);
    expect(singleValue([], "c")).toBeNull();
    expect(singleValue([[], [3]], "c")).toBe(3);
    expect(singleValue([7], "c")).toBe(7);
  });
  it("refuses several cells", () => {
    const e = err(singleValue([[1, 2]], "capaian"));
    expect(e.message).toBe('Argumen "capaian" berisi 2 sel; rujuk satu sel saja');
  });
  it("reads one number, blank as null", () => {
    expect(singleNumber([[null]], "c", "any")).toBeNull();
    expect(singleNumber([[""]], "c", "any")).toBeNull();
    expect(singleNumber([[-4]], "c", "any")).toBe(-4);
    expect(err(singleNumber([["x"]], "c", "any")).code).toBe("#VALUE!");
  });
  it("isBlank", () => {
    expect([null, undefined, "", " \t"].every(isBlank)).toBe(true);
    expect([0, "0", false].some(isBlank)).toBe(false);
  });
});

describe("numbersOf", () => {
  it("lists numbers in reading order", () => {
    expect(
      numbersOf(
        [
          [1, null],
          [3, ""],
        ],
        "c",
        "any"
      )
    ).toEqual([1, 3]);
    expect(numbersOf(4, "c", "any")).toEqual([4]);
    expect(numbersOf([5, [6]], "c", "any")).toEqual([5, 6]);
    expect(err(numbersOf([[1, "a"]], "c", "any")).message).toContain("baris 1 kolom 2");
  });
});

describe("periodValues and readUntil", () => {
  it("reads a row, a column or a scalar", () => {
    expect(periodValues(row(1, null, 3), "v", "any")).toEqual([1, null, 3]);
    expect(periodValues(col(1, null), "v", "any")).toEqual([1, null]);
    expect(periodValues([1, [2], []], "v", "any")).toEqual([1, 2]);
    expect(periodValues(9, "v", "any")).toEqual([9]);
  });
  it("refuses a block and more than four cells", () => {
    expect(
      err(
        periodValues(
          [
            [1, 2],
            [3, 4],
          ],
          "nilaiTriwulan",
          "any"
        )
      ).message
    ).toBe(
      'Argumen "nilaiTriwulan" harus satu baris atau satu kolom (TW I–IV); rentang yang diberikan 2 baris × 2 kolom'
    );
    expect(err(periodValues(row(1, 2, 3, 4, 5), "nilaiTriwulan", "any")).message).toBe(
      'Argumen "nilaiTriwulan" memuat 5 sel; paling banyak 4 (TW I–IV)'
    );
  });
  it("names the triwulan of a bad cell", () => {
    expect(err(periodValues(row(1, "x"), "nilaiTriwulan", "any")).message).toContain(
      "di triwulan ke-2"
    );
  });
  it("defaults to all periods and checks the bounds", () => {
    expect(readUntil(undefined, "s", 4)).toBe(4);
    expect(readUntil(null, "s", 3)).toBe(3);
    expect(readUntil([[2]], "s", 4)).toBe(2);
    expect(err(readUntil(0, "sampaiTriwulan", 4)).code).toBe("#NUM!");
    expect(err(readUntil(5, "sampaiTriwulan", 4)).message).toBe(
      'Argumen "sampaiTriwulan" bernilai 5; isi bilangan bulat 1 sampai 4'
    );
    expect(err(readUntil(2.5, "sampaiTriwulan", 4)).code).toBe("#NUM!");
    expect(err(readUntil(4, "sampaiTriwulan", 3)).message).toBe(
      'Argumen "sampaiTriwulan" bernilai 4, tetapi rentang nilai triwulan hanya memuat 3 sel'
    );
    expect(err(readUntil("3", "sampaiTriwulan", 4)).code).toBe("#VALUE!");
    expect(err(readUntil(true, "sampaiTriwulan", 4)).code).toBe("#VALUE!");
    expect(err(readUntil([[1, 2]], "sampaiTriwulan", 4)).code).toBe("#VALUE!");
  });
});

/** The NIP rule shared by the pane and the command line (the command line's wording: test/cli/args.test.ts). */
import { nipProblem, normalizeNip } from "../../src/template/nip";

const TODAY = new Date(2025, 4, 17);

describe("nipProblem", () => {
  test.each([
    ["198503122010012004"],
    ["19850312 201001 2 004"],
    [" 197001011995031001 "],
    // PPPK numbers carry a code instead of a TMT month in digits 13-14: still accepted.
    ["199002152022211003"],
    [""],
  ])("accepts %j", (nip) => {
    expect(nipProblem(nip, TODAY)).toBeUndefined();
  });

  test("counts the digits typed when the length is wrong", () => {
    expect(nipProblem("19850312 2010", TODAY)).toBe(
      "NIP harus 18 angka; yang terisi 12 angka. Periksa lagi dari SK atau kartu pegawai."
    );
    expect(nipProblem("1985031220100120041", TODAY)).toMatch(/yang terisi 19 angka/);
  });

  test("refuses letters and punctuation with a word on what to remove", () => {
    expect(nipProblem("19850312-201001-2-004", TODAY)).toMatch(/hanya berisi angka/);
    expect(nipProblem("NIP 198503122010012004", TODAY)).toMatch(/hanya berisi angka/);
  });

  test("refuses a date of birth that is no date or not plausible", () => {
    for (const nip of [
      "198513122010012004",
      "198502302010012004",
      "185003122010012004",
      "202003122010012004",
    ]) {
      expect(nipProblem(nip, TODAY)).toMatch(/tanggal lahir/);
    }
  });

  test("refuses a sex digit other than 1 or 2", () => {
    expect(nipProblem("198503122010013004", TODAY)).toMatch(/jenis kelamin/);
  });

  test("normalizeNip keeps the digits only", () => {
    expect(normalizeNip(" 19850312 201001 2 004 ")).toBe("198503122010012004");
  });
});

/**
 * Whole-column ranges and big scales: no spread over a range-sized array (the call stack overflows
 * above ~125,000 arguments) and a duplicate check that stays linear; each answer is the specific
 * message, not the generic unexpected-error one.
 */
import { ExcelError } from "../support/custom-functions-stub";
import * as f from "../../src/functions/functions";
import { IkiError, kumulatif, nilaiAkhir, predikat, readScale } from "../../src/capaian";

const BARIS = 200_000;
const grid = (rows: number, cols: number, value: (r: number, c: number) => unknown) =>
  Array.from({ length: rows }, (_, r) => Array.from({ length: cols }, (_, c) => value(r, c)));

function pesan(v: unknown): string {
  expect(v).toBeInstanceOf(ExcelError);
  return (v as CustomFunctions.Error).message ?? "";
}

describe(`ranges of ${BARIS.toLocaleString("en-US")} rows`, () => {
  it("IKI.KUMULATIF(A:B) and IKI.NILAIAKHIR(A:B) say the range is not one row or column", () => {
    const ab = grid(BARIS, 2, () => null);
    expect(pesan(f.kumulatif(ab))).toContain(`${BARIS} baris × 2 kolom`);
    expect(pesan(f.nilaiakhir(ab))).toContain(`${BARIS} baris × 2 kolom`);
    expect((kumulatif(ab) as IkiError).code).toBe("#VALUE!");
    expect((nilaiAkhir(grid(1, BARIS, () => 1)) as IkiError).message).toContain(
      `memuat ${BARIS} sel`
    );
    expect(pesan(f.kumulatif(grid(BARIS, 1, () => 1)))).toContain(`memuat ${BARIS} sel`);
    expect(pesan(f.kumulatif(grid(3, BARIS, () => 1)))).toContain(`3 baris × ${BARIS} kolom`);
  });
  it("a ragged or three-column skala of that size is refused with its shape", () => {
    const tiga = grid(BARIS, 3, () => null);
    expect(pesan(f.predikat([[95]], tiga))).toContain(`${BARIS} baris × 3 kolom`);
    const ragged: unknown[][] = grid(BARIS, 2, () => null);
    ragged[BARIS - 1] = [1, "A", "x"];
    expect((readScale(ragged) as IkiError).message).toContain(`${BARIS} baris × 3 kolom`);
  });
  it("a skala of that size with distinct bounds is read correctly", () => {
    const skala = grid(BARIS, 2, (r, c) => (c === 0 ? r / 1000 : `P${r}`));
    expect(predikat(95, skala)).toBe("P95000");
    expect(predikat(95.0005, skala)).toBe("P95000");
    expect(f.predikat([[199.9995]], skala)).toBe("P199999");
  });
  it("a duplicate bound at the very end of that skala is found", () => {
    const skala = grid(BARIS, 2, (r, c) => (c === 0 ? r : `P${r}`));
    skala.push([12345, "lagi"]);
    const e = readScale(skala) as IkiError;
    expect(e.code).toBe("#VALUE!");
    expect(e.message).toContain(`batas bawah 12345 lebih dari sekali di baris ${BARIS + 1}`);
  });
});

describe("header row of an own skala", () => {
  it("a number typed as text in the first row is a band, refused with a hint, not a header", () => {
    const skala = [
      ["91", "Sangat Baik"],
      [76, "Baik"],
      [0, "Kurang"],
    ];
    const e = predikat(95, skala) as IkiError;
    expect(e.code).toBe("#VALUE!");
    expect(e.message).toContain('"91" di baris 1 kolom 1');
    expect(e.message).toContain("tanpa tanda kutip");
    for (const teks of ["90,5", "91%", " 91 "])
      expect(
        (
          readScale([
            [teks, "A"],
            [0, "B"],
          ]) as IkiError
        ).code
      ).toBe("#VALUE!");
  });
  it("a first row of two non-numeric texts is a header", () => {
    const skala = [
      ["Batas bawah (%)", "Predikat"],
      [91, "Sangat Baik"],
      [0, "Lainnya"],
    ];
    expect(predikat(95, skala)).toBe("Sangat Baik");
    expect(predikat(5, skala)).toBe("Lainnya");
  });
  it("a text row after the first is never a header", () => {
    const e = readScale([
      [0, "A"],
      ["Batas", "Predikat"],
    ]) as IkiError;
    expect(e.code).toBe("#VALUE!");
    expect(e.message).toContain("di baris 2");
  });
});

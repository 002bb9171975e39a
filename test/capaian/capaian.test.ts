import { capaian, IkiError, readPolaritas } from "../../src/capaian";
import { col, errorCell } from "../support/cells";

const code = (v: unknown) => (v instanceof IkiError ? v.code : v);

describe("polaritas", () => {
  it.each([
    [undefined, "positif"],
    [null, "positif"],
    ["", "positif"],
    [[[null]], "positif"],
    ["positif", "positif"],
    [" POSITIF ", "positif"],
    ["+", "positif"],
    ["Negatif", "negatif"],
    ["-", "negatif"],
    [[["negatif"]], "negatif"],
  ])("%p reads as %p", (input, expected) => {
    expect(readPolaritas(input)).toBe(expected);
  });
  it("refuses other text, numbers, logical values and several cells", () => {
    const e = readPolaritas("naik") as IkiError;
    expect(e.code).toBe("#VALUE!");
    expect(e.message).toBe(
      'Argumen "polaritas" berisi "naik"; isi "positif" atau "negatif" (atau kosongkan untuk positif)'
    );
    expect(code(readPolaritas(1))).toBe("#VALUE!");
    expect(code(readPolaritas(true))).toBe("#VALUE!");
    expect(code(readPolaritas([["positif", "negatif"]]))).toBe("#VALUE!");
    expect(code(readPolaritas(errorCell("#N/A")))).toBe("#N/A");
  });
});

describe("capaian, polaritas positif", () => {
  it("is realisasi / target x 100", () => {
    expect(capaian(80, 100)).toBe(80);
    expect(capaian(col(45), col(50), "positif")).toBe(90);
    expect(capaian(120, 100)).toBe(120);
    expect(capaian(1, 3)).toBe((1 / 3) * 100);
  });
  it("sums ranges", () => {
    expect(capaian(col(10, null, 20), col(15, 15))).toBe(100);
  });
  it("target 0 is #DIV/0!", () => {
    expect(code(capaian(5, 0))).toBe("#DIV/0!");
    expect(code(capaian(0, 0))).toBe("#DIV/0!");
  });
  it("keeps a negative realisasi (a penurunan can be negative)", () => {
    expect(capaian(-5, 10)).toBe(-50);
  });
});

describe("capaian, polaritas negatif (PermenPANRB 8/2021 kondisi khusus)", () => {
  // Lower is better: (2T - R) / T x 100 = (1 + (1 - R/T)) x 100.
  it.each([
    [8, 10, 120], // 20% below target: 120%
    [10, 10, 100], // on target
    [12, 10, 80], // 20% above target
    [15, 10, 50],
    [20, 10, 0], // twice the target
    [25, 10, 0], // floored at 0, not -50
    [0, 10, 200],
  ])("realisasi %p, target %p -> %p", (r, t, expected) => {
    expect(capaian(r, t, "negatif")).toBe(expected);
  });
  it("target 0: 100 when realisasi 0, else 0", () => {
    expect(capaian(0, 0, "negatif")).toBe(100);
    expect(capaian(3, 0, "-")).toBe(0);
  });
  it("refuses a negative realisasi", () => {
    expect(code(capaian(-1, 10, "negatif"))).toBe("#NUM!");
  });
  it("stays finite and floored for extreme values", () => {
    expect(capaian(1e308, 1e-300, "negatif")).toBe(0);
    // 2T overflows here; the rearranged form still gives (2 - 1/1.7) x 100.
    expect(capaian(1e308, 1.7e308, "negatif")).toBeCloseTo((2 - 1 / 1.7) * 100, 9);
  });
});

describe("capaian, blanks and errors", () => {
  it("gives '' while realisasi is empty, whatever the target", () => {
    expect(capaian(col(null), col(100))).toBe("");
    expect(capaian(null, null)).toBe("");
    expect(capaian(col(""), col(null), "negatif")).toBe("");
  });
  it("gives #N/A with a message for a filled realisasi without target", () => {
    expect(capaian(col(5), col(null))).toEqual(
      new IkiError(
        "#N/A",
        'Argumen "target" masih kosong padahal "realisasi" sudah terisi; isi target'
      )
    );
  });
  it("refuses a negative target, text and logical values; errors propagate", () => {
    expect(code(capaian(5, -10))).toBe("#NUM!");
    expect((capaian("80%", 100) as IkiError).message).toContain('"realisasi" berisi teks "80%"');
    expect(code(capaian(5, true))).toBe("#VALUE!");
    expect(code(capaian(col(errorCell("#DIV/0!")), 10))).toBe("#DIV/0!");
    expect(code(capaian(5, 10, "naik"))).toBe("#VALUE!");
  });
  it("reports a bad target even on an unfilled row", () => {
    expect(code(capaian(null, "sepuluh"))).toBe("#VALUE!");
  });
  it("gives #NUM! on overflow", () => {
    expect(code(capaian(1e308, 1e-300))).toBe("#NUM!");
  });
});

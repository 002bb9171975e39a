/** The row-height estimate: word wrapping, fonts, generosity and Excel's limit. */
import { catalog } from "../support/builtin-catalog";
import { MAX_ROW_HEIGHT } from "../../src/template/excel-limits";
import { jumlahBaris, tinggiUntuk } from "../../src/template/text-height";

describe("jumlahBaris", () => {
  it("keeps a short text on one line and wraps a long one at word boundaries", () => {
    expect(jumlahBaris({ text: "Dokumen", width: 15 })).toBe(1);
    // "kata" is about 4.2 units with the margin: two a line in 10 units, one in 8.
    expect(jumlahBaris({ text: "kata ".repeat(12).trim(), width: 10 })).toBe(6);
    expect(jumlahBaris({ text: "kata ".repeat(12).trim(), width: 8 })).toBe(12);
  });

  it("counts each paragraph of a multi-line text on its own", () => {
    expect(jumlahBaris({ text: "satu\ndua\ntiga", width: 30 })).toBe(3);
    expect(jumlahBaris({ text: "satu\n\ntiga", width: 30 })).toBe(3);
  });

  it("breaks a word longer than the line across lines", () => {
    expect(jumlahBaris({ text: "x".repeat(40), width: 10 })).toBeGreaterThanOrEqual(4);
  });

  it("gives wide letters, capitals, bold and bigger fonts more room than narrow letters", () => {
    const width = 20;
    const text = (ch: string) => ch.repeat(30);
    expect(jumlahBaris({ text: text("m"), width })).toBeGreaterThan(
      jumlahBaris({ text: text("n"), width })
    );
    expect(jumlahBaris({ text: text("N"), width })).toBeGreaterThan(
      jumlahBaris({ text: text("i"), width })
    );
    const kalimat = "Jumlah dokumen administrasi kepegawaian yang diselesaikan tepat waktu";
    const biasa = jumlahBaris({ text: kalimat, width });
    expect(jumlahBaris({ text: kalimat, width, bold: true })).toBeGreaterThanOrEqual(biasa);
    expect(jumlahBaris({ text: kalimat, width, fontSize: 14 })).toBeGreaterThan(biasa);
  });

  it("is generous: never fewer lines than Calibri 11 wraps to in Excel, for every catalog text", () => {
    for (const j of catalog.jabatan) {
      for (const text of j.tugas)
        expect(jumlahBaris({ text, width: 211 })).toBeGreaterThanOrEqual(calibri(text, 211));
      for (const i of j.indikator)
        expect(jumlahBaris({ text: i.formulasi, width: 30 })).toBeGreaterThanOrEqual(
          calibri(i.formulasi, 30)
        );
    }
  });
});

/**
 * The reference: Calibri's advance widths (em, from the font's hmtx table) at 11 pt on a 96 dpi
 * screen (14.67 px a em), wrapped word by word into the cell's text area: a column of w characters
 * is trunc(7w + 5) px, less 2 px of margin each side.
 */
const CALIBRI: Record<string, number> = {
  " ": 0.226,
  a: 0.479,
  b: 0.525,
  c: 0.423,
  d: 0.525,
  e: 0.498,
  f: 0.305,
  g: 0.471,
  h: 0.525,
  i: 0.229,
  j: 0.239,
  k: 0.455,
  l: 0.229,
  m: 0.799,
  n: 0.525,
  o: 0.527,
  p: 0.525,
  q: 0.525,
  r: 0.349,
  s: 0.391,
  t: 0.335,
  u: 0.525,
  v: 0.452,
  w: 0.715,
  x: 0.433,
  y: 0.453,
  z: 0.395,
  A: 0.579,
  B: 0.544,
  C: 0.533,
  D: 0.615,
  E: 0.488,
  F: 0.459,
  G: 0.631,
  H: 0.623,
  I: 0.252,
  J: 0.319,
  K: 0.52,
  L: 0.42,
  M: 0.855,
  N: 0.646,
  O: 0.662,
  P: 0.517,
  Q: 0.673,
  R: 0.543,
  S: 0.459,
  T: 0.487,
  U: 0.642,
  V: 0.567,
  W: 0.89,
  X: 0.519,
  Y: 0.487,
  Z: 0.468,
  ".": 0.252,
  ",": 0.25,
  ":": 0.268,
  ";": 0.268,
  "(": 0.303,
  ")": 0.303,
  "/": 0.386,
  "-": 0.306,
  "%": 0.715,
  "&": 0.682,
  "'": 0.221,
  '"': 0.401,
};
function calibri(text: string, width: number): number {
  const px = (word: string) =>
    [...word].reduce((sum, ch) => sum + (CALIBRI[ch] ?? 0.507), 0) * 14.67;
  const area = Math.trunc(7 * width + 5) - 4;
  let lines = 0;
  for (const paragraph of text.split("\n")) {
    lines++;
    let used = 0;
    for (const word of paragraph.split(/ +/).filter((w) => w !== "")) {
      const w = px(word);
      if (used > 0 && used + px(" ") + w <= area) used += px(" ") + w;
      else {
        if (used > 0) lines++;
        used = w;
      }
    }
  }
  return lines;
}

describe("tinggiUntuk", () => {
  it("is 15 points a line, with a margin once wrapped, the tallest text deciding", () => {
    expect(tinggiUntuk([{ text: "pendek", width: 30 }])).toBe(15);
    expect(tinggiUntuk([], 2)).toBe(30);
    const tiga = "satu\ndua\ntiga";
    expect(tinggiUntuk([{ text: tiga, width: 30 }])).toBe(48);
    expect(
      tinggiUntuk([
        { text: "pendek", width: 30 },
        { text: tiga, width: 30 },
      ])
    ).toBe(48);
    expect(tinggiUntuk([{ text: "a\nb", width: 30, fontSize: 22 }])).toBe(63);
  });

  it("stops at Excel's largest row height", () => {
    expect(tinggiUntuk([{ text: "baris\n".repeat(100), width: 30 }])).toBe(MAX_ROW_HEIGHT);
  });
});

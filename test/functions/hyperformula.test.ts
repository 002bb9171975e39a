// The IKI functions inside a real formula engine (HyperFormula), against native SUM/IF formulas.
import { DetailedCellError, HyperFormula } from "hyperformula";
import type { RawCellContent } from "hyperformula";
import fc from "fast-check";
import * as fs from "fs";
import * as path from "path";
import { registerIkiFunctions } from "../../src/preview/hyperformula-iki";
import { daftarIndikator } from "../../src/functions/indikator";
import { catalog } from "../support/builtin-catalog";

registerIkiFunctions();

/**
 * The sheet uses the cells of the examples in docs/fungsi-iki.md, in the Indonesian locale (";" between
 * arguments, "," as decimal sign): H5:K5 pembilang / TW I-IV, H6:K6 penyebut, D5 nilai awal, E5 nilai
 * akhir, L5 realisasi, G5 target, M5:M14 capaian (typed, as the padanan are equivalent for numbers
 * and blanks; with error cells in the input the IKI functions always propagate, the padanan not always).
 * Each pair: an IKI formula and its native padanan; pair i sits in A(21+i) and B(21+i).
 * Pairs marked `doc` must appear verbatim in docs/fungsi-iki.md, so the documented padanan is tested.
 */
const DOC = fs.readFileSync(path.join(__dirname, "../../docs/fungsi-iki.md"), "utf8");
const FIRST_PAIR_ROW = 20;
const PAIRS: { iki: string; native: string; doc: boolean }[] = [
  {
    iki: "=IKI.PERSEN(H5:K5; H6:K6)",
    native: '=IF(COUNT(H5:K5)=0;"";IF(COUNT(H6:K6)=0;NA();SUM(H5:K5)/SUM(H6:K6)*100))',
    doc: true,
  },
  {
    iki: "=IKI.PENURUNAN(D5; E5)",
    native: '=IF(COUNT(E5)=0;"";IF(COUNT(D5)=0;NA();(SUM(D5)-SUM(E5))/SUM(D5)*100))',
    doc: true,
  },
  {
    iki: "=IKI.PENURUNAN(H6:K6; H5:K5)",
    native: '=IF(COUNT(H5:K5)=0;"";IF(COUNT(H6:K6)=0;NA();(SUM(H6:K6)-SUM(H5:K5))/SUM(H6:K6)*100))',
    doc: false,
  },
  {
    iki: "=IKI.CAPAIAN(L5; G5)",
    native: '=IF(COUNT(L5)=0;"";IF(COUNT(G5)=0;NA();L5/G5*100))',
    doc: true,
  },
  {
    iki: '=IKI.CAPAIAN(L5; G5; "negatif")',
    native:
      '=IF(COUNT(L5)=0;"";IF(COUNT(G5)=0;NA();IF(G5=0;IF(L5=0;100;0);MAX(0;(2*G5-L5)/G5*100))))',
    doc: true,
  },
  { iki: "=IKI.KUMULATIF(H5:K5)", native: '=IF(COUNT(H5:K5)=0;"";SUM(H5:K5))', doc: true },
  { iki: "=IKI.KUMULATIF(H5:K5; 2)", native: '=IF(COUNT(H5:I5)=0;"";SUM(H5:I5))', doc: true },
  {
    iki: "=IKI.NILAIAKHIR(H5:K5)",
    native: '=IF(ISNUMBER(K5);K5;IF(ISNUMBER(J5);J5;IF(ISNUMBER(I5);I5;IF(ISNUMBER(H5);H5;""))))',
    doc: true,
  },
  {
    iki: "=IKI.NILAIAKHIR(H5:K5; 3)",
    native: '=IF(ISNUMBER(J5);J5;IF(ISNUMBER(I5);I5;IF(ISNUMBER(H5);H5;"")))',
    doc: false,
  },
  {
    iki: "=IKI.PREDIKAT(M5)",
    native:
      '=IF(M5="";"";IF(ROUND(M5;2)>=91;"Sangat Baik";IF(ROUND(M5;2)>=76;"Baik";IF(ROUND(M5;2)>=66;"Cukup";IF(ROUND(M5;2)>=51;"Kurang";"Sangat Kurang")))))',
    doc: true,
  },
  {
    iki: '=IKI.PREDIKAT(M5; "permenpan")',
    native:
      '=IF(M5="";"";IF(ROUND(M5;0)>=101;"Sangat Baik";IF(ROUND(M5;0)=100;"Baik";IF(ROUND(M5;0)>=80;"Cukup";IF(ROUND(M5;0)>=60;"Kurang";"Sangat Kurang")))))',
    doc: true,
  },
  {
    iki: "=IKI.NILAI(M5)",
    native:
      '=IF(M5="";"";IF(ROUND(M5;0)>110;120;IF(ROUND(M5;0)>=101;110+(ROUND(M5;0)-101)*10/9;IF(ROUND(M5;0)=100;109;IF(ROUND(M5;0)>=80;70+(ROUND(M5;0)-80);IF(ROUND(M5;0)>=60;50+(ROUND(M5;0)-60);IF(ROUND(M5;0)>=0;ROUND(M5;0)/59*49;0)))))))',
    doc: true,
  },
  { iki: "=IKI.RATA(M5:M14)", native: '=IF(COUNT(M5:M14)=0;"";AVERAGE(M5:M14))', doc: true },
];

/** The Indonesian-locale conventions of the examples. */
const CONFIG = {
  licenseKey: "gpl-v3",
  functionArgSeparator: ";",
  decimalSeparator: "," as const,
  thousandSeparator: "." as const,
};

const at = (a1: string) => {
  const m = /^([A-Z])(\d+)$/.exec(a1)!;
  return { sheet: 0, col: m[1].charCodeAt(0) - 65, row: Number(m[2]) - 1 };
};

function buildSheet(): HyperFormula {
  const hf = HyperFormula.buildEmpty(CONFIG);
  hf.addSheet("IKI");
  const set = (a1: string, v: RawCellContent) => hf.setCellContents(at(a1), [[v]]);
  hf.batch(() => {
    [10, 20, null, 5].forEach((v, i) => set(`${"HIJK"[i]}5`, v));
    [40, 40, null, 20].forEach((v, i) => set(`${"HIJK"[i]}6`, v));
    set("D5", 200);
    set("E5", 150);
    set("L5", 80);
    set("G5", 100);
    set("M5", 80);
    [null, 100, 90].forEach((v, i) => set(`M${6 + i}`, v));
    PAIRS.forEach(({ iki, native }, i) => {
      set(`A${FIRST_PAIR_ROW + 1 + i}`, iki);
      set(`B${FIRST_PAIR_ROW + 1 + i}`, native);
    });
  });
  return hf;
}

/** A comparable form of a cell value: numbers rounded off the last bits, errors by type. */
function norm(v: unknown): unknown {
  if (v instanceof DetailedCellError) return `#${v.type}`;
  if (typeof v === "number") return Math.round(v * 1e9) / 1e9;
  return v;
}

const ours = (hf: HyperFormula, i: number) =>
  hf.getCellValue({ sheet: 0, col: 0, row: FIRST_PAIR_ROW + i });

function expectAgreement(hf: HyperFormula, context: string) {
  PAIRS.forEach(({ iki }, i) => {
    const native = hf.getCellValue({ sheet: 0, col: 1, row: FIRST_PAIR_ROW + i });
    if (norm(ours(hf, i)) !== norm(native)) {
      throw new Error(
        `${context}: ${iki} gave ${String(norm(ours(hf, i)))}, native ${String(norm(native))}`
      );
    }
  });
}

describe("IKI.* in HyperFormula", () => {
  it("the padanan formulas tested here are the ones documented", () => {
    for (const { iki, native, doc } of PAIRS)
      if (doc) expect([iki, DOC.includes(native)]).toEqual([iki, true]);
    expect(DOC).toContain("=IKI.PERSEN(H5:K5; H6:K6)");
  });

  it("evaluates on a sheet", () => {
    const hf = buildSheet();
    const byFormula = (f: string) =>
      ours(
        hf,
        PAIRS.findIndex((p) => p.iki === f)
      );
    expect(byFormula("=IKI.PERSEN(H5:K5; H6:K6)")).toBe(35); // (10+20+5) / (40+40+20)
    expect(byFormula("=IKI.PENURUNAN(D5; E5)")).toBe(25);
    expect(byFormula("=IKI.CAPAIAN(L5; G5)")).toBe(80);
    expect(byFormula('=IKI.CAPAIAN(L5; G5; "negatif")')).toBe(120);
    expect(byFormula("=IKI.KUMULATIF(H5:K5)")).toBe(35);
    expect(byFormula("=IKI.KUMULATIF(H5:K5; 2)")).toBe(30);
    expect(byFormula("=IKI.NILAIAKHIR(H5:K5)")).toBe(5);
    expect(byFormula("=IKI.PREDIKAT(M5)")).toBe("Baik");
    expect(byFormula('=IKI.PREDIKAT(M5; "permenpan")')).toBe("Cukup");
    expect(byFormula("=IKI.NILAI(M5)")).toBe(70);
    expect(byFormula("=IKI.RATA(M5:M14)")).toBe(90);
    expectAgreement(hf, "initial");
  });

  it("recalculates on edit and keeps agreeing with the native formulas", () => {
    const hf = buildSheet();
    const set = (a1: string, value: RawCellContent) => hf.setCellContents(at(a1), [[value]]);
    const persen = () => ours(hf, 0);
    const steps: [string, RawCellContent][] = [
      ["J5", 0],
      ["M5", 98], // nilai 88, the regulation's example
      ["M5", 99.6], // rounds to 100: Baik, 109
      ["M5", 90.6], // five-level: Baik (not >= 91)
      ["M5", 90.995], // shown 91,00%: Sangat Baik on the five-level scale
      ["M5", 100.5], // rounds to 101: Sangat Baik, 110
      ["M5", null], // unfilled capaian: PREDIKAT and NILAI ""
      ["G5", 10],
      ["L5", 8],
      ["L5", null], // unfilled realisasi: CAPAIAN ""
      ["L5", 0],
      ["G5", 0], // target 0: #DIV/0! positif, 100 negatif
      ["G5", null], // target blank: #N/A
      ["E5", null],
      ["D5", 0],
      ["E5", 3],
      ["H5", null],
      ["I5", null],
      ["K5", null], // J5 = 0 is the only filled triwulan
      ["J5", null], // nothing filled: ""
      ["I5", 7],
      ["H6", null],
      ["I6", null],
      ["K6", null], // penyebut blank: #N/A
      ["K6", 0], // penyebut 0: #DIV/0!
      ["M7", null],
      ["M8", null],
    ];
    const seen = new Set<unknown>();
    for (const [cell, value] of steps) {
      set(cell, value);
      expectAgreement(hf, `after ${cell}=${String(value)}`);
      seen.add(norm(persen()));
    }
    // PERSEN went through a number, "", #N/A and #DIV/0! on the way.
    expect([...seen]).toEqual(expect.arrayContaining([35, "", "#NA", "#DIV_BY_ZERO"]));
  });

  it("agrees with the native formulas over random edits", () => {
    const hf = buildSheet();
    const cells = [
      "H5",
      "I5",
      "J5",
      "K5",
      "H6",
      "I6",
      "J6",
      "K6",
      "D5",
      "E5",
      "G5",
      "L5",
      "M5",
      "M5",
      "M6",
      "M7",
      "M8",
      "M9",
      "M14",
    ];
    const value = fc.oneof(
      fc.constant(null),
      fc.constant(0),
      fc.integer({ min: 0, max: 300 }),
      fc.integer({ min: 0, max: 600 }).map((n) => n / 2)
    );
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.constantFrom(...cells), value), { minLength: 1, maxLength: 8 }),
        (edits) => {
          for (const [cell, v] of edits) hf.setCellContents(at(cell), [[v]]);
          expectAgreement(hf, JSON.stringify(edits));
        }
      ),
      { numRuns: 300, seed: 20240401 }
    );
  });

  it("shows the Bahasa Indonesia message of an IKI error", () => {
    const hf = HyperFormula.buildFromArray(
      [[1, "12,5", "=IKI.PERSEN(A1,B1)", "=IKI.KUMULATIF(A1,9)"]],
      { licenseKey: "gpl-v3" }
    );
    const e = hf.getCellValue({ sheet: 0, col: 2, row: 0 }) as DetailedCellError;
    expect(e.type).toBe("VALUE");
    expect(e.message).toBe(
      'Argumen "penyebut" berisi teks "12,5"; ketik angka tanpa tanda kutip (atau ubah format sel dari Teks ke Angka)'
    );
    expect((hf.getCellValue({ sheet: 0, col: 3, row: 0 }) as DetailedCellError).type).toBe("NUM");
  });

  it("chains: PREDIKAT and NILAI of an unfilled CAPAIAN are empty", () => {
    const hf = HyperFormula.buildFromArray(
      [[null, 100, "=IKI.CAPAIAN(A1;B1)", "=IKI.PREDIKAT(C1)", "=IKI.NILAI(C1)"]],
      CONFIG
    );
    expect(hf.getSheetValues(0)[0].slice(2)).toEqual(["", "", ""]);
    hf.setCellContents({ sheet: 0, col: 0, row: 0 }, [[98]]);
    expect(hf.getSheetValues(0)[0].slice(2)).toEqual([98, "Sangat Baik", 88]);
  });

  it("reads a user's scale from a two-column range, header row included", () => {
    const hf = HyperFormula.buildFromArray(
      [
        ["Batas bawah", "Predikat", 95, "=IKI.PREDIKAT(C1; A1:B4)"],
        [90, "A", 89.9, "=IKI.PREDIKAT(C2; A1:B4)"],
        [70, "B", null, "=IKI.PREDIKAT(C3; A1:B4)"],
        [0, "C", -1, "=IKI.PREDIKAT(C4; A1:B4)"],
      ],
      CONFIG
    );
    const d = hf.getSheetValues(0).map((r) => r[3]);
    expect(d.slice(0, 3)).toEqual(["A", "B", ""]);
    expect((d[3] as DetailedCellError).type).toBe("NA");
  });

  it("passes error cells of a range through with their type", () => {
    const hf = HyperFormula.buildFromArray(
      [[1, "=1/0", "=IKI.PERSEN(A1:B1,A1)", "=IKI.RATA(A1:B1)"]],
      { licenseKey: "gpl-v3" }
    );
    expect((hf.getCellValue({ sheet: 0, col: 2, row: 0 }) as DetailedCellError).type).toBe(
      "DIV_BY_ZERO"
    );
    expect((hf.getCellValue({ sheet: 0, col: 3, row: 0 }) as DetailedCellError).type).toBe(
      "DIV_BY_ZERO"
    );
  });

  it("spills IKI.INDIKATOR and updates nothing else", () => {
    const j = catalog.jabatan.find((x) => x.indikator.length > 0)!;
    const hf = HyperFormula.buildFromArray(
      [[`=IKI.INDIKATOR("${j.id}")`], [], [], [], [], [], [], [], [], [], [], [], [], [], [], []],
      {
        licenseKey: "gpl-v3",
      }
    );
    const table = daftarIndikator(j.id) as string[][];
    const values = hf
      .getSheetValues(0)
      .slice(0, table.length)
      .map((r) => r.slice(0, 4));
    expect(values).toEqual(table);
    const unknown = HyperFormula.buildFromArray([['=IKI.INDIKATOR("Tidak Ada")']], {
      licenseKey: "gpl-v3",
    });
    const e = unknown.getCellValue({ sheet: 0, col: 0, row: 0 }) as DetailedCellError;
    expect(e.type).toBe("NA");
    expect(e.message).toContain('"Tidak Ada"');
  });

  it("says in Bahasa Indonesia that the preview needs IKI.INDIKATOR's jabatan as literal text", () => {
    const hf = HyperFormula.buildFromArray([["sekretaris-dinas-sosial", "=IKI.INDIKATOR(A1)"]], {
      licenseKey: "gpl-v3",
    });
    const e = hf.getCellValue({ sheet: 0, col: 1, row: 0 }) as DetailedCellError;
    expect(e.type).toBe("VALUE");
    expect(e.message).toContain("teks langsung");
  });
});

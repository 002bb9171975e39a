/** The formula evaluator (src/formula): its rules on small sheets, and what it refuses. */
import { isIkiError } from "../../src/capaian";
import { isKnownFunction } from "../../src/formula/functions";
import { parseFormula } from "../../src/formula/parse";
import { FormulaWorkbook } from "../../src/formula/workbook";
import type { Scalar } from "../../src/formula/values";
import type { PlanCell } from "../../src/template/plan";

/** Sheet "S": A1..D1 the inputs, E1 the formula under test. */
function hitung(formula: string, inputs: PlanCell[] = []): Scalar {
  const row = [...inputs, ...Array<PlanCell>(4 - inputs.length).fill(null), { formula }];
  const wb = new FormulaWorkbook([{ name: "S", cells: [row] }]);
  return wb.value("S", 0, 4);
}

const kode = (v: Scalar) => (isIkiError(v) ? v.code : v);

test.each([
  ["=A1+B1*2", [1, 2], 5],
  ["=-A1+3", [1], 2],
  ["=A1", [], null],
  ['="NIP. "&A1', ["1980"], "NIP. 1980"],
  ['=A1&""', [1.5], "1.5"],
  ['=IF(A1="","kosong",A1)', [], "kosong"],
  ['=IF(A1="","kosong",A1)', [0], 0],
  ['=TRIM(A1)="nilai akhir"', ["  Nilai   Akhir "], true],
  ["=A1<>B1", ["a", "A"], false],
  ["=ROUND(A1,0)", [-2.5], -3],
  ["=ROUND(A1,2)", [90.995], 91],
  // Excel rounds the decimal digits it shows, not the binary value just below them.
  ["=ROUND(A1,2)", [1.005], 1.01],
  ["=ROUND(A1,2)", [2.675], 2.68],
  ["=ROUND(A1,2)", [-1.005], -1.01],
  ["=ROUND(A1,2)", [8.995], 9],
  ["=ROUND(A1,-2)", [1250], 1300],
  ["=ROUND(A1,2)", [0.0000001], 0],
  ["=ROUND(A1,2)", [50.994999], 50.99],
  ["=SUM(A1:D1)", [1, "teks", null, 2], 3],
  ["=COUNT(A1:D1)", [1, "teks", null, 2], 2],
  ["=MAX(A1:D1)", [], 0],
  ["=AVERAGE(A1:D1)", [1, null, 2, null], 1.5],
  ['=IF(COUNT(A1:D1)=0,"",SUM(A1:D1))', [], ""],
  ["=A1/B1", [1, 0], "#DIV/0!"],
  ["=A1*A1", [1e200], "#NUM!"],
  ["=NA()", [], "#N/A"],
  ["=ISERROR(MAX(A1:D1))", [{ formula: "=1/0" }], true],
  ["=ISNUMBER(A1)", ["5"], false],
  ["=A1+1", ["abc"], "#VALUE!"],
  ["=IKI.PERSEN(A1,B1)", [1, 4], 25],
  ['=IKI.KUMULATIF(IF(A1:D1="","",A1:D1))', [1, null, 2, null], 3],
  ['=IKI.NILAIAKHIR(IF(A1:D1="","",A1:D1))', [1, 0, null, null], 0],
  ['=IKI.CAPAIAN(A1,B1,"negatif")', [15, 10], 50],
  ["=IKI.PREDIKAT(A1)", [90.995], "Sangat Baik"],
  ["=IKI.PERSEN(A1,B1)", [{ formula: "=NA()" }, 1], "#N/A"],
] as [string, PlanCell[], Scalar][])("%s with %j gives %j", (formula, inputs, want) => {
  expect(kode(hitung(formula, inputs))).toEqual(want);
});

test("references to other sheets, names quoted with apostrophes, in any case", () => {
  const wb = new FormulaWorkbook([
    { name: "O'Brien Dinas", cells: [[7, { formula: "='rekap'!A1*2" }]] },
    { name: "Rekap", cells: [[{ formula: "='O''Brien Dinas'!A1+1" }]] },
  ]);
  expect(wb.value("o'brien dinas", 0, 1)).toBe(16);
});

test("typed inputs replace the plan's cells and recompute what depends on them", () => {
  const wb = new FormulaWorkbook([{ name: "S", cells: [[null, null, { formula: "=A1+B1" }]] }]);
  expect(wb.value("S", 0, 2)).toBe(0);
  wb.setCells("S", "A1", [[2, 3]]);
  expect(wb.value("S", 0, 2)).toBe(5);
  wb.setCell("S", "B1", "");
  expect(wb.value("S", 0, 2)).toBe(2);
});

test.each([
  "=VLOOKUP(A1,B1:C2,2)",
  "=A1^2",
  "=50%",
  "={1,2}",
  "=TRUE",
  "=1E5",
  "=Jumlah",
  "=SUM(A1:B1",
  "=A1:B1:C1",
  '=IKI.INDIKATOR("x")',
])("refuses %s loudly instead of guessing", (formula) => {
  expect(() => parseFormula(formula, isKnownFunction)).toThrow(/formula not supported/);
});

test("refuses circular references and results that are arrays", () => {
  expect(() => hitung("=E1+1")).toThrow(/circular reference/);
  expect(() => hitung('=IF(A1:D1="",1,2)')).toThrow(/array result/);
});

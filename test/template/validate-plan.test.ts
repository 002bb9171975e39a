/**
 * A plan is checked once, where it is made (validatePlan, called by planWorkbook); the sinks trust
 * it. These refusals were each sink's own before (sheet-commands, workbook/rules, print-commands,
 * xlsx/rules, cell-value, memory-workbook) and are the same here.
 */
import { builtInCatalog } from "../../src/catalog";
import { catalog } from "../support/builtin-catalog";
import { planWorkbook } from "../../src/template";
import type { ListValidationPlan, SheetPlan, ValidationPlan } from "../../src/template/plan";
import { validatePlan } from "../../src/template/validate-plan";
import { ikiPlan, options } from "../support/hand-plans";

const x = ikiPlan("X", "x");
const withFormat = (style: SheetPlan["formats"][number]["style"]): SheetPlan => ({
  ...x,
  formats: [{ range: "A1", style }],
});
const withValidation = (v: ValidationPlan): SheetPlan => ({ ...x, validations: [v] });
const withList = (v: ListValidationPlan): SheetPlan => ({ ...x, listValidations: [v] });

describe("validatePlan", () => {
  it("passes every plan the planners make, and planWorkbook returns them checked", () => {
    const plans = planWorkbook({
      katalog: builtInCatalog,
      jabatan: catalog.jabatan,
      options,
      rekap: true,
      existing: [],
    });
    for (const plan of plans) expect(validatePlan(plan)).toBe(plan);
    expect(validatePlan(x)).toBe(x);
  });

  it.each<[string, Partial<SheetPlan>]>([
    ["a ragged grid", { cells: [[1, 2], [3]] }],
    ["a non-finite number", { cells: [[Number.NaN]] }],
    ["a formula without =", { cells: [[{ formula: "SUM(A1)" }]] }],
    ["an invalid merge", { merges: ["A1:"] }],
    ["an invalid format range", { formats: [{ range: "Z0", style: { bold: true } }] }],
    [
      "title rows that are not rows",
      { print: { orientation: "portrait", paper: "A4", fitToPagesWide: 1, titleRows: "A1:B2" } },
    ],
    ["fit to zero pages", { print: { orientation: "portrait", paper: "A4", fitToPagesWide: 0 } }],
    ["a row height over 409 pt", { rowHeights: [{ row: 2, height: 500 }] }],
    ["a bad tab colour", { tabColor: "blue" }],
    ["a negative freeze", { freeze: { rows: -1, columns: 0 } }],
    ["a superseding sheet named as none it supersedes", { supersedes: ["Lain"] }],
    ["a sheet both rewritten in place and superseding", { replace: true, supersedes: [x.name] }],
  ])("refuses %s before anything reaches a sink", (_, change) => {
    expect(() => validatePlan({ ...x, ...change } as SheetPlan)).toThrow(RangeError);
  });

  it("lets a new sheet take the name (any case) of a sheet it supersedes", () => {
    const plan = { ...x, supersedes: ["Lain", x.name.toUpperCase()] };
    expect(validatePlan(plan)).toBe(plan);
  });

  it("refuses colours and sizes Excel would refuse", () => {
    expect(() => validatePlan(withFormat({ fill: "red" }))).toThrow(RangeError);
    expect(() => validatePlan(withFormat({ fontColor: "#12345" }))).toThrow(RangeError);
    expect(() => validatePlan(withFormat({ fontSize: 0 }))).toThrow(RangeError);
  });

  it("refuses a bad validation range or minimum", () => {
    expect(() =>
      validatePlan(withValidation({ range: "D5:", min: 0, prompt: "", errorMessage: "" }))
    ).toThrow(RangeError);
    expect(() =>
      validatePlan(withValidation({ range: "D5", min: Number.NaN, prompt: "", errorMessage: "" }))
    ).toThrow(RangeError);
    expect(() =>
      validatePlan(withValidation({ range: "G16", min: Infinity, prompt: "", errorMessage: "" }))
    ).toThrow(RangeError);
  });

  it("refuses list items Excel would split, quotes, an empty list or one over 255 characters", () => {
    const base = { range: "L26", prompt: "", errorMessage: "" };
    expect(() => validatePlan(withList({ ...base, list: ["a,b"] }))).toThrow(RangeError);
    expect(() => validatePlan(withList({ ...base, list: [] }))).toThrow(RangeError);
    expect(() => validatePlan(withList({ ...base, list: ["x".repeat(300)] }))).toThrow(RangeError);
    expect(() => validatePlan(withList({ ...base, list: ['a"b'] }))).toThrow(RangeError);
    expect(validatePlan(withList({ ...base, list: ["kumulatif", "nilai akhir"] }))).toBeTruthy();
  });

  it("refuses a page break above the first row or not on a whole row", () => {
    for (const rowBreaks of [[1], [2.5], [0]])
      expect(() => validatePlan({ ...x, print: { ...x.print, rowBreaks } })).toThrow(RangeError);
  });

  it("names what is wrong: a ragged grid, a formula without '='", () => {
    expect(() => validatePlan({ ...x, name: "Miring", cells: [[1], [1, 2]] })).toThrow(
      /rectangular/
    );
    expect(() =>
      validatePlan({ ...x, name: "Rusak", cells: [[{ formula: "tanpa sama dengan" }]] })
    ).toThrow(/not a formula/);
    expect(() => validatePlan({ ...x, cells: [[{ formula: "A1" }]] })).toThrow();
    expect(() => validatePlan({ ...x, name: "Buruk:nama" })).toThrow(/invalid sheet name/);
  });
});

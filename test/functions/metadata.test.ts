// functions.json as the build's custom-functions-metadata-plugin would generate it from functions.ts.
import * as fs from "fs";
import * as path from "path";
import { generateCustomFunctionsMetadata } from "custom-functions-metadata";

interface Param {
  name: string;
  description?: string;
  type: string;
  dimensionality?: string;
  optional?: boolean;
}
interface Fn {
  id: string;
  name: string;
  description?: string;
  helpUrl?: string;
  parameters: Param[];
  result: { dimensionality?: string };
}

const source = path.join(__dirname, "../../src/functions/functions.ts");

/** name -> [parameter, matrix?, optional?] */
const expected: Record<string, [string, boolean, boolean][]> = {
  PERSEN: [
    ["pembilang", true, false],
    ["penyebut", true, false],
  ],
  PENURUNAN: [
    ["nilaiAwal", true, false],
    ["nilaiAkhir", true, false],
  ],
  CAPAIAN: [
    ["realisasi", true, false],
    ["target", true, false],
    ["polaritas", false, true],
  ],
  KUMULATIF: [
    ["nilaiTriwulan", true, false],
    ["sampaiTriwulan", false, true],
  ],
  NILAIAKHIR: [
    ["nilaiTriwulan", true, false],
    ["sampaiTriwulan", false, true],
  ],
  PREDIKAT: [
    ["capaian", true, false],
    ["skala", true, true],
  ],
  NILAI: [["capaian", true, false]],
  RATA: [["capaian", true, false]],
  INDIKATOR: [["jabatan", false, false]],
};

let functions: Fn[];
let errors: string[];

beforeAll(async () => {
  const result = await generateCustomFunctionsMetadata(source);
  errors = result.errors;
  functions = JSON.parse(result.metadataJson).functions;
}, 30000);

test("generates without errors", () => {
  expect(errors).toEqual([]);
});

test("has exactly the IKI functions, ids and names upper-case", () => {
  expect(functions.map((f) => f.id).sort()).toEqual(Object.keys(expected).sort());
  for (const f of functions) expect(f.name).toBe(f.id);
});

test.each(Object.entries(expected))(
  "%s: parameters, dimensionality, optional, descriptions",
  (name, params) => {
    const f = functions.find((x) => x.id === name)!;
    expect(f.description?.trim().length).toBeGreaterThan(20);
    expect(f.helpUrl).toBe(`https://localhost:3000/bantuan.html#${name.toLowerCase()}`);
    expect(f.parameters.map((p) => p.name)).toEqual(params.map(([p]) => p));
    f.parameters.forEach((p, i) => {
      const [, matrix, optional] = params[i];
      expect(p.description?.trim().length).toBeGreaterThan(10);
      expect(p.type).toBe("any");
      expect(p.dimensionality === "matrix").toBe(matrix);
      expect(p.optional === true).toBe(optional);
    });
  }
);

test("every help link lands on an anchor of docs/fungsi-iki.md (served as bantuan.html)", () => {
  const doc = fs.readFileSync(path.join(__dirname, "../../docs/fungsi-iki.md"), "utf8");
  for (const f of functions)
    expect([f.id, doc.includes(`<a id="${f.helpUrl!.split("#")[1]}"></a>`)]).toEqual([f.id, true]);
});

test("only INDIKATOR returns a matrix (it spills)", () => {
  for (const f of functions)
    expect(f.result.dimensionality === "matrix").toBe(f.id === "INDIKATOR");
});

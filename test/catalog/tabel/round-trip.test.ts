/**
 * Export then import gives the catalog back exactly, for the built-in catalog and the Pakisaji
 * fixture (which has fungsi), also when the sheets come back as a spreadsheet gives them.
 */
import { builtInCatalog } from "../../../src/catalog";
import { canonicalJson } from "../../../src/catalog/catalog-hash";
import type { Catalog } from "../../../src/catalog/types";
import {
  catalogToTables,
  tablesToCatalog,
  type CellValue,
  type SheetValues,
} from "../../../src/catalog/tabel";
import { asSheets, pakisaji } from "./sheets";

const CATALOGS: [string, Catalog][] = [
  ["built-in", builtInCatalog.catalog],
  ["pakisaji", pakisaji],
];

/** What a spreadsheet gives back: digits typed as text read as numbers, "" for empty, trailing empties cut. */
function asSpreadsheetGives(sheets: SheetValues[]): SheetValues[] {
  return sheets.map((s) => ({
    name: s.name,
    values: s.values.map((row) => {
      const cells = row.map((v): CellValue => {
        if (v === null) return "";
        if (typeof v === "string" && /^\d+$/.test(v)) return Number(v);
        return v;
      });
      while (cells.length > 0 && cells[cells.length - 1] === "") cells.pop();
      return cells;
    }),
  }));
}

describe.each(CATALOGS)("round trip of the %s catalog", (_, catalog) => {
  it("exports and imports back to the same catalog", () => {
    const result = tablesToCatalog(asSheets(catalogToTables(catalog)));
    expect(result.masalah).toEqual([]);
    expect(result.peringatan).toEqual([]);
    expect(result.catalog).toEqual(catalog);
    expect(canonicalJson(result.catalog)).toBe(canonicalJson(catalog));
  });

  it("still does when the sheets come back as a spreadsheet reads them", () => {
    const sheets = asSpreadsheetGives(asSheets(catalogToTables(catalog)));
    const instansi = sheets.find((s) => s.name === "Instansi")!;
    expect(instansi.values.find((r) => r[0] === "Tahun")?.[1]).toBe(catalog.tahun);
    const result = tablesToCatalog(sheets);
    expect(result.masalah).toEqual([]);
    expect(canonicalJson(result.catalog)).toBe(canonicalJson(catalog));
    expect(result.catalog).toEqual(catalog);
  });
});

it("the Pakisaji fixture has fungsi, the built-in catalog has none (both cases are covered)", () => {
  expect(pakisaji.jabatan.some((j) => (j.fungsi ?? []).length > 0)).toBe(true);
  expect(builtInCatalog.catalog.jabatan.every((j) => j.fungsi === undefined)).toBe(true);
});

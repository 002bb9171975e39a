/**
 * Reading an .xlsx back as SheetValues (src/xlsx/read-sheets.ts): what the xlsx sink wrote comes
 * back as the plan's values (formulas as their cached results), the very hidden stored catalog
 * included and still very hidden, and the catalog it holds reads back equal.
 */
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { builtInCatalog } from "../../src/catalog";
import type { CatalogTable } from "../../src/catalog/tabel/types";
import {
  NAMA_KATALOG_TERSIMPAN,
  planKatalogSheets,
  planStoredCatalog,
  readStoredCatalog,
} from "../../src/template";
import { XlsxTidakTerbaca, plainValue, readXlsxSheets } from "../../src/xlsx/read-sheets";
import { teks } from "../../src/xlsx/teks";
import { writeXlsx } from "../../src/xlsx/write-workbook";
import { readWorkbook } from "./support";

const tabel: CatalogTable = {
  sheet: "Jabatan",
  petunjuk: "Satu baris per jabatan.",
  header: ["Urutan", "Id", "Nama"],
  rows: [
    [1, "0123", "=KEPALA"],
    [2, "b", null],
  ],
  widths: [8, 20, 40],
  lists: [{ column: 2, values: ["satu", "dua"] }],
  textColumns: [1, 2],
};

describe("readXlsxSheets", () => {
  it("gives back every sheet's values, the hidden stored catalog too, which reads back equal", async () => {
    const plans = [
      ...planKatalogSheets([tabel], []),
      planStoredCatalog(builtInCatalog.catalog, [{ name: "Jabatan" }]),
    ];
    const bytes = await writeXlsx(plans, { created: new Date(0) });
    const sheets = await readXlsxSheets(bytes);
    expect(sheets.map((s) => s.name)).toEqual(["Jabatan", NAMA_KATALOG_TERSIMPAN]);
    expect(sheets[0].values).toEqual([
      ["Satu baris per jabatan.", null, null],
      ["Urutan", "Id", "Nama"],
      [1, "0123", "=KEPALA"],
      [2, "b"],
    ]);
    expect(readStoredCatalog(sheets)).toEqual({ catalog: builtInCatalog.catalog, riwayat: [] });
    const wb = await readWorkbook(bytes);
    expect(wb.getWorksheet(NAMA_KATALOG_TERSIMPAN)?.state).toBe("veryHidden");
    expect(wb.getWorksheet("Jabatan")?.state).toBe("visible");
    const dv = wb.getWorksheet("Jabatan")?.getCell("C502").dataValidation;
    expect(dv?.formulae).toEqual(['"satu,dua"']);
  });

  it("reads rich text, cached formula results, dates, links and errors as plain values", () => {
    expect(plainValue({ richText: [{ text: "Dinas " }, { text: "Sosial" }] })).toBe("Dinas Sosial");
    expect(plainValue({ formula: "1+1", result: 2 } as ExcelJS.CellFormulaValue)).toBe(2);
    expect(plainValue({ formula: "A1", result: { error: "#N/A" } } as ExcelJS.CellValue)).toBe(
      "#N/A"
    );
    expect(plainValue({ formula: "A1" } as ExcelJS.CellValue)).toBeNull();
    expect(plainValue(new Date(Date.UTC(2024, 0, 1)))).toBe(45292);
    expect(plainValue({ text: "situs", hyperlink: "https://x" })).toBe("situs");
    expect(plainValue({ error: "#DIV/0!" } as ExcelJS.CellErrorValue)).toBe("#DIV/0!");
  });

  it("says in Bahasa Indonesia, without the library's English, why a file is no .xlsx", async () => {
    const good = await writeXlsx(planKatalogSheets([tabel], []));
    const zip = new JSZip();
    zip.file("catatan.txt", "bukan buku kerja");
    const cases: [string, Uint8Array, string][] = [
      ["empty", new Uint8Array(0), teks.tidakTerbaca.kosong],
      ["text", new TextEncoder().encode("bukan zip"), teks.tidakTerbaca.bukanXlsx],
      [
        "an .xls or a protected .xlsx",
        new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, ...new Array(600).fill(0)]),
        teks.tidakTerbaca.xlsLama,
      ],
      ["cut short", good.subarray(0, Math.floor(good.length / 2)), teks.tidakTerbaca.rusak],
      [
        "a zip without a workbook",
        await zip.generateAsync({ type: "uint8array" }),
        teks.tidakTerbaca.bukanXlsx,
      ],
    ];
    for (const [, bytes, message] of cases) {
      const error = await readXlsxSheets(bytes).then(
        () => undefined,
        (e: unknown) => e
      );
      expect(error).toBeInstanceOf(XlsxTidakTerbaca);
      expect((error as Error).message).toBe(message);
      expect((error as Error).message).not.toMatch(/zip|data|End of|Corrupted|\?\./i);
    }
  });
});

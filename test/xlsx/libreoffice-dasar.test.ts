/**
 * Files re-saved by LibreOffice, read by readXlsxWorkbook and written again from as `dasar`: the
 * CLI's workbook and a sheet of shared formulas as Excel writes them (one <f t="shared"> master, the
 * other cells pointing at it; LibreOffice 7.4 writes every cell's formula whole, so the shared ones
 * are read from the file as Excel made it, and again after LibreOffice). ONE LibreOffice run for
 * both. Every formula is recognised, with its own text in each cell (shared ones translated by
 * ExcelJS); written again from as `dasar`, every formula and value stays. What LibreOffice drops is pinned here so
 * the lifecycle planners know it: the IKI-DINSOS custom properties (LibreOffice has no worksheet
 * custom properties; the markers come back from the sheet-scoped `_IKI_DINSOS` names it keeps) and
 * "very hidden" (the stored catalog comes back merely hidden).
 * Skipped only when soffice is missing outside CI.
 */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import JSZip from "jszip";
import type { CellValue } from "../../src/catalog/tabel/types";
import { MARKER_KEY } from "../../src/template/sheet-keys";
import { readDefinedNames } from "../../src/xlsx/defined-names";
import { readSheetProperties } from "../../src/xlsx/package-parts";
import { NAMA_PENANDA } from "../../src/xlsx/penanda-nama";
import { readXlsxWorkbook } from "../../src/xlsx/read-workbook";
import { writeXlsx } from "../../src/xlsx/write-workbook";
import { needs } from "../support/programs";
import { CREATED, at, cliFile, cliPlans } from "./dasar-support";
import { libreOfficeConvert } from "./support";

const SOFFICE = needs("soffice");
const ROWS = 30;

/** Column A numbers; B and C filled down as Excel stores it: shared formulas B1:B30 and C1:C30. */
function sharedSheet(): string {
  const rows: string[] = [];
  for (let r = 1; r <= ROWS; r++) {
    const b =
      r === 1 ? `<f t="shared" ref="B1:B${ROWS}" si="0">A1*2+1</f>` : `<f t="shared" si="0"/>`;
    const c =
      r === 1
        ? `<f t="shared" ref="C1:C${ROWS}" si="1">SUM($A$1:A1)</f>`
        : `<f t="shared" si="1"/>`;
    rows.push(
      `<row r="${r}"><c r="A${r}"><v>${r}</v></c><c r="B${r}">${b}<v>${2 * r + 1}</v></c>` +
        `<c r="C${r}">${c}<v>${(r * (r + 1)) / 2}</v></c></row>`
    );
  }
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheetData>${rows.join("")}</sheetData></worksheet>`;
}

/** A one-sheet workbook ("Hitung") around sharedSheet(), from a CLI file's package parts. */
async function sharedFile(): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(await cliFile(cliPlans().slice(0, 1)));
  zip.file("xl/worksheets/sheet1.xml", sharedSheet());
  zip.remove("xl/worksheets/_rels/sheet1.xml.rels");
  const workbook = (await zip.file("xl/workbook.xml")?.async("string")) as string;
  zip.file(
    "xl/workbook.xml",
    workbook
      .replace(/name="[^"]*"/, 'name="Hitung"')
      .replace(/<definedNames>.*<\/definedNames>/, "")
  );
  return zip.generateAsync({ type: "uint8array" });
}

const expectedShared = (r: number): CellValue[] => [r, `=A${r}*2+1`, `=SUM($A$1:A${r})`];

let dir: string;
const plans = cliPlans();
beforeAll(async () => {
  if (SOFFICE.skipped) return;
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "iki-lo-dasar-"));
  fs.writeFileSync(path.join(dir, "cli.xlsx"), await cliFile(plans));
  fs.writeFileSync(path.join(dir, "hitung.xlsx"), await sharedFile());
  const files = ["cli.xlsx", "hitung.xlsx"].map((f) => path.join(dir, f));
  libreOfficeConvert(SOFFICE.require(), files, path.join(dir, "lo"));
}, 300_000);

afterAll(() => {
  if (dir) fs.rmSync(dir, { recursive: true, force: true });
});

const lo = (name: string) => new Uint8Array(fs.readFileSync(path.join(dir, "lo", name)));

describe("reading files re-saved by LibreOffice", () => {
  SOFFICE.test("recognises every formula of the CLI's workbook, text for text", async () => {
    const read = await readXlsxWorkbook(lo("cli.xlsx"));
    expect(read.map((s) => s.name)).toEqual(plans.map((p) => p.name));
    const wrong: string[] = [];
    let formulas = 0;
    plans.forEach((plan, i) =>
      plan.cells.forEach((row, r) =>
        row.forEach((cell, c) => {
          if (cell === null || typeof cell !== "object") return;
          formulas++;
          if (at(read[i].formulas, r, c) !== cell.formula) wrong.push(`${plan.name} ${r}:${c}`);
        })
      )
    );
    expect({ formulas: formulas > 50, wrong }).toEqual({ formulas: true, wrong: [] });
    // LibreOffice drops the worksheet custom properties but keeps each sheet's `_IKI_DINSOS` name
    // (penanda-nama.ts): the markers read back from it. It drops "very hidden" (pinned here).
    const properties = await readSheetProperties(lo("cli.xlsx"));
    expect(plans.map((p) => properties.get(p.name)?.get(MARKER_KEY))).toEqual(
      plans.map(() => undefined)
    );
    expect(read.map((s) => s.marker)).toEqual(plans.map((p) => p.marker.value));
    expect(read[read.length - 1].visibility).toBe("hidden");
  });

  SOFFICE.test(
    "gives each cell of a shared formula its own text, before and after LibreOffice",
    async () => {
      for (const bytes of [await sharedFile(), lo("hitung.xlsx")]) {
        const [hitung] = await readXlsxWorkbook(bytes);
        expect(hitung.formulas).toEqual(
          Array.from({ length: ROWS }, (_, i) => expectedShared(i + 1))
        );
        expect(hitung.values[ROWS - 1]).toEqual([ROWS, 2 * ROWS + 1, (ROWS * (ROWS + 1)) / 2]);
      }
    }
  );

  SOFFICE.test(
    "writes OUT from a LibreOffice file and from shared formulas, every formula kept",
    async () => {
      for (const bytes of [lo("cli.xlsx"), lo("hitung.xlsx"), await sharedFile()]) {
        const before = await readXlsxWorkbook(bytes);
        const { bytes: out, hilang } = await writeXlsx([], { dasar: bytes, created: CREATED });
        expect(hilang).toEqual([]);
        const after = await readXlsxWorkbook(out);
        expect(after.map((s) => s.formulas)).toEqual(before.map((s) => s.formulas));
        expect(after.map((s) => s.values)).toEqual(before.map((s) => s.values));
      }
      // The stored catalog LibreOffice left merely hidden goes back very hidden; the markers go
      // back as custom properties (Office.js reads those) and names, hidden again (LibreOffice
      // writes them hidden="false": Name Manager shows them).
      const { bytes: out } = await writeXlsx([], { dasar: lo("cli.xlsx"), created: CREATED });
      const penanda = async (bytes: Uint8Array) =>
        readDefinedNames(
          (await (await JSZip.loadAsync(bytes)).file("xl/workbook.xml")?.async("string")) ?? ""
        )
          .filter((n) => n.name === NAMA_PENANDA)
          .map((n) => /hidden="(1|true)"/.test(n.xml));
      expect(await penanda(lo("cli.xlsx"))).toEqual(plans.map(() => false));
      expect(await penanda(out)).toEqual(plans.map(() => true));
      const properties = await readSheetProperties(out);
      expect(plans.map((p) => properties.get(p.name)?.get(MARKER_KEY))).toEqual(
        plans.map((p) => p.marker.value)
      );
      expect((await readXlsxWorkbook(out)).map((s) => s.visibility)).toEqual(
        plans.map((p) => p.visibility ?? "visible")
      );
    }
  );
});

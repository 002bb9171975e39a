/** Reading the written .xlsx back with ExcelJS shows what the plans hold. */
/* eslint-disable office-addins/call-sync-before-read, office-addins/load-object-before-read -- ExcelJS cells, not Office.js ranges */
import { builtInCatalog } from "../../src/catalog";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { catalog } from "../support/builtin-catalog";
import { MARKER_KEY, parseMarker, planWorkbook } from "../../src/template";
import { forEachCell, requireA1 } from "../../src/template/a1";
import type { SheetPlan } from "../../src/template/plan";
import { computeResults } from "../../src/xlsx/cached-values";
import { readSheetLinks, readSheetProperties } from "../../src/xlsx/package-parts";
import { resolveStyles } from "../../src/xlsx/style";
import { writeXlsx } from "../../src/xlsx/write-workbook";
import { options } from "../template/support";
import { readResult, readWorkbook } from "./support";

const A1 = (row: number, col: number) => `${String.fromCharCode(65 + col)}${row}`;

/** Merged ranges of a sheet as ExcelJS reads them. */
function merges(ws: ExcelJS.Worksheet): string[] {
  return (ws.model as unknown as { merges: string[] }).merges;
}

describe("the whole-dinas workbook (native formulas) read back", () => {
  let plans: SheetPlan[];
  let bytes: Uint8Array;
  let wb: ExcelJS.Workbook;
  let results: ReturnType<typeof computeResults>;

  beforeAll(async () => {
    plans = planWorkbook({
      katalog: builtInCatalog,
      jabatan: catalog.jabatan,
      options: options({ mode: "native" }),
      rekap: true,
      existing: [],
    });
    results = computeResults(plans);
    bytes = await writeXlsx(plans, { results });
    wb = await readWorkbook(bytes);
  }, 60_000);

  test("has the sheets of the plans, in order", () => {
    expect(wb.worksheets.map((ws) => ws.name)).toEqual(plans.map((p) => p.name));
    expect(plans.filter((p) => p.kind === "iki")).toHaveLength(catalog.jabatan.length);
  });

  test("every cell holds the plan's value or formula, formulas with their computed results", () => {
    const wrong: string[] = [];
    let formulas = 0;
    for (const plan of plans) {
      const ws = wb.getWorksheet(plan.name) as ExcelJS.Worksheet;
      plan.cells.forEach((cells, i) =>
        cells.forEach((c, col) => {
          const at = `${plan.name}!${A1(i + 1, col)}`;
          const cell = ws.getCell(i + 1, col + 1);
          if (c === null || c === "") {
            if (cell.type !== ExcelJS.ValueType.Null && cell.type !== ExcelJS.ValueType.Merge)
              wrong.push(`${at} not empty`);
          } else if (typeof c === "object") {
            formulas++;
            if (cell.formula !== c.formula.slice(1)) wrong.push(`${at} formula ${cell.formula}`);
            const expected = results(plan.name, i + 1, col);
            if (JSON.stringify(readResult(cell)) !== JSON.stringify(expected))
              wrong.push(`${at} result ${JSON.stringify(readResult(cell))}`);
          } else if (cell.value !== c)
            wrong.push(`${at} ${JSON.stringify(cell.value)} instead of ${JSON.stringify(c)}`);
        })
      );
    }
    expect(wrong.slice(0, 10)).toEqual([]);
    expect(formulas).toBeGreaterThan(1000);
  });

  test("merges, column widths and row heights are the plan's", () => {
    for (const plan of plans) {
      const ws = wb.getWorksheet(plan.name) as ExcelJS.Worksheet;
      expect([...merges(ws)].sort()).toEqual(expect.arrayContaining([...plan.merges].sort()));
      expect(merges(ws)).toHaveLength(plan.merges.length);
      plan.columnWidths.forEach((w, i) => expect(ws.getColumn(i + 1).width).toBeCloseTo(w, 6));
      for (const h of plan.rowHeights) expect(ws.getRow(h.row).height).toBe(h.height);
    }
  });

  test("number formats, fills, fonts and borders follow the folded formats", () => {
    for (const plan of plans) {
      const ws = wb.getWorksheet(plan.name) as ExcelJS.Worksheet;
      for (const [k, resolved] of resolveStyles(plan.formats)) {
        const [row, col] = k.split(":").map(Number);
        const cell = ws.getCell(row + 1, col + 1);
        const s = resolved.style;
        const at = `${plan.name}!${A1(row + 1, col)}`;
        const numFmt =
          s.numberFormat === undefined || s.numberFormat === "General" ? undefined : s.numberFormat;
        expect([at, cell.numFmt]).toEqual([at, numFmt]);
        if (s.fill)
          expect([at, (cell.fill as ExcelJS.FillPattern).fgColor?.argb]).toEqual([
            at,
            `FF${s.fill.slice(1).toUpperCase()}`,
          ]);
        if (s.bold) expect([at, cell.font?.bold]).toEqual([at, true]);
        if (s.wrap) expect([at, cell.alignment?.wrapText]).toEqual([at, true]);
        for (const edge of resolved.edges)
          expect([at, edge, cell.border?.[edge]?.style]).toEqual([at, edge, "thin"]);
      }
    }
  });

  test("input cells carry their validation: numbers >= min with the plan's texts; list cells their list", () => {
    for (const plan of plans) {
      const ws = wb.getWorksheet(plan.name) as ExcelJS.Worksheet;
      for (const v of plan.validations) {
        forEachCell(v.range, (row, col) => {
          const dv = ws.getCell(row + 1, col + 1).dataValidation;
          expect(dv).toMatchObject({
            type: "decimal",
            operator: "greaterThanOrEqual",
            allowBlank: true,
            prompt: v.prompt,
            error: v.errorMessage,
            showErrorMessage: true,
          });
          expect(dv.formulae.map(Number)).toEqual([v.min]);
        });
      }
      for (const v of plan.listValidations ?? []) {
        const at = requireA1(v.range);
        expect(ws.getCell(at.firstRow + 1, at.firstColumn + 1).dataValidation).toMatchObject({
          type: "list",
          formulae: [`"${v.list.join(",")}"`],
        });
      }
    }
  });

  test("print setup, freeze panes, tab colour and colour bands", () => {
    for (const plan of plans) {
      const ws = wb.getWorksheet(plan.name) as ExcelJS.Worksheet;
      expect(ws.pageSetup).toMatchObject({
        paperSize: 9,
        orientation: plan.print.orientation,
        fitToPage: true,
        fitToWidth: 1,
        fitToHeight: 0,
      });
      if (plan.print.titleRows)
        expect(ws.pageSetup.printTitlesRow).toBe(plan.print.titleRows.replace(/\$/g, ""));
      expect(ws.views[0]).toMatchObject({
        state: "frozen",
        xSplit: plan.freeze.columns,
        ySplit: plan.freeze.rows,
      });
      expect(ws.properties.tabColor).toEqual({ argb: `FF${(plan.tabColor as string).slice(1)}` });
      const cf = (
        ws as unknown as {
          conditionalFormattings: { ref: string; rules: { formulae: string[] }[] }[];
        }
      ).conditionalFormattings;
      expect(cf.map((c) => c.ref)).toEqual(plan.conditionalFormats.map((c) => c.range));
      cf.forEach((c, i) => expect(c.rules).toHaveLength(plan.conditionalFormats[i].bands.length));
    }
  });

  test("each sheet carries its marker as a worksheet custom property, as the add-in reads it", async () => {
    const props = await readSheetProperties(bytes);
    for (const plan of plans) {
      const value = props.get(plan.name)?.get(MARKER_KEY);
      expect(value).toBe(plan.marker.value);
      expect(parseMarker(value as string)?.kind).toBe(plan.kind);
    }
  });

  test("rekap links go to places in the workbook, not to external files", async () => {
    const rekap = plans.find((p) => p.kind === "rekap") as SheetPlan;
    const links = (await readSheetLinks(bytes)).get(rekap.name) as Map<string, string>;
    expect(links.size).toBe(rekap.hyperlinks.length);
    for (const l of rekap.hyperlinks)
      expect(links.get(l.cell)).toBe(`'${l.sheet.replace(/'/g, "''")}'!${l.targetCell}`);
    const zip = await JSZip.loadAsync(bytes);
    const rels = await Promise.all(
      Object.keys(zip.files)
        .filter((f) => f.endsWith(".rels"))
        .map((f) => zip.file(f)?.async("string"))
    );
    expect(rels.join("")).not.toMatch(/TargetMode="External"/);
  });

  test("the rekap's chart is a chart part of its sheet, its cell left as the plan has it", async () => {
    const rekap = plans.find((p) => p.kind === "rekap") as SheetPlan;
    expect(rekap.charts).toHaveLength(1);
    const zip = await JSZip.loadAsync(bytes);
    const charts = Object.keys(zip.files).filter((f) => /^xl\/charts\/chart\d+\.xml$/.test(f));
    expect(charts).toHaveLength(1);
    const xml = (await zip.file(charts[0])?.async("string")) as string;
    expect(xml).toContain(`<a:t>${rekap.charts[0].title}</a:t>`);
    const at = requireA1(rekap.charts[0].topLeft);
    const cell = (wb.getWorksheet(rekap.name) as ExcelJS.Worksheet).getCell(
      at.firstRow + 1,
      at.firstColumn + 1
    );
    expect(cell.value ?? null).toBe(rekap.cells[at.firstRow]?.[at.firstColumn] || null);
  });
});

describe("cell values that need care", () => {
  const plan = (cells: SheetPlan["cells"], name = "Uji"): SheetPlan => ({
    name,
    kind: "iki",
    cells,
    merges: [],
    formats: [],
    columnWidths: [10, 10, 10],
    rowHeights: [],
    validations: [],
    conditionalFormats: [],
    charts: [],
    hyperlinks: [],
    print: { orientation: "landscape", paper: "A4", fitToPagesWide: 1 },
    freeze: { rows: 0, columns: 0 },
    marker: { key: MARKER_KEY, value: '{"v":1}' },
  });

  test("texts stay texts even when they look like formulas; numbers and booleans stay themselves", async () => {
    const wb = await readWorkbook(
      await writeXlsx([
        plan([
          ["=1+1", "+62 812", "@nama"],
          [12.5, true, "0012"],
        ]),
      ])
    );
    const ws = wb.worksheets[0];
    expect(["A1", "B1", "C1"].map((a) => [ws.getCell(a).type, ws.getCell(a).value])).toEqual([
      [ExcelJS.ValueType.String, "=1+1"],
      [ExcelJS.ValueType.String, "+62 812"],
      [ExcelJS.ValueType.String, "@nama"],
    ]);
    expect([ws.getCell("A2").value, ws.getCell("B2").value, ws.getCell("C2").value]).toEqual([
      12.5,
      true,
      "0012",
    ]);
  });

  test("a formula's cached result: the lookup first, else the plan's value; errors kept, unknown codes dropped", async () => {
    const cells: SheetPlan["cells"] = [
      [{ formula: "=1/0" }, { formula: "=B2", value: 7 }, { formula: '=""' }],
      [{ formula: "=NA()" }, 5, null],
    ];
    const lookup = (_s: string, row: number, col: number) =>
      row === 1 && col === 0
        ? { error: "#DIV/0!" }
        : row === 1 && col === 2
          ? ""
          : row === 2
            ? { error: "#CYCLE!" }
            : undefined;
    const ws = (await readWorkbook(await writeXlsx([plan(cells)], { results: lookup })))
      .worksheets[0];
    expect(readResult(ws.getCell("A1"))).toEqual({ error: "#DIV/0!" });
    expect(readResult(ws.getCell("B1"))).toBe(7);
    expect(ws.getCell("C1").formula).toBe('""');
    expect(ws.getCell("A2").formula).toBe("NA()");
    expect(ws.getCell("A2").result).toBeUndefined();
  });

  test("a link to a sheet whose name holds an apostrophe is quoted as Excel quotes it", async () => {
    const p = {
      ...plan([["Lembar O'Neil"]], "Rekap"),
      hyperlinks: [{ cell: "A1", sheet: "O'Neil", targetCell: "C18", text: "O'Neil" }],
    };
    const bytes = await writeXlsx([p, plan([["x"]], "O'Neil")]);
    expect((await readSheetLinks(bytes)).get("Rekap")?.get("A1")).toBe("'O''Neil'!C18");
  });
});

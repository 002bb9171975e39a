/** The pure parts of the ExcelJS sink: style folding, rules, cell values, package edits, row heights. */
import { cellValue, isExcelError } from "../../src/xlsx/cell-value";
import {
  decodePropertyValue,
  encodePropertyValue,
  escapeXml,
  insertBefore,
} from "../../src/xlsx/package-parts";
import { estimatedRowHeights } from "../../src/xlsx/row-heights";
import { bandFormats, listValidation, numberValidation } from "../../src/xlsx/rules";
import { argb, cellKey, excelStyle, resolveStyles } from "../../src/xlsx/style";
import type { SheetPlan } from "../../src/template/plan";

describe("resolveStyles", () => {
  test("later formats win property by property; borders accumulate", () => {
    const s = resolveStyles([
      { range: "A1:B2", style: { bold: true, fill: "#FFF2CC", borders: "all" } },
      { range: "B2", style: { fill: "#F2F2F2", numberFormat: "0.00" } },
    ]);
    expect(s.get(cellKey(1, 1))?.style).toEqual({
      bold: true,
      fill: "#F2F2F2",
      numberFormat: "0.00",
    });
    expect([...(s.get(cellKey(1, 1))?.edges ?? [])].sort()).toEqual([
      "bottom",
      "left",
      "right",
      "top",
    ]);
    expect(s.get(cellKey(0, 0))?.style).toEqual({ bold: true, fill: "#FFF2CC" });
  });

  test("an outline draws only the outer edges of its range", () => {
    const s = resolveStyles([{ range: "A1:C3", style: { borders: "outline" } }]);
    const edges = (row: number, col: number) => [...(s.get(cellKey(row, col))?.edges ?? [])].sort();
    expect(edges(0, 0)).toEqual(["left", "top"]);
    expect(edges(1, 1)).toEqual([]);
    expect(edges(2, 2)).toEqual(["bottom", "right"]);
  });

  test("a bad range is refused", () => {
    expect(() => resolveStyles([{ range: "A0", style: {} }])).toThrow(RangeError);
  });
});

describe("excelStyle", () => {
  test("maps every CellStyle property and writes the font in full", () => {
    const [resolved] = resolveStyles([
      {
        range: "A1",
        style: {
          bold: true,
          italic: true,
          fontSize: 14,
          fontColor: "#595959",
          fill: "#d9e1f2",
          horizontalAlignment: "Center",
          verticalAlignment: "Center",
          wrap: true,
          numberFormat: '0.00"%"',
          borders: "all",
        },
      },
    ]).values();
    const x = excelStyle(resolved);
    expect(x.font).toEqual({
      name: "Calibri",
      size: 14,
      family: 2,
      bold: true,
      italic: true,
      color: { argb: "FF595959" },
    });
    expect(x.fill).toEqual({ type: "pattern", pattern: "solid", fgColor: { argb: "FFD9E1F2" } });
    expect(x.alignment).toEqual({ horizontal: "center", vertical: "middle", wrapText: true });
    expect(x.numFmt).toBe('0.00"%"');
    expect(x.border?.top).toEqual({ style: "thin", color: { argb: "FF000000" } });
  });

  test("General is Excel's default and is not written; an empty style gives nothing", () => {
    const [resolved] = resolveStyles([
      { range: "A1", style: { numberFormat: "General" } },
    ]).values();
    expect(excelStyle(resolved)).toEqual({});
  });

  test("colours must be #RRGGBB", () => {
    expect(argb("#1f4e79")).toBe("FF1F4E79");
    expect(() => argb("red")).toThrow(RangeError);
  });
});

describe("rules", () => {
  test("a number validation: decimal >= min, blanks allowed, texts clipped to Excel's limits", () => {
    const v = numberValidation({
      range: "G16",
      min: 0,
      prompt: "p".repeat(300),
      errorMessage: "Isian harus angka.",
    });
    expect(v).toMatchObject({
      type: "decimal",
      operator: "greaterThanOrEqual",
      formulae: [0],
      allowBlank: true,
      errorStyle: "stop",
      error: "Isian harus angka.",
    });
    expect(v.prompt).toHaveLength(255);
  });

  test("a list validation is one quoted list (items are checked by validatePlan)", () => {
    expect(
      listValidation({
        range: "L20",
        list: ["kumulatif", "nilai akhir"],
        prompt: "",
        errorMessage: "",
      }).formulae
    ).toEqual(['"kumulatif,nilai akhir"']);
  });

  test("bands are half-open [min, max), blanks and texts uncoloured, the open lowest bound left out", () => {
    const cf = bandFormats(
      {
        range: "N18:N30",
        bands: [
          { min: 91, fill: "#C6EFCE", fontColor: "#006100" },
          { min: 76, max: 91, fill: "#E2EFDA", fontColor: "#375623" },
          { max: 51, fill: "#FFC7CE", fontColor: "#9C0006" },
        ],
      },
      4
    );
    expect(cf.ref).toBe("N18:N30");
    expect(cf.rules.map((r) => (r as { formulae: string[] }).formulae[0])).toEqual([
      "AND(ISNUMBER(N18),N18>=91)",
      "AND(ISNUMBER(N18),N18>=76,N18<91)",
      "AND(ISNUMBER(N18),N18<51)",
    ]);
    expect(cf.rules.map((r) => r.priority)).toEqual([4, 5, 6]);
  });
});

describe("cellValue", () => {
  test("empty and blank cells are not written; texts stay texts", () => {
    expect(cellValue(null)).toBeUndefined();
    expect(cellValue("")).toBeUndefined();
    expect(cellValue("=SUM(A1)")).toBe("=SUM(A1)");
  });

  test("formulas lose their '=' and carry the given result, else the plan's value", () => {
    expect(cellValue({ formula: "=A1*2", value: 4 })).toEqual({ formula: "A1*2", result: 4 });
    expect(cellValue({ formula: "=A1*2", value: 4 }, 6)).toEqual({ formula: "A1*2", result: 6 });
    expect(cellValue({ formula: "=A1*2" })).toEqual({ formula: "A1*2" });
    expect(cellValue({ formula: "=1/0" }, { error: "#DIV/0!" })).toEqual({
      formula: "1/0",
      result: { error: "#DIV/0!" },
    });
    expect(cellValue({ formula: "=X" }, { error: "#CYCLE!" })).toEqual({ formula: "X" });
    expect(isExcelError("#N/A")).toBe(true);
  });
});

describe("package parts", () => {
  test("elements go before the first element the schema puts after them", () => {
    const xml = "<worksheet><sheetData/><pageMargins/><pageSetup/><drawing/></worksheet>";
    expect(insertBefore(xml, "<hyperlinks/>", ["pageMargins", "pageSetup"])).toBe(
      "<worksheet><sheetData/><hyperlinks/><pageMargins/><pageSetup/><drawing/></worksheet>"
    );
    expect(insertBefore(xml, "<customProperties/>", [])).toBe(
      "<worksheet><sheetData/><pageMargins/><pageSetup/><customProperties/><drawing/></worksheet>"
    );
    expect(insertBefore("<worksheet></worksheet>", "<x/>", [])).toBe("<worksheet><x/></worksheet>");
  });

  test("custom property values round-trip as UTF-16LE; XML attributes are escaped", () => {
    const value = '{"v":1,"kind":"iki","jabatanId":"arsiparis","nama":"Sosial & Ñ"}';
    const bytes = encodePropertyValue(value);
    expect(bytes.length).toBe(value.length * 2);
    expect(bytes[1]).toBe(0);
    expect(decodePropertyValue(bytes)).toBe(value);
    expect(escapeXml(`'A & B'!<"x">`)).toBe("&apos;A &amp; B&apos;!&lt;&quot;x&quot;&gt;");
  });
});

describe("estimatedRowHeights", () => {
  const plan = (
    cells: SheetPlan["cells"],
    merges: string[] = [],
    rowHeights: SheetPlan["rowHeights"] = []
  ) => ({ cells, merges, rowHeights, columnWidths: [10, 10] }) as unknown as SheetPlan;
  const wrap = resolveStyles([{ range: "A1:B3", style: { wrap: true } }]);
  const long = "kata ".repeat(12);

  test("a wrapped text longer than its column gets the lines it needs; short texts keep the default", () => {
    const p = plan(
      [
        [long, "x"],
        ["pendek", ""],
        [long, ""],
      ],
      [],
      [{ row: 3, height: 20 }]
    );
    const text = (row: number, col: number) => String(p.cells[row][col] ?? "");
    // Twelve words of 4 letters, two to a line of 10 units: 6 lines of 15 points and the margin.
    expect(estimatedRowHeights(p, wrap, text)).toEqual([{ row: 1, height: 93 }]);
  });

  test("merged cells and unwrapped cells are left to the planner", () => {
    const p = plan([[long, ""]], ["A1:B1"]);
    expect(estimatedRowHeights(p, wrap, () => long)).toEqual([]);
    expect(estimatedRowHeights(plan([[long, ""]]), new Map(), () => long)).toEqual([]);
  });
});

import { formatAssignments, rangeFormatProps } from "../../src/workbook/cell-format";
import { bandProps, listValidationProps, validationProps } from "../../src/workbook/rules";
import { VALIDATION_ERROR_MAX, VALIDATION_PROMPT_MAX } from "../../src/template/excel-limits";

describe("rangeFormatProps", () => {
  it("maps a style to Office.js format properties", () => {
    const props = rangeFormatProps(
      {
        bold: true,
        italic: false,
        fontSize: 12,
        fontColor: "#ffffff",
        fill: "#1f4e78",
        horizontalAlignment: "Center",
        verticalAlignment: "Top",
        wrap: true,
        numberFormat: "0.00",
      },
      2,
      2
    );
    expect(props).toEqual({
      font: { bold: true, italic: false, size: 12, color: "#FFFFFF" },
      fillColor: "#1F4E78",
      horizontalAlignment: "Center",
      verticalAlignment: "Top",
      wrapText: true,
    });
    expect(formatAssignments(props)).toBe(8);
  });

  it("names inside edges only where the range has an inside", () => {
    expect(rangeFormatProps({ borders: "all" }, 3, 4).borders).toEqual([
      "EdgeTop",
      "EdgeBottom",
      "EdgeLeft",
      "EdgeRight",
      "InsideVertical",
      "InsideHorizontal",
    ]);
    expect(rangeFormatProps({ borders: "all" }, 1, 4).borders).toEqual([
      "EdgeTop",
      "EdgeBottom",
      "EdgeLeft",
      "EdgeRight",
      "InsideVertical",
    ]);
    expect(rangeFormatProps({ borders: "all" }, 1, 1).borders).toHaveLength(4);
    expect(rangeFormatProps({ borders: "outline" }, 5, 5).borders).toHaveLength(4);
  });

  // Sizes are checked by validatePlan (test/template/validate-plan.test.ts); colours still convert.
  it("refuses colours Excel would refuse", () => {
    expect(() => rangeFormatProps({ fill: "red" }, 1, 1)).toThrow(RangeError);
    expect(() => rangeFormatProps({ fontColor: "#12345" }, 1, 1)).toThrow(RangeError);
  });
});

describe("validationProps", () => {
  it("makes a decimal >= min rule with prompt and stop alert", () => {
    const v = validationProps({
      range: "D5:G9",
      min: 0,
      prompt: "Isi angka",
      errorMessage: "Harus angka",
    });
    expect(v.rule).toEqual({ decimal: { formula1: 0, operator: "GreaterThanOrEqualTo" } });
    expect(v.prompt).toMatchObject({ showPrompt: true, message: "Isi angka" });
    expect(v.errorAlert).toMatchObject({ showAlert: true, style: "Stop", message: "Harus angka" });
  });

  it("clips texts to Excel's limits", () => {
    const v = validationProps({
      range: "A1",
      min: 0,
      prompt: "x".repeat(400),
      errorMessage: "y".repeat(400),
    });
    expect(v.prompt.message).toHaveLength(VALIDATION_PROMPT_MAX);
    expect(v.errorAlert.message).toHaveLength(VALIDATION_ERROR_MAX);
    expect(v.prompt.message.endsWith("…")).toBe(true);
  });
});

describe("listValidationProps", () => {
  it("writes an in-cell drop-down with the items as one comma-separated source", () => {
    const v = listValidationProps({
      range: "L26",
      list: ["kumulatif", "nilai akhir"],
      prompt: "Pilih cara",
      errorMessage: "Pilih dari daftar",
    });
    expect(v.rule).toEqual({ list: { inCellDropDown: true, source: "kumulatif,nilai akhir" } });
    expect(v.prompt.message).toBe("Pilih cara");
    expect(v.errorAlert.style).toBe("Stop");
  });
});

describe("bandProps", () => {
  it("writes [min, max) relative to the top-left cell, blanks excluded", () => {
    expect(
      bandProps("$H$5:H12", { min: 50, max: 100, fill: "#ffeb9c", fontColor: "#9c5700" })
    ).toEqual({
      formula: "=AND(ISNUMBER(H5),H5>=50,H5<100)",
      fillColor: "#FFEB9C",
      fontColor: "#9C5700",
    });
    expect(bandProps("H5:H12", { min: 100, fill: "#C6EFCE", fontColor: "#006100" }).formula).toBe(
      "=AND(ISNUMBER(H5),H5>=100)"
    );
  });

  it("refuses an empty band", () => {
    expect(() =>
      bandProps("A1", { min: 5, max: 5, fill: "#000000", fontColor: "#FFFFFF" })
    ).toThrow(RangeError);
  });
});

import { columnWidthPoints } from "../../src/workbook/column-width";
import { groupFormats } from "../../src/workbook/format-groups";
import { foldGridNumberFormats } from "../../src/workbook/grid-number-formats";
import { foldMergeRuns } from "../../src/workbook/merge-runs";
import {
  TEXT_FORMAT,
  sheetCommands,
  ungroupedSheetCommands,
  type SheetCommand,
} from "../../src/workbook/sheet-commands";
import type { SheetPlan } from "../../src/template/plan";
import { MARKER, ikiPlan, rekapPlan } from "../support/hand-plans";
import { expectWellFormed } from "../support/well-formed";

const kinds = (commands: SheetCommand[]) => commands.map((c) => c.kind);

describe("sheetCommands", () => {
  const plan = ikiPlan("IKI 1 Kepala Dinas", "kepala-dinas", { nama: '=HYPERLINK("http://x")' });
  const { commands, name, kind, jabatanId } = sheetCommands(plan);

  it("keeps the sheet's identity", () => {
    expect({ name, kind, jabatanId }).toEqual({
      name: "IKI 1 Kepala Dinas",
      kind: "iki",
      jabatanId: "kepala-dinas",
    });
  });

  it("adds the sheet first and the marker last", () => {
    expect(commands[0]).toEqual({ kind: "addSheet" });
    expect(commands[commands.length - 1]).toEqual({
      kind: "customProperty",
      key: MARKER,
      value: plan.marker.value,
    });
  });

  it("writes formats, then the text guard, then the grid, then merges", () => {
    const k = kinds(commands);
    const lastFormat = k.lastIndexOf("format");
    const grid = k.indexOf("formulas");
    const guard = grid - 1;
    expect(commands[guard]).toMatchObject({ kind: "numberFormat", address: "A1:H10" });
    expect(lastFormat).toBeLessThan(guard);
    expect(k.lastIndexOf("numberFormat")).toBe(guard);
    expect(k.indexOf("merge")).toBeGreaterThan(grid);
  });

  it("groups and folds the plan's commands, one per plan entry before that", () => {
    const ungrouped = ungroupedSheetCommands(plan);
    expect(ungrouped.commands.filter((c) => c.kind === "format")).toHaveLength(
      plan.formats.filter((f) => Object.keys(f.style).some((k) => k !== "numberFormat")).length
    );
    expect(ungrouped.commands.filter((c) => c.kind === "numberFormat")).toHaveLength(
      plan.formats.filter((f) => f.style.numberFormat !== undefined).length + 1 // + text guard
    );
    expect(ungrouped.commands.filter((c) => c.kind === "merge")).toHaveLength(plan.merges.length);
    expect(
      ungrouped.commands.some((c) => c.kind === "formatAreas" || c.kind === "mergeAcross")
    ).toBe(false);
    expect(commands).toEqual(
      groupFormats(foldGridNumberFormats(foldMergeRuns(ungrouped.commands)))
    );
  });

  it("gives every array the size of its range and every address A1 form", () => {
    expectWellFormed(commands);
  });

  it("formats as Text exactly the cells holding plan text, else as the plan's number format", () => {
    const guard = commands.find(
      (c) => c.kind === "numberFormat" && c.address === "A1:H10"
    ) as Extract<SheetCommand, { kind: "numberFormat" }>;
    // Plan formats: H5:H10 "0.00" (formulas), C2:C3 "0.00" (text there, so Text wins).
    const planFormat = (r: number, c: number) => (c === 7 && r >= 4 ? "0.00" : null);
    plan.cells.forEach((row, r) =>
      row.forEach((cell, c) =>
        expect(guard.values[r][c]).toBe(
          typeof cell === "string" && cell !== "" ? TEXT_FORMAT : planFormat(r, c)
        )
      )
    );
    expect(guard.values[1][2]).toBe("@"); // the nama that looks like a formula
    expect(guard.values[4][7]).toBe("0.00");
  });

  it("writes formulas as en-US formula text and leaves null cells alone", () => {
    const grid = commands.find((c) => c.kind === "formulas") as Extract<
      SheetCommand,
      { kind: "formulas" }
    >;
    expect(grid.values[4][7]).toBe('=IFERROR(SUM(D5:G5)/C5*100,"")');
    expect(grid.values[4][3]).toBeNull();
    expect(grid.values[1][2]).toBe('=HYPERLINK("http://x")');
  });

  it("turns column widths into points, grouping equal neighbours", () => {
    const widths = commands.filter((c) => c.kind === "columnWidth");
    expect(widths).toEqual([
      { kind: "columnWidth", address: "A:A", points: columnWidthPoints(5) },
      { kind: "columnWidth", address: "B:B", points: columnWidthPoints(40) },
      { kind: "columnWidth", address: "C:G", points: columnWidthPoints(10) },
      { kind: "columnWidth", address: "H:H", points: columnWidthPoints(12) },
    ]);
  });

  it("sets row heights on whole rows", () => {
    expect(commands.filter((c) => c.kind === "rowHeight")).toEqual([
      { kind: "rowHeight", address: "1:1", points: 24 },
      { kind: "rowHeight", address: "4:4", points: 30 },
    ]);
  });

  it("gives a plan number format to the whole range, folded into the grid's when inside it", () => {
    expect(ungroupedSheetCommands(plan).commands).toContainEqual({
      kind: "numberFormat",
      address: "H5:H10",
      values: Array.from({ length: 6 }, () => ["0.00"]),
    });
    expect(commands.filter((c) => c.kind === "numberFormat")).toHaveLength(1);
  });

  it("merges runs of one-row merges across, and leaves the others", () => {
    const runs: SheetPlan = {
      ...plan,
      merges: ["A1:H1", "A2:B2", "C2:H2", "A3:B3", "C3:H3", "B5:B6", "C5:D5"],
    };
    expect(sheetCommands(runs).commands.filter((c) => c.kind.startsWith("merge"))).toEqual([
      { kind: "merge", address: "A1:H1" },
      { kind: "mergeAcross", address: "A2:B3" },
      { kind: "mergeAcross", address: "C2:H3" },
      { kind: "merge", address: "B5:B6" },
      { kind: "merge", address: "C5:D5" },
    ]);
  });

  it("carries validations, bands, chart, print, freeze and tab colour", () => {
    expect(commands.filter((c) => c.kind === "validation")).toHaveLength(1);
    expect(commands.filter((c) => c.kind === "conditionalFormat")).toHaveLength(3);
    expect(commands.find((c) => c.kind === "chart")).toMatchObject({
      values: "H5:H10",
      categories: "B5:B10",
      topLeft: "J4",
      bottomRight: "Q20",
    });
    expect(commands.find((c) => c.kind === "pageLayout")).toEqual({
      kind: "pageLayout",
      orientation: "Landscape",
      paperSize: "A4",
      zoom: { horizontalFitToPages: 1, verticalFitToPages: 0 },
      titleRows: "$4:$4",
    });
    expect(commands).toContainEqual({ kind: "freeze", rows: 4, columns: 2 });
    expect(commands).toContainEqual({ kind: "tabColor", color: "#2E75B6" });
  });

  it("links to other sheets with a quoted document reference", () => {
    const rekap = sheetCommands(rekapPlan("Rekap", ["IKI Jum'at"]));
    expect(rekap.commands).toContainEqual({
      kind: "hyperlink",
      address: "A3",
      documentReference: "'IKI Jum''at'!A1",
      textToDisplay: "IKI Jum'at",
    });
    expect(kinds(rekap.commands)).not.toContain("tabColor");
  });

  it("writes no text guard when the grid holds no text, and nothing for an empty grid", () => {
    const numbers: SheetPlan = {
      ...ikiPlan("N", "n"),
      cells: [[1, { formula: "=A1*2" }]],
      merges: [],
    };
    expect(kinds(sheetCommands(numbers).commands).filter((k) => k === "numberFormat")).toHaveLength(
      2
    ); // the plan's own formats, outside this 1x2 grid, so not folded
    const empty: SheetPlan = { ...ikiPlan("E", "e"), cells: [], merges: [] };
    expect(kinds(sheetCommands(empty).commands)).not.toContain("formulas");
  });
});

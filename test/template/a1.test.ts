import fc from "fast-check";
import {
  MAX_COLUMNS,
  blockAddress,
  cell,
  cellAddress,
  columnIndex,
  columnLetter as columnLetters,
  columnsAddress,
  forEachCell,
  parseA1,
  parseCell,
  quoteSheetName,
  range,
  rangeSize,
  requireA1,
  rowsAddress,
  topLeftCell,
} from "../../src/template/a1";

describe("column letters", () => {
  it("maps the edges of each letter count", () => {
    expect([0, 25, 26, 51, 701, 702, MAX_COLUMNS - 1].map(columnLetters)).toEqual([
      "A",
      "Z",
      "AA",
      "AZ",
      "ZZ",
      "AAA",
      "XFD",
    ]);
  });

  it("round-trips every column", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: MAX_COLUMNS - 1 }),
        (i) => columnIndex(columnLetters(i)) === i
      )
    );
  });

  it("refuses columns past XFD", () => {
    expect(columnIndex("XFE")).toBeUndefined();
    expect(() => columnLetters(MAX_COLUMNS)).toThrow(RangeError);
    expect(() => columnLetters(-1)).toThrow(RangeError);
  });
});

describe("parseA1", () => {
  it.each([
    ["A1", { firstRow: 0, firstColumn: 0, lastRow: 0, lastColumn: 0, kind: "cells" }],
    ["$B$3:D9", { firstRow: 2, firstColumn: 1, lastRow: 8, lastColumn: 3, kind: "cells" }],
    ["D9:B3", { firstRow: 2, firstColumn: 1, lastRow: 8, lastColumn: 3, kind: "cells" }],
  ])("reads %s", (address, expected) => {
    expect(parseA1(address)).toEqual(expected);
  });

  it("reads whole columns and whole rows", () => {
    expect(rangeSize(requireA1("A:C"))).toEqual({ rows: 1_048_576, columns: 3 });
    expect(requireA1("$14:$15")).toMatchObject({ firstRow: 13, lastRow: 14, kind: "rows" });
  });

  it.each([
    "",
    "A",
    "1",
    "A0",
    "XFE1",
    "A1048577",
    "A1:B2:C3",
    "Sheet1!A1",
    "A1:",
    " A1",
    "R1C1",
    "A-1",
    "$$A1",
    "AAAA1",
    "A12345678",
    ":A1",
    "A1:5",
    "A[1",
  ])("refuses %j", (address) => {
    expect(parseA1(address)).toBeUndefined();
    expect(() => requireA1(address)).toThrow(RangeError);
  });

  it("agrees with blockAddress for every block", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 5000 }),
        fc.integer({ min: 0, max: 500 }),
        fc.integer({ min: 1, max: 300 }),
        fc.integer({ min: 1, max: 60 }),
        (r, c, rows, cols) => {
          const range = requireA1(blockAddress(r, c, rows, cols));
          expect(range).toMatchObject({ firstRow: r, firstColumn: c });
          expect(rangeSize(range)).toEqual({ rows, columns: cols });
        }
      )
    );
  });
});

describe("parseCell and forEachCell", () => {
  it("reads one cell with 0-based indexes, in either case and with dollars", () => {
    expect(parseCell("A1")).toEqual({ row: 0, column: 0 });
    expect(parseCell("$b$3")).toEqual({ row: 2, column: 1 });
    expect(parseCell("XFD1048576")).toEqual({ row: 1_048_575, column: MAX_COLUMNS - 1 });
    expect(parseCell("A1:B2")).toBeUndefined();
  });

  it("visits every cell of a range row by row, corners in any order", () => {
    const seen: string[] = [];
    forEachCell("C2:B3", (row, column) => seen.push(cellAddress(row, column)));
    expect(seen).toEqual(["B2", "C2", "B3", "C3"]);
    expect(() => forEachCell("A0", () => undefined)).toThrow(RangeError);
  });

  it("builds planner addresses from row numbers", () => {
    expect(cell(16, 6)).toBe("G16");
    expect(range(16, 7, 16, 10)).toBe("H16:K16");
    expect(range(3, 1, 3, 1)).toBe("B3");
  });
});

describe("address builders", () => {
  it("writes cells, columns and rows", () => {
    expect(cellAddress(0, 0)).toBe("A1");
    expect(blockAddress(3, 1, 1, 1)).toBe("B4");
    expect(blockAddress(0, 0, 2, 3)).toBe("A1:C2");
    expect(columnsAddress(0, 2)).toBe("A:C");
    expect(rowsAddress(4, 6)).toBe("5:7");
    expect(topLeftCell("$H$5:H12")).toBe("H5");
  });

  it("refuses empty blocks and rows outside the sheet", () => {
    expect(() => blockAddress(0, 0, 0, 1)).toThrow(RangeError);
    expect(() => cellAddress(1_048_576, 0)).toThrow(RangeError);
    expect(() => rowsAddress(3, 2)).toThrow(RangeError);
  });

  it("quotes sheet names and doubles their quotes", () => {
    expect(quoteSheetName("IKI Kepala Dinas")).toBe("'IKI Kepala Dinas'");
    expect(quoteSheetName("Jum'at")).toBe("'Jum''at'");
  });
});

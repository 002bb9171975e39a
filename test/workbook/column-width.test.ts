import fc from "fast-check";
import { columnWidthPixels, columnWidthPoints } from "../../src/workbook/column-width";

describe("column width: characters -> points", () => {
  it("gives Excel's default column (8.43 characters) 64 px = 48 pt", () => {
    expect(columnWidthPixels(8.43)).toBe(64);
    expect(columnWidthPoints(8.43)).toBe(48);
  });

  it("follows trunc(w * 7 + 5) px from one character up, and w * 12 px below", () => {
    expect(columnWidthPixels(1)).toBe(12);
    expect(columnWidthPixels(10)).toBe(75);
    expect(columnWidthPoints(10)).toBe(56.25);
    expect(columnWidthPixels(0.5)).toBe(6);
    expect(columnWidthPixels(0)).toBe(0);
  });

  it("never shrinks when the width grows", () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0, max: 255, noNaN: true }),
        fc.double({ min: 0, max: 255, noNaN: true }),
        (a, b) => {
          const [lo, hi] = a <= b ? [a, b] : [b, a];
          return columnWidthPoints(lo) <= columnWidthPoints(hi);
        }
      )
    );
  });

  it("refuses widths Excel cannot hold", () => {
    expect(() => columnWidthPoints(-1)).toThrow(RangeError);
    expect(() => columnWidthPoints(256)).toThrow(RangeError);
    expect(() => columnWidthPoints(Number.NaN)).toThrow(RangeError);
  });
});

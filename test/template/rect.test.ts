/** The planners' rectangle: a span or an index on each side, read back as A1 through a1.ts. */
import { lastCol, lastRow, rect, rectA1 } from "../../src/template/rect";
import { SheetBuilder } from "../../src/template/sheet-builder";

test("a rectangle from an index or an inclusive span on each side", () => {
  expect(rect(5, [0, 6])).toEqual({ row: 5, col: 0, rows: 1, cols: 7 });
  expect(rect([14, 15], 2)).toEqual({ row: 14, col: 2, rows: 2, cols: 1 });
  const r = rect([12, 30], [7, 10]);
  expect([lastRow(r), lastCol(r)]).toEqual([30, 10]);
});

test("as A1: a range, or one cell for a one-cell rectangle", () => {
  expect(rectA1(rect(5, [0, 6]))).toBe("A5:G5");
  expect(rectA1(rect([14, 15], 2))).toBe("C14:C15");
  expect(rectA1(rect(16, 7))).toBe("H16");
});

test("an inverted span is refused, not silently turned into an empty or negative size", () => {
  expect(() => rect([5, 4], 0)).toThrow(RangeError);
  expect(() => rect(5, [3, 2])).toThrow(RangeError);
});

test("the builder merges, formats and sizes through a rectangle", () => {
  const b = new SheetBuilder([10, 20, 30]);
  b.mergeWith(rect([1, 2], [0, 1]), "x");
  b.merge(rect(3, 2));
  b.format(rect(3, [1, 2]), { bold: true });
  expect(b.merges).toEqual(["A1:B2"]);
  expect(b.formats).toEqual([{ range: "B3:C3", style: { bold: true } }]);
  expect(b.widthOf(rect(1, [1, 2]))).toBe(50);
  b.mergeWrapped(rect(4, [0, 2]), "kata ".repeat(40));
  expect(b.rowHeights.find((h) => h.row === 4)?.height).toBeGreaterThan(15);
});

/** The page model: fit-to-width scale, where pages begin, and the page break that keeps a block whole. */
import { builtInCatalog } from "../../src/catalog";
import { catalog } from "../support/builtin-catalog";
import { ikiLayout, planWorkbook } from "../../src/template";
import type { SheetPlan } from "../../src/template/plan";
import {
  fitScale,
  keepTogether,
  pageStarts,
  straddles,
  type PrintGeometry,
} from "../../src/template/print-pages";
import { options } from "./support";

const lebar = [5, 24, 30, 30, 15, 9, 10, 10, 10, 10, 10, 11, 11, 11, 13, 18];

function geometry(heights: number[], titleRows?: { from: number; to: number }): PrintGeometry {
  return { columnWidths: lebar, heights, orientation: "landscape", titleRows };
}

describe("fitScale", () => {
  it("is Excel's fit-to-width percent: 1669 px of columns on 741 pt of A4 landscape is 59%", () => {
    // sum trunc(7w + 5) = 7 x 227 + 5 x 16 = 1669 px = 1251.75 pt; (841.89 - 2 x 50.4) / 1251.75
    expect(fitScale(geometry([]))).toBe(59);
  });

  it("shrinks with a wider digit, stays at 100% when the columns fit, and portrait is narrower", () => {
    expect(fitScale(geometry([]), 9.5)).toBeLessThan(fitScale(geometry([])));
    expect(fitScale({ columnWidths: [10, 10], orientation: "landscape" })).toBe(100);
    expect(fitScale({ columnWidths: lebar, orientation: "portrait" })).toBeLessThan(59);
  });
});

describe("pageStarts", () => {
  // At 50%, a page holds (595.28 - 108) x 0.95 x 2 = 925.8 points of rows.
  it("starts a page where the next row would not fit", () => {
    expect(pageStarts(geometry(new Array(100).fill(20)), 50)).toEqual([1, 47, 93]);
  });

  it("repeats the title rows on every page that begins below them", () => {
    const heights = new Array(100).fill(20);
    // 2 title rows of 20 points leave room for 44 rows on the pages after the first.
    expect(pageStarts(geometry(heights, { from: 5, to: 6 }), 50)).toEqual([1, 47, 91]);
  });

  it("begins a page at a manual break", () => {
    expect(pageStarts(geometry(new Array(100).fill(20)), 50, [30])).toEqual([1, 30, 76]);
  });
});

describe("keepTogether", () => {
  const heights = new Array(60).fill(20);
  it("needs no break when the block is on one page at every plausible scale", () => {
    expect(straddles(geometry(heights), 10, 20)).toBe(false);
    expect(keepTogether(geometry(heights), 10, 15, 20)).toBeUndefined();
  });

  it("breaks before the lead of the block when the block would straddle", () => {
    const g = geometry(heights);
    // At 59% a page holds 784 points, 39 rows: rows 35..45 cross the boundary.
    expect(straddles(g, 35, 45)).toBe(true);
    expect(keepTogether(g, 30, 35, 45)).toBe(30);
    expect(straddles(g, 30, 45, [30])).toBe(false);
  });

  it("keeps only the block itself together when block and lead exceed a page", () => {
    const tall = new Array(120).fill(20);
    expect(keepTogether(geometry(tall), 5, 35, 45)).toBe(35);
  });
});

describe("the real IKI plans", () => {
  const plans = planWorkbook({
    katalog: builtInCatalog,
    jabatan: catalog.jabatan,
    options: options(),
    rekap: false,
    existing: [],
  });

  function geometryOf(plan: SheetPlan): PrintGeometry {
    const heights = plan.cells.map((_, i) => {
      const h = plan.rowHeights.find((x) => x.row === i + 1);
      if (!h) throw new Error(`${plan.name}: row ${i + 1} has no planned height`);
      return h.height;
    });
    const [from, to] = (plan.print.titleRows ?? "").replace(/\$/g, "").split(":").map(Number);
    return { ...geometry(heights), columnWidths: plan.columnWidths, titleRows: { from, to } };
  }

  it("plan a height for every row, so the page estimate holds in any program", () => {
    for (const plan of plans) expect(() => geometryOf(plan)).not.toThrow();
  });

  it("keep the signature block on one page at every plausible scale, breaking only where needed", () => {
    let broken = 0;
    plans.forEach((plan, i) => {
      const layout = ikiLayout(catalog.jabatan[i]);
      const g = geometryOf(plan);
      const breaks = plan.print.rowBreaks ?? [];
      expect(straddles(g, layout.tempat, layout.ttdNip, breaks)).toBe(false);
      if (breaks.length > 0) {
        broken++;
        // The break is needed, and the last indicator leads the block onto its page.
        expect(straddles(g, layout.tempat, layout.ttdNip)).toBe(true);
        expect(breaks).toEqual([layout.blok[layout.blok.length - 1].baris]);
      }
    });
    expect(broken).toBeGreaterThan(0);
  });
});

/**
 * "Kunci rumus" in the plans: every IKI sheet and the rekap are protected unless asked not to be,
 * the catalog sheets never; the cells a plan unlocks are exactly its yellow input cells, none of
 * them a formula. The in-memory workbook (the preview) keeps the same state per sheet.
 */
import { builtInCatalog } from "../../src/catalog";
import { catalogToTables } from "../../src/catalog/tabel";
import { cellAddress, parseCell } from "../../src/template/a1";
import { planKatalogSheets } from "../../src/template/katalog-sheets";
import { validatePlan } from "../../src/template/validate-plan";
import { planWorkbook } from "../../src/template/workbook-plan";
import { MemoryWorkbook } from "../../src/preview/memory-workbook";
import { isLockedCell, isProtected } from "../../src/preview/protection";
import { semuaPlan, sorted, unlockedCells, yellowCells } from "../support/kunci";
import { catalog } from "../support/builtin-catalog";
import { options } from "./support";

describe.each(["iki", "native"] as const)("Kunci rumus, mode %s", (mode) => {
  const plans = semuaPlan(mode);

  it("protects every IKI sheet and the rekap by default, none with kunci: false", () => {
    expect(plans.map((p) => p.kind)).toEqual([...Array(plans.length - 1).fill("iki"), "rekap"]);
    expect(plans.every((p) => p.protect === true)).toBe(true);
    expect(semuaPlan(mode, { kunci: false }).some((p) => "protect" in p)).toBe(false);
    expect(semuaPlan(mode, { kunci: true }).every((p) => p.protect === true)).toBe(true);
  });

  it("unlocks exactly the yellow input cells of each sheet, and no formula", () => {
    let unlocked = 0;
    for (const plan of plans) {
      const cells = unlockedCells(plan);
      expect({ sheet: plan.name, cells: sorted(cells) }).toEqual({
        sheet: plan.name,
        cells: sorted(yellowCells(plan)),
      });
      for (const a1 of cells) {
        const at = parseCell(a1);
        const value = at && plan.cells[at.row]?.[at.column];
        expect({ a1, formula: value !== null && typeof value === "object" }).toEqual({
          a1,
          formula: false,
        });
      }
      if (plan.kind === "iki")
        expect(cells.size).toBeGreaterThan(7); // identity and inputs
      else expect(cells.size).toBe(0); // the rekap holds only formulas and labels
      unlocked += cells.size;
    }
    expect(unlocked).toBeGreaterThan(plans.length * 7);
  });

  it("keeps the state in the memory workbook; the preview's rule refuses a locked cell only while protected", () => {
    const wb = new MemoryWorkbook();
    const [iki] = plans;
    wb.apply([iki]);
    const formula = iki.cells
      .flatMap((row, r) =>
        row.map((c, col) => (c !== null && typeof c === "object" ? { r, col } : undefined))
      )
      .find((x) => x !== undefined) as { r: number; col: number };
    const formulaA1 = cellAddress(formula.r, formula.col);
    const input = [...unlockedCells(iki)][0];
    expect(isProtected(wb, iki.name)).toBe(true);
    expect(isLockedCell(wb, iki.name, formulaA1)).toBe(true);
    expect(isLockedCell(wb, iki.name, "A1")).toBe(true); // the kop
    expect(isLockedCell(wb, iki.name, input)).toBe(false);
    wb.setProtected(iki.name, false);
    expect(isProtected(wb, iki.name)).toBe(false);
    expect(isLockedCell(wb, iki.name, formulaA1)).toBe(false);
  });
});

it("never protects the catalog sheets (export, stored catalog)", () => {
  const plans = planWorkbook({
    katalog: builtInCatalog,
    jabatan: catalog.jabatan.slice(0, 2),
    options: options(),
    rekap: true,
    existing: [],
    katalogTersimpan: true,
  });
  const stored = plans.find((p) => p.kind === "katalog-tersimpan");
  expect(stored).toBeDefined();
  expect(stored && "protect" in stored).toBe(false);
  expect(plans.filter((p) => p.protect).map((p) => p.kind)).toEqual(["iki", "iki", "rekap"]);
  const exported = planKatalogSheets(catalogToTables(builtInCatalog.catalog), []);
  expect(exported.length).toBeGreaterThan(0);
  expect(exported.some((p) => "protect" in p)).toBe(false);
});

it("validatePlan accepts only unlocking styles and protect: true", () => {
  const [plan] = semuaPlan("iki");
  expect(() => validatePlan(plan)).not.toThrow();
  const locked = {
    ...plan,
    formats: [{ range: "A1", style: { locked: true as unknown as false } }],
  };
  expect(() => validatePlan(locked)).toThrow(/only unlock/);
  const odd = { ...plan, protect: false as unknown as true };
  expect(() => validatePlan(odd)).toThrow(/protect must be true/);
});

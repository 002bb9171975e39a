/**
 * "Kunci rumus" in tests: every real plan (the whole catalog, the synthetic jabatan, one with fungsi
 * and one without indicators with fungsi, the rekap), and the two views of a plan's input cells
 * that must agree in every sink: the cells its formats unlock, and the cells its folded styles fill
 * yellow (the isian colour).
 */
import { builtInCatalog } from "../../src/catalog";
import type { Jabatan } from "../../src/catalog/types";
import { cellAddress, forEachCell } from "../../src/template/a1";
import type { FormulaMode, TemplateOptions } from "../../src/template/options";
import type { SheetPlan } from "../../src/template/plan";
import { warna } from "../../src/template/styles";
import { planWorkbook } from "../../src/template/workbook-plan";
import { denganFungsi, JABATAN_SINTETIS, options } from "../template/support";
import { catalog } from "./builtin-catalog";

const denganIndikator = catalog.jabatan.find((j) => j.indikator.length > 2) as Jabatan;
const tanpaIndikator = catalog.jabatan.find((j) => j.indikator.length === 0) as Jabatan;

/** Every catalog jabatan, the synthetic one, and two with fungsi (with and without indicators). */
export const SEMUA_JABATAN: Jabatan[] = [
  ...catalog.jabatan,
  JABATAN_SINTETIS,
  denganFungsi(denganIndikator),
  denganFungsi(tanpaIndikator),
];

/** The whole dinas and its rekap (last), planned as the pane and the command line plan them. */
export function semuaPlan(mode: FormulaMode, extra: Partial<TemplateOptions> = {}): SheetPlan[] {
  return planWorkbook({
    katalog: builtInCatalog,
    jabatan: SEMUA_JABATAN,
    options: options({ mode, ...extra }),
    rekap: true,
    existing: [],
  });
}

/** The cells (A1) a plan's formats unlock. */
export function unlockedCells(plan: SheetPlan): Set<string> {
  const out = new Set<string>();
  for (const f of plan.formats)
    if (f.style.locked === false) forEachCell(f.range, (r, c) => out.add(cellAddress(r, c)));
  return out;
}

/** The cells (A1) whose folded fill (later formats win) is the input colour. */
export function yellowCells(plan: SheetPlan): Set<string> {
  const fill = new Map<string, string>();
  for (const f of plan.formats) {
    const colour = f.style.fill;
    if (colour !== undefined) forEachCell(f.range, (r, c) => fill.set(cellAddress(r, c), colour));
  }
  return new Set([...fill].filter(([, c]) => c === warna.isian).map(([a1]) => a1));
}

export const sorted = (cells: Iterable<string>) => [...cells].sort();

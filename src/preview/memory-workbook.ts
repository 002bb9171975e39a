/**
 * An in-memory workbook on HyperFormula (dev-only: tests and the browser preview; HyperFormula is
 * GPL-3.0, never part of the production bundle). It applies SheetPlans as a sink would, computes
 * them with the IKI.* plugin, and keeps each plan's formatting and markers for a grid to render.
 *
 * Arithmetic is exact IEEE (smartRounding off), as the IKI.* functions and Excel compute: HyperFormula's
 * default rounds results to 10 digits, so its numbers would no longer be those of src/capaian.
 */
import { DetailedCellError, HyperFormula, type RawCellContent } from "hyperformula";
import { isValidSheetName, sheetKey as key } from "../template/sheet-names";
import { parseCell } from "../template/a1";
import { MARKER_KEY } from "../template/marker";
import type { PlanCell, SheetPlan } from "../template/plan";
import { registerIkiFunctions, type IkiHostContext } from "./hyperformula-iki";

/** A computed value: an error shows as its code (and HyperFormula's message). */
export type MemoryValue = number | string | boolean | null | { error: string; message?: string };

/** What a plan says about a sheet beyond its cells: what a grid needs to draw it. */
export type SheetDecoration = Omit<SheetPlan, "cells" | "name">;

/** A sheet and its custom property IKI-DINSOS, when set. */
export type MemorySheet = { name: string; marker?: string };

type SheetState = { id: number; properties: Map<string, string>; decoration?: SheetDecoration };

/** Very hidden (the stored catalog): no tab, and Excel refuses to activate it. */
const isVeryHidden = (s: SheetState) => s.decoration?.visibility === "veryHidden";

/** What a rewrite in place replaces, to put back when it fails. */
interface Snapshot {
  content: RawCellContent[][];
  decoration?: SheetDecoration;
  properties: Map<string, string>;
}

/** Plan cell -> HyperFormula input: text gets an apostrophe, so "=1+1", "123" or "TRUE" stay text. */
export function rawContent(value: PlanCell): RawCellContent {
  if (value === null || value === "") return null;
  if (typeof value === "string") return `'${value}`;
  return typeof value === "object" ? value.formula : value;
}

function decorationOf(plan: SheetPlan): SheetDecoration {
  const decoration: Partial<SheetPlan> = { ...plan };
  for (const k of ["cells", "name", "replace", "supersedes"] as const) delete decoration[k];
  return decoration as SheetDecoration;
}

export class MemoryWorkbook {
  readonly hf: HyperFormula;
  /** Tab order. */
  private readonly order: SheetState[] = [];
  /** The sheet last activated through the port (the grid shows it), if any. */
  activeSheet?: string;

  /**
   * Array arithmetic on, as in Excel 365: the IKI-mode formulas pass IF(range="","",range) to a
   * function (formulas-iki.ts), which HyperFormula otherwise refuses ("Cell range not allowed").
   * `host` chooses how empty cells reach the IKI.* functions (the blank-as-0 stand-in).
   */
  constructor(host: IkiHostContext = {}) {
    registerIkiFunctions();
    this.hf = HyperFormula.buildEmpty({
      licenseKey: "gpl-v3",
      smartRounding: false,
      useArrayArithmetic: true,
      context: host,
    });
  }

  sheets(): MemorySheet[] {
    return this.sheetNames().map((name, i) => {
      const marker = this.order[i].properties.get(MARKER_KEY);
      return marker === undefined ? { name } : { name, marker };
    });
  }

  /** Every sheet, hidden ones too (as Excel's worksheets collection lists them). */
  sheetNames = (): string[] => this.order.map((s) => this.hf.getSheetName(s.id) as string);

  /** The sheets a user sees as tabs: not the very hidden ones (the stored catalog). */
  visibleSheetNames(): string[] {
    return this.order
      .filter((s) => !isVeryHidden(s))
      .map((s) => this.hf.getSheetName(s.id) as string);
  }

  hasSheet(name: string): boolean {
    return this.find(name) !== undefined;
  }

  /** A blank sheet with no marker (as a user would add one). */
  addSheet(name: string): void {
    this.assertNewNames([name]);
    const id = this.hf.getSheetId(this.hf.addSheet(name)) as number;
    this.order.push({ id, properties: new Map() });
  }

  renameSheet(from: string, to: string): void {
    const s = this.get(from);
    if (key(from) !== key(to)) this.assertNewNames([to]);
    else if (!isValidSheetName(to)) throw new Error(`invalid sheet name "${to}"`);
    this.hf.renameSheet(s.id, to);
  }

  removeSheet(name: string): void {
    const s = this.get(name);
    this.hf.removeSheet(s.id);
    this.order.splice(this.order.indexOf(s), 1);
  }

  /** Marks a sheet as the one shown, as Excel's Worksheet.activate. */
  activate(name: string): void {
    const s = this.get(name);
    // Excel refuses to activate a hidden sheet.
    if (isVeryHidden(s)) throw new Error(`sheet "${name}" is hidden`);
    this.activeSheet = this.hf.getSheetName(s.id);
  }

  /** A worksheet custom property; undefined removes it. */
  setProperty(sheet: string, propertyKey: string, value: string | undefined): void {
    const s = this.get(sheet);
    if (value === undefined) s.properties.delete(propertyKey);
    else s.properties.set(propertyKey, value);
  }

  getProperty(sheet: string, propertyKey: string): string | undefined {
    return this.get(sheet).properties.get(propertyKey);
  }

  decoration(sheet: string): SheetDecoration | undefined {
    return this.get(sheet).decoration;
  }

  /** Protects or unprotects a planned sheet (see protection.ts), as Excel's Review tab does. */
  setProtected(sheet: string, on: boolean): void {
    const decoration = this.get(sheet).decoration;
    if (decoration) decoration.protect = on || undefined;
  }

  /**
   * Adds one sheet per plan, in order, all or nothing: names are checked first (valid, new, distinct
   * ignoring case) and a failure while writing removes the sheets added so far. A plan with
   * `replace` rewrites the existing sheet of its name in place (same position), as Excel's adapter
   * clears and rewrites it; a failure puts its old content back. A plan that `supersedes` sheets is
   * added under a temporary name and takes its name only once written, after they are removed.
   */
  apply(plans: SheetPlan[], onSheet?: (index: number, name: string) => void): void {
    const freed = new Set(plans.flatMap((p) => p.supersedes ?? []).map(key));
    const names = plans.filter((p) => !p.replace).map((p) => p.name);
    this.assertNewNames(names.filter((name) => !freed.has(key(name))));
    for (const plan of plans) if (plan.replace) this.get(plan.name);
    for (const old of freed) this.get(old);
    const added: SheetState[] = [];
    const replaced: { state: SheetState; before: Snapshot }[] = [];
    try {
      // Sheets first, so formulas that reference a sheet of the same batch (the rekap) resolve.
      const targets = plans.map((plan) => {
        if (plan.replace) {
          const state = this.get(plan.name);
          replaced.push({ state, before: this.snapshot(state) });
          return state;
        }
        const name = plan.supersedes ? this.temporaryName() : plan.name;
        const id = this.hf.getSheetId(this.hf.addSheet(name)) as number;
        const state: SheetState = { id, properties: new Map() };
        added.push(state);
        this.order.push(state);
        return state;
      });
      this.hf.batch(() => {
        plans.forEach((plan, i) => {
          onSheet?.(i, plan.name);
          const state = targets[i];
          this.hf.setSheetContent(
            state.id,
            plan.cells.map((row) => row.map(rawContent))
          );
          state.decoration = decorationOf(plan);
          state.properties.set(plan.marker.key, plan.marker.value);
        });
      });
      plans.forEach((plan, i) => this.takeOver(plan, targets[i]));
    } catch (error) {
      for (const state of added) {
        if (this.hf.getSheetName(state.id) !== undefined) this.hf.removeSheet(state.id);
        this.order.splice(this.order.indexOf(state), 1);
      }
      for (const { state, before } of replaced) this.restore(state, before);
      throw error;
    }
  }

  /** A written sheet that supersedes others: they go; it takes their name, place and hiding. */
  private takeOver(plan: SheetPlan, state: SheetState): void {
    if (!plan.supersedes) return;
    const olds = plan.supersedes.map((old) => this.get(old));
    const hidden = olds[0].decoration?.visibility; // a sheet here is hidden only by its plan
    if (hidden && state.decoration) state.decoration.visibility = hidden;
    const at = Math.min(...olds.map((old) => this.order.indexOf(old)));
    for (const old of plan.supersedes) this.removeSheet(old);
    this.hf.renameSheet(state.id, plan.name);
    this.order.splice(at, 0, ...this.order.splice(this.order.indexOf(state), 1));
  }

  /** A name no sheet has, for a sheet written before it takes the name of those it supersedes. */
  private temporaryName(): string {
    let n = 1;
    while (this.hasSheet(`IKI~baru~${n}`)) n++;
    return `IKI~baru~${n}`;
  }

  private snapshot(state: SheetState): Snapshot {
    return {
      content: this.hf.getSheetSerialized(state.id),
      decoration: state.decoration,
      properties: new Map(state.properties),
    };
  }

  private restore(state: SheetState, before: Snapshot): void {
    this.hf.setSheetContent(state.id, before.content);
    [state.decoration, state.properties] = [before.decoration, before.properties];
  }

  /** Recomputes every formula, also those whose arguments did not change (a new catalog). */
  recalculate(): void {
    this.hf.rebuildAndRecalculate();
  }

  /** Runs several edits with one recalculation at the end. */
  batch(edits: () => void): void {
    this.hf.batch(edits);
  }

  /** Sets a cell as a user typing a constant: text stays text. */
  setCell(sheet: string, a1: string, value: number | string | boolean | null): void {
    this.hf.setCellContents(this.address(sheet, a1), [[rawContent(value)]]);
  }

  /** Sets a block of constants from its top-left cell (one edit, faster than cell by cell). */
  setCells(sheet: string, topLeft: string, values: (number | string | boolean | null)[][]): void {
    this.hf.setCellContents(
      this.address(sheet, topLeft),
      values.map((row) => row.map(rawContent))
    );
  }

  setFormula(sheet: string, a1: string, formula: string): void {
    if (!formula.startsWith("=")) throw new Error(`not a formula: ${JSON.stringify(formula)}`);
    this.hf.setCellContents(this.address(sheet, a1), [[rawContent({ formula })]]);
  }

  getValue(sheet: string, a1: string): MemoryValue {
    const value = this.hf.getCellValue(this.address(sheet, a1));
    if (value instanceof DetailedCellError) return { error: value.value, message: value.message };
    return value;
  }

  /** The computed values of a sheet from A1, as Office.js `values` reads them (an error as its code). */
  values(sheet: string): (number | string | boolean | null)[][] {
    const rows = this.hf.getSheetValues(this.get(sheet).id);
    return rows.map((row) => row.map((v) => (v instanceof DetailedCellError ? v.value : v)));
  }

  getFormula(sheet: string, a1: string): string | undefined {
    return this.hf.getCellFormula(this.address(sheet, a1));
  }

  private address(sheet: string, a1: string) {
    const s = this.get(sheet);
    const c = parseCell(a1);
    if (!c) throw new Error(`invalid cell address "${a1}"`);
    return { sheet: s.id, row: c.row, col: c.column };
  }

  private find(name: string): SheetState | undefined {
    return this.order.find((s) => key(this.hf.getSheetName(s.id) as string) === key(name));
  }

  private get(name: string): SheetState {
    const s = this.find(name);
    if (!s) throw new Error(`no sheet "${name}"`);
    return s;
  }

  private assertNewNames(names: string[]): void {
    const seen = new Set(this.sheetNames().map(key));
    for (const name of names) {
      if (!isValidSheetName(name)) throw new Error(`invalid sheet name "${name}"`);
      if (seen.has(key(name))) throw new Error(`sheet "${name}" already exists`);
      seen.add(key(name));
    }
  }
}

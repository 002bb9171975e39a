/**
 * Sheet plans as a workbook the formula evaluator computes: the plans' constants and formulas, inputs
 * typed over them, each formula evaluated once on demand (cross-sheet references resolve in any order).
 * Pure and dependency-free, so the command line computes cached results without a formula engine.
 */
import type { PlanCell, SheetPlan } from "../template/plan";
// Sheet names compare ignoring case, as in Excel: one key for every layer.
import { sheetKey } from "../template/sheet-names";
import { FUNCTIONS, isKnownFunction, type Context } from "./functions";
import { operateOn } from "./operators";
import { areaOf, parseFormula, type Area, type Node } from "./parse";
import { isMatrix, settle, type Matrix, type Scalar, type Value } from "./values";

interface Sheet {
  name: string;
  cells: PlanCell[][];
  /** Typed inputs over the plan, by "row:column" (0-based indexes). */
  inputs: Map<string, Scalar>;
}

export class FormulaWorkbook {
  private readonly sheets = new Map<string, Sheet>();
  private readonly parsed = new Map<string, Node>();
  private values = new Map<string, Scalar>();
  private readonly pending = new Set<string>();

  /** Only the plans' names and cells matter here. */
  constructor(plans: Pick<SheetPlan, "name" | "cells">[]) {
    for (const plan of plans)
      this.sheets.set(sheetKey(plan.name), {
        name: plan.name,
        cells: plan.cells,
        inputs: new Map(),
      });
  }

  /** Types a constant into a cell (a1 on `sheet`), as a user would; text stays text. */
  setCell(sheet: string, a1: string, value: Scalar): void {
    this.setCells(sheet, a1, [[value]]);
  }

  /** Types a block of constants from its top-left cell. */
  setCells(sheet: string, topLeft: string, rows: Scalar[][]): void {
    const at = areaOf(topLeft);
    if (!at || topLeft.includes(":")) throw new Error(`invalid cell address "${topLeft}"`);
    const s = this.sheet(sheet);
    rows.forEach((row, r) =>
      row.forEach((v, c) =>
        s.inputs.set(`${at.firstRow + r}:${at.firstColumn + c}`, v === "" ? null : v)
      )
    );
    this.values = new Map();
  }

  /** The value of a cell by 0-based row and column indexes; null when empty. */
  value(sheet: string, row: number, column: number): Scalar {
    const s = this.sheet(sheet);
    const place = `${row}:${column}`;
    if (s.inputs.has(place)) return s.inputs.get(place) as Scalar;
    const content = s.cells[row]?.[column];
    if (content === undefined || content === null || content === "") return null;
    if (typeof content !== "object") return content;
    const id = `${sheetKey(s.name)}!${place}`;
    const known = this.values.get(id);
    if (known !== undefined || this.values.has(id)) return known as Scalar;
    if (this.pending.has(id)) throw new Error(`circular reference at ${s.name}!${place}`);
    this.pending.add(id);
    try {
      const result = this.evaluate(this.formula(content.formula), s.name);
      if (isMatrix(result))
        throw new Error(`array result at ${s.name}!${place}: ${content.formula}`);
      this.values.set(id, result);
      return result;
    } finally {
      this.pending.delete(id);
    }
  }

  private formula(text: string): Node {
    let node = this.parsed.get(text);
    if (!node) {
      node = parseFormula(text, isKnownFunction);
      this.parsed.set(text, node);
    }
    return node;
  }

  private sheet(name: string): Sheet {
    const s = this.sheets.get(sheetKey(name));
    if (!s) throw new Error(`no sheet "${name}"`);
    return s;
  }

  private evaluate(node: Node, sheet: string): Value {
    const context: Context = { evaluate: (n) => this.evaluate(n, sheet) };
    switch (node.kind) {
      case "number":
      case "text":
        return node.value;
      case "cell":
        return settle(this.value(node.sheet ?? sheet, node.row, node.column));
      case "range":
        return settle(this.range(node.sheet ?? sheet, node.area));
      case "negate":
        return settle(operateOn("-", 0, this.evaluate(node.operand, sheet)));
      case "binary":
        return settle(
          operateOn(node.operator, context.evaluate(node.left), context.evaluate(node.right))
        );
      case "call":
        return settle(FUNCTIONS[node.name](node.args, context));
    }
  }

  private range(sheet: string, area: Area): Matrix {
    const rows: Matrix = [];
    for (let r = area.firstRow; r <= area.lastRow; r++) {
      const row: Scalar[] = [];
      for (let c = area.firstColumn; c <= area.lastColumn; c++) row.push(this.value(sheet, r, c));
      rows.push(row);
    }
    return rows;
  }
}

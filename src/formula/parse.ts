/**
 * Parses exactly the formula language the templates emit (src/template/formulas-*.ts, the rekap and
 * identity formulas): numbers, "text", cell and range references (optionally sheet-qualified),
 * = <> < > <= >=, &, + - * /, unary minus, and calls of known functions. Anything else is refused
 * with an error, so a new kind of formula cannot get a silently wrong cached result.
 */
import { parseA1 } from "../template/a1";

/** A rectangle of cells by 0-based indexes, inclusive (the convention of plan.cells). */
export interface Area {
  firstRow: number;
  firstColumn: number;
  lastRow: number;
  lastColumn: number;
}

/** "B3" or "A1:C9" (with or without "$") as an Area; the only place here that reads A1. */
export function areaOf(a1: string): Area | undefined {
  const r = parseA1(a1);
  if (!r || r.kind !== "cells") return undefined;
  return {
    firstRow: r.firstRow,
    firstColumn: r.firstColumn,
    lastRow: r.lastRow,
    lastColumn: r.lastColumn,
  };
}

export type Operator = "=" | "<>" | "<" | ">" | "<=" | ">=" | "&" | "+" | "-" | "*" | "/";

export type Node =
  | { kind: "number"; value: number }
  | { kind: "text"; value: string }
  | { kind: "cell"; sheet?: string; row: number; column: number }
  | { kind: "range"; sheet?: string; area: Area }
  | { kind: "negate"; operand: Node }
  | { kind: "binary"; operator: Operator; left: Node; right: Node }
  | { kind: "call"; name: string; args: Node[] };

/** Binding strength of the binary operators, loosest first (Excel's order). */
const LEVELS: Operator[][] = [["=", "<>", "<", ">", "<=", ">="], ["&"], ["+", "-"], ["*", "/"]];

const TOKEN =
  /\s*(?:("(?:[^"]|"")*")|((?:'(?:[^']|'')+'|[A-Za-z_][\w.]*)!)?(\$?[A-Z]{1,3}\$?\d+(?::\$?[A-Z]{1,3}\$?\d+)?)(?![\w(])|(\d+(?:\.\d+)?)(?![\w.])|([A-Z][A-Z0-9.]*)\(|(<>|<=|>=|[=<>&+\-*/(),]))/y;

type Token =
  | { type: "text"; value: string }
  | { type: "ref"; sheet?: string; a1: string }
  | { type: "number"; value: number }
  | { type: "call"; name: string }
  | { type: "punct"; value: string };

function unquoteSheet(prefix: string): string {
  const name = prefix.slice(0, -1);
  return name.startsWith("'") ? name.slice(1, -1).replace(/''/g, "'") : name;
}

function tokenize(formula: string): Token[] {
  const tokens: Token[] = [];
  TOKEN.lastIndex = 0;
  const body = formula.trimEnd();
  while (TOKEN.lastIndex < body.length) {
    const at = TOKEN.lastIndex;
    const m = TOKEN.exec(body);
    if (!m) throw new Error(`formula not supported at ${at}: ${formula}`);
    if (m[1] !== undefined)
      tokens.push({ type: "text", value: m[1].slice(1, -1).replace(/""/g, '"') });
    else if (m[3] !== undefined)
      tokens.push({ type: "ref", a1: m[3], ...(m[2] && { sheet: unquoteSheet(m[2]) }) });
    else if (m[4] !== undefined) tokens.push({ type: "number", value: Number(m[4]) });
    else if (m[5] !== undefined) tokens.push({ type: "call", name: m[5] });
    else tokens.push({ type: "punct", value: m[6] });
  }
  return tokens;
}

/** Recursive descent over the tokens; `known` says which function names may be called. */
class Parser {
  private next = 0;
  constructor(
    private readonly tokens: Token[],
    private readonly known: (name: string) => boolean,
    private readonly formula: string
  ) {}

  parse(): Node {
    const node = this.level(0);
    if (this.next < this.tokens.length) this.fail("unexpected token");
    return node;
  }

  private fail(why: string): never {
    throw new Error(`formula not supported (${why}): ${this.formula}`);
  }

  private peekPunct(): string | undefined {
    const t = this.tokens[this.next];
    return t?.type === "punct" ? t.value : undefined;
  }

  private expect(punct: string): void {
    if (this.peekPunct() !== punct) this.fail(`expected "${punct}"`);
    this.next++;
  }

  private level(depth: number): Node {
    if (depth === LEVELS.length) return this.unary();
    let left = this.level(depth + 1);
    for (;;) {
      const op = this.peekPunct() as Operator | undefined;
      if (!op || !LEVELS[depth].includes(op)) return left;
      this.next++;
      left = { kind: "binary", operator: op, left, right: this.level(depth + 1) };
    }
  }

  private unary(): Node {
    if (this.peekPunct() === "-") {
      this.next++;
      return { kind: "negate", operand: this.unary() };
    }
    return this.primary();
  }

  private primary(): Node {
    const t = this.tokens[this.next++];
    if (!t) return this.fail("unexpected end");
    if (t.type === "number") return { kind: "number", value: t.value };
    if (t.type === "text") return { kind: "text", value: t.value };
    if (t.type === "ref") return this.reference(t.a1, t.sheet);
    if (t.type === "call") return this.call(t.name);
    if (t.value !== "(") return this.fail(`unexpected "${t.value}"`);
    const inner = this.level(0);
    this.expect(")");
    return inner;
  }

  private reference(a1: string, sheet?: string): Node {
    const where = sheet === undefined ? {} : { sheet };
    const area = areaOf(a1);
    if (!area) return this.fail(`bad reference ${a1}`);
    return a1.includes(":")
      ? { kind: "range", area, ...where }
      : { kind: "cell", row: area.firstRow, column: area.firstColumn, ...where };
  }

  private call(name: string): Node {
    if (!this.known(name)) this.fail(`unknown function ${name}`);
    const args: Node[] = [];
    if (this.peekPunct() !== ")") {
      args.push(this.level(0));
      while (this.peekPunct() === ",") {
        this.next++;
        args.push(this.level(0));
      }
    }
    this.expect(")");
    return { kind: "call", name, args };
  }
}

/** The formula (with or without its leading "=") as a tree; throws on anything outside the language. */
export function parseFormula(formula: string, known: (name: string) => boolean): Node {
  const body = formula.startsWith("=") ? formula.slice(1) : formula;
  return new Parser(tokenize(body), known, formula).parse();
}

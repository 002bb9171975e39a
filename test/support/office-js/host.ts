/**
 * The host side of Microsoft's real Office.js client in tests: a small Excel that executes the
 * request bodies the client sends ({Actions, ObjectPaths}) and answers as Excel on the web does.
 * It models what the adapter reads and what decides clean-up (sheets with ids and names, custom
 * properties, add/rename/delete with Excel's name rules) and each sheet's charts (added, listed,
 * deleted: the rekap rewritten in place deletes its old one) and each sheet's protection (read,
 * protect, unprotect; a protected sheet refuses every write to its ranges, formats and charts with
 * AccessDenied, as Excel refuses changes to a protected sheet); every other object (ranges,
 * formats...) is accepted as written. Like Excel it executes actions in order and keeps the ones
 * before a failure; a failed request returns no results; a request over 5 MB is refused whole.
 * Each request's actions are logged (what was called on which object path of which sheet).
 */

import {
  ACTION_TYPES,
  HOST_PAYLOAD_LIMIT,
  HostError,
  invalidSheetName,
  sheetOf,
  type HostChart,
  type HostOptions,
  type HostRequest,
  type HostSheet,
  type Node,
  type RawAction,
  type RawBody,
  type RawPath,
} from "./host-model";

import { parseBox, querySpecial, specialCells, type SpecialNode } from "./host-special";

export * from "./host-model";

export class OfficeHost {
  readonly sheets: HostSheet[] = [];
  readonly requests: HostRequest[] = [];
  readonly deleted: string[] = [];
  private nextId = 1;
  private nextChart = 1;

  constructor(readonly options: HostOptions = {}) {
    for (const seed of options.sheets ?? []) {
      const sheet = this.addSheet(seed.name);
      for (const [key, value] of Object.entries(seed.properties ?? {}))
        sheet.customProperties.set(key.toLowerCase(), { key, value });
      if (seed.values) [sheet.values, sheet.a1] = [seed.values, seed.values[0]?.[0]];
      if (seed.formulas) sheet.formulas = seed.formulas;
      if (seed.protected) sheet.protection = { options: {} };
    }
  }

  get sheetNames(): string[] {
    return this.sheets.map((s) => s.name);
  }

  sheet(nameOrId: string): HostSheet | undefined {
    const key = nameOrId.toLowerCase();
    return this.sheets.find((s) => s.id === nameOrId || s.name.toLowerCase() === key);
  }

  addSheet(name: unknown): HostSheet {
    if (invalidSheetName(name))
      throw new HostError("InvalidArgument", `Invalid sheet name ${String(name)}`);
    if (this.sheet(name as string))
      throw new HostError("ItemAlreadyExists", `A sheet named ${String(name)} already exists.`);
    const sheet = {
      id: `{${String(this.nextId++).padStart(8, "0")}-0000-4000-8000-000000000000}`,
      name: name as string,
      customProperties: new Map(),
      charts: [],
    };
    this.sheets.push(sheet);
    return sheet;
  }

  /** Excel's rule: a workbook keeps at least one visible sheet. */
  private hide(sheet: HostSheet, value: unknown): void {
    if (value === "Visible") {
      delete sheet.visibility;
      return;
    }
    if (value !== "Hidden" && value !== "VeryHidden")
      throw new HostError("InvalidArgument", `Invalid visibility ${String(value)}`);
    if (!this.sheets.some((s) => s !== sheet && !s.visibility))
      throw new HostError("InvalidOperation", "A workbook must keep a visible sheet.");
    sheet.visibility = value;
  }

  /** Answers one request as the client's custom send function expects. */
  respond(text: string): { statusCode: number; headers: Record<string, string>; body: string } {
    const index = this.requests.length + 1;
    const record: HostRequest = { index, bytes: Buffer.byteLength(text), actions: 0, log: [] };
    this.requests.push(record);
    const body = JSON.parse(text) as RawBody;
    record.actions = body.Actions.length;
    if (record.bytes > (this.options.payloadLimit ?? HOST_PAYLOAD_LIMIT)) {
      record.error = "RequestPayloadSizeLimitExceeded";
      const error = {
        code: record.error,
        message: "The request payload size has exceeded the limit.",
      };
      return { statusCode: 413, headers: {}, body: JSON.stringify({ error }) };
    }
    this.options.beforeRequest?.(this, index);
    const results: { ActionId: number; Value: unknown }[] = [];
    const nodes = new Map<number, Node>();
    for (const [i, action] of body.Actions.entries()) {
      try {
        const value = this.act(action, body, nodes, index);
        if (value !== undefined) results.push({ ActionId: action.Id, Value: value });
      } catch (e) {
        const code = e instanceof HostError ? e.code : "GeneralException";
        record.error = code;
        const error = {
          Code: code,
          Message: String((e as Error).message),
          HttpStatusCode: 400,
          ActionIndex: i,
        };
        return { statusCode: 200, headers: {}, body: JSON.stringify({ Error: error }) };
      }
    }
    const answer = JSON.stringify({ Results: results });
    record.responseBytes = Buffer.byteLength(answer);
    return { statusCode: 200, headers: {}, body: answer };
  }

  private resolve(id: number, body: RawBody, nodes: Map<number, Node>): Node {
    const cached = nodes.get(id);
    if (cached) return cached;
    const path = body.ObjectPaths[String(id)];
    if (!path) throw new HostError("InvalidObjectPath", `object path ${id} missing`);
    const parent =
      path.ParentObjectPathId === undefined
        ? undefined
        : this.resolve(path.ParentObjectPathId, body, nodes);
    const node = this.child(path, parent);
    nodes.set(id, node);
    return node;
  }

  private child(path: RawPath, parent: Node | undefined): Node {
    const args = path.ArgumentInfo?.Arguments ?? [];
    if (path.ObjectPathType === 1) return { kind: "workbook" };
    if (path.ObjectPathType === 7 || parent?.kind === "null") return { kind: "null" };
    if (!parent || path.ObjectPathType === 6)
      throw new HostError("InvalidObjectPath", `unresolvable path ${path.Id}`);
    const call = `${path.ObjectPathType === 5 ? "[]" : path.Name}`;
    switch (`${parent.kind}.${call}`) {
      case "workbook.Worksheets":
        return { kind: "worksheets" };
      case "worksheets.Add":
        return { kind: "sheet", sheet: this.addSheet(args[0]) };
      case "worksheets.GetItem":
      case "worksheets.[]":
        return { kind: "sheet", sheet: this.existing(args[0]) };
      case "worksheets.GetItemOrNullObject": {
        const sheet = this.sheet(String(args[0]));
        return sheet ? { kind: "sheet", sheet } : { kind: "null" };
      }
      case "sheet.CustomProperties":
        return { kind: "properties", sheet: (parent as { sheet: HostSheet }).sheet };
      case "properties.Add":
      case "properties.GetItem":
      case "properties.GetItemOrNullObject":
        return this.property(parent as { sheet: HostSheet }, path.Name, args);
      case "sheet.GetRange":
        return {
          kind: "other",
          sheet: (parent as { sheet: HostSheet }).sheet,
          address: String(args[0]),
        };
      case "sheet.GetUsedRange":
        return { kind: "other", sheet: (parent as { sheet: HostSheet }).sheet, used: true };
      case "sheet.Charts":
        return { kind: "charts", sheet: (parent as { sheet: HostSheet }).sheet };
      case "sheet.Protection":
        return { kind: "protection", sheet: (parent as { sheet: HostSheet }).sheet };
      case "other.GetSpecialCellsOrNullObject": {
        const range = parent as { sheet: HostSheet; address?: string };
        const box = range.address ? parseBox(range.address) : undefined;
        return specialCells(range.sheet, box, args[0]) ?? { kind: "null" };
      }
      case "special.Areas":
        return { ...(parent as SpecialNode), kind: "areas" };
      default:
        if (parent.kind === "charts") return this.chart(parent.sheet, call, args);
        return { kind: "other", sheet: sheetOf(parent) };
    }
  }

  /** Adds a chart (Excel names it "Chart n"), or finds one by id, name or position. */
  addChart(sheet: HostSheet): HostChart {
    const n = this.nextChart++;
    const chart = {
      id: `{C${String(n).padStart(7, "0")}-0000-4000-8000-000000000000}`,
      name: `Chart ${n}`,
    };
    sheet.charts.push(chart);
    return chart;
  }

  private chart(sheet: HostSheet, call: string, args: unknown[]): Node {
    if (call === "Add") refuseIfProtected(sheet, "Charts.Add");
    if (call === "Add") return { kind: "chart", sheet, chart: this.addChart(sheet) };
    const found =
      call === "GetItemAt"
        ? sheet.charts[Number(args[0])]
        : sheet.charts.find((c) => c.id === args[0] || c.name === args[0]);
    if (found) return { kind: "chart", sheet, chart: found };
    if (call === "GetItemOrNullObject") return { kind: "null" };
    if (call === "[]" || call === "GetItem" || call === "GetItemAt")
      throw new HostError("ItemNotFound", `chart ${String(args[0])} on ${sheet.name}`);
    return { kind: "other", sheet };
  }

  private existing(key: unknown): HostSheet {
    const sheet = this.sheet(String(key));
    if (!sheet)
      throw new HostError("ItemNotFound", `The requested resource doesn't exist: ${String(key)}`);
    return sheet;
  }

  private property(parent: { sheet: HostSheet }, method: string, args: unknown[]): Node {
    const key = String(args[0]);
    const found = parent.sheet.customProperties.get(key.toLowerCase());
    if (method === "Add") {
      if (typeof args[1] !== "string" || key.length === 0 || key.length > 255)
        throw new HostError("InvalidArgument", `custom property ${key}`);
      parent.sheet.customProperties.set(key.toLowerCase(), { key, value: args[1] });
    } else if (!found) {
      if (method === "GetItem") throw new HostError("ItemNotFound", `custom property ${key}`);
      return { kind: "null" };
    }
    return { kind: "property", sheet: parent.sheet, key: key.toLowerCase() };
  }

  private act(
    action: RawAction,
    body: RawBody,
    nodes: Map<number, Node>,
    request: number
  ): unknown {
    const node = this.resolve(action.ObjectPathId, body, nodes);
    const args = action.ArgumentInfo?.Arguments ?? [];
    const sheet = sheetOf(node)?.name;
    const path = body.ObjectPaths[String(action.ObjectPathId)];
    this.requests[request - 1].log.push({
      type: ACTION_TYPES[action.ActionType] ?? "Other",
      name: action.Name,
      path: path.ObjectPathType === 5 ? "[]" : path.Name,
      object: node.kind,
      sheet,
      ...(action.ActionType === 3 || action.ActionType === 4 ? { args } : {}),
    });
    const code = this.options.failAction?.(
      { name: action.Name || `#${action.ActionType}`, args, sheet },
      request
    );
    if (code) throw new HostError(code, `Injected failure at ${action.Name}`);
    switch (action.ActionType) {
      case 1: // Instantiate: a null object reports itself as null
        return node.kind === "null" ? null : undefined;
      case 2: // Query
        return this.query(node, action.QueryInfo?.Select);
      case 3: // Method
        this.guard(node, action.Name);
        if (node.kind === "protection") protection(node.sheet, action.Name, args);
        if (node.kind === "sheet" && action.Name === "Delete") this.remove(node.sheet);
        if (node.kind === "chart" && action.Name === "Delete") this.removeChart(node);
        if (node.kind === "sheet" && action.Name === "Activate" && node.sheet.visibility)
          throw new HostError("InvalidOperation", `Cannot activate hidden ${node.sheet.name}`);
        return undefined;
      case 4: // SetProperty
        this.guard(node, action.Name);
        if (node.kind === "sheet" && action.Name === "Name") this.rename(node.sheet, args[0]);
        if (node.kind === "sheet" && action.Name === "Visibility") this.hide(node.sheet, args[0]);
        if (node.kind === "sheet" && action.Name === "Position") this.move(node.sheet, args[0]);
        if (node.kind === "other") this.writeA1(node, action.Name, args[0]);
        return undefined;
      default:
        return undefined;
    }
  }

  /** A protected sheet takes writes only on itself, its custom properties and its protection. */
  private guard(node: Node, name: string): void {
    // The client's own bookkeeping (_KeepReference on a range it will read) changes nothing.
    if (name.startsWith("_")) return;
    if (node.kind === "other" || node.kind === "charts" || node.kind === "chart") {
      const sheet = node.sheet;
      if (sheet) refuseIfProtected(sheet, name);
    }
  }

  private query(node: Node, select: string[] = []): unknown {
    switch (node.kind) {
      case "protection":
        return { Protected: node.sheet.protection !== undefined };
      case "null":
        return null;
      case "worksheets":
        return {
          _Items: this.sheets.map((s, i) => ({
            Id: s.id,
            Name: s.name,
            Position: i,
            Visibility: s.visibility ?? "Visible",
          })),
        };
      case "sheet":
        return {
          Id: node.sheet.id,
          Name: node.sheet.name,
          Position: this.sheets.indexOf(node.sheet),
          Visibility: node.sheet.visibility ?? "Visible",
        };
      case "charts": {
        const ids = this.options.chartIds ?? true;
        return {
          _Items: node.sheet.charts.map((c) =>
            ids ? { Id: c.id, Name: c.name } : { Name: c.name }
          ),
        };
      }
      case "chart":
        return { Id: node.chart.id, Name: node.chart.name };
      case "special":
      case "areas":
        return querySpecial(node);
      case "property": {
        const found = node.sheet.customProperties.get(node.key);
        return found ? { Key: found.key, Value: found.value } : null;
      }
      default: {
        const cells = this.cells(node, select);
        if (cells) return cells;
        // The host keeps only A1 and a seeded used range; any other range reads as one empty cell.
        if (!select.some((p) => p.toLowerCase() === "values")) return {};
        const sheet = node.kind === "other" ? node.sheet : undefined;
        if (sheet && node.kind === "other" && node.address === "A1")
          return { Values: [[sheet.a1 ?? ""]] };
        if (sheet && node.kind === "other" && node.used)
          return { Values: sheet.values ?? [[sheet.a1 ?? ""]] };
        return { Values: [[""]] };
      }
    }
  }

  /**
   * A sheet seeded with formulas and values: its used range's extent, and any block of it (cut
   * from the seeded grids, empty beyond them), as a lifecycle action reads them.
   */
  private cells(node: Node, select: string[]): Record<string, unknown> | undefined {
    const sheet = node.kind === "other" ? node.sheet : undefined;
    if (!sheet?.formulas || node.kind !== "other") return undefined;
    const want = (p: string) => select.some((x) => x.toLowerCase() === p);
    const grid = sheet.formulas;
    if (node.used && want("rowcount")) {
      // reduce, not a spread: a seeded grid may be sparse, a row at 1,048,576.
      const columns = grid.reduce((m, r) => Math.max(m, r.length), 1);
      return {
        RowIndex: 0,
        ColumnIndex: 0,
        RowCount: Math.max(1, grid.length),
        ColumnCount: columns,
      };
    }
    if (!node.address || !want("formulas")) return undefined;
    const m = /^([A-Z]+)(\d+)(?::([A-Z]+)(\d+))?$/.exec(node.address);
    if (!m) throw new HostError("InvalidArgument", `address ${node.address}`);
    const col = (l: string) => [...l].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
    const [c1, r1] = [col(m[1]), Number(m[2]) - 1];
    const [c2, r2] = m[3] ? [col(m[3]), Number(m[4]) - 1] : [c1, r1];
    const cut = (g: unknown[][] | undefined) =>
      Array.from({ length: r2 - r1 + 1 }, (_, r) =>
        Array.from({ length: c2 - c1 + 1 }, (_, c) => g?.[r1 + r]?.[c1 + c] ?? "")
      );
    return { Formulas: cut(grid), Values: cut(sheet.values) };
  }

  /** Keeps A1 when a range from A1 gets its values or formulas. */
  private writeA1(
    node: { sheet?: HostSheet; address?: string },
    name: string,
    grid: unknown
  ): void {
    if (!node.sheet || !/^A1(:|$)/.test(node.address ?? "")) return;
    if (name !== "Values" && name !== "Formulas") return;
    node.sheet.a1 = (grid as unknown[][])[0]?.[0];
    delete node.sheet.values;
  }

  /** Worksheet.position: the sheet moves to that index of the tab order. */
  private move(sheet: HostSheet, position: unknown): void {
    if (typeof position !== "number" || !Number.isInteger(position))
      throw new HostError("InvalidArgument", `position ${String(position)}`);
    if (position < 0 || position >= this.sheets.length)
      throw new HostError("InvalidArgument", `position ${position} of ${this.sheets.length}`);
    this.sheets.splice(this.sheets.indexOf(sheet), 1);
    this.sheets.splice(position, 0, sheet);
  }

  private rename(sheet: HostSheet, name: unknown): void {
    if (invalidSheetName(name))
      throw new HostError("InvalidArgument", `Invalid sheet name ${String(name)}`);
    const other = this.sheet(name as string);
    if (other && other !== sheet)
      throw new HostError("ItemAlreadyExists", `A sheet named ${String(name)} already exists.`);
    sheet.name = name as string;
  }

  private removeChart(node: { sheet: HostSheet; chart: HostChart }): void {
    const i = node.sheet.charts.indexOf(node.chart);
    if (i < 0) throw new HostError("ItemNotFound", `chart ${node.chart.name} was already deleted`);
    node.sheet.charts.splice(i, 1);
  }

  private remove(sheet: HostSheet): void {
    const i = this.sheets.indexOf(sheet);
    if (i < 0) throw new HostError("ItemNotFound", `sheet ${sheet.name} was already deleted`);
    if (this.sheets.length === 1)
      throw new HostError("InvalidOperation", "A workbook must keep one sheet.");
    // As Excel: a veryHidden sheet must be made visible or hidden before it can be deleted.
    if (sheet.visibility === "VeryHidden")
      throw new HostError("InvalidOperation", `Cannot delete very hidden sheet ${sheet.name}.`);
    this.sheets.splice(i, 1);
    this.deleted.push(sheet.name);
  }
}

function refuseIfProtected(sheet: HostSheet, what: string): void {
  if (sheet.protection)
    throw new HostError(
      "AccessDenied",
      `The cell or chart you're trying to change is on a protected sheet (${sheet.name}: ${what}).`
    );
}

/** Protect/Unprotect; like the worst host (office-js #6784) either fails when it changes nothing. */
function protection(sheet: HostSheet, name: string, args: unknown[]): void {
  if (name === "Protect") {
    if (sheet.protection) throw new HostError("AccessDenied", `${sheet.name} is already protected`);
    if (args[1] !== undefined && args[1] !== null)
      throw new HostError("InvalidArgument", "this host models protection without a password");
    sheet.protection = { options: args[0] ?? {} };
  } else if (name === "Unprotect") {
    if (!sheet.protection) throw new HostError("AccessDenied", `${sheet.name} is not protected`);
    delete sheet.protection;
  }
}

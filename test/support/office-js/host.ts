/**
 * The host side of Microsoft's real Office.js client in tests: a small Excel that executes the
 * request bodies the client sends ({Actions, ObjectPaths}) and answers as Excel on the web does.
 * It models what the adapter reads and what decides clean-up (sheets with ids and names, custom
 * properties, add/rename/delete with Excel's name rules); every other object (ranges, formats,
 * charts...) is accepted as written. Like Excel it executes actions in order and keeps the ones
 * before a failure; a failed request returns no results; a request over 5 MB is refused whole.
 */

export const HOST_PAYLOAD_LIMIT = 5 * 1024 * 1024;

export interface HostSheet {
  id: string;
  name: string;
  customProperties: Map<string, { key: string; value: string }>;
}

export interface HostRequest {
  index: number;
  bytes: number;
  actions: number;
  error?: string;
}

interface RawAction {
  Id: number;
  ActionType: number;
  Name: string;
  ObjectPathId: number;
  ArgumentInfo?: { Arguments?: unknown[] };
  QueryInfo?: { Select?: string[] };
}

interface RawPath {
  Id: number;
  ObjectPathType: number;
  Name: string;
  ParentObjectPathId?: number;
  ArgumentInfo?: { Arguments?: unknown[] };
}

export interface RawBody {
  Actions: RawAction[];
  ObjectPaths: Record<string, RawPath>;
}

/** What an object path points at. "other" is any object the host does not model. */
type Node =
  | { kind: "workbook" | "worksheets" | "other" | "null" }
  | { kind: "sheet" | "properties"; sheet: HostSheet }
  | { kind: "property"; sheet: HostSheet; key: string };

export interface HostOptions {
  sheets?: { name: string; properties?: Record<string, string> }[];
  /** Called before each request runs (1-based index): a co-author's edit lands here. */
  beforeRequest?: (host: OfficeHost, index: number) => void;
  /** Fails the action when it returns an Excel error code (1-based request index). */
  failAction?: (
    action: { name: string; args: unknown[]; sheet?: string },
    request: number
  ) => string | undefined;
  payloadLimit?: number;
}

export class HostError extends Error {
  constructor(
    readonly code: string,
    message: string
  ) {
    super(message);
  }
}

function invalidSheetName(name: unknown): boolean {
  return (
    typeof name !== "string" ||
    name.length === 0 ||
    name.length > 31 ||
    /[\\/?*[\]:]/.test(name) ||
    /^'|'$/.test(name) ||
    name.toLowerCase() === "history"
  );
}

export class OfficeHost {
  readonly sheets: HostSheet[] = [];
  readonly requests: HostRequest[] = [];
  readonly deleted: string[] = [];
  private nextId = 1;

  constructor(readonly options: HostOptions = {}) {
    for (const seed of options.sheets ?? []) {
      const sheet = this.addSheet(seed.name);
      for (const [key, value] of Object.entries(seed.properties ?? {}))
        sheet.customProperties.set(key.toLowerCase(), { key, value });
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
    };
    this.sheets.push(sheet);
    return sheet;
  }

  /** Answers one request as the client's custom send function expects. */
  respond(text: string): { statusCode: number; headers: Record<string, string>; body: string } {
    const index = this.requests.length + 1;
    const record: HostRequest = { index, bytes: Buffer.byteLength(text), actions: 0 };
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
    return { statusCode: 200, headers: {}, body: JSON.stringify({ Results: results }) };
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
      default:
        return { kind: "other" };
    }
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
    const sheet = "sheet" in node ? node.sheet.name : undefined;
    const code = this.options.failAction?.(
      { name: action.Name || `#${action.ActionType}`, args, sheet },
      request
    );
    if (code) throw new HostError(code, `Injected failure at ${action.Name}`);
    switch (action.ActionType) {
      case 1: // Instantiate: a null object reports itself as null
        return node.kind === "null" ? null : undefined;
      case 2: // Query
        return this.query(node);
      case 3: // Method
        if (node.kind === "sheet" && action.Name === "Delete") this.remove(node.sheet);
        return undefined;
      case 4: // SetProperty
        if (node.kind === "sheet" && action.Name === "Name") this.rename(node.sheet, args[0]);
        return undefined;
      default:
        return undefined;
    }
  }

  private query(node: Node): unknown {
    switch (node.kind) {
      case "null":
        return null;
      case "worksheets":
        return { _Items: this.sheets.map((s, i) => ({ Id: s.id, Name: s.name, Position: i })) };
      case "sheet":
        return {
          Id: node.sheet.id,
          Name: node.sheet.name,
          Position: this.sheets.indexOf(node.sheet),
        };
      case "property": {
        const found = node.sheet.customProperties.get(node.key);
        return found ? { Key: found.key, Value: found.value } : null;
      }
      default:
        return {};
    }
  }

  private rename(sheet: HostSheet, name: unknown): void {
    if (invalidSheetName(name))
      throw new HostError("InvalidArgument", `Invalid sheet name ${String(name)}`);
    const other = this.sheet(name as string);
    if (other && other !== sheet)
      throw new HostError("ItemAlreadyExists", `A sheet named ${String(name)} already exists.`);
    sheet.name = name as string;
  }

  private remove(sheet: HostSheet): void {
    const i = this.sheets.indexOf(sheet);
    if (i < 0) throw new HostError("ItemNotFound", `sheet ${sheet.name} was already deleted`);
    if (this.sheets.length === 1)
      throw new HostError("InvalidOperation", "A workbook must keep one sheet.");
    this.sheets.splice(i, 1);
    this.deleted.push(sheet.name);
  }
}

import type { SpecialNode } from "./host-special";
/**
 * What the stand-in Office host (host.ts) is made of: its sheets and charts, the request bodies the
 * real client sends ({Actions, ObjectPaths}), the log of what it ran, and Excel's sheet-name rules.
 */
import type { OfficeHost } from "./host";

export const HOST_PAYLOAD_LIMIT = 5 * 1024 * 1024;

export interface HostChart {
  id: string;
  name: string;
}

export interface HostSheet {
  id: string;
  name: string;
  customProperties: Map<string, { key: string; value: string }>;
  charts: HostChart[];
  /** Set by Worksheet.visibility; absent: visible. */
  visibility?: "Hidden" | "VeryHidden";
  /**
   * The only cell values the host keeps: A1 (written by a Range.values/formulas from A1, read by
   * getRange("A1")) and a seeded used range (read by getUsedRange; dropped when A1 is rewritten).
   */
  a1?: unknown;
  values?: unknown[][];
  /** Seeded with `values`: the formulas of the same cells (a lifecycle action reads both). */
  formulas?: unknown[][];
  /** WorksheetProtection: present while protected, with the options it was given. */
  protection?: { options: unknown };
}

/** One action as the host ran it: `path` is the Name of its object path ("GetRange", "Format"...). */
export interface HostAction {
  type: "Instantiate" | "Query" | "Method" | "SetProperty" | "Other";
  name: string;
  path: string;
  /** What the host took the object for ("sheet", "chart", "other"...). */
  object: string;
  /** The sheet the object belongs to (its name when the action ran). */
  sheet?: string;
  /** A method's arguments, or the value set (references into the parsed request, not copies). */
  args?: unknown[];
}

export interface HostRequest {
  index: number;
  bytes: number;
  /** The response's size (a successful one): Excel on the web refuses one over 5 MB. */
  responseBytes?: number;
  actions: number;
  log: HostAction[];
  error?: string;
}

export interface RawAction {
  Id: number;
  ActionType: number;
  Name: string;
  ObjectPathId: number;
  ArgumentInfo?: { Arguments?: unknown[] };
  QueryInfo?: { Select?: string[] };
}

export interface RawPath {
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
export type Node =
  | { kind: "workbook" | "worksheets" | "null" }
  | { kind: "other"; sheet?: HostSheet; address?: string; used?: true }
  | { kind: "sheet" | "properties" | "charts" | "protection"; sheet: HostSheet }
  | { kind: "chart"; sheet: HostSheet; chart: HostChart }
  | { kind: "property"; sheet: HostSheet; key: string }
  | SpecialNode;

export const sheetOf = (node: Node): HostSheet | undefined =>
  "sheet" in node ? node.sheet : undefined;

export const ACTION_TYPES: HostAction["type"][] = [
  "Other",
  "Instantiate",
  "Query",
  "Method",
  "SetProperty",
];

export interface HostOptions {
  sheets?: {
    name: string;
    properties?: Record<string, string>;
    values?: unknown[][];
    formulas?: unknown[][];
    /** Protected without a password. */
    protected?: boolean;
  }[];
  /** Called before each request runs (1-based index): a co-author's edit lands here. */
  beforeRequest?: (host: OfficeHost, index: number) => void;
  /** Fails the action when it returns an Excel error code (1-based request index). */
  failAction?: (
    action: { name: string; args: unknown[]; sheet?: string },
    request: number
  ) => string | undefined;
  payloadLimit?: number;
  /**
   * Whether a chart listing gives each chart's id (default true). Without it Office.js addresses
   * the listed charts by position (getItemAt), which shifts when one before them is deleted.
   */
  chartIds?: boolean;
}

export class HostError extends Error {
  constructor(
    readonly code: string,
    message: string
  ) {
    super(message);
  }
}

export function invalidSheetName(name: unknown): boolean {
  return (
    typeof name !== "string" ||
    name.length === 0 ||
    name.length > 31 ||
    /[\\/?*[\]:]/.test(name) ||
    /^'|'$/.test(name) ||
    name.toLowerCase() === "history"
  );
}

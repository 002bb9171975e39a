/**
 * A strict, in-memory stand-in for the part of the Excel JavaScript API the workbook adapter uses.
 * Stricter than office-addin-mock on purpose: it queues every call until `context.sync()` like
 * Office.js, counts syncs, estimates each request's payload and refuses one over Excel on the web's
 * 5 MB, rejects invalid A1 addresses and 2-D arrays whose size differs from their range (as Excel
 * does), throws on reading a property that was not loaded, stores "=..." text as a formula unless
 * the cell is formatted as Text, records any write to a sheet that existed before, and can be told
 * to fail on the Nth write, on a given sheet or at the Nth action of a given sync. Like Excel, a
 * failed batch is not rolled back: the commands before the failing one stay applied, the rest are
 * dropped, and none of its loaded values reach the proxies. Like the worst real host, sheets have
 * ids (from add, usable as getItem's key), a rename onto a taken name fails, and a co-author may
 * add or rename sheets between syncs (`beforeSync`, `coAuthorAdds`). Formats are kept both as a
 * log of writes (per area) and as the state each cell and each border line ends up in, so two
 * ways of writing a sheet can be compared by their result.
 *
 * Importable from tests and from scripts/bench (no jest globals here). Its A1 parsing is its own,
 * not src/template/a1.ts, so it checks the adapter instead of agreeing with it.
 */
// Excel's sheet-name rule, one copy for both test Excels (this fake and the real client's host).
import { invalidSheetName } from "./office-js/host-model";

export const FAKE_PAYLOAD_LIMIT = 5 * 1024 * 1024;
/** Per queued action: what the Office.js runtime adds around the arguments (object path, ids). */
const ACTION_BYTES = 100;
const MAX_ROWS = 1_048_576;
const MAX_COLUMNS = 16_384;

export class FakeExcelError extends Error {
  constructor(
    readonly code: string,
    message: string,
    readonly debugInfo: { code: string; message: string; errorLocation?: string } = {
      code,
      message,
    }
  ) {
    super(message);
    this.name = "RichApi.Error";
  }
}

export type FakeCell =
  | { kind: "text"; value: string }
  | { kind: "number"; value: number }
  | { kind: "boolean"; value: boolean }
  | { kind: "formula"; value: string };

export interface FakeSheet {
  /** Excel's worksheet id, as `add` and `load("id")` return it. */
  id: string;
  name: string;
  preexisting: boolean;
  cells: Map<string, FakeCell>;
  numberFormats: Map<string, string>;
  /** Keys lower-cased (Excel's keys are case-insensitive). */
  customProperties: Map<string, { key: string; value: string }>;
  /** Merged areas ("B14:P14"), in the order they were made. */
  merges: string[];
  columnWidths: Map<number, number>;
  rowHeights: Map<number, number>;
  /** Every format write, per area, in order. */
  formats: { address: string; property: string; value: unknown }[];
  /** Resulting format per cell ("B3" -> { "font.bold": true, "fill.color": "#FFF2CC" }). */
  cellFormats: Map<string, Record<string, unknown>>;
  /**
   * Resulting border lines: "H5:2" is the line above row index 5 in column index 2, "V5:2" the
   * line left of column index 2 in row index 5 (0-based), so two cells sharing a line share the
   * key, as in Excel; "D<edge>:B3" a diagonal. Value: { style, weight }.
   */
  borderLines: Map<string, Record<string, unknown>>;
  validations: { address: string; property: string; value: unknown }[];
  conditionalFormats: {
    address: string;
    type: string;
    formula?: string;
    fill?: string;
    font?: string;
  }[];
  charts: {
    type: string;
    source: string;
    seriesBy: string;
    title?: string;
    seriesName?: string;
    xValues?: string;
    position?: [string, string?];
  }[];
  hyperlinks: Map<string, unknown>;
  pageLayout: Record<string, unknown>;
  /** Manual page breaks (horizontalPageBreaks.add), as the address written. */
  pageBreaks: string[];
  freeze?: { rows: number; columns: number };
  tabColor?: string;
  /** Worksheet.visibility; absent: "Visible". */
  visibility?: "Visible" | "Hidden" | "VeryHidden";
  /** WorksheetProtection: present while the sheet is protected, with the options it was given. */
  protection?: { options: Record<string, unknown>; password?: string };
}

export interface SeedSheet {
  name: string;
  /** Value of the custom property `markerKey` (a sheet made by an earlier insert). */
  marker?: string;
  markerKey?: string;
  cells?: Record<string, string | number | boolean>;
  /** Protected without a password (a sheet written with "Kunci rumus"). */
  protected?: boolean;
}

export interface FakeOperation {
  /** 1-based, over the whole session. */
  seq: number;
  /** 1-based index of the sync that carried it. */
  sync: number;
  kind: "write" | "read";
  sheet?: string;
  target: string;
  member: string;
  args: unknown[];
}

export interface FakeSync {
  index: number;
  operations: number;
  writes: number;
  payloadBytes: number;
  calculationSuspended: boolean;
  error?: string;
}

/**
 * Fail the Nth write (1-based, over the session), or every write on a sheet (optionally only of one
 * member, e.g. "formulas", "add", "delete"), or the Nth action (read or write, default 1) of sync N.
 */
export interface FailRule {
  write?: number;
  sync?: number;
  action?: number;
  sheet?: string;
  member?: string;
  /** Error code thrown (default "GeneralException"). */
  code?: string;
}

export interface FakeExcelOptions {
  sheets?: SeedSheet[];
  failOn?: FailRule | FailRule[];
  payloadLimit?: number;
  /** Runs before each sync's batch (1-based index): a co-author's edit between syncs (coAuthorAdds). */
  beforeSync?: (fake: FakeExcel, index: number) => void;
  /** Highest ExcelApi version the host supports (default "1.17"). */
  apiVersion?: string;
  /** The user's selection, for getSelectedRange (default: A1 of the first sheet). */
  selection?: { sheet: string; address: string };
  /**
   * An Excel desktop build that ignores a fit-to-pages zoom until the Page Layout tab was opened
   * (office-js #1860): such a zoom leaves the previous one in place; a zoom scale still applies.
   */
  ignoreFitToPages?: boolean;
}

/* ---------- A1, independent of src/template/a1.ts ---------- */

interface Box {
  r1: number;
  c1: number;
  r2: number;
  c2: number;
}

function col(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + ch.charCodeAt(0) - 64;
  return n - 1;
}

function letters(c: number): string {
  let s = "";
  for (let n = c + 1; n > 0; n = Math.floor((n - 1) / 26))
    s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

export function fakeParseAddress(address: unknown): Box {
  const bad = () =>
    new FakeExcelError(
      "InvalidArgument",
      `The argument is invalid or missing or has an incorrect format: "${String(address)}"`
    );
  if (typeof address !== "string") throw bad();
  let m = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})(?::\$?([A-Za-z]{1,3})\$?(\d{1,7}))?$/.exec(address);
  let box: Box | undefined;
  if (m) {
    const c1 = col(m[1]);
    const r1 = Number(m[2]) - 1;
    const c2 = m[3] ? col(m[3]) : c1;
    const r2 = m[4] ? Number(m[4]) - 1 : r1;
    box = {
      r1: Math.min(r1, r2),
      r2: Math.max(r1, r2),
      c1: Math.min(c1, c2),
      c2: Math.max(c1, c2),
    };
  } else if ((m = /^\$?([A-Za-z]{1,3}):\$?([A-Za-z]{1,3})$/.exec(address))) {
    box = {
      r1: 0,
      r2: MAX_ROWS - 1,
      c1: Math.min(col(m[1]), col(m[2])),
      c2: Math.max(col(m[1]), col(m[2])),
    };
  } else if ((m = /^\$?(\d{1,7}):\$?(\d{1,7})$/.exec(address))) {
    const a = Number(m[1]) - 1;
    const b = Number(m[2]) - 1;
    box = { r1: Math.min(a, b), r2: Math.max(a, b), c1: 0, c2: MAX_COLUMNS - 1 };
  }
  if (!box || box.r1 < 0 || box.r2 >= MAX_ROWS || box.c1 < 0 || box.c2 >= MAX_COLUMNS) throw bad();
  return box;
}

/** getRange/getRanges take at most 8,192 characters ("Troubleshooting Excel add-ins"). */
export const FAKE_ADDRESS_LIMIT = 8192;

/** A multi-area address ("A1:B2,D4:E5" or "A1:B2; D4"), each area checked like getRange's. */
export function fakeParseAreas(address: unknown): { a1: string; box: Box }[] {
  if (typeof address !== "string" || address.length > FAKE_ADDRESS_LIMIT)
    throw new FakeExcelError(
      "InvalidArgument",
      `The argument is invalid or missing or has an incorrect format: ${typeof address === "string" ? `${address.length} characters` : String(address)}`
    );
  return address.split(/[,;]/).map((part) => {
    const a1 = part.trim();
    return { a1, box: fakeParseAddress(a1) };
  });
}

/** Ranges with more cells are kept in the log only (plans format bounded blocks). */
const CELL_STATE_LIMIT = 100_000;

function forEachCell(box: Box, visit: (r: number, c: number) => void): void {
  if ((box.r2 - box.r1 + 1) * (box.c2 - box.c1 + 1) > CELL_STATE_LIMIT) return;
  for (let r = box.r1; r <= box.r2; r++) for (let c = box.c1; c <= box.c2; c++) visit(r, c);
}

function setCellFormat(sheet: FakeSheet, box: Box, property: string, value: unknown): void {
  forEachCell(box, (r, c) => {
    const key = cellKey(r, c);
    sheet.cellFormats.set(key, { ...sheet.cellFormats.get(key), [property]: value });
  });
}

/** The border lines one edge of a box stands for (see FakeSheet.borderLines). */
function borderLineKeys(box: Box, edge: string): string[] {
  const keys: string[] = [];
  forEachCell(box, (r, c) => {
    const top = r === box.r1;
    const left = c === box.c1;
    if (edge === "EdgeTop" && top) keys.push(`H${r}:${c}`);
    if (edge === "EdgeBottom" && r === box.r2) keys.push(`H${r + 1}:${c}`);
    if (edge === "InsideHorizontal" && !top) keys.push(`H${r}:${c}`);
    if (edge === "EdgeLeft" && left) keys.push(`V${r}:${c}`);
    if (edge === "EdgeRight" && c === box.c2) keys.push(`V${r}:${c + 1}`);
    if (edge === "InsideVertical" && !left) keys.push(`V${r}:${c}`);
    if (edge === "DiagonalDown" || edge === "DiagonalUp") keys.push(`D${edge}:${cellKey(r, c)}`);
  });
  return keys;
}

function isWholeRows(box: Box): boolean {
  return box.c1 === 0 && box.c2 === MAX_COLUMNS - 1;
}

function isWholeColumns(box: Box): boolean {
  return box.r1 === 0 && box.r2 === MAX_ROWS - 1;
}

function cellKey(r: number, c: number): string {
  return `${letters(c)}${r + 1}`;
}

const COLOR = /^#[0-9A-Fa-f]{6}$/;
const NAMED_COLORS = new Set(["white", "black", "red", "green", "blue", "yellow"]);

function requireColor(value: unknown, where: string): string {
  if (typeof value !== "string" || !(COLOR.test(value) || NAMED_COLORS.has(value.toLowerCase()))) {
    throw new FakeExcelError(
      "InvalidArgument",
      `${where}: invalid colour ${JSON.stringify(value)}`
    );
  }
  return value;
}

function requireOneOf(value: unknown, allowed: string[], where: string): string {
  if (typeof value !== "string" || !allowed.includes(value)) {
    throw new FakeExcelError(
      "InvalidArgument",
      `${where}: ${JSON.stringify(value)} is not one of ${allowed.join(", ")}`
    );
  }
  return value;
}

/** How Excel stores one written entry, given the cell's number format. */
function storedCell(
  value: unknown,
  numberFormat: string | undefined,
  where: string
): FakeCell | undefined {
  if (value === "") return undefined;
  if (typeof value === "number") {
    if (!Number.isFinite(value))
      throw new FakeExcelError("InvalidArgument", `${where}: non-finite number`);
    return { kind: "number", value };
  }
  if (typeof value === "boolean") return { kind: "boolean", value };
  if (typeof value !== "string")
    throw new FakeExcelError(
      "InvalidArgument",
      `${where}: unsupported value ${JSON.stringify(value)}`
    );
  if (numberFormat === "@") return { kind: "text", value };
  // Excel's quote prefix: the rest is text, whatever it looks like; read back without the "'".
  if (value.startsWith("'")) return { kind: "text", value: value.slice(1) };
  // Range.values/formulas: a leading = + - (and @, implicit intersection) starts a formula.
  if (/^[=+\-@]./.test(value))
    return { kind: "formula", value: value.startsWith("=") ? value : `=${value}` };
  if (/^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i.test(value.trim()))
    return { kind: "number", value: Number(value) };
  if (/^(true|false)$/i.test(value))
    return { kind: "boolean", value: value.toLowerCase() === "true" };
  return { kind: "text", value };
}

/* ---------- the session ---------- */

interface Action {
  kind: "write" | "read";
  sheetRef?: SheetRef;
  target: string;
  member: string;
  args: unknown[];
  run: () => void;
}

/** Which sheet a proxy means: bound by name lookup or by an add, resolved when the batch runs. */
class SheetRef {
  sheet?: FakeSheet;
  /** Names this proxy was given by a rename queued on it: fail rules and the log use the last. */
  readonly renamedTo: string[] = [];
  constructor(
    readonly label: string,
    readonly resolve: () => FakeSheet | undefined
  ) {}
  get(): FakeSheet {
    const sheet = this.sheet ?? this.resolve();
    if (!sheet)
      throw new FakeExcelError(
        "ItemNotFound",
        `The requested resource doesn't exist: worksheet ${this.label}`
      );
    this.sheet = sheet;
    return sheet;
  }
  /** The sheet as the test means it: its final name when a rename to it is queued. */
  get planned(): string {
    return this.renamedTo[this.renamedTo.length - 1] ?? this.label;
  }
}

export class FakeExcel {
  /** Tab order. */
  readonly sheets: FakeSheet[] = [];
  readonly operations: FakeOperation[] = [];
  readonly syncs: FakeSync[] = [];
  /** Writes, renames and deletions that touched a sheet that existed before the session. */
  readonly touchedExisting: FakeOperation[] = [];
  readonly deletedSheets: string[] = [];
  private writes = 0;
  private seq = 0;
  private static nextId = 1;

  constructor(readonly options: FakeExcelOptions = {}) {
    for (const seed of options.sheets ?? []) {
      const sheet = FakeExcel.emptySheet(seed.name, true);
      if (seed.marker !== undefined) {
        const key = seed.markerKey ?? "IKI-DINSOS";
        sheet.customProperties.set(key.toLowerCase(), { key, value: seed.marker });
      }
      for (const [address, value] of Object.entries(seed.cells ?? {})) {
        const cell = storedCell(value, undefined, address);
        if (cell) sheet.cells.set(address, cell);
      }
      if (seed.protected) sheet.protection = { options: {} };
      this.sheets.push(sheet);
    }
  }

  static emptySheet(name: string, preexisting: boolean): FakeSheet {
    return {
      id: `{FAKE-${String(FakeExcel.nextId++).padStart(6, "0")}}`,
      name,
      preexisting,
      cells: new Map(),
      numberFormats: new Map(),
      customProperties: new Map(),
      merges: [],
      columnWidths: new Map(),
      rowHeights: new Map(),
      formats: [],
      cellFormats: new Map(),
      borderLines: new Map(),
      validations: [],
      conditionalFormats: [],
      charts: [],
      hyperlinks: new Map(),
      pageLayout: {},
      pageBreaks: [],
    };
  }

  /** Excel.run: a fresh context per call; pending commands are synced when the batch returns. */
  run = async <T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> => {
    const context = new FakeContext(this);
    const result = await batch(context as unknown as Excel.RequestContext);
    if (context.pending.length > 0) await context.sync();
    return result;
  };

  isSetSupported = (name: string, minVersion: string): boolean => {
    if (name !== "ExcelApi") return false;
    const [maj, min] = (this.options.apiVersion ?? "1.17").split(".").map(Number);
    const [wantMaj, wantMin] = minVersion.split(".").map(Number);
    return maj > wantMaj || (maj === wantMaj && min >= wantMin);
  };

  /** By name (without case, as Excel) or by id. */
  sheet(nameOrId: string): FakeSheet | undefined {
    const key = nameOrId.toLowerCase();
    return this.sheets.find((s) => s.id === nameOrId || s.name.toLowerCase() === key);
  }

  /** A co-author adds a sheet (counted as existing before: any write of ours to it is recorded). */
  coAuthorAdds(name: string): FakeSheet {
    const sheet = this.addSheet(name);
    sheet.preexisting = true;
    return sheet;
  }

  get sheetNames(): string[] {
    return this.sheets.map((s) => s.name);
  }

  get syncCount(): number {
    return this.syncs.length;
  }

  get largestPayload(): number {
    return Math.max(0, ...this.syncs.map((s) => s.payloadBytes));
  }

  get writeCount(): number {
    return this.writes;
  }

  /** Runs one batch: the whole request is refused over the payload limit; else in order up to the first failure. */
  execute(actions: Action[]): void {
    const index = this.syncs.length + 1;
    const payloadBytes = actions.reduce(
      (sum, a) =>
        sum +
        Buffer.byteLength(JSON.stringify({ t: a.target, m: a.member, a: a.args })) +
        ACTION_BYTES,
      0
    );
    const record: FakeSync = {
      index,
      operations: actions.length,
      writes: actions.filter((a) => a.kind === "write").length,
      payloadBytes,
      calculationSuspended: actions.some((a) => a.member === "suspendApiCalculationUntilNextSync"),
    };
    this.syncs.push(record);
    this.options.beforeSync?.(this, index);
    if (payloadBytes > (this.options.payloadLimit ?? FAKE_PAYLOAD_LIMIT)) {
      record.error = "RequestPayloadSizeLimitExceeded";
      throw new FakeExcelError(
        "RequestPayloadSizeLimitExceeded",
        "The request payload size has exceeded the limit."
      );
    }
    for (const action of actions) {
      const op: FakeOperation = {
        seq: ++this.seq,
        sync: index,
        kind: action.kind,
        target: action.target,
        member: action.member,
        args: action.args,
      };
      try {
        this.failAtSync(index, actions.indexOf(action) + 1);
        if (action.kind === "write") {
          this.writes += 1;
          const ref = action.sheetRef;
          const rules = ([] as FailRule[]).concat(this.options.failOn ?? []);
          const rule = rules.find(
            (r) =>
              r.write === this.writes ||
              (r.sheet !== undefined &&
                (r.sheet === ref?.label || ref?.renamedTo.includes(r.sheet)) &&
                (r.member === undefined || r.member === action.member))
          );
          if (rule) {
            throw new FakeExcelError(
              rule.code ?? "GeneralException",
              `Injected failure at write ${this.writes} (${action.target}.${action.member})`
            );
          }
        }
        action.run();
        op.sheet = action.sheetRef?.planned;
        this.operations.push(op);
        if (action.kind === "write" && action.sheetRef?.sheet?.preexisting)
          this.touchedExisting.push(op);
      } catch (e) {
        op.sheet = action.sheetRef?.planned;
        this.operations.push(op);
        const error =
          e instanceof FakeExcelError ? e : new FakeExcelError("GeneralException", String(e));
        error.debugInfo.errorLocation = `${action.target}.${action.member}`;
        record.error = error.code;
        throw error;
      }
    }
  }

  private failAtSync(sync: number, action: number): void {
    const rules = ([] as FailRule[]).concat(this.options.failOn ?? []);
    const rule = rules.find((r) => r.sync === sync && (r.action ?? 1) === action);
    if (rule)
      throw new FakeExcelError(
        rule.code ?? "GeneralException",
        `Injected failure at action ${action} of sync ${sync}`
      );
  }

  addSheet(name: string): FakeSheet {
    if (invalidSheetName(name))
      throw new FakeExcelError(
        "InvalidArgument",
        `Invalid worksheet name: ${JSON.stringify(name)}`
      );
    if (this.sheet(name))
      throw new FakeExcelError(
        "ItemAlreadyExists",
        `The resource being created already exists: ${name}`
      );
    const sheet = FakeExcel.emptySheet(name, false);
    this.sheets.push(sheet);
    return sheet;
  }

  deleteSheet(sheet: FakeSheet): void {
    const i = this.sheets.indexOf(sheet);
    if (i < 0)
      throw new FakeExcelError("ItemNotFound", `worksheet ${sheet.name} was already deleted`);
    if (this.sheets.length === 1)
      throw new FakeExcelError(
        "InvalidOperation",
        "A workbook must contain at least one visible worksheet."
      );
    // As Excel: a veryHidden sheet must be made visible or hidden before it can be deleted.
    if (sheet.visibility === "VeryHidden")
      throw new FakeExcelError(
        "InvalidOperation",
        `Cannot delete very hidden sheet ${sheet.name}.`
      );
    this.sheets.splice(i, 1);
    this.deletedSheets.push(sheet.name);
    this.breakReferences(sheet.name);
  }

  /**
   * As Excel: every formula naming a deleted sheet now names #REF! ('Kepala Dinas'!B5 -> #REF!B5),
   * and a sheet that later takes that name does not get them back.
   */
  private breakReferences(name: string): void {
    const esc = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
    const quoted = esc(`'${name.replace(/'/g, "''")}'!`);
    const bare = `(?<=^|[=(,;:+\\-*/^&<> ])${esc(name)}!`;
    const pattern = new RegExp(`${quoted}|${bare}`, "giu");
    for (const s of this.sheets)
      for (const [key, c] of s.cells) {
        if (c.kind !== "formula") continue;
        const broken = c.value.replace(pattern, "#REF!");
        if (broken !== c.value) s.cells.set(key, { kind: "formula", value: broken });
      }
  }
}

class FakeContext {
  pending: Action[] = [];
  /** Loaded values reach the proxies only when the whole batch succeeded, as in Office.js. */
  private delivered: (() => void)[] = [];
  readonly workbook: FakeWorkbook;
  constructor(readonly fake: FakeExcel) {
    this.workbook = new FakeWorkbook(this);
  }
  queue(action: Action): void {
    this.pending.push(action);
  }
  deliver(apply: () => void): void {
    this.delivered.push(apply);
  }
  async sync(): Promise<void> {
    const actions = this.pending;
    this.pending = [];
    this.delivered = [];
    await Promise.resolve();
    this.fake.execute(actions);
    for (const apply of this.delivered) apply();
    this.delivered = [];
  }
}

class FakeWorkbook {
  readonly worksheets: FakeWorksheetCollection;
  readonly application: FakeApplication;
  constructor(private readonly ctx: FakeContext) {
    this.worksheets = new FakeWorksheetCollection(ctx);
    this.application = new FakeApplication(ctx);
  }

  getSelectedRange(): FakeRange {
    const selection = this.ctx.fake.options.selection ?? {
      sheet: this.ctx.fake.sheets[0]?.name ?? "Sheet1",
      address: "A1",
    };
    return this.worksheets.getItem(selection.sheet).getRange(selection.address);
  }
}

class FakeApplication {
  constructor(private readonly ctx: FakeContext) {}
  suspendApiCalculationUntilNextSync(): void {
    this.ctx.queue({
      kind: "read",
      target: "Application",
      member: "suspendApiCalculationUntilNextSync",
      args: [],
      run: () => undefined,
    });
  }
}

function notLoaded(what: string): never {
  throw new FakeExcelError(
    "PropertyNotLoaded",
    `The property '${what}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`
  );
}

class FakeWorksheetCollection {
  private loadedItems?: FakeWorksheet[];
  constructor(private readonly ctx: FakeContext) {}

  get items(): FakeWorksheet[] {
    return this.loadedItems ?? notLoaded("items");
  }

  load(what: string): this {
    this.ctx.queue({
      kind: "read",
      target: "WorksheetCollection",
      member: "load",
      args: [what],
      run: () => {
        const items = this.ctx.fake.sheets.map((sheet) => {
          const ref = new SheetRef(sheet.name, () => sheet);
          ref.sheet = sheet;
          const proxy = new FakeWorksheet(this.ctx, ref);
          proxy.setLoaded({
            name: sheet.name,
            id: sheet.id,
            visibility: sheet.visibility ?? "Visible",
            position: this.ctx.fake.sheets.indexOf(sheet),
          });
          return proxy;
        });
        this.ctx.deliver(() => (this.loadedItems = items));
      },
    });
    return this;
  }

  add(name: string): FakeWorksheet {
    const ref = new SheetRef(name, () => undefined);
    this.ctx.queue({
      kind: "write",
      sheetRef: ref,
      target: "WorksheetCollection",
      member: "add",
      args: [name],
      run: () => (ref.sheet = this.ctx.fake.addSheet(name)),
    });
    return new FakeWorksheet(this.ctx, ref);
  }

  /** By name or id, like Excel's getItem(key). */
  getItem(key: string): FakeWorksheet {
    return new FakeWorksheet(this.ctx, new SheetRef(key, () => this.ctx.fake.sheet(key)));
  }

  getItemOrNullObject(key: string): FakeWorksheet {
    const ref = new SheetRef(key, () => this.ctx.fake.sheet(key));
    const proxy = new FakeWorksheet(this.ctx, ref, true);
    this.ctx.queue({
      kind: "read",
      target: "WorksheetCollection",
      member: "getItemOrNullObject",
      args: [key],
      run: () => proxy.resolveNull(),
    });
    return proxy;
  }
}

class FakeWorksheet {
  private loaded: Record<string, unknown> = {};
  private nullState?: boolean;
  constructor(
    readonly ctx: FakeContext,
    readonly ref: SheetRef,
    private readonly orNull = false
  ) {}

  setLoaded(values: Record<string, unknown>): void {
    Object.assign(this.loaded, values);
  }

  resolveNull(): void {
    const sheet = this.ref.resolve();
    if (sheet) this.ref.sheet = sheet;
    this.ctx.deliver(() => (this.nullState = !sheet));
  }

  get isNullObject(): boolean {
    if (!this.orNull) return false;
    return this.nullState ?? notLoaded("isNullObject");
  }

  get name(): string {
    return (this.loaded.name as string | undefined) ?? notLoaded("name");
  }

  get id(): string {
    return (this.loaded.id as string | undefined) ?? notLoaded("id");
  }

  set name(value: string) {
    this.ref.renamedTo.push(value);
    this.write("Worksheet", "name", [value], (sheet) => {
      if (invalidSheetName(value))
        throw new FakeExcelError("InvalidArgument", `Invalid worksheet name: ${value}`);
      const other = this.ctx.fake.sheet(value);
      if (other && other !== sheet)
        throw new FakeExcelError("ItemAlreadyExists", `A sheet named ${value} already exists.`);
      sheet.name = value;
    });
  }

  set tabColor(value: string) {
    this.write(
      "Worksheet",
      "tabColor",
      [value],
      (sheet) => (sheet.tabColor = requireColor(value, "tabColor"))
    );
  }

  load(what: string): this {
    this.ctx.queue({
      kind: "read",
      sheetRef: this.ref,
      target: "Worksheet",
      member: "load",
      args: [what],
      run: () => {
        const sheet = this.orNull ? this.ref.resolve() : this.ref.get();
        if (sheet)
          this.ctx.deliver(() =>
            this.setLoaded({
              name: sheet.name,
              id: sheet.id,
              visibility: sheet.visibility ?? "Visible",
              position: this.ctx.fake.sheets.indexOf(sheet),
            })
          );
      },
    });
    return this;
  }

  /** Queues a write on this sheet; a null object ignores writes, like Office.js. */
  write(target: string, member: string, args: unknown[], apply: (sheet: FakeSheet) => void): void {
    this.ctx.queue({
      kind: "write",
      sheetRef: this.ref,
      target,
      member,
      args,
      run: () => {
        if (this.orNull && !this.ref.resolve()) return; // a null object ignores writes
        const sheet = this.ref.get();
        if (sheet.protection && !UNPROTECTED_TARGETS.has(target))
          throw new FakeExcelError(
            "AccessDenied",
            `The cell or chart you're trying to change is on a protected sheet (${sheet.name}: ${target}.${member}).`
          );
        apply(sheet);
      },
    });
  }

  get protection(): FakeWorksheetProtection {
    return new FakeWorksheetProtection(this);
  }

  /** Queues a load on this sheet: `compute` runs with the batch, `into` gets its value after the sync. */
  read<T>(target: string, args: unknown[], compute: (s: FakeSheet) => T, into: (v: T) => void) {
    this.ctx.queue({
      kind: "read",
      sheetRef: this.ref,
      target,
      member: "load",
      args,
      run: () => {
        const value = compute(this.ref.get());
        this.ctx.deliver(() => into(value));
      },
    });
  }

  get position(): number {
    return (this.loaded.position as number | undefined) ?? notLoaded("position");
  }

  /** Worksheet.position (ExcelApi 1.1): the sheet moves to that index of the tab order. */
  set position(value: number) {
    this.write("Worksheet", "position", [value], (sheet) => {
      const sheets = this.ctx.fake.sheets;
      if (!Number.isInteger(value) || value < 0 || value >= sheets.length)
        throw new FakeExcelError("InvalidArgument", `position ${String(value)}`);
      sheets.splice(sheets.indexOf(sheet), 1);
      sheets.splice(value, 0, sheet);
    });
  }

  /** The used range: from the first to the last cell with a value (a blank sheet: A1). */
  getUsedRange(valuesOnly?: boolean): FakeUsedRange {
    return new FakeUsedRange(this, valuesOnly);
  }

  delete(): void {
    this.write("Worksheet", "delete", [], (sheet) => this.ctx.fake.deleteSheet(sheet));
  }

  activate(): void {
    this.write("Worksheet", "activate", [], (sheet) => {
      if (sheet.visibility !== undefined && sheet.visibility !== "Visible")
        throw new FakeExcelError("InvalidOperation", `Cannot activate hidden sheet ${sheet.name}.`);
    });
  }

  get visibility(): "Visible" | "Hidden" | "VeryHidden" {
    return (this.loaded.visibility as "Visible" | undefined) ?? notLoaded("visibility");
  }

  /** Excel's rules: one of three values, and a workbook keeps at least one visible sheet. */
  set visibility(value: "Visible" | "Hidden" | "VeryHidden") {
    this.write("Worksheet", "visibility", [value], (sheet) => {
      if (!["Visible", "Hidden", "VeryHidden"].includes(value))
        throw new FakeExcelError("InvalidArgument", `Invalid visibility: ${String(value)}`);
      const visible = this.ctx.fake.sheets.filter(
        (s) => s !== sheet && (s.visibility ?? "Visible") === "Visible"
      );
      if (value !== "Visible" && visible.length === 0)
        throw new FakeExcelError("InvalidOperation", "A workbook must keep a visible sheet.");
      sheet.visibility = value;
    });
  }

  /** No address: the whole sheet, as Worksheet.getRange(). */
  getRange(address?: string): FakeRange {
    return new FakeRange(this, address ?? WHOLE_SHEET);
  }

  getRanges(address: string): FakeRangeAreas {
    return new FakeRangeAreas(this, address);
  }

  get customProperties(): FakeCustomPropertyCollection {
    return new FakeCustomPropertyCollection(this.ctx, this);
  }

  get charts(): FakeChartCollection {
    return new FakeChartCollection(this.ctx, this);
  }

  get pageLayout(): FakePageLayout {
    return new FakePageLayout(this);
  }

  get freezePanes(): FakeFreezePanes {
    return new FakeFreezePanes(this);
  }

  get horizontalPageBreaks(): { add(range: string): void } {
    return {
      add: (range: string) =>
        this.write("PageBreakCollection", "add", [range], (sheet) => {
          fakeParseAddress(range);
          sheet.pageBreaks.push(range);
        }),
    };
  }
}

/**
 * What a protected sheet still takes: the sheet's own properties (name, tab colour, visibility,
 * delete, activate), its custom properties and its protection. Every other write (cells, formats,
 * merges, clears, rules, charts, layout) is refused with AccessDenied: the simplest faithful rule,
 * so a writer that forgets to unprotect fails here as in Excel.
 */
const UNPROTECTED_TARGETS = new Set([
  "Worksheet",
  "WorksheetCustomPropertyCollection",
  "WorksheetProtection",
]);

const PROTECTION_OPTION_KEYS = new Set([
  "allowAutoFilter",
  "allowDeleteColumns",
  "allowDeleteRows",
  "allowEditObjects",
  "allowEditScenarios",
  "allowFormatCells",
  "allowFormatColumns",
  "allowFormatRows",
  "allowInsertColumns",
  "allowInsertHyperlinks",
  "allowInsertRows",
  "allowPivotTables",
  "allowSort",
  "selectionMode",
]);

/**
 * Worksheet.protection (ExcelApi 1.2). Like the worst host (office-js #6784), protect() on a
 * protected sheet and unprotect() on an unprotected one fail with AccessDenied.
 */
class FakeWorksheetProtection {
  private loaded?: boolean;
  constructor(private readonly sheet: FakeWorksheet) {}

  load(what: string): this {
    this.sheet.read(
      "WorksheetProtection",
      [what],
      (s) => s.protection !== undefined,
      (value) => (this.loaded = value)
    );
    return this;
  }

  get protected(): boolean {
    return this.loaded ?? notLoaded("protected");
  }

  protect(options: Record<string, unknown> = {}, password?: string): void {
    this.sheet.write("WorksheetProtection", "protect", [options, password], (s) => {
      if (s.protection) throw new FakeExcelError("AccessDenied", `${s.name} is already protected`);
      for (const [key, value] of Object.entries(options)) {
        if (!PROTECTION_OPTION_KEYS.has(key))
          throw new FakeExcelError("InvalidArgument", `protection option ${key}`);
        if (key === "selectionMode") requireOneOf(value, ["Normal", "Unlocked", "None"], key);
        else if (typeof value !== "boolean")
          throw new FakeExcelError("InvalidArgument", `protection option ${key}: ${String(value)}`);
      }
      s.protection = { options: { ...options }, ...(password !== undefined ? { password } : {}) };
    });
  }

  unprotect(password?: string): void {
    this.sheet.write("WorksheetProtection", "unprotect", [password], (s) => {
      if (!s.protection) throw new FakeExcelError("AccessDenied", `${s.name} is not protected`);
      if (s.protection.password !== undefined && s.protection.password !== password)
        throw new FakeExcelError("InvalidArgument", "wrong password");
      delete s.protection;
    });
  }
}

class FakeCustomPropertyCollection {
  constructor(
    private readonly ctx: FakeContext,
    private readonly sheet: FakeWorksheet
  ) {}

  add(key: string, value: string): void {
    this.sheet.write("WorksheetCustomPropertyCollection", "add", [key, value], (s) => {
      if (typeof key !== "string" || key.length === 0 || key.length > 255)
        throw new FakeExcelError("InvalidArgument", `custom property key: ${key}`);
      if (typeof value !== "string")
        throw new FakeExcelError("InvalidArgument", "custom property value must be text");
      // Excel outside the web cuts longer values; the worst host refuses them.
      if (value.length > 255)
        throw new FakeExcelError(
          "InvalidArgument",
          `custom property value over 255: ${value.length}`
        );
      s.customProperties.set(key.toLowerCase(), { key, value });
    });
  }

  getItemOrNullObject(key: string): FakeCustomProperty {
    return new FakeCustomProperty(this.ctx, this.sheet, key);
  }
}

class FakeCustomProperty {
  private state?: { isNull: boolean; value?: string };
  constructor(
    private readonly ctx: FakeContext,
    private readonly sheet: FakeWorksheet,
    private readonly key: string
  ) {}

  load(what: string): this {
    this.ctx.queue({
      kind: "read",
      sheetRef: this.sheet.ref,
      target: "WorksheetCustomProperty",
      member: "load",
      args: [this.key, what],
      run: () => {
        const found = this.sheet.ref.get().customProperties.get(this.key.toLowerCase());
        const state = found ? { isNull: false, value: found.value } : { isNull: true };
        this.ctx.deliver(() => (this.state = state));
      },
    });
    return this;
  }

  get isNullObject(): boolean {
    return this.state?.isNull ?? notLoaded("isNullObject");
  }

  get value(): string {
    if (!this.state || this.state.isNull) return notLoaded("value");
    return this.state.value as string;
  }
}

/**
 * A block's formulas ("" for an empty cell) and values. The fake computes nothing: a formula's value
 * reads as 0, never as its own text (as in Excel, where only a text constant shows itself in both).
 */
function readGrid(sheet: FakeSheet, box: Box): { formulas: unknown[][]; values: unknown[][] } {
  const formulas: unknown[][] = [];
  const values: unknown[][] = [];
  for (let r = box.r1; r <= box.r2; r++) {
    const f: unknown[] = [];
    const v: unknown[] = [];
    for (let c = box.c1; c <= box.c2; c++) {
      const cell = sheet.cells.get(cellKey(r, c));
      f.push(cell?.value ?? "");
      v.push(cell?.kind === "formula" ? 0 : (cell?.value ?? ""));
    }
    formulas.push(f);
    values.push(v);
  }
  return { formulas, values };
}

/** From the first to the last cell with a value (a blank sheet: A1): its extent and cells. */
function usedBox(sheet: FakeSheet): Box {
  const boxes = [...sheet.cells.keys()].map((k) => fakeParseAddress(k));
  const box =
    boxes.length === 0
      ? { r1: 0, c1: 0, r2: 0, c2: 0 }
      : {
          r1: Math.min(...boxes.map((b) => b.r1)),
          c1: Math.min(...boxes.map((b) => b.c1)),
          r2: Math.max(...boxes.map((b) => b.r2)),
          c2: Math.max(...boxes.map((b) => b.c2)),
        };
  return box;
}

/** The used range's extent, and its cells only when asked (a stray cell far down is cheap). */
function usedRange(sheet: FakeSheet, what: string): Record<string, unknown> {
  const box = usedBox(sheet);
  return {
    rowIndex: box.r1,
    columnIndex: box.c1,
    rowCount: box.r2 - box.r1 + 1,
    columnCount: box.c2 - box.c1 + 1,
    ...(/formulas|values/i.test(what) ? readGrid(sheet, box) : {}),
  };
}

/**
 * Range.getSpecialCellsOrNullObject (ExcelApi 1.9): the cells of `box` holding a formula or a
 * constant, as areas (here: runs of neighbours in a row), each with its address, formulas and
 * values; null when there is none.
 */
function specialAreas(sheet: FakeSheet, box: Box, type: string) {
  if (type !== "Formulas" && type !== "Constants")
    throw new FakeExcelError("InvalidArgument", `cellType ${type}`);
  const hits = [...sheet.cells.entries()]
    .filter(([, c]) => (c.kind === "formula") === (type === "Formulas"))
    .map(([key]) => fakeParseAddress(key))
    .filter((b) => b.r1 >= box.r1 && b.r1 <= box.r2 && b.c1 >= box.c1 && b.c1 <= box.c2)
    .sort((a, b) => a.r1 - b.r1 || a.c1 - b.c1);
  const runs: Box[] = [];
  for (const h of hits) {
    const last = runs[runs.length - 1];
    if (last && last.r1 === h.r1 && last.c2 === h.c1 - 1) last.c2 = h.c1;
    else runs.push({ ...h });
  }
  const prefix = /^[A-Za-z_][A-Za-z0-9_.]*$/.test(sheet.name)
    ? sheet.name
    : `'${sheet.name.replace(/'/g, "''")}'`;
  const a1 = (b: Box) =>
    `${letters(b.c1)}${b.r1 + 1}${b.c2 > b.c1 ? `:${letters(b.c2)}${b.r2 + 1}` : ""}`;
  const areas = runs.map((b) => ({ address: `${prefix}!${a1(b)}`, ...readGrid(sheet, b) }));
  return { areas, cellCount: hits.length, areaCount: runs.length };
}

interface FakeAreas {
  load: (what: string) => FakeAreas;
  readonly items: { address: string; formulas: unknown[][]; values: unknown[][] }[];
}

/** The RangeAreas of getSpecialCellsOrNullObject: cellCount, areaCount, and its areas' cells. */
export class FakeSpecialCells {
  private loaded?: ReturnType<typeof specialAreas>;
  constructor(
    readonly sheet: FakeWorksheet,
    readonly box: () => Box,
    readonly type: string
  ) {}
  load(what: string): this {
    const args = ["specialCells", this.type, what];
    this.sheet.read(
      "RangeAreas",
      args,
      (s) => specialAreas(s, this.box(), this.type),
      (v) => {
        this.loaded = v;
      }
    );
    return this;
  }
  get isNullObject(): boolean {
    return (this.loaded ?? notLoaded("isNullObject")).cellCount === 0;
  }
  get cellCount(): number {
    return (this.loaded ?? notLoaded("cellCount")).cellCount;
  }
  get areaCount(): number {
    return (this.loaded ?? notLoaded("areaCount")).areaCount;
  }
  /** RangeAreas.areas: loaded with the RangeAreas here ("areas/items/..."). */
  get areas(): FakeAreas {
    const owner = this;
    const areas: FakeAreas = {
      load: (what: string) => {
        owner.load(what);
        return areas;
      },
      get items() {
        return (owner.loaded ?? notLoaded("areas")).areas;
      },
    };
    return areas;
  }
}

/** Worksheet.getUsedRange: its extent and cells, resolved when the batch runs. */
class FakeUsedRange {
  private loaded?: Record<string, unknown>;
  constructor(
    readonly sheet: FakeWorksheet,
    readonly valuesOnly?: boolean
  ) {}

  load(what: string): this {
    this.sheet.read(
      "Range",
      ["usedRange", what],
      (s) => usedRange(s, what),
      (v) => (this.loaded = v)
    );
    return this;
  }

  getSpecialCellsOrNullObject(type: string): FakeSpecialCells {
    return new FakeSpecialCells(this.sheet, () => usedBox(this.sheet.ref.get()), type);
  }

  private get(what: string): unknown {
    return this.loaded?.[what] ?? notLoaded(what);
  }
  get rowIndex(): number {
    return this.get("rowIndex") as number;
  }
  get columnIndex(): number {
    return this.get("columnIndex") as number;
  }
  get rowCount(): number {
    return this.get("rowCount") as number;
  }
  get columnCount(): number {
    return this.get("columnCount") as number;
  }
  get formulas(): unknown[][] {
    return this.get("formulas") as unknown[][];
  }
  get values(): unknown[][] {
    return this.get("values") as unknown[][];
  }
}

class FakeRange {
  private loaded?: {
    address: string;
    cellCount: number;
    formulas: unknown[][];
    values: unknown[][];
  };
  constructor(
    readonly sheet: FakeWorksheet,
    /** The address as requested (sheet-local). */
    readonly a1: string
  ) {}

  /** Loads address (sheet-qualified, as Excel returns it), cellCount and formulas ("" for an empty cell). */
  load(what: string): this {
    this.sheet.ctx.queue({
      kind: "read",
      sheetRef: this.sheet.ref,
      target: "Range",
      member: "load",
      args: [this.a1, what],
      run: () => {
        const sheet = this.sheet.ref.get();
        const box = fakeParseAddress(this.a1);
        const { formulas, values } = readGrid(sheet, box);
        const name = /^[A-Za-z_][A-Za-z0-9_.]*$/.test(sheet.name)
          ? sheet.name
          : `'${sheet.name.replace(/'/g, "''")}'`;
        const loaded = {
          address: `${name}!${this.a1.replace(/\$/g, "")}`,
          cellCount: (box.r2 - box.r1 + 1) * (box.c2 - box.c1 + 1),
          formulas,
          values,
        };
        this.sheet.ctx.deliver(() => (this.loaded = loaded));
      },
    });
    return this;
  }

  get cellCount(): number {
    return this.loaded?.cellCount ?? notLoaded("cellCount");
  }

  getSpecialCellsOrNullObject(type: string): FakeSpecialCells {
    return new FakeSpecialCells(this.sheet, () => fakeParseAddress(this.a1), type);
  }

  /** Sheet-qualified, after load, as Excel returns it. */
  get address(): string {
    return this.loaded?.address ?? notLoaded("address");
  }

  get formulas(): unknown[][] {
    return this.loaded?.formulas ?? notLoaded("formulas");
  }

  /** The stored values (a formula cell gives 0: the fake computes nothing). */
  get values(): unknown[][] {
    return this.loaded?.values ?? notLoaded("values");
  }

  private grid(
    member: string,
    values: unknown,
    apply: (sheet: FakeSheet, box: Box, values: unknown[][]) => void
  ): void {
    this.sheet.write("Range", member, [this.a1, values], (sheet) => {
      const box = fakeParseAddress(this.a1);
      const rows = box.r2 - box.r1 + 1;
      const columns = box.c2 - box.c1 + 1;
      if (
        !Array.isArray(values) ||
        values.length !== rows ||
        values.some((row) => !Array.isArray(row) || row.length !== columns)
      ) {
        throw new FakeExcelError(
          "InvalidArgument",
          `The number of rows or columns in the input array doesn't match the size or dimensions of the range (${this.a1}: ${rows}x${columns}).`
        );
      }
      apply(sheet, box, values as unknown[][]);
    });
  }

  set formulas(values: unknown[][]) {
    this.grid("formulas", values, (sheet, box, rows) => this.store(sheet, box, rows));
  }

  set values(values: unknown[][]) {
    this.grid("values", values, (sheet, box, rows) => this.store(sheet, box, rows));
  }

  private store(sheet: FakeSheet, box: Box, rows: unknown[][]): void {
    rows.forEach((row, r) =>
      row.forEach((value, c) => {
        if (value === null) return;
        const key = cellKey(box.r1 + r, box.c1 + c);
        const cell = storedCell(value, sheet.numberFormats.get(key), key);
        if (cell) sheet.cells.set(key, cell);
        else sheet.cells.delete(key);
      })
    );
  }

  set numberFormat(values: unknown[][]) {
    this.grid("numberFormat", values, (sheet, box, rows) =>
      rows.forEach((row, r) =>
        row.forEach((value, c) => {
          if (value === null) return;
          if (typeof value !== "string")
            throw new FakeExcelError(
              "InvalidArgument",
              `number format must be text: ${JSON.stringify(value)}`
            );
          sheet.numberFormats.set(cellKey(box.r1 + r, box.c1 + c), value);
        })
      )
    );
  }

  set hyperlink(link: { documentReference?: string; address?: string; textToDisplay?: string }) {
    this.sheet.write("Range", "hyperlink", [this.a1, link], (sheet) => {
      fakeParseAddress(this.a1);
      const ref = link.documentReference;
      if (ref !== undefined && !/^'(?:[^']|'')+'!\$?[A-Za-z]{1,3}\$?\d{1,7}$/.test(ref)) {
        throw new FakeExcelError("InvalidArgument", `hyperlink documentReference: ${ref}`);
      }
      sheet.hyperlinks.set(this.a1, link);
      if (link.textToDisplay !== undefined)
        sheet.cells.set(this.a1.replace(/\$/g, ""), {
          kind: "text",
          value: link.textToDisplay,
        });
    });
  }

  /**
   * across: each row of the range becomes its own merged area (Excel.Range.merge, ExcelApi 1.2).
   * Merged areas are recorded as "B14:P14" whatever the address was written as, so separate
   * merges and one merge across leave the same list. Refused like a one-cell merge when an area
   * would be one cell (a one-column range across), which the adapter never asks for.
   */
  merge(across = false): void {
    this.sheet.write("Range", "merge", [this.a1, across], (sheet) => {
      const box = fakeParseAddress(this.a1);
      const areas: Box[] = [];
      if (across) for (let r = box.r1; r <= box.r2; r++) areas.push({ ...box, r1: r, r2: r });
      else areas.push(box);
      for (const area of areas) {
        if (area.r1 === area.r2 && area.c1 === area.c2)
          throw new FakeExcelError("InvalidArgument", `cannot merge one cell: ${this.a1}`);
        for (const other of sheet.merges) {
          const o = fakeParseAddress(other);
          if (o.r1 <= area.r2 && area.r1 <= o.r2 && o.c1 <= area.c2 && area.c1 <= o.c2) {
            throw new FakeExcelError(
              "InvalidOperation",
              `merge ${this.a1} overlaps merge ${other}`
            );
          }
        }
      }
      for (const a of areas) sheet.merges.push(`${cellKey(a.r1, a.c1)}:${cellKey(a.r2, a.c2)}`);
    });
  }

  get format(): FakeRangeFormat {
    return new FakeRangeFormat(this);
  }

  /** Range.clear: "All" empties cells and removes formats, number formats and hyperlinks in the range. */
  clear(applyTo = "All"): void {
    this.sheet.write("Range", "clear", [this.a1, applyTo], (sheet) => {
      requireOneOf(applyTo, ["All", "Contents", "Formats", "Hyperlinks"], "clear applyTo");
      clearBox(sheet, fakeParseAddress(this.a1), applyTo);
    });
  }

  /** Range.unmerge: every merged area that meets the range is split. */
  unmerge(): void {
    this.sheet.write("Range", "unmerge", [this.a1], (sheet) => {
      const box = fakeParseAddress(this.a1);
      sheet.merges = sheet.merges.filter((m) => !overlaps(fakeParseAddress(m), box));
    });
  }

  get dataValidation(): FakeDataValidation {
    return new FakeDataValidation(this);
  }

  get conditionalFormats(): FakeConditionalFormatCollection {
    return new FakeConditionalFormatCollection(this);
  }

  /** A format-like write: checks the address, then records the property. */
  record(
    target: string,
    member: string,
    value: unknown,
    check: (box: Box) => void,
    into: (sheet: FakeSheet, box: Box, area: string) => void
  ): void {
    recordOnAreas(this.sheet, this.a1, () => [this.a1], target, member, value, check, into);
  }
}

/**
 * One property write on one or more areas (a Range is the one-area case): at sync, every area is
 * checked before any is recorded, as Excel refuses the whole write.
 */
function recordOnAreas(
  worksheet: FakeWorksheet,
  address: string,
  /** Read at sync, when Excel checks the address. */
  areas: () => string[],
  target: string,
  member: string,
  value: unknown,
  check: (box: Box) => void,
  into: (sheet: FakeSheet, box: Box, area: string) => void
): void {
  worksheet.write(target, member, [address, value], (sheet) => {
    const boxes = areas().map((a1) => ({
      a1,
      box: fakeParseAddress(a1),
    }));
    for (const { box } of boxes) check(box);
    for (const { a1, box } of boxes) into(sheet, box, a1);
  });
}

/**
 * Worksheet.getRanges (ExcelApi 1.9): one proxy over several areas. A property set is one action
 * that Excel applies to every area; each area must be valid (and suit the property) on its own.
 */
class FakeRangeAreas {
  constructor(
    readonly sheet: FakeWorksheet,
    /** The multi-area address as requested. */
    readonly a1: string
  ) {}

  get format(): FakeRangeFormat {
    return new FakeRangeFormat(this);
  }

  record(
    target: string,
    member: string,
    value: unknown,
    check: (box: Box) => void,
    into: (sheet: FakeSheet, box: Box, area: string) => void
  ): void {
    const areas = () => fakeParseAreas(this.a1).map((a) => a.a1);
    recordOnAreas(this.sheet, this.a1, areas, target, member, value, check, into);
  }
}

class FakeRangeFormat {
  constructor(private readonly range: FakeRange | FakeRangeAreas) {}

  private set(member: string, value: unknown, check: (v: unknown) => void = () => undefined): void {
    this.range.record(
      "RangeFormat",
      member,
      value,
      () => check(value),
      (sheet, box, area) => {
        sheet.formats.push({ address: area, property: member, value });
        setCellFormat(sheet, box, member, value);
      }
    );
  }

  set horizontalAlignment(v: string) {
    this.set("horizontalAlignment", v, (x) =>
      requireOneOf(
        x,
        [
          "General",
          "Left",
          "Center",
          "Right",
          "Fill",
          "Justify",
          "CenterAcrossSelection",
          "Distributed",
        ],
        "horizontalAlignment"
      )
    );
  }
  set verticalAlignment(v: string) {
    this.set("verticalAlignment", v, (x) =>
      requireOneOf(x, ["Top", "Center", "Bottom", "Justify", "Distributed"], "verticalAlignment")
    );
  }
  set wrapText(v: boolean) {
    this.set("wrapText", v, (x) => {
      if (typeof x !== "boolean")
        throw new FakeExcelError("InvalidArgument", "wrapText must be boolean");
    });
  }
  set columnWidth(points: number) {
    this.range.record(
      "RangeFormat",
      "columnWidth",
      points,
      () => {
        if (typeof points !== "number" || !(points >= 0 && points <= 1800))
          throw new FakeExcelError("InvalidArgument", `columnWidth out of range: ${points}`);
      },
      (sheet, box) => {
        for (let c = box.c1; c <= box.c2; c++) sheet.columnWidths.set(c, points);
      }
    );
  }
  set rowHeight(points: number) {
    this.range.record(
      "RangeFormat",
      "rowHeight",
      points,
      () => {
        if (typeof points !== "number" || !(points >= 0 && points <= 409))
          throw new FakeExcelError("InvalidArgument", `rowHeight out of range: ${points}`);
      },
      (sheet, box) => {
        for (let r = box.r1; r <= box.r2; r++) sheet.rowHeights.set(r, points);
      }
    );
  }
  /** true puts the rows (columns) of the range back to the standard height (width). */
  set useStandardHeight(v: boolean) {
    this.standard("useStandardHeight", v, (sheet, box) => {
      for (const r of [...sheet.rowHeights.keys()])
        if (r >= box.r1 && r <= box.r2) sheet.rowHeights.delete(r);
    });
  }
  set useStandardWidth(v: boolean) {
    this.standard("useStandardWidth", v, (sheet, box) => {
      for (const c of [...sheet.columnWidths.keys()])
        if (c >= box.c1 && c <= box.c2) sheet.columnWidths.delete(c);
    });
  }
  private standard(member: string, v: boolean, reset: (sheet: FakeSheet, box: Box) => void): void {
    this.range.record(
      "RangeFormat",
      member,
      v,
      () => {
        if (typeof v !== "boolean") throw new FakeExcelError("InvalidArgument", `${member}: ${v}`);
      },
      (sheet, box) => {
        if (v) reset(sheet, box);
      }
    );
  }
  get font() {
    const set = (member: string, value: unknown, check: (v: unknown) => void) =>
      this.set(`font.${member}`, value, check);
    return {
      set bold(v: boolean) {
        set("bold", v, (x) => typeof x === "boolean" || requireOneOf(x, [], "font.bold"));
      },
      set italic(v: boolean) {
        set("italic", v, (x) => typeof x === "boolean" || requireOneOf(x, [], "font.italic"));
      },
      set size(v: number) {
        set("size", v, (x) => {
          if (typeof x !== "number" || x < 1 || x > 409)
            throw new FakeExcelError("InvalidArgument", `font.size ${String(x)}`);
        });
      },
      set color(v: string) {
        set("color", v, (x) => requireColor(x, "font.color"));
      },
    };
  }
  /** FormatProtection (ExcelApi 1.2): kept per cell as "protection.locked". */
  get protection() {
    const set = (value: unknown) =>
      this.set("protection.locked", value, (x) => {
        if (typeof x !== "boolean")
          throw new FakeExcelError("InvalidArgument", "protection.locked must be boolean");
      });
    return {
      set locked(v: boolean) {
        set(v);
      },
    };
  }
  get fill() {
    const set = (value: unknown) =>
      this.set("fill.color", value, (x) => requireColor(x, "fill.color"));
    return {
      set color(v: string) {
        set(v);
      },
    };
  }
  get borders() {
    return {
      getItem: (edge: string) => {
        const set = (member: string, value: unknown, allowed: string[]) =>
          this.range.record(
            "RangeBorder",
            member,
            { edge, value },
            (box) => {
              requireOneOf(
                edge,
                [
                  "EdgeTop",
                  "EdgeBottom",
                  "EdgeLeft",
                  "EdgeRight",
                  "InsideVertical",
                  "InsideHorizontal",
                  "DiagonalDown",
                  "DiagonalUp",
                ],
                "border edge"
              );
              if (edge === "InsideVertical" && box.c1 === box.c2)
                throw new FakeExcelError(
                  "InvalidArgument",
                  `no inside vertical border in one column: ${this.range.a1}`
                );
              if (edge === "InsideHorizontal" && box.r1 === box.r2)
                throw new FakeExcelError(
                  "InvalidArgument",
                  `no inside horizontal border in one row: ${this.range.a1}`
                );
              requireOneOf(value, allowed, `border ${member}`);
            },
            (sheet, box, area) => {
              sheet.formats.push({ address: area, property: `border.${edge}.${member}`, value });
              for (const key of borderLineKeys(box, edge))
                sheet.borderLines.set(key, { ...sheet.borderLines.get(key), [member]: value });
            }
          );
        return {
          set style(v: string) {
            set("style", v, [
              "None",
              "Continuous",
              "Dash",
              "DashDot",
              "DashDotDot",
              "Dot",
              "Double",
              "SlantDashDot",
            ]);
          },
          set weight(v: string) {
            set("weight", v, ["Hairline", "Thin", "Medium", "Thick"]);
          },
        };
      },
    };
  }
}

const VALIDATION_OPERATORS = [
  "Between",
  "NotBetween",
  "EqualTo",
  "NotEqualTo",
  "GreaterThan",
  "LessThan",
  "GreaterThanOrEqualTo",
  "LessThanOrEqualTo",
];

class FakeDataValidation {
  constructor(private readonly range: FakeRange) {}

  /** DataValidation.clear: the rules on areas inside the range go. */
  clear(): void {
    this.range.sheet.write("DataValidation", "clear", [this.range.a1], (sheet) => {
      const box = fakeParseAddress(this.range.a1);
      sheet.validations = sheet.validations.filter(
        (v) => !overlaps(fakeParseAddress(v.address), box)
      );
    });
  }

  private set(member: string, value: unknown, check: () => void): void {
    this.range.record("DataValidation", member, value, check, (sheet) =>
      sheet.validations.push({ address: this.range.a1, property: member, value })
    );
  }

  set rule(rule: {
    decimal?: { formula1: unknown; operator: string };
    list?: { inCellDropDown: unknown; source: unknown };
  }) {
    this.set("rule", rule, () => {
      const l = rule.list;
      if (l) {
        if (typeof l.source !== "string" || l.source === "" || l.source.length > 255)
          throw new FakeExcelError("InvalidArgument", "list source");
        if (typeof l.inCellDropDown !== "boolean")
          throw new FakeExcelError("InvalidArgument", "list inCellDropDown");
        return;
      }
      const d = rule.decimal;
      if (!d)
        throw new FakeExcelError("InvalidArgument", "only decimal and list rules are modelled");
      requireOneOf(d.operator, VALIDATION_OPERATORS, "validation operator");
      if (!(typeof d.formula1 === "number" || typeof d.formula1 === "string"))
        throw new FakeExcelError("InvalidArgument", "formula1");
    });
  }

  set prompt(p: { showPrompt: boolean; title: string; message: string }) {
    this.set("prompt", p, () => {
      if ((p.title ?? "").length > 32 || (p.message ?? "").length > 255)
        throw new FakeExcelError("InvalidArgument", "prompt title/message too long");
    });
  }

  set errorAlert(a: { showAlert: boolean; style: string; title: string; message: string }) {
    this.set("errorAlert", a, () => {
      requireOneOf(a.style, ["Stop", "Warning", "Information"], "errorAlert.style");
      if ((a.title ?? "").length > 32 || (a.message ?? "").length > 225)
        throw new FakeExcelError("InvalidArgument", "error title/message too long");
    });
  }
}

class FakeConditionalFormatCollection {
  constructor(private readonly range: FakeRange) {}

  /** ConditionalFormatCollection.clearAll: the formats on areas inside the range go. */
  clearAll(): void {
    this.range.sheet.write("ConditionalFormatCollection", "clearAll", [this.range.a1], (sheet) => {
      const box = fakeParseAddress(this.range.a1);
      sheet.conditionalFormats = sheet.conditionalFormats.filter(
        (cf) => !overlaps(fakeParseAddress(cf.address), box)
      );
    });
  }

  add(type: string) {
    const entry: FakeSheet["conditionalFormats"][number] = { address: this.range.a1, type };
    this.range.record(
      "ConditionalFormatCollection",
      "add",
      type,
      () =>
        requireOneOf(
          type,
          ["Custom", "CellValue", "ColorScale", "DataBar"],
          "conditional format type"
        ),
      (sheet) => sheet.conditionalFormats.push(entry)
    );
    const range = this.range;
    const set = (member: string, value: unknown, check: () => void, apply: () => void) =>
      range.record("ConditionalFormat", member, value, check, apply);
    return {
      custom: {
        rule: {
          set formula(f: string) {
            set(
              "custom.rule.formula",
              f,
              () => {
                if (typeof f !== "string" || !f.startsWith("="))
                  throw new FakeExcelError("InvalidArgument", `conditional format formula: ${f}`);
              },
              () => (entry.formula = f)
            );
          },
        },
        format: {
          fill: {
            set color(c: string) {
              set(
                "custom.format.fill.color",
                c,
                () => requireColor(c, "cf fill"),
                () => (entry.fill = c)
              );
            },
          },
          font: {
            set color(c: string) {
              set(
                "custom.format.font.color",
                c,
                () => requireColor(c, "cf font"),
                () => (entry.font = c)
              );
            },
          },
        },
      },
    };
  }
}

class FakeChartCollection {
  private loaded?: { delete(): void }[];
  constructor(
    private readonly ctx: FakeContext,
    private readonly sheet: FakeWorksheet
  ) {}

  /** Loads the charts as proxies whose delete() removes that chart when synced. */
  load(what: string): this {
    this.ctx.queue({
      kind: "read",
      sheetRef: this.sheet.ref,
      target: "ChartCollection",
      member: "load",
      args: [what],
      run: () => {
        this.loaded = this.sheet.ref.get().charts.map((chart) => ({
          delete: () =>
            this.sheet.write("Chart", "delete", [chart.title ?? ""], (s) => {
              const i = s.charts.indexOf(chart);
              if (i < 0) throw new FakeExcelError("ItemNotFound", "chart was already deleted");
              s.charts.splice(i, 1);
            }),
        }));
      },
    });
    return this;
  }

  get items(): { delete(): void }[] {
    return this.loaded ?? notLoaded("items");
  }

  add(type: string, source: FakeRange, seriesBy: string) {
    const chart: FakeSheet["charts"][number] = { type, source: source.a1, seriesBy };
    const sheet = this.sheet;
    sheet.write("ChartCollection", "add", [type, source.a1, seriesBy], (s) => {
      requireOneOf(type, ["BarClustered", "ColumnClustered", "Line", "Pie"], "chart type");
      requireOneOf(seriesBy, ["Auto", "Columns", "Rows"], "seriesBy");
      if (source.sheet.ref.label !== sheet.ref.label)
        throw new FakeExcelError("InvalidArgument", "chart source on another sheet");
      fakeParseAddress(source.a1);
      s.charts.push(chart);
    });
    return {
      title: {
        set text(t: string) {
          sheet.write("ChartTitle", "text", [t], () => (chart.title = t));
        },
      },
      series: {
        getItemAt: (index: number) => ({
          set name(n: string) {
            sheet.write("ChartSeries", "name", [index, n], () => (chart.seriesName = n));
          },
          setXAxisValues(range: FakeRange) {
            sheet.write("ChartSeries", "setXAxisValues", [index, range.a1], () => {
              fakeParseAddress(range.a1);
              chart.xValues = range.a1;
            });
          },
        }),
      },
      setPosition(start: string, end?: string) {
        sheet.write("Chart", "setPosition", [start, end], () => {
          fakeParseAddress(start);
          if (end !== undefined) fakeParseAddress(end);
          chart.position = [start, end];
        });
      },
    };
  }
}

class FakePageLayout {
  constructor(private readonly sheet: FakeWorksheet) {}

  private set(member: string, value: unknown, check: () => void): void {
    this.sheet.write("PageLayout", member, [value], (s) => {
      check();
      s.pageLayout[member] = value;
    });
  }

  set orientation(v: string) {
    this.set("orientation", v, () => requireOneOf(v, ["Portrait", "Landscape"], "orientation"));
  }
  set paperSize(v: string) {
    this.set("paperSize", v, () =>
      requireOneOf(v, ["A4", "A3", "Letter", "Legal", "Folio"], "paperSize")
    );
  }
  set zoom(z: { horizontalFitToPages?: number; verticalFitToPages?: number; scale?: number }) {
    const fit = z.horizontalFitToPages !== undefined || z.verticalFitToPages !== undefined;
    if (fit && this.sheet.ctx.fake.options.ignoreFitToPages) {
      this.sheet.write("PageLayout", "zoom", [z], () => undefined);
      return;
    }
    this.set("zoom", z, () => {
      for (const v of [z.horizontalFitToPages, z.verticalFitToPages]) {
        if (v !== undefined && !(Number.isInteger(v) && v >= 0))
          throw new FakeExcelError("InvalidArgument", `zoom fit-to-pages: ${v}`);
      }
      // PageLayoutZoomOptions.scale: "between 10 and 400"; it excludes fit-to-pages.
      if (z.scale !== undefined && (fit || !(z.scale >= 10 && z.scale <= 400)))
        throw new FakeExcelError("InvalidArgument", `zoom scale: ${z.scale}`);
    });
  }
  setPrintTitleRows(rows: string): void {
    this.set("printTitleRows", rows, () => {
      if (!isWholeRows(fakeParseAddress(rows)))
        throw new FakeExcelError("InvalidArgument", `print title rows must be whole rows: ${rows}`);
    });
  }
}

class FakeFreezePanes {
  constructor(private readonly sheet: FakeWorksheet) {}

  private count(member: string, n: number, apply: (s: FakeSheet) => void): void {
    this.sheet.write("WorksheetFreezePanes", member, [n], (s) => {
      if (!(Number.isInteger(n) && n >= 1))
        throw new FakeExcelError("InvalidArgument", `${member}(${n})`);
      apply(s);
    });
  }

  freezeRows(n = 1): void {
    this.count("freezeRows", n, (s) => (s.freeze = { rows: n, columns: 0 }));
  }
  freezeColumns(n = 1): void {
    this.count("freezeColumns", n, (s) => (s.freeze = { rows: 0, columns: n }));
  }
  freezeAt(range: string | FakeRange): void {
    const address = typeof range === "string" ? range : range.a1;
    this.sheet.write("WorksheetFreezePanes", "freezeAt", [address], (s) => {
      const box = fakeParseAddress(address);
      if (isWholeColumns(box) || isWholeRows(box) || box.r1 !== 0 || box.c1 !== 0)
        throw new FakeExcelError("InvalidArgument", `freezeAt expects a block from A1: ${address}`);
      s.freeze = { rows: box.r2 + 1, columns: box.c2 + 1 };
    });
  }
}

const WHOLE_SHEET = "A1:XFD1048576";

function overlaps(a: Box, b: Box): boolean {
  return a.r1 <= b.r2 && b.r1 <= a.r2 && a.c1 <= b.c2 && b.c1 <= a.c2;
}

/** What Range.clear removes inside `box`: contents, formats (and number formats), hyperlinks. */
function clearBox(sheet: FakeSheet, box: Box, applyTo: string): void {
  const inside = (key: string) => overlaps(fakeParseAddress(key), box);
  const drop = <V>(map: Map<string, V>) => {
    for (const key of [...map.keys()]) if (inside(key)) map.delete(key);
  };
  if (applyTo === "All" || applyTo === "Contents") drop(sheet.cells);
  if (applyTo === "All" || applyTo === "Formats") {
    drop(sheet.numberFormats);
    drop(sheet.cellFormats);
    sheet.formats = sheet.formats.filter((f) => !overlapsAreas(f.address, box));
    for (const key of [...sheet.borderLines.keys()]) {
      const m = /^[HV](\d+):(\d+)$/.exec(key);
      if (!m || overlaps({ r1: +m[1], r2: +m[1], c1: +m[2], c2: +m[2] }, box))
        sheet.borderLines.delete(key);
    }
  }
  if (applyTo === "All" || applyTo === "Hyperlinks") drop(sheet.hyperlinks);
}

function overlapsAreas(address: string, box: Box): boolean {
  return fakeParseAreas(address).some((a) => overlaps(a.box, box));
}

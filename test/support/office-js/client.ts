/**
 * Microsoft's real Excel client (@microsoft/office-js, excel-web-16.00.debug.js) loaded in a Node
 * `vm` context, with its transport routed to an OfficeHost (host.ts). The adapter's batches then
 * run through the real RequestContext: its argument checks, its object paths, the exact request
 * bytes Excel would receive, and its requirement-set checks against a host that supports ExcelApi
 * only up to the version the add-in declares (the shipped script leaves those checks off: its
 * switch is set on Utility but read on CommonUtility). The script checks a property's set when the
 * property is read, not when it is set; a host without the set refuses the write all the same, so
 * the harness checks writes too. Importable from tests and scripts/bench.
 */
import { readFileSync } from "node:fs";
import { createContext, runInContext } from "node:vm";
import type { ExcelRunner } from "../../../src/workbook/excel-adapter";
import { REQUIRED_EXCEL_API } from "../../../src/workbook/requirements";
import type { OfficeHost } from "./host";

const SCRIPT = require.resolve("@microsoft/office-js/dist/excel-web-16.00.debug.js");

interface SendRequest {
  url: string;
  body: unknown;
}

interface Client {
  Excel: {
    RequestContext: new (url: string) => Excel.RequestContext;
    run: <T>(
      context: Excel.RequestContext,
      batch: (c: Excel.RequestContext) => Promise<T>
    ) => Promise<T>;
  };
  OfficeExtension: {
    HttpUtility: { setCustomSendRequestFunc(f: (r: SendRequest) => Promise<unknown>): void };
    CommonUtility: {
      _doApiNotSupportedCheck: boolean;
      throwIfApiNotSupported(name: string, set: string, version: string, host: string): void;
    };
  };
  Office: object;
}

let client: Client | undefined;
const hosts = new Map<string, OfficeHost>();
/** The ExcelApi version of the host being run (set by each runner before its batch). */
let excelApi = REQUIRED_EXCEL_API;

function atLeast(have: string, want: string): boolean {
  const [a, b] = have.split(".").map(Number);
  const [c, d] = want.split(".").map(Number);
  return a > c || (a === c && b >= d);
}

/** Only ExcelApi, only up to the host's version: any other set is absent. */
function isSetSupported(name: string, version?: string | number): boolean {
  return name === "ExcelApi" && atLeast(excelApi, String(version ?? "1.1"));
}

/** The smallest browser the script needs to load: it only sniffs these. */
function browserStandIn(): Record<string, unknown> {
  const document = {
    readyState: "complete",
    cookie: "",
    documentElement: {},
    addEventListener: () => undefined,
    createElement: () => ({}),
    getElementsByTagName: () => [],
  };
  const location = { href: "https://localhost/", protocol: "https:", search: "", hash: "" };
  const window: Record<string, unknown> = {
    navigator: { userAgent: "node" },
    location,
    document,
    addEventListener: () => undefined,
    setTimeout,
    clearTimeout,
    console,
    Promise,
  };
  window.window = window;
  window.self = window;
  window.parent = window;
  window.top = window;
  return window;
}

/**
 * Makes each Excel property setter run the requirement-set check its getter runs (read from the
 * script: `get: function () { ... _throwIfApiNotSupported("Type.prop", _defaultApiSetName, "1.7"`).
 * Returns how many setters now check.
 */
function checkSetters(loaded: Client, source: string): number {
  const from = source.indexOf('var _defaultApiSetName = "ExcelApi";');
  const to = source.indexOf("var _defaultApiSetName =", from + 1);
  const excel = source.slice(from, to < 0 ? undefined : to);
  const getter =
    /Object\.defineProperty\((\w+)\.prototype, "(\w+)", \{\s*get: function \(\) \{[^{}]*?_throwIfApiNotSupported\("([\w.]+)", _defaultApiSetName, "([\d.]+)"/g;
  const types = loaded.Excel as unknown as Record<string, { prototype: object } | undefined>;
  const { CommonUtility } = loaded.OfficeExtension;
  let patched = 0;
  for (const [, type, property, fullName, version] of excel.matchAll(getter)) {
    const prototype = types[type]?.prototype;
    const descriptor = prototype && Object.getOwnPropertyDescriptor(prototype, property);
    const write = descriptor?.set;
    if (!prototype || !write) continue;
    Object.defineProperty(prototype, property, {
      ...descriptor,
      set(value: unknown) {
        CommonUtility.throwIfApiNotSupported(fullName, "ExcelApi", version, "Excel");
        write.call(this, value);
      },
    });
    patched++;
  }
  return patched;
}

/** How many Excel property setters check their requirement set (0 would mean the script changed). */
export let checkedSetters = 0;

function load(): Client {
  if (client) return client;
  const context = createContext(browserStandIn());
  const source = readFileSync(SCRIPT, "utf8");
  runInContext(source, context, { filename: "excel-web-16.00.debug.js" });
  const loaded = context as unknown as Client;
  loaded.Office = Object.create(loaded.Office, {
    context: { value: { requirements: { isSetSupported } } },
  });
  loaded.OfficeExtension.CommonUtility._doApiNotSupportedCheck = true;
  checkedSetters = checkSetters(loaded, source);
  loaded.OfficeExtension.HttpUtility.setCustomSendRequestFunc(async (request) => {
    const host = hosts.get(new URL(request.url).host);
    if (!host) throw new Error(`no host for ${request.url}`);
    const text = typeof request.body === "string" ? request.body : JSON.stringify(request.body);
    return host.respond(text);
  });
  client = loaded;
  return loaded;
}

/** An Excel.run that goes through the real client to `host`, a host with ExcelApi `api`. */
export function realClientRun(host: OfficeHost, api = REQUIRED_EXCEL_API): ExcelRunner {
  const { Excel } = load();
  const name = `host${hosts.size + 1}.invalid`;
  hosts.set(name, host);
  return (batch) => {
    excelApi = api;
    return Excel.run(new Excel.RequestContext(`https://${name}/`), batch);
  };
}

/** Runs `call` and returns what it sent to `host`: one action log per request, none refused. */
export function recordRequests(host: OfficeHost) {
  return async <T>(call: () => Promise<T>) => {
    const before = host.requests.length;
    const result = await call();
    const requests = host.requests.slice(before);
    for (const r of requests) expect(r.error).toBeUndefined();
    return { result, requests };
  };
}

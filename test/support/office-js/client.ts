/**
 * Microsoft's real Excel client (@microsoft/office-js, excel-web-16.00.debug.js) loaded in a Node
 * `vm` context, with its transport routed to an OfficeHost (host.ts). The adapter's batches then
 * run through the real RequestContext: its argument checks, its object paths, the exact request
 * bytes Excel would receive, and its requirement-set checks against a host that supports ExcelApi
 * only up to the version the add-in declares (the shipped script leaves those checks off: its
 * switch is set on Utility but read on CommonUtility). Importable from tests and scripts/bench.
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
    CommonUtility: { _doApiNotSupportedCheck: boolean };
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

function load(): Client {
  if (client) return client;
  const context = createContext(browserStandIn());
  runInContext(readFileSync(SCRIPT, "utf8"), context, { filename: "excel-web-16.00.debug.js" });
  const loaded = context as unknown as Client;
  loaded.Office = Object.create(loaded.Office, {
    context: { value: { requirements: { isSetSupported } } },
  });
  loaded.OfficeExtension.CommonUtility._doApiNotSupportedCheck = true;
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

/**
 * The production taskpane.html as Excel loads it in the shared runtime: with office.js answered by
 * a stand-in of the Excel host and its custom functions runtime, the page registers every IKI
 * function from the shipped bundles, the functions compute in the browser, and the pane renders
 * for Excel. Ties the build (chunks, runtime, associate calls) to behaviour, not only to file names.
 */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import type { Page } from "playwright-core";
import { CHROMIUM, buildBundle, launchChromium, type LaunchedBrowser } from "./support/browser";
import { OFFICE_JS_URL, OFFICE_STUB } from "./support/office-stub";
import { serveDirectory, type StaticServer } from "./support/static-server";

let out: string;
let server: StaticServer;
let chromium: LaunchedBrowser;
let page: Page;
const pageErrors: string[] = [];
// Every test of this file drives Chromium: skipped where it is missing (one line, from the global
// setup), run and failing in CI.
const test = CHROMIUM.test;
const consoleErrors: string[] = [];

/** Records every Content-Security-Policy violation of a page (and its frames) from the first script on. */
const RECORD_CSP_VIOLATIONS = () => {
  (window as any).__cspViolations = [];
  document.addEventListener("securitypolicyviolation", (e) =>
    (window as any).__cspViolations.push(`${e.effectiveDirective} ${e.blockedURI} ${e.sample}`)
  );
};

jest.setTimeout(30_000);

beforeAll(async () => {
  if (CHROMIUM.skipped) return;
  out = fs.mkdtempSync(path.join(os.tmpdir(), "iki-shared-runtime-"));
  buildBundle("production", out);
  server = await serveDirectory(out);
  chromium = await launchChromium({ width: 320, height: 700 });
  await chromium.context.route(OFFICE_JS_URL, (route) =>
    route.fulfill({ status: 200, contentType: "text/javascript", body: OFFICE_STUB })
  );
  await chromium.context.addInitScript(RECORD_CSP_VIOLATIONS);
  page = await chromium.context.newPage();
  page.on("pageerror", (e) => pageErrors.push(e.message));
  page.on("console", (m) => m.type() === "error" && consoleErrors.push(m.text()));
  await page.goto(`${server.url}taskpane.html`);
  await page.waitForFunction(() => Object.keys((window as any).__ikiFunctions).length > 0);
}, 180_000);

afterAll(async () => {
  await chromium?.close();
  await server?.close();
  if (out) fs.rmSync(out, { recursive: true, force: true });
});

/** Calls a registered function in the page with arguments as Excel passes them. */
function call(id: string, ...args: unknown[]): Promise<unknown> {
  return page.evaluate(
    ({ id, args }) => {
      const result = (window as any).__ikiFunctions[id](...args);
      return result instanceof (window as any).CustomFunctions.Error
        ? { code: result.code, message: result.message }
        : result;
    },
    { id, args }
  );
}

test("every function of functions.json is registered by the page", async () => {
  const metadata = JSON.parse(fs.readFileSync(path.join(out, "functions.json"), "utf8"));
  const ids = (metadata.functions as { id: string }[]).map((f) => f.id).sort();
  const registered = await page.evaluate(() => Object.keys((window as any).__ikiFunctions).sort());
  expect(registered).toEqual(ids);
  expect(ids).toHaveLength(9);
});

test("the registered functions compute from the shipped bundle", async () => {
  expect(await call("PERSEN", [[30], [20]], [[100], [100]])).toBe(25);
  expect(await call("CAPAIAN", [[80]], [[100]])).toBe(80);
  expect(await call("CAPAIAN", [[12]], [[10]], "negatif")).toBe(80);
  expect(await call("PREDIKAT", [[80]])).toBe("Baik");
  expect(await call("NILAI", [[98]])).toBe(88);
  expect(await call("NILAIAKHIR", [[10, 0, null, null]])).toBe(0);
  expect(await call("CAPAIAN", [[null]], [[100]])).toBe("");
  const table = (await call("INDIKATOR", "Sekretaris Dinas Sosial")) as string[][];
  expect(table[0]).toEqual(["Kinerja", "Indikator Kinerja", "Formulasi", "Sumber Data"]);
  expect(table.length).toBeGreaterThan(1);
});

test("bad input comes back as a CustomFunctions.Error with a message in Bahasa Indonesia", async () => {
  expect(await call("PERSEN", [["12,5"]], [[10]])).toEqual({
    code: "#VALUE!",
    message: expect.stringContaining('Argumen "pembilang" berisi teks "12,5"'),
  });
  expect(await call("PERSEN", [[1]], [[0]])).toMatchObject({ code: "#DIV/0!" });
});

test("the pane renders for Excel, without script errors", async () => {
  await page.getByRole("button", { name: /Sisipkan lembar jabatan ini/ }).waitFor();
  expect(pageErrors).toEqual([]);
});

test("the Content-Security-Policy holds: no violation while the pane renders and the functions register", async () => {
  await page.getByRole("button", { name: /Sisipkan lembar jabatan ini/ }).waitFor();
  expect(await page.evaluate(() => (window as any).__cspViolations)).toEqual([]);
  expect(consoleErrors).toEqual([]);
});

test("the policy is enforced: injected inline script and code from strings are refused", async () => {
  const outcome = await page.evaluate(async () => {
    const script = document.createElement("script");
    script.textContent = "window.__injected = true;";
    document.head.appendChild(script);
    // A string timer runs outside this evaluation, under the page's policy ('unsafe-eval' absent).
    (window.setTimeout as (code: string, ms: number) => number)("window.__evaluated = true;", 0);
    await new Promise((resolve) => setTimeout(resolve, 100));
    const w = window as any;
    return { injected: w.__injected === true, evaluated: w.__evaluated === true };
  });
  expect(outcome).toEqual({ injected: false, evaluated: false });
  const violations: string[] = await page.evaluate(() => (window as any).__cspViolations.splice(0));
  expect(violations.map((v) => v.split(" ")[0]).sort()).toEqual(["script-src", "script-src-elem"]);
});

test("the help page shows its styles under its own policy, without a violation", async () => {
  const help = await chromium.context.newPage();
  try {
    await help.goto(`${server.url}bantuan.html`);
    await help.locator("h1").first().waitFor();
    // The page's one stylesheet applies (allowed by its hash): headings in the add-in's green.
    expect(
      await help
        .locator("h1")
        .first()
        .evaluate((h) => getComputedStyle(h).color)
    ).toBe("rgb(16, 124, 65)");
    expect(await help.evaluate(() => (window as any).__cspViolations)).toEqual([]);
  } finally {
    await help.close();
  }
});

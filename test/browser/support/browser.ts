/** Headless Debian chromium driven by playwright-core, with the flags that work on these machines. */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { execFileSync } from "child_process";
import { chromium, type Browser, type BrowserContext } from "playwright-core";
import { needs } from "../../support/programs";

/**
 * Chromium as scripts/system-deps.js finds it (CHROMIUM_PATH, else `chromium` on PATH). A browser
 * test file runs its tests with `CHROMIUM.test`: skipped where Chromium is missing outside CI.
 */
export const CHROMIUM = needs("chromium");

export const CHROMIUM_ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

export interface LaunchedBrowser {
  context: BrowserContext;
  browser: Browser | null;
  close(): Promise<void>;
}

/**
 * A fresh profile each time (--user-data-dir), removed on close. `devServer`: the https dev server
 * of `npm start` on localhost is reachable too, its development certificate accepted.
 */
export async function launchChromium(
  viewport = { width: 1280, height: 860 },
  { devServer = false } = {}
): Promise<LaunchedBrowser> {
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), "iki-chromium-"));
  const context = await chromium.launchPersistentContext(profile, {
    // A clear message naming the install command, never playwright's launch stack trace.
    executablePath: CHROMIUM.require(),
    headless: true,
    args: CHROMIUM_ARGS,
    viewport,
    locale: "id-ID",
    timezoneId: "Asia/Jakarta",
    ignoreHTTPSErrors: devServer,
  });
  // Nothing leaves the machine: office.js (the CDN) and any other outside request is refused.
  const outside = devServer
    ? /^https?:\/\/(?!(127\.0\.0\.1|localhost)[:/])/
    : /^https?:\/\/(?!127\.0\.0\.1[:/])/;
  await context.route(outside, (route) => route.abort());
  return {
    context,
    browser: context.browser(),
    close: async () => {
      await context.close();
      fs.rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** webpack into `out` (development: the preview page exists; production: what is shipped). */
export function buildBundle(mode: "development" | "production", out: string): void {
  const root = path.join(__dirname, "..", "..", "..");
  const args = [require.resolve("webpack-cli/bin/cli.js"), "--mode", mode, "--output-path", out];
  if (mode === "development") args.push("--no-devtool");
  execFileSync(process.execPath, args, { cwd: root, stdio: "pipe" });
}

/**
 * The preview page in headless Chromium, as the browser tests drive it: the development bundle
 * built into a temp folder, served on localhost, the page open with the pane ready.
 */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import type { Page } from "playwright-core";
import { buildBundle, launchChromium, type LaunchedBrowser } from "./browser";
import { serveDirectory, type StaticServer } from "./static-server";

export interface PreviewSession {
  /** The built folder. */
  out: string;
  server: StaticServer;
  chromium: LaunchedBrowser;
  page: Page;
  /** Uncaught errors of the page. */
  errors: string[];
  close(): Promise<void>;
}

/** `query`: e.g. "?jeda=250" (a pause between sheets). */
export async function openPreview(tempPrefix: string, query = ""): Promise<PreviewSession> {
  const out = fs.mkdtempSync(path.join(os.tmpdir(), tempPrefix));
  buildBundle("development", out);
  const server = await serveDirectory(out);
  const chromium = await launchChromium({ width: 1920, height: 1080 });
  const page = await chromium.context.newPage();
  const errors: string[] = [];
  page.on("pageerror", (e) => errors.push(e.message));
  await page.goto(`${server.url}preview.html${query}`);
  await page.getByRole("heading", { name: "1. Pilih jabatan" }).waitFor();
  const close = async () => {
    await chromium.close();
    await server.close();
    fs.rmSync(out, { recursive: true, force: true });
  };
  return { out, server, chromium, page, errors, close };
}

/** The text a grid cell of the active sheet shows: a yellow cell's in its input. */
export async function cellText(page: Page, a1: string): Promise<string> {
  const td = page.locator(`td[data-cell="${a1}"]`);
  const input = td.locator("input");
  if ((await input.count()) > 0) return (await input.inputValue()).trim();
  return ((await td.textContent()) ?? "").trim();
}

/** Types into a cell of the active sheet's grid and confirms with Enter. */
export async function typeIntoCell(page: Page, a1: string, value: string): Promise<void> {
  const input = page.getByLabel(`Sel ${a1}`, { exact: true });
  await input.fill(value);
  await input.press("Enter");
}

/** The active sheet's text, cell after cell, a yellow cell's from its input. */
export async function gridText(page: Page): Promise<string> {
  return page
    .locator("#lembar-aktif")
    .evaluate((el) =>
      [...el.querySelectorAll("th, td")]
        .map((c) => c.querySelector("input")?.value ?? c.textContent ?? "")
        .join("")
    );
}

/**
 * Selects a cell of a sheet through the name box and types a text into it, as in Excel's formula
 * bar; the cell then holds that text.
 */
export async function typeIntoSheet(
  page: Page,
  sheet: string,
  a1: string,
  value: string
): Promise<void> {
  await page.getByRole("tab", { name: sheet, exact: true }).click();
  const nameBox = page.getByLabel("Sel", { exact: true });
  await nameBox.fill(a1);
  await nameBox.press("Enter");
  const editor = page.getByLabel("Ubah isi", { exact: true });
  await editor.fill(value);
  await editor.press("Enter");
  expect(await page.getByTestId("isi-sel").textContent()).toBe(value);
}

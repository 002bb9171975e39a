/**
 * "Perawatan lembar IKI" in the preview page, driven in headless Chromium as a person would: a
 * sheet inserted and a target typed, the catalog revised through the section "Katalog IKI" (an
 * indicator's text), then "Perbarui lembar ke katalog": the preview names the change and writes
 * nothing, the second click rewrites the sheet in its place with the new text and the typed
 * target kept.
 */
import * as fs from "fs";
import * as path from "path";
import type { Page } from "playwright-core";
import { builtInCatalog } from "../../src/catalog";
import { catalogToTables } from "../../src/catalog/tabel";
import { BARIS_HEADER_KATALOG } from "../../src/template/katalog-sheets";
import { cell } from "../../src/template/a1";
import { ikiLayout, KOLOM } from "../../src/template/layout";
import { CHROMIUM } from "./support/browser";
import {
  openPreview,
  typeIntoCell,
  typeIntoSheet,
  type PreviewSession,
  gridText as gridTextOf,
} from "./support/preview-page";

const test = CHROMIUM.test;

const root = path.join(__dirname, "..", "..");
const artifacts = path.join(root, "test-artifacts", "browser");
const jabatan = builtInCatalog.jabatan.find((j) => j.indikator.length >= 2)!;
const indikator = jabatan.indikator[0];
const TEKS_BARU = `${indikator.indikator} (revisi)`;
const TARGET = "87";

let preview: PreviewSession;
let page: Page;

jest.setTimeout(30_000);

const tabs = async () => (await page.getByRole("tab").allTextContents()).map((t) => t.trim());
const gridText = () => gridTextOf(page);
const status = (text: string | RegExp) => page.getByRole("status").filter({ hasText: text });

/** The A1 address of the indicator's text in the exported Indikator sheet. */
function indikatorCell(): string {
  const table = catalogToTables(builtInCatalog.catalog).find((t) => t.sheet === "Indikator")!;
  const id = table.header.indexOf("Id Indikator");
  const r = table.rows.findIndex((row) => row[id] === indikator.id);
  return cell(BARIS_HEADER_KATALOG + r + 1, table.header.indexOf("Indikator Kinerja"));
}

beforeAll(async () => {
  if (CHROMIUM.skipped) return;
  fs.mkdirSync(artifacts, { recursive: true });
  preview = await openPreview("iki-perawatan-");
  page = preview.page;
  page.setDefaultTimeout(10_000);
}, 240_000);

afterAll(async () => {
  await preview?.close();
});

let sheet: string;
const targetCell = cell(ikiLayout(jabatan).blok[0].baris, KOLOM.target);
/** What the target's input cell holds (an input cell of the grid is a text field). */
const typed = () => page.getByLabel(`Sel ${targetCell}`, { exact: true }).inputValue();

test("a sheet is inserted and a target typed into it", async () => {
  await page.getByLabel("Bidang").selectOption(jabatan.bidang);
  await page.getByLabel("Jabatan", { exact: true }).selectOption(jabatan.id);
  await page.getByRole("button", { name: "Sisipkan lembar jabatan ini" }).click();
  await status("Lembar berhasil dibuat").waitFor();
  sheet = (await page.getByRole("tab", { selected: true }).textContent())!.trim();
  await typeIntoCell(page, targetCell, TARGET);
  expect(await typed()).toBe(TARGET);
});

test("the catalog is revised through the section Katalog IKI", async () => {
  await page.getByRole("heading", { name: "Katalog IKI" }).click();
  await page.getByRole("button", { name: "Ekspor katalog ke lembar baru", exact: true }).click();
  await status("Katalog diekspor").waitFor();
  await typeIntoSheet(page, "Indikator", indikatorCell(), TEKS_BARU);
  await page.getByRole("button", { name: "Pakai katalog dari lembar-lembar ini" }).click();
  await status("Katalog dipakai dan disimpan").waitFor();
});

test("Perbarui: the preview names the change and writes nothing; the second click rewrites the sheet in its place, the target kept", async () => {
  const before = await tabs();
  await page.getByRole("heading", { name: "Perawatan lembar IKI" }).click();
  await page.getByRole("button", { name: "Perbarui lembar ke katalog" }).click();
  const pratinjau = status(/^Pratinjau: Perbarui lembar IKI/);
  await pratinjau.waitFor();
  const text = (await pratinjau.textContent()) ?? "";
  expect(text).toContain(`${sheet}: diperbarui (1 berubah)`);
  expect(text).toContain("(teks)");
  // The focus is on the report, for a screen reader to read it.
  expect(await page.evaluate(() => document.activeElement?.getAttribute("data-intent"))).toBe(
    "info"
  );
  await page.getByRole("tab", { name: sheet, exact: true }).click();
  expect(await gridText()).not.toContain(TEKS_BARU);
  await pratinjau.scrollIntoViewIfNeeded();
  await page.locator("aside").screenshot({ path: path.join(artifacts, "perawatan-pratinjau.png") });

  await page.getByRole("button", { name: "Perbarui 1 lembar" }).click();
  const selesai = status(/^Selesai: Perbarui lembar IKI/);
  await selesai.waitFor();
  expect(await selesai.textContent()).toContain("1 lembar diperbarui");
  expect(await tabs()).toEqual(before);
  await page.getByRole("tab", { name: sheet, exact: true }).click();
  expect(await gridText()).toContain(TEKS_BARU);
  expect(await typed()).toBe(TARGET);
  await page.screenshot({ path: path.join(artifacts, "perawatan-selesai.png") });
  expect(preview.errors).toEqual([]);
});

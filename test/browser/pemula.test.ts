/**
 * A first-time pegawai's way through the preview, by keyboard: a typo and an abbreviation in the
 * search, focus kept after choosing, the grid moved through like a spreadsheet, numbers typed the
 * Indonesian way, yellow text cells edited, an error cell explained; then the help page and the
 * preview at the task pane's width (320 × 700): no sideways scrolling, axe clean.
 */
import * as path from "path";
import * as fs from "fs";
import type { Page } from "playwright-core";
import { getJabatan } from "../support/builtin-catalog";
import { ikiLayout, KOLOM, BARIS_IDENTITAS, KOLOM_IDENTITAS } from "../../src/template/layout";
import { cell } from "../../src/template/a1";
import { CHROMIUM } from "./support/browser";
import { cellText as gridCellText, openPreview, type PreviewSession } from "./support/preview-page";
import { axeGrave } from "./support/axe";

const test = CHROMIUM.test;
jest.setTimeout(30_000);

const artifacts = path.join(__dirname, "..", "..", "test-artifacts", "browser");
const JABATAN_ID = "pekerja-sosial-ahli-muda-perlindungan-sosial-korban-bencana-alam";

let preview: PreviewSession;
let page: Page;

const cellText = (a1: string) => gridCellText(page, a1);
/** The address of the grid cell holding the focus (the cell itself or its input). */
const focusedCell = () =>
  page.evaluate(
    () => document.activeElement?.closest("td[data-cell]")?.getAttribute("data-cell") ?? null
  );
const press = (key: string) => page.keyboard.press(key);

beforeAll(async () => {
  if (CHROMIUM.skipped) return;
  fs.mkdirSync(artifacts, { recursive: true });
  preview = await openPreview("iki-pemula-");
  page = preview.page;
}, 240_000);

afterAll(async () => {
  await preview?.close();
});

/**
 * Types a search, goes into the results with ArrowDown and takes the first with Enter; returns
 * the first result's text, once the focus has landed on the jabatan list.
 */
async function chooseFirstResult(query: string): Promise<string> {
  const search = page.getByLabel("Cari jabatan");
  await search.fill(query);
  const results = page.getByRole("list", { name: "Hasil pencarian jabatan" }).getByRole("button");
  await results.first().waitFor();
  const text = (await results.first().textContent()) ?? "";
  await search.press("ArrowDown");
  await press("Enter");
  await page.waitForFunction(() => document.activeElement?.tagName === "SELECT");
  return text;
}

test("a typo finds the Sekretaris, says why, and Enter on it keeps focus in the pane", async () => {
  expect(await chooseFirstResult("sekertaris")).toContain("mirip “sekretaris”");
  const jabatan = page.getByLabel("Jabatan", { exact: true });
  expect(await jabatan.evaluate((el) => el === document.activeElement)).toBe(true);
  expect(await jabatan.inputValue()).toBe("sekretaris-dinas-sosial");
});

test("abbreviations find a jabatan, chosen and inserted by keyboard only", async () => {
  expect(await chooseFirstResult("peksos bencana alam")).toContain("Peksos = Pekerja Sosial");
  expect(await page.getByLabel("Jabatan", { exact: true }).inputValue()).toBe(JABATAN_ID);
  await page.getByLabel("Nama", { exact: true }).fill("Siti Rahayu, S.Sos.");
  await page.getByLabel("NIP", { exact: true }).fill("198503122010012004");
  await page.getByRole("button", { name: "Sisipkan lembar jabatan ini" }).focus();
  await press("Enter");
  await page.getByRole("status").filter({ hasText: "Lembar berhasil dibuat" }).waitFor();
});

const row = () => ikiLayout(getJabatan(JABATAN_ID)!).blok[0].baris;

test("arrows, Enter, Tab and Shift+Tab move between cells like a spreadsheet", async () => {
  const r = row();
  const [tw1, tw2] = KOLOM.triwulan;
  await page.getByLabel(`Sel ${cell(r, KOLOM.target)}`, { exact: true }).focus();
  // "1.000" is a thousand (Indonesian Excel), Enter writes it and goes down.
  await page.keyboard.type("1.000");
  await press("Enter");
  expect(await focusedCell()).toBe(cell(r + 1, KOLOM.target));
  expect(await cellText(cell(r, KOLOM.target))).toBe("1000");
  await press("Shift+Enter");
  expect(await focusedCell()).toBe(cell(r, KOLOM.target));
  // Tab: the next yellow cell to the right; Shift+Tab back.
  await press("Tab");
  expect(await focusedCell()).toBe(cell(r, tw1));
  await page.keyboard.type("12,5");
  await press("Tab");
  expect(await focusedCell()).toBe(cell(r, tw2));
  expect(await cellText(cell(r, tw1))).toBe("12,5");
  await press("Shift+Tab");
  expect(await focusedCell()).toBe(cell(r, tw1));
  // Arrows: right and left over the input cells, up onto a locked cell, and back down.
  await press("ArrowRight");
  expect(await focusedCell()).toBe(cell(r, tw2));
  await press("ArrowLeft");
  await press("ArrowLeft");
  expect(await focusedCell()).toBe(cell(r, KOLOM.target));
  await press("ArrowUp");
  const above = await focusedCell();
  expect(above).not.toBeNull();
  expect(above).not.toBe(cell(r, KOLOM.target));
  expect(await page.getByTestId("isi-sel").isVisible()).toBe(true);
  await press("ArrowDown");
  expect(await focusedCell()).toBe(cell(r, KOLOM.target));
});

test("a decimal point is refused with the reason, and the cell keeps the focus", async () => {
  const r = row();
  const tw3 = cell(r, KOLOM.triwulan[2]);
  await page.getByLabel(`Sel ${tw3}`, { exact: true }).focus();
  await page.keyboard.type("1.5");
  await press("Enter");
  const alert = page.getByRole("alert").filter({ hasText: "titik memisahkan ribuan" });
  await alert.waitFor();
  expect(await alert.textContent()).toContain("Tulis “1,5”");
  expect(await focusedCell()).toBe(tw3);
  expect(await cellText(cell(r, KOLOM.realisasi))).toBe("12,5");
  await page.keyboard.type("1,5");
  await press("Enter");
  expect(await cellText(cell(r, KOLOM.realisasi))).toBe("14");
});

test("every yellow text cell is edited in the grid: pangkat and keterangan", async () => {
  const pangkat = cell(BARIS_IDENTITAS.pangkat, KOLOM_IDENTITAS.nilaiDari);
  await page.getByLabel(`Sel ${pangkat}`, { exact: true }).fill("Penata Muda, III/a");
  await page.getByLabel(`Sel ${pangkat}`, { exact: true }).press("Enter");
  expect(await cellText(pangkat)).toBe("Penata Muda, III/a");
  const keterangan = cell(row(), KOLOM.keterangan);
  await page.getByLabel(`Sel ${keterangan}`, { exact: true }).fill("data BPBD");
  await press("Tab");
  expect(await cellText(keterangan)).toBe("data BPBD");
});

test("an error cell explains itself in words when selected, not only on hover", async () => {
  const r = row();
  await page.getByLabel(`Sel ${cell(r, KOLOM.target)}`, { exact: true }).fill("0");
  await press("Enter");
  const capaian = cell(r, KOLOM.capaian);
  await page.locator(`td[data-cell="${capaian}"]`).click();
  const line = page.getByTestId("penjelasan-galat");
  expect(await line.textContent()).toMatch(new RegExp(`^Sel ${capaian} berisi #`));
  expect(await line.isVisible()).toBe(true);
  await page.locator(".wadah-grid").evaluate((el) => el.scrollTo(0, 0));
  await page.screenshot({ path: path.join(artifacts, "pratinjau-galat-dijelaskan.png") });
});

test("at 320 × 700 the help page does not scroll sideways, and axe finds nothing serious", async () => {
  const help = await preview.chromium.context.newPage();
  await help.setViewportSize({ width: 320, height: 700 });
  await help.goto(`${preview.server.url}bantuan.html`);
  expect(await help.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
  expect(await help.getByRole("main").count()).toBe(1);
  expect(await axeGrave(help)).toEqual([]);
  await help.screenshot({ path: path.join(artifacts, "bantuan-320.png") });
  await help.close();
});

test("at 320 × 700 the preview page has no serious or critical axe violation", async () => {
  await page.setViewportSize({ width: 320, height: 700 });
  expect(await axeGrave(page)).toEqual([]);
  await page.setViewportSize({ width: 1920, height: 1080 });
});

test("no script error happened on the pages", () => {
  expect(preview.errors).toEqual([]);
});

/**
 * The pane's main path at 320 × 700 px, as a first-time pegawai takes it by keyboard only: search,
 * choose, nama and NIP, insert. Measured: the scroll distance from the top of the pane to the
 * insert button after choosing (at most one screen more: two screens in all) and the number of
 * interactions; the focus after every step; the other sections one line each, after the path;
 * axe on the pane. Figures and screenshots go to test-artifacts/browser/.
 */
import * as fs from "fs";
import * as path from "path";
import type { Page } from "playwright-core";
import { CHROMIUM } from "./support/browser";
import { openPreview, type PreviewSession } from "./support/preview-page";
import { axeGrave } from "./support/axe";

const test = CHROMIUM.test;
jest.setTimeout(30_000);

const artifacts = path.join(__dirname, "..", "..", "test-artifacts", "browser");
const JABATAN_ID = "pekerja-sosial-ahli-muda-perlindungan-sosial-korban-bencana-alam";
const LAYAR = { width: 320, height: 700 };

let preview: PreviewSession;
let page: Page;
/** Every key press and every typed text of the path, in order. */
const langkah: string[] = [];
const figures: Record<string, number> = {};

const press = async (key: string) => {
  langkah.push(key);
  await page.keyboard.press(key);
};
const type = async (text: string) => {
  langkah.push(`ketik “${text}”`);
  await page.keyboard.type(text);
};
const shot = (name: string) => page.screenshot({ path: path.join(artifacts, name) });
/** The focused element's accessible label, by its label element, aria-label or text. */
const focused = () =>
  page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    if (!el) return "";
    const label = (el as HTMLInputElement).labels?.[0]?.textContent;
    return (label ?? el.getAttribute("aria-label") ?? el.textContent ?? "").trim();
  });

/** Where the main path's form ends and the bar sits, in the pane's scroll container. */
const geometry = () =>
  page.evaluate(() => {
    const panel = document.querySelector("aside.panel") as HTMLElement;
    const form = panel.querySelector("form") as HTMLElement;
    const bar = panel.querySelector("[data-testid=bilah-sisip]") as HTMLElement;
    const top = panel.getBoundingClientRect().top;
    const formBottom = form.getBoundingClientRect().bottom - top + panel.scrollTop;
    const barRect = bar.getBoundingClientRect();
    return {
      viewHeight: panel.clientHeight,
      scrollTop: panel.scrollTop,
      // The bar's place when not stuck: the last child of the form.
      naturalBottom: formBottom,
      barTop: barRect.top - top,
      barBottom: barRect.bottom - top,
      barHeight: barRect.height,
    };
  });

beforeAll(async () => {
  if (CHROMIUM.skipped) return;
  fs.mkdirSync(artifacts, { recursive: true });
  preview = await openPreview("iki-jalur-");
  page = preview.page;
  await page.setViewportSize(LAYAR);
}, 240_000);

afterAll(async () => {
  if (!CHROMIUM.skipped)
    fs.writeFileSync(
      path.join(artifacts, "jalur-utama.json"),
      JSON.stringify({ figures, langkah }, null, 2)
    );
  await preview?.close();
});

test("search and choose by keyboard: focus on the jabatan list, the detail folded", async () => {
  await page.getByLabel("Cari jabatan").focus();
  langkah.push("fokus ke Cari jabatan");
  await type("peksos bencana alam");
  await page.getByRole("list", { name: "Hasil pencarian jabatan" }).waitFor();
  await shot("jalur-1-cari.png");
  await press("ArrowDown");
  await press("Enter");
  await page.waitForFunction(() => document.activeElement?.tagName === "SELECT");
  expect(await page.getByLabel("Jabatan", { exact: true }).inputValue()).toBe(JABATAN_ID);
  // The indicators are behind one line; the line says how many.
  const rincian = page.locator("summary", { hasText: /^Rincian: \d+ indikator, \d+ tugas$/ });
  expect(await rincian.isVisible()).toBe(true);
  expect(await page.getByText("Formulasi").first().isVisible()).toBe(false);
  await shot("jalur-2-terpilih.png");
});

test("after choosing, the insert button is in view and its place is within two screens", async () => {
  const g = await geometry();
  figures.tinggiPanel = Math.round(g.viewHeight);
  figures.jarakGulirKeTombol = Math.round(Math.max(0, g.naturalBottom - g.viewHeight));
  figures.tinggiBilah = Math.round(g.barHeight);
  figures.gulirSetelahPilih = Math.round(g.scrollTop);
  // Sticky: wherever the choice left the pane scrolled, the button is on screen.
  expect(g.barTop).toBeGreaterThanOrEqual(0);
  expect(g.barBottom).toBeLessThanOrEqual(g.viewHeight + 1);
  // Its own place: at most one screen of scrolling (the main path in two screens).
  expect(figures.jarakGulirKeTombol).toBeLessThanOrEqual(LAYAR.height);
  const ringkasan = await page.locator("#ringkasan-sisip").textContent();
  expect(ringkasan).toMatch(
    /^1 lembar “Pekerja Sosial Ahli Muda.*” \(\d+ indikator\), tahun \d{4}\.$/
  );
});

test("nama and NIP by Tab, with the fields never under the bar, then Enter inserts", async () => {
  // From the jabatan list: Tab until Nama (the folded detail's line comes between).
  let tabs = 0;
  while ((await focused()) !== "Nama" && tabs < 6) {
    await press("Tab");
    tabs++;
  }
  expect(await focused()).toBe("Nama");
  // The focused summary line shows its focus ring (checked on the way, if it was passed).
  await type("Siti Rahayu, S.Sos.");
  await press("Tab");
  expect(await focused()).toMatch(/^NIP/);
  const under = await page.evaluate(() => {
    const bar = document.querySelector("[data-testid=bilah-sisip]")!.getBoundingClientRect();
    return document.activeElement!.getBoundingClientRect().bottom - bar.top;
  });
  expect(under).toBeLessThanOrEqual(0);
  await type("198503122010012004");
  figures.gulirSaatIsiNip = Math.round((await geometry()).scrollTop);
  expect(await page.locator("#ringkasan-sisip").textContent()).toContain("a.n. Siti Rahayu");
  await shot("jalur-3-identitas.png");
  await press("Enter");
  const hasil = page.getByRole("status").filter({ hasText: "Lembar berhasil dibuat" });
  await hasil.waitFor();
  // The outcome takes the focus, so a screen reader reads it and the next Tab starts from it.
  expect(await hasil.evaluate((el) => el === document.activeElement)).toBe(true);
  figures.interaksi = langkah.length;
  figures.tabKeNama = tabs;
  // Focus on search, type, ArrowDown, Enter, Tab(s) to Nama, type, Tab, type, Enter.
  expect(langkah.length).toBeLessThanOrEqual(10);
  await shot("jalur-4-berhasil.png");
});

test("a wrong year: the folded field is opened and takes the focus", async () => {
  const tahun = page.getByLabel(/^Tahun/);
  expect(await tahun.isVisible()).toBe(false);
  await tahun.evaluate((el: HTMLInputElement) => {
    // As typed: React reads the value through its own setter's event.
    const set = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, "value")!.set!;
    set.call(el, "20255");
    el.dispatchEvent(new Event("input", { bubbles: true }));
  });
  await page.getByLabel("NIP", { exact: true }).press("Enter");
  await page.getByRole("alert").filter({ hasText: "Isian belum benar" }).waitFor();
  expect(await tahun.evaluate((el) => el === document.activeElement)).toBe(true);
  expect(await tahun.isVisible()).toBe(true);
  await tahun.fill(String(new Date().getFullYear()));
});

test("a wrong NIP: Enter leaves the focus on the field, with the problem said", async () => {
  const nip = page.getByLabel("NIP", { exact: true });
  await nip.fill("12345");
  await nip.press("Enter");
  await page.getByRole("alert").filter({ hasText: "Isian belum benar" }).waitFor();
  expect(await nip.evaluate((el) => el === document.activeElement)).toBe(true);
  await nip.fill("198503122010012004");
});

test("the same jabatan again: the question takes the focus, its choices a Tab away", async () => {
  await page.getByLabel("NIP", { exact: true }).press("Enter");
  const tanya = page.getByRole("alert").filter({ hasText: "Sudah ada lembarnya" });
  await tanya.waitFor();
  expect(await tanya.evaluate((el) => el === document.activeElement)).toBe(true);
  await page.keyboard.press("Tab");
  expect(await focused()).toBe("Buka lembar yang ada");
  await page.getByRole("button", { name: "Batal" }).press("Enter");
});

test("the options fold behind one line, opened by keyboard; focus is visible on it", async () => {
  const line = page.locator("summary", { hasText: /^Fungsi IKI · skala lima tingkat/ });
  await line.focus();
  await page.keyboard.press("Tab");
  await page.keyboard.press("Shift+Tab");
  const outline = await line.evaluate((el) => getComputedStyle(el).outlineStyle);
  expect(outline).not.toBe("none");
  expect(await page.getByRole("checkbox", { name: "Kunci rumus" }).isVisible()).toBe(false);
  await page.keyboard.press("Enter");
  const kunci = page.getByRole("checkbox", { name: "Kunci rumus" });
  await kunci.focus();
  await page.keyboard.press("Space");
  expect(await line.textContent()).toContain("tanpa kunci");
  await page.keyboard.press("Space");
  expect(await line.textContent()).toContain("rumus dikunci");
});

test("the other sections come after the main path, one line each when closed", async () => {
  const rows = await page.evaluate(() => {
    const panel = document.querySelector("aside.panel")!;
    const formBottom = panel.querySelector("form")!.getBoundingClientRect().bottom;
    return [...panel.querySelectorAll("h2 > button[aria-expanded=false]")].map((b) => ({
      title: b.textContent ?? "",
      below: b.getBoundingClientRect().top >= formBottom,
      height: b.getBoundingClientRect().height,
    }));
  });
  const titles = rows.map((r) => r.title.replace(/^▸ /, ""));
  expect(titles).toEqual(
    expect.arrayContaining([
      "Katalog IKI",
      "Perawatan lembar IKI",
      "Gabungkan berkas pegawai",
      "Fungsi IKI",
    ])
  );
  for (const r of rows) {
    expect(r.below).toBe(true);
    expect(r.height).toBeLessThanOrEqual(30);
  }
});

test("Enter in the search only searches: it inserts nothing", async () => {
  const tabs = await page.getByRole("tab").count();
  const search = page.getByLabel("Cari jabatan");
  await search.fill("bencana");
  await search.press("Enter");
  await page.waitForTimeout(300);
  expect(await page.getByRole("tab").count()).toBe(tabs);
  expect(await search.evaluate((el) => el === document.activeElement)).toBe(true);
  await search.fill("");
});

test("at 320 × 700 the pane, its folds open, has no serious or critical axe violation", async () => {
  await page.locator("summary", { hasText: /^Rincian:/ }).click();
  await page.locator("aside.panel").evaluate((el) => el.scrollTo(0, 0));
  await page.locator("summary", { hasText: /^Tahun \d{4} · pangkat/ }).click();
  expect(await axeGrave(page, "aside.panel")).toEqual([]);
});

test("no script error happened on the page", () => {
  expect(preview.errors).toEqual([]);
});

/**
 * The whole add-in in a real browser, without Excel: the development bundle is built into a temp
 * folder, served over http on localhost, and the preview page (the task pane beside the in-memory
 * HyperFormula workbook) is driven in headless chromium as a person would use it.
 * Screenshots go to test-artifacts/browser/.
 */
import * as fs from "fs";
import * as path from "path";
import type { Page } from "playwright-core";
import { getJabatan, jabatanInBidang } from "../support/builtin-catalog";
import { ikiLayout, KOLOM } from "../../src/template/layout";
import { cell, columnLetter } from "../../src/template/a1";
import { KOLOM_REKAP } from "../../src/template/rekap-sheet";
import { CHROMIUM } from "./support/browser";
import { axeGrave } from "./support/axe";
import {
  cellText as gridCellText,
  openPreview,
  typeIntoCell,
  type PreviewSession,
} from "./support/preview-page";

// Every test of this file drives Chromium: skipped where it is missing (one line, from the global
// setup), run and failing in CI.
const test = CHROMIUM.test;

const root = path.join(__dirname, "..", "..");
const artifacts = path.join(root, "test-artifacts", "browser");
const JABATAN_ID = "pekerja-sosial-ahli-muda-perlindungan-sosial-korban-bencana-alam";
const BIDANG = "Bidang Rehabilitasi Sosial";

let preview: PreviewSession;
let page: Page;

const shot = (name: string) => path.join(artifacts, name);

// Each step drives a real browser; the suite as a whole takes well under a minute.
jest.setTimeout(30_000);

const cellText = (a1: string) => gridCellText(page, a1);
const typeInto = (a1: string, value: string) => typeIntoCell(page, a1, value);

/** Back to the top-left corner of the grid (typing into a cell scrolls it), for screenshots. */
async function scrollGridHome() {
  await page.locator(".wadah-grid").evaluate((el) => el.scrollTo(0, 0));
}

async function activeSheet(): Promise<string> {
  return ((await page.getByRole("tab", { selected: true }).textContent()) ?? "").trim();
}

beforeAll(async () => {
  if (CHROMIUM.skipped) return;
  fs.mkdirSync(artifacts, { recursive: true });
  // A short pause between sheets, so the progress of a bidang insert can be seen and photographed.
  preview = await openPreview("iki-preview-", "?jeda=250");
  page = preview.page;
}, 240_000);

afterAll(async () => {
  await preview?.close();
});

test("the preview page is served by the development build only with the pane and a blank sheet", async () => {
  expect(fs.existsSync(path.join(preview.out, "preview.html"))).toBe(true);
  expect(
    await page.getByRole("heading", { name: "IKI Dinas Sosial", level: 1, exact: true }).isVisible()
  ).toBe(true);
  expect(await activeSheet()).toBe("Lembar1");
  // The pane fits the 320 px task pane width: nothing scrolls sideways.
  const overflow = await page.locator("aside").evaluate((el) => el.scrollWidth - el.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
});

test("a jabatan found by words from its name, in any case, shows its indicators before inserting", async () => {
  await page.getByLabel("Cari jabatan").fill("Bencana ALAM");
  const results = page.getByRole("list", { name: "Hasil pencarian jabatan" }).getByRole("button");
  await results.first().waitFor();
  expect(await page.getByRole("status").filter({ hasText: "jabatan cocok" }).textContent()).toMatch(
    /3 jabatan cocok/
  );
  await results.first().click();
  const jabatan = getJabatan(JABATAN_ID)!;
  const detail = page.getByRole("region", { name: /Jabatan terpilih/ });
  await detail.waitFor();
  expect(await detail.textContent()).toContain(jabatan.indikator[0].indikator);
  expect(await detail.textContent()).toContain(jabatan.indikator[0].sumberData);
  // The bidang and jabatan lists follow the choice.
  expect(await page.getByLabel("Bidang").inputValue()).toBe(jabatan.bidang);
  expect(await page.getByLabel("Jabatan", { exact: true }).inputValue()).toBe(JABATAN_ID);
  await page.locator("aside").screenshot({ path: shot("panel-jabatan-terpilih.png") });
});

test("a wrong NIP is explained and blocks the insert, focused for correction", async () => {
  await page.getByLabel("Nama", { exact: true }).fill("Siti Rahayu, S.Sos.");
  const nip = page.getByLabel("NIP", { exact: true });
  await nip.fill("19850312 2010");
  await page.getByRole("button", { name: "Sisipkan lembar jabatan ini" }).click();
  const alert = page.getByRole("alert").filter({ hasText: "Isian belum benar" });
  await alert.waitFor();
  expect(await alert.textContent()).toContain("NIP harus 18 angka; yang terisi 12 angka");
  expect(await nip.evaluate((el) => el === document.activeElement)).toBe(true);
  expect(await nip.getAttribute("aria-invalid")).toBe("true");
  expect(await page.getByRole("tab").count()).toBe(1);
  // The field's message and the action's message together in one picture (a taller window for it).
  await page.setViewportSize({ width: 1920, height: 1500 });
  await nip.evaluate((el) => el.scrollIntoView({ block: "start" }));
  await page.locator("aside").screenshot({ path: shot("pesan-galat-nip.png") });
  await page.setViewportSize({ width: 1920, height: 1080 });
});

test("insert, type target and realisasi into the grid, and read back capaian and predikat", async () => {
  await page.getByLabel("NIP", { exact: true }).fill("19850312 201001 2 004");
  // Pangkat, penilai and tahun are folded behind the line of their remembered values.
  await page.locator("summary", { hasText: /· pangkat:/ }).click();
  await page.getByLabel("Pangkat/golongan").fill("Penata, III/c");
  await page.getByLabel("Nama pejabat penilai").fill("Drs. Bambang Wijaya");
  await page.getByLabel("NIP pejabat penilai").fill("197001011995031001");
  expect(await page.getByLabel("Tahun").inputValue()).toBe(String(new Date().getFullYear()));
  await page.getByRole("button", { name: "Sisipkan lembar jabatan ini" }).click();
  const done = page.getByRole("status").filter({ hasText: "Lembar berhasil dibuat" });
  await done.waitFor();
  const sheet = await activeSheet();
  expect(sheet).not.toBe("Lembar1");
  expect(await done.textContent()).toContain(`Lembar baru: ${sheet}.`);

  // Identity on the sheet, NIP kept as its 18 digits.
  expect(await cellText("C5")).toBe("Siti Rahayu, S.Sos.");
  expect(await cellText("C6")).toBe("198503122010012004");

  const row = ikiLayout(getJabatan(JABATAN_ID)!).blok[0].baris;
  const [tw1, tw2] = KOLOM.triwulan;
  await typeInto(cell(row, KOLOM.target), "100");
  await typeInto(cell(row, tw1), "30");
  await typeInto(cell(row, tw2), "50");
  expect(await cellText(cell(row, KOLOM.realisasi))).toBe("80");
  expect(await cellText(cell(row, KOLOM.capaian))).toBe("80,00%");
  expect(await cellText(cell(row, KOLOM.predikat))).toBe("Baik");

  // A typed text is refused with the sheet's own message, and nothing changes.
  await typeInto(cell(row, KOLOM.triwulan[2]), "banyak");
  expect(
    await page.getByRole("alert").filter({ hasText: "Isian harus berupa angka" }).isVisible()
  ).toBe(true);
  expect(await cellText(cell(row, KOLOM.capaian))).toBe("80,00%");

  expect(await page.getByLabel(`Sel ${cell(row, KOLOM.triwulan[2])}`).inputValue()).toBe("");
  await scrollGridHome();
  await page.screenshot({ path: shot("grid-setelah-sisip.png") });
});

test("a whole bidang is inserted with visible progress, then the rekap follows the sheets", async () => {
  const firstSheet = await activeSheet();
  const jumlah = jabatanInBidang(BIDANG).length;
  await page.getByLabel("Bidang").selectOption(BIDANG);
  const button = page.getByRole("button", {
    name: `Sisipkan semua jabatan bidang ini (${jumlah} lembar) dan rekap`,
  });
  await button.click();

  const bar = page.getByRole("progressbar");
  await bar.waitFor();
  // Every action is disabled while one runs.
  expect(await button.isDisabled()).toBe(true);
  expect(await page.getByRole("button", { name: "Buat atau perbarui rekap" }).isDisabled()).toBe(
    true
  );
  await page.waitForFunction(() => {
    const now = Number(
      document.querySelector('[role="progressbar"]')?.getAttribute("aria-valuenow") ?? 0
    );
    return now > 0.2 && now < 0.9;
  });
  await bar.scrollIntoViewIfNeeded();
  await page.screenshot({ path: shot("kemajuan-sisip-bidang.png") });

  const done = page.getByRole("status").filter({ hasText: `${jumlah + 1} lembar berhasil dibuat` });
  await done.waitFor({ timeout: 30_000 });
  expect(await button.isDisabled()).toBe(false);
  const text = (await done.textContent()) ?? "";
  const rekap = await activeSheet();
  expect(rekap).toMatch(/^Rekap IKI \d{4}$/);
  expect(text).toContain(`Rekap ada di lembar “${rekap}”.`);
  expect(await page.getByRole("tab").count()).toBe(1 + 1 + jumlah + 1);

  // The rekap holds the sheet inserted earlier too, with the capaian typed there.
  const rekapRow = async () => {
    const lembar = columnLetter(KOLOM_REKAP.lembar);
    const d = page.locator(`td[data-cell^="${lembar}"]`).filter({ hasText: firstSheet });
    return Number((await d.first().getAttribute("data-cell"))!.slice(lembar.length));
  };
  const r = await rekapRow();
  const capaian = `${columnLetter(KOLOM_REKAP.capaian)}${r}`;
  const predikat = `${columnLetter(KOLOM_REKAP.predikat)}${r}`;
  expect(await cellText(capaian)).toBe("80,00%");
  expect(await cellText(predikat)).toBe("Baik");
  expect(await cellText(`${columnLetter(KOLOM_REKAP.nama)}${r}`)).toBe("Siti Rahayu, S.Sos.");
  await scrollGridHome();
  await page.screenshot({ path: shot("rekap.png") });

  // Change the realisasi on the sheet: the rekap follows.
  await page.getByRole("tab", { name: firstSheet }).click();
  const row = ikiLayout(getJabatan(JABATAN_ID)!).blok[0].baris;
  await typeInto(cell(row, KOLOM.triwulan[2]), "30");
  expect(await cellText(cell(row, KOLOM.capaian))).toBe("110,00%");
  await page.getByRole("tab", { name: rekap }).click();
  expect(await cellText(capaian)).toBe("110,00%");
  expect(await cellText(predikat)).toBe("Sangat Baik");

  // Rebuilt twice: the same rekap tab is updated, none is added.
  const tabs = await page.getByRole("tab").count();
  for (let i = 0; i < 2; i++) {
    await page.getByRole("button", { name: "Buat atau perbarui rekap" }).click();
    await page.getByRole("status").filter({ hasText: "Rekap berhasil diperbarui" }).waitFor();
  }
  expect(await page.getByRole("tab").count()).toBe(tabs);
  expect(await page.getByRole("tab", { name: /^Rekap IKI/ }).count()).toBe(1);
  await page.getByRole("tab", { name: rekap }).click();
  expect(await cellText(capaian)).toBe("110,00%");
});

test("an example IKI formula goes into the selected empty cell, never over a filled one", async () => {
  await page.getByRole("tab", { name: "Lembar1" }).click();
  const sel = page.getByLabel("Sel", { exact: true });
  await sel.fill("B3");
  await sel.press("Enter");
  await page.getByText("Fungsi IKI", { exact: true }).click();
  const write = page.getByRole("button", { name: "Tulis contoh di sel terpilih: IKI.CAPAIAN" });
  await write.click();
  await page
    .getByRole("status")
    .filter({ hasText: "Rumus contoh ditulis di Lembar1!B3." })
    .waitFor();
  expect(await cellText("B3")).toBe("80");
  expect(await page.getByTestId("isi-sel").textContent()).toBe("=IKI.CAPAIAN(80,100)");

  await page.getByRole("button", { name: "Tulis contoh di sel terpilih: IKI.PREDIKAT" }).click();
  const refused = page.getByRole("alert").filter({ hasText: "sudah berisi data" });
  await refused.waitFor();
  expect(await refused.textContent()).toContain("Sel Lembar1!B3 sudah berisi data");
  expect(await cellText("B3")).toBe("80");
});

test("axe-core finds no serious or critical accessibility problem on the page", async () => {
  expect(await axeGrave(page)).toEqual([]);
});

test("taskpane.html outside Excel explains itself instead of showing a broken pane", async () => {
  const pane = await preview.chromium.context.newPage();
  await pane.setViewportSize({ width: 320, height: 640 });
  await pane.goto(`${preview.server.url}taskpane.html`);
  const message = pane.getByRole("alert").filter({ hasText: "Add-in tidak dapat dipakai di sini" });
  await message.waitFor();
  expect(await message.textContent()).toContain("buka add-in ini dari Excel");
  expect(await pane.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
  await pane.screenshot({ path: shot("panel-di-luar-excel.png") });
  await pane.close();
});

test("no script error happened on the pages", () => {
  expect(preview.errors).toEqual([]);
});

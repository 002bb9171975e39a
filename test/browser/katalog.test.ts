/**
 * The catalog in the preview page, driven in headless Chromium as a person would: export the
 * catalog into new sheets, an invalid edit (an indicator under a jabatan that does not exist)
 * refused with its sheet, row and column and nothing changed, a valid edit of the nama instansi imported and used at once (the
 * pane's subtitle, then the kop and unit kerja of an inserted sheet), and back to the built-in one.
 */
import * as fs from "fs";
import * as path from "path";
import type { Page } from "playwright-core";
import { builtInCatalog } from "../../src/catalog";
import { catalogToTables } from "../../src/catalog/tabel";
import { cell } from "../../src/template/a1";
import { BARIS_HEADER_KATALOG } from "../../src/template/katalog-sheets";
import { teks } from "../../src/template/teks";
import { CHROMIUM } from "./support/browser";
import { openPreview, typeIntoSheet, type PreviewSession, gridText } from "./support/preview-page";

const test = CHROMIUM.test;

const root = path.join(__dirname, "..", "..");
const artifacts = path.join(root, "test-artifacts", "browser");
const NAMA_BARU = "Dinas Sosial Uji Impor";
const subjudul = (nama: string) => `Indikator Kinerja Individu ${nama} Kabupaten Malang`;

let preview: PreviewSession;
let page: Page;

jest.setTimeout(30_000);

/** The A1 address of a table's cell, as the export lays it out (header row, then the data). */
function tableCell(sheet: string, column: string, row: (r: unknown[]) => boolean): string {
  const table = catalogToTables(builtInCatalog.catalog).find((t) => t.sheet === sheet)!;
  const r = table.rows.findIndex(row);
  return cell(BARIS_HEADER_KATALOG + r + 1, table.header.indexOf(column));
}

async function katalogAction(name: string) {
  await page.getByRole("button", { name, exact: true }).click();
}

const tabs = async () => (await page.getByRole("tab").allTextContents()).map((t) => t.trim());

beforeAll(async () => {
  if (CHROMIUM.skipped) return;
  fs.mkdirSync(artifacts, { recursive: true });
  preview = await openPreview("iki-katalog-");
  page = preview.page;
  page.setDefaultTimeout(10_000);
}, 240_000);

afterAll(async () => {
  await preview?.close();
});

test("the section is folded; opened, it exports the built-in catalog into new sheets", async () => {
  await page.getByRole("heading", { name: "Katalog IKI" }).click();
  await katalogAction("Ekspor katalog ke lembar baru");
  await page.getByRole("status").filter({ hasText: "Katalog diekspor ke 6 lembar baru" }).waitFor();
  expect(await tabs()).toEqual([
    "Lembar1",
    ...catalogToTables(builtInCatalog.catalog).map((t) => t.sheet),
  ]);
});

test("an invalid import names the sheet, row and column to fix, and changes nothing", async () => {
  // Jenis is a drop-down in the grid (as in Excel): the typo is an indicator under a jabatan that
  // does not exist.
  const kolom = "Id Jabatan";
  const sel = tableCell("Indikator", kolom, () => true);
  await typeIntoSheet(page, "Indikator", sel, "jabatan-yang-tidak-ada");
  await katalogAction("Pakai katalog dari lembar-lembar ini");
  const alert = page.getByRole("alert").filter({ hasText: "Katalog tidak dipakai" });
  await alert.waitFor();
  const text = (await alert.textContent()) ?? "";
  const row = Number(sel.replace(/^[A-Z]+/, ""));
  expect(text).toContain(`Indikator, baris ${row}, kolom ${kolom}:`);
  expect(text).toContain("jabatan-yang-tidak-ada");
  await alert.scrollIntoViewIfNeeded();
  await page.locator("aside").screenshot({ path: path.join(artifacts, "katalog-impor-galat.png") });
  // Nothing changed: the built-in catalog, no stored catalog.
  expect(await page.getByText(subjudul("Dinas Sosial"), { exact: true }).count()).toBe(1);
  expect(await page.getByText("Katalog bawaan add-in.").count()).toBe(1);
  const first = builtInCatalog.jabatan.find((j) => j.indikator.length > 0)!;
  await typeIntoSheet(page, "Indikator", sel, first.id);
});

test("an edited nama instansi is imported, stored and used at once, down to the inserted sheet", async () => {
  const nama = tableCell("Instansi", "Isi", (r) => r[1] === builtInCatalog.catalog.instansi.nama);
  await typeIntoSheet(page, "Instansi", nama, NAMA_BARU);
  await katalogAction("Pakai katalog dari lembar-lembar ini");
  const done = page.getByRole("status").filter({ hasText: "Katalog dipakai dan disimpan" });
  await done.waitFor();
  const indikator = builtInCatalog.jabatan.reduce((n, j) => n + j.indikator.length, 0);
  expect(await done.textContent()).toContain(
    `${builtInCatalog.jabatan.length} jabatan, ${indikator} indikator`
  );
  await page.getByText(subjudul(NAMA_BARU), { exact: true }).waitFor();
  expect(await page.getByText("Katalog tersimpan di buku kerja ini.").count()).toBe(1);
  // The stored catalog is a veryHidden sheet: no tab.
  expect(await tabs()).not.toContain("IKI-Katalog");

  const jabatan = builtInCatalog.jabatan[1];
  await page.getByLabel("Bidang").selectOption(jabatan.bidang);
  await page.getByLabel("Jabatan", { exact: true }).selectOption(jabatan.id);
  await page.getByRole("button", { name: "Sisipkan lembar jabatan ini" }).click();
  await page.getByRole("status").filter({ hasText: "Lembar berhasil dibuat" }).waitFor();
  const grid = await gridText(page);
  expect(grid).toContain(teks.kop2(NAMA_BARU));
  expect(grid).toContain(`${NAMA_BARU} Kabupaten Malang`);
  await page.screenshot({ path: path.join(artifacts, "katalog-impor-dipakai.png") });
});

test("back to the built-in catalog: the subtitle and the stored catalog follow", async () => {
  await katalogAction("Kembali ke katalog bawaan");
  await page.getByRole("status").filter({ hasText: "Katalog bawaan dipakai lagi" }).waitFor();
  await page.getByText(subjudul("Dinas Sosial"), { exact: true }).waitFor();
  expect(await page.getByText("Katalog bawaan add-in.").count()).toBe(1);
  expect(preview.errors).toEqual([]);
});

/**
 * The second instansi in the preview, as a staff member of Kecamatan Pakisaji uses it: a workbook
 * holding the Pakisaji catalog exported as sheets, "Pakai katalog dari lembar-lembar ini", the
 * jabatan found by search, every bidang inserted with the rekap, and a typed realisasi giving the
 * capaian and predikat of src/capaian on the sheet and on the rekap.
 *
 * The preview cannot open an .xlsx file, so the starting workbook is written through the page's own
 * port (window.pratinjauPort, set by the dev-only preview.tsx): the Pakisaji catalog is stored,
 * exported into new sheets (the same planKatalogSheets the CLI's --ekspor-katalog writes) and the
 * stored copy removed again, leaving the built-in catalog in use and the Pakisaji export as plain
 * sheets, which is the workbook that staff member would open. Everything after that goes through
 * the pane and the grid only.
 */
import * as fs from "fs";
import * as path from "path";
import type { Page } from "playwright-core";
import { builtInCatalog, CatalogIndex } from "../../src/catalog";
import type { Catalog } from "../../src/catalog/types";
import { catalogToTables } from "../../src/catalog/tabel";
import { cell, columnLetter } from "../../src/template/a1";
import { unitKerja } from "../../src/template";
import { ikiLayout, KOLOM } from "../../src/template/layout";
import { KOLOM_REKAP } from "../../src/template/rekap-sheet";
import { teks } from "../../src/template/teks";
import type { PreviewPort } from "../../src/preview/preview-port";
import { harapan, type BlokInput } from "../template/support";
import { CHROMIUM } from "./support/browser";
import {
  cellText,
  openPreview,
  typeIntoCell,
  type PreviewSession,
  gridText as gridTextOf,
} from "./support/preview-page";

const test = CHROMIUM.test;

const root = path.join(__dirname, "..", "..");
const artifacts = path.join(root, "test-artifacts", "browser");
const PAKISAJI = JSON.parse(
  fs.readFileSync(path.join(__dirname, "..", "fixtures", "katalog", "pakisaji-2019.json"), "utf8")
) as Catalog;
const katalog = new CatalogIndex(PAKISAJI);
const TAHUN = new Date().getFullYear();

let preview: PreviewSession;
let page: Page;

jest.setTimeout(30_000);

const tabs = async () => (await page.getByRole("tab").allTextContents()).map((t) => t.trim());
const gridText = () => gridTextOf(page);

/** A capaian as the grid shows it (two decimals, a decimal comma, %). */
const persen = (n: unknown) => `${(n as number).toFixed(2).replace(".", ",")}%`;

beforeAll(async () => {
  if (CHROMIUM.skipped) return;
  fs.mkdirSync(artifacts, { recursive: true });
  preview = await openPreview("iki-pakisaji-");
  page = preview.page;
  page.setDefaultTimeout(10_000);
}, 240_000);

afterAll(async () => {
  await preview?.close();
});

test("the workbook holds the Pakisaji export as sheets, the built-in catalog still in use", async () => {
  const created = await page.evaluate(async (catalog) => {
    const port = (window as unknown as { pratinjauPort: PreviewPort }).pratinjauPort;
    await port.saveCatalog(catalog);
    const sheets = await port.exportCatalog();
    await port.saveCatalog(undefined);
    return sheets;
  }, PAKISAJI);
  expect(created).toEqual(catalogToTables(PAKISAJI).map((t) => t.sheet));
  expect(await tabs()).toEqual(["Lembar1", ...created]);
  await page.getByRole("tab", { name: "Instansi", exact: true }).click();
  expect(await gridText()).toContain(PAKISAJI.instansi.nama);
  await page.getByRole("tab", { name: "Jabatan", exact: true }).click();
  expect(await gridText()).toContain("SEKRETARIS KECAMATAN");
  expect(await page.getByText("Katalog bawaan add-in.").count()).toBe(1);
});

test("“Pakai katalog dari lembar-lembar ini” makes Pakisaji the catalog in use", async () => {
  await page.getByRole("heading", { name: "Katalog IKI" }).click();
  await page.getByRole("button", { name: "Pakai katalog dari lembar-lembar ini" }).click();
  const done = page.getByRole("status").filter({ hasText: "Katalog dipakai dan disimpan" });
  await done.waitFor();
  // The transcribed part: 1 jabatan with 2 indicators (test/fixtures/katalog/README.md).
  expect(await done.textContent()).toContain("1 jabatan, 2 indikator, 0 peringatan.");
  await page
    .getByText(`Indikator Kinerja Individu ${katalog.namaInstansi}`, { exact: true })
    .waitFor();
  expect(await page.getByText("Katalog tersimpan di buku kerja ini.").count()).toBe(1);
});

test("the search finds “sekretaris kecamatan” in the Pakisaji catalog", async () => {
  await page.getByLabel("Cari jabatan").fill("sekretaris kecamatan");
  await page
    .getByRole("status")
    .filter({ hasText: "1 jabatan cocok dengan “sekretaris kecamatan”." })
    .waitFor();
  const results = page.getByRole("list", { name: "Hasil pencarian jabatan" }).getByRole("button");
  expect(await results.count()).toBe(1);
  expect(await results.first().textContent()).toMatch(/Sekretaris Kecamatan/i);
  await results.first().click();
  const pilih = page.getByRole("region", { name: "Pilih jabatan" });
  expect(await pilih.getByLabel("Jabatan", { exact: true }).inputValue()).toBe(
    "sekretaris-kecamatan"
  );
});

test("every bidang with the rekap: kop, unit kerja, tempat and rekap title are Pakisaji's", async () => {
  const before = (await tabs()).length;
  for (const bidang of katalog.listBidang()) {
    const n = katalog.jabatanInBidang(bidang).length;
    await page.getByLabel("Bidang").selectOption(bidang);
    await page
      .getByRole("button", { name: `Sisipkan semua jabatan bidang ini (${n} lembar) dan rekap` })
      .click();
    await page
      .getByRole("status")
      .filter({ hasText: `${n + 1} lembar berhasil dibuat` })
      .waitFor();
  }
  const now = await tabs();
  const rekap = now.find((t) => t.startsWith("Rekap IKI"));
  expect(rekap).toBe(`Rekap IKI ${TAHUN}`);
  // One sheet per jabatan of the catalog and one rekap (the catalog sheet is veryHidden: no tab).
  expect(now.length).toBe(before + katalog.jabatan.length + 1);
  expect(await gridText()).toContain(teks.rekap.subjudul(katalog.namaInstansi, TAHUN));

  const jabatan = katalog.jabatan[0];
  const sheet = now.filter((t) => !t.startsWith("Rekap IKI")).at(-1) as string;
  await page.getByRole("tab", { name: sheet, exact: true }).click();
  const grid = await gridText();
  for (const text of [
    teks.kop1(PAKISAJI.instansi.pemerintah),
    teks.kop2(PAKISAJI.instansi.nama),
    unitKerja(jabatan, katalog),
    teks.tempatTanggal(PAKISAJI.instansi.tempat, TAHUN),
    jabatan.indikator[0].indikator,
  ])
    expect(grid).toContain(text);
  // Nothing of the built-in catalog's instansi (the product's own name in the notes aside).
  expect(grid).not.toContain(teks.kop2(builtInCatalog.instansi.nama));
  expect(grid).not.toContain(builtInCatalog.namaInstansi);
  await page.screenshot({ path: path.join(artifacts, "pakisaji-lembar.png") });
});

test("a typed realisasi gives the capaian of src/capaian on the sheet and on the rekap", async () => {
  const jabatan = katalog.jabatan[0];
  const blok = ikiLayout(jabatan).blok[0];
  const input: BlokInput = {
    target: 80,
    tw: [null, null, null, null],
    pembilang: [120, 180, null, null],
    penyebut: [240, 240, null, null],
    cara: "",
    polaritas: "",
  };
  const expected = harapan(blok.indikator, input, "lima");
  await typeIntoCell(page, cell(blok.baris, KOLOM.target), String(input.target));
  for (const t of [0, 1]) {
    await typeIntoCell(
      page,
      cell(blok.pembilang as number, KOLOM.triwulan[t]),
      String(input.pembilang[t])
    );
    await typeIntoCell(
      page,
      cell(blok.penyebut as number, KOLOM.triwulan[t]),
      String(input.penyebut[t])
    );
  }
  expect(typeof expected.capaian).toBe("number");
  expect(await cellText(page, cell(blok.baris, KOLOM.capaian))).toBe(persen(expected.capaian));
  expect(await cellText(page, cell(blok.baris, KOLOM.predikat))).toBe(expected.predikat);

  const sheet = (await page.getByRole("tab", { selected: true }).textContent())?.trim() as string;
  await page.getByRole("tab", { name: `Rekap IKI ${TAHUN}`, exact: true }).click();
  const lembar = columnLetter(KOLOM_REKAP.lembar);
  const first = page.locator(`td[data-cell^="${lembar}"]`).filter({ hasText: sheet }).first();
  const row = Number((await first.getAttribute("data-cell"))!.slice(lembar.length));
  expect(await cellText(page, `${columnLetter(KOLOM_REKAP.capaian)}${row}`)).toBe(
    persen(expected.capaian)
  );
  expect(await cellText(page, `${columnLetter(KOLOM_REKAP.predikat)}${row}`)).toBe(
    expected.predikat
  );
  await page.screenshot({ path: path.join(artifacts, "pakisaji-rekap.png") });
  expect(preview.errors).toEqual([]);
});

/**
 * "Gabungkan berkas pegawai" in the preview page, driven in headless Chromium as a person would: two
 * staff files generated (each one jabatan's sheet with the pegawai's name, written by the .xlsx
 * sink) chosen in the section's file input; the report before writing names both and writes
 * nothing; "Gabungkan 2 lembar" writes both sheets, the rekap and the report sheet into the preview's
 * workbook, the pegawai's names on their sheets.
 */
import * as fs from "fs";
import * as path from "path";
import type { Page } from "playwright-core";
import { builtInCatalog } from "../../src/catalog";
import { planWorkbook } from "../../src/template/workbook-plan";
import { computeResults } from "../../src/xlsx/cached-values";
import { writeXlsx } from "../../src/xlsx/write-workbook";
import { options } from "../template/support";
import { CHROMIUM } from "./support/browser";
import { gridText, openPreview, type PreviewSession } from "./support/preview-page";

const test = CHROMIUM.test;

const root = path.join(__dirname, "..", "..");
const artifacts = path.join(root, "test-artifacts", "browser");
const [jabatanA, jabatanB] = builtInCatalog.jabatan.filter((j) => j.indikator.length >= 2);
const PEGAWAI = [
  { jabatan: jabatanA, nama: "Rina Wulandari" },
  { jabatan: jabatanB, nama: "Agus Santoso" },
];

let preview: PreviewSession;
let page: Page;

jest.setTimeout(60_000);

const tabs = async () => (await page.getByRole("tab").allTextContents()).map((t) => t.trim());
/** The outcome shown (a status, or an alert when it is a warning: the jabatan without a file). */
const outcome = (text: string | RegExp) => page.locator("[data-intent]").filter({ hasText: text });

/** A staff file: one jabatan's sheet with the pegawai's name, as the command line writes it. */
async function berkasPegawai(p: (typeof PEGAWAI)[number]) {
  const identitas = { ...options().identitas, nama: p.nama };
  const plans = planWorkbook({
    katalog: builtInCatalog,
    jabatan: [p.jabatan],
    options: options({ identitas }),
    rekap: false,
    existing: [],
  });
  const buffer = Buffer.from(await writeXlsx(plans, { results: computeResults(plans) }));
  const name = `${p.nama}.xlsx`;
  return {
    name,
    mimeType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    buffer,
  };
}

beforeAll(async () => {
  if (CHROMIUM.skipped) return;
  fs.mkdirSync(artifacts, { recursive: true });
  preview = await openPreview("iki-gabung-");
  page = preview.page;
  page.setDefaultTimeout(20_000);
}, 240_000);

afterAll(async () => {
  await preview?.close();
});

test("two staff files chosen: the report first, then the sheets, the rekap and the report sheet", async () => {
  const files = await Promise.all(PEGAWAI.map(berkasPegawai));
  const before = await tabs();
  await page.getByRole("heading", { name: "Gabungkan berkas pegawai" }).click();
  await page.getByLabel("Pilih berkas pegawai (.xlsx, boleh lebih dari satu)").setInputFiles(files);
  const laporan = outcome(/^Laporan sebelum digabungkan/);
  await laporan.waitFor();
  const text = (await laporan.textContent()) ?? "";
  for (const f of files) expect(text).toContain(f.name);
  expect(await tabs()).toEqual(before);
  // The 48 jabatan without a file are problems: a warning, and the focus on it.
  expect(text).toContain("Jabatan tanpa berkas (48)");
  expect(await page.evaluate(() => document.activeElement?.getAttribute("data-intent"))).toBe(
    "warning"
  );
  await page.locator("aside").screenshot({ path: path.join(artifacts, "gabung-laporan.png") });

  await page.getByRole("button", { name: "Gabungkan 2 lembar" }).click();
  const selesai = outcome(/^Selesai digabungkan/);
  await selesai.waitFor();
  const after = await tabs();
  expect(after.length).toBe(before.length + 4);
  expect(after).toContain("Laporan penggabungan");
  expect(after.some((t) => /^Rekap/i.test(t))).toBe(true);
  const baru = after.filter((t) => !before.includes(t) && t !== "Laporan penggabungan");
  const lembar = baru.filter((t) => !/^Rekap/i.test(t));
  expect(lembar).toHaveLength(2);
  let isi = "";
  for (const name of lembar) {
    await page.getByRole("tab", { name, exact: true }).click();
    isi += await gridText(page);
  }
  for (const p of PEGAWAI) expect(isi).toContain(p.nama);
  await page.screenshot({ path: path.join(artifacts, "gabung-selesai.png") });
  expect(preview.errors).toEqual([]);
});

// The screenshots of docs/panduan.md, taken from the preview page as a new pegawai goes through it:
//   npm run panduan:gambar
// The pane at the task pane's size (320 × 700): search, choose, identity, insert; then, wider, the
// sheets filled with the guide's own worked examples (read from docs/panduan.md, so picture and
// text agree) and the rekap. Controls are found by role and label text, not by layout, so the
// script still runs after the pane is rearranged. Needs Chromium (CHROMIUM_PATH or `chromium`).
import { execFileSync } from "child_process";
import * as fs from "fs";
import * as path from "path";
import type { Locator, Page } from "playwright-core";
import { ikiLayout, KOLOM, type BlokIndikator } from "../src/template/layout";
import { cell } from "../src/template/a1";
import { getJabatan } from "../test/support/builtin-catalog";
import { openPreview, typeIntoCell } from "../test/browser/support/preview-page";
import { contohPanduan, type Contoh } from "./panduan-contoh";

const root = path.join(__dirname, "..");
const IMG = path.join(root, "docs", "img");
const PANE = { width: 320, height: 700 };
const WIDE = { width: 1900, height: 720 };
/** Where each worked example of the guide is typed in (the jabatan its text names). */
const JABATAN_CONTOH: Record<string, string> = {
  A: "kepala-bidang-rehabilitasi-sosial",
  B: "pekerja-sosial-ahli-muda-perlindungan-sosial-korban-bencana-alam",
  C: "pengadministrasi-perencanaan-dan-program",
};
/** The typed texts of example C's blank row, as the guide words them. */
const BARIS_KOSONG: [number, string][] = [
  [KOLOM.kinerja, "Laporan capaian kinerja triwulan tersampaikan tepat waktu"],
  [KOLOM.indikator, "Jumlah hari keterlambatan penyampaian laporan"],
  [KOLOM.satuan, "hari"],
];
const MAX_BYTES = 150 * 1024;

/** Saves a screenshot; one over 150 KB is reduced to 256 colours (ImageMagick) or refused. */
async function save(name: string, shoot: (file: string) => Promise<unknown>): Promise<void> {
  const file = path.join(IMG, `${name}.png`);
  await shoot(file);
  if (fs.statSync(file).size > MAX_BYTES) {
    execFileSync("convert", [file, "-colors", "256", `PNG8:${file}`]);
  }
  const size = fs.statSync(file).size;
  if (size > MAX_BYTES) throw new Error(`${name}.png is ${size} bytes (limit ${MAX_BYTES})`);
  process.stdout.write(`docs/img/${name}.png ${Math.round(size / 1024)} KB\n`);
}

/** The pane as the pegawai sees it at 320 × 700, with `focus` scrolled into view. */
async function shootPane(page: Page, name: string, focus: Locator): Promise<void> {
  await focus.scrollIntoViewIfNeeded();
  await save(name, (file) => page.screenshot({ path: file }));
}

/**
 * Makes a control visible however the pane folds it: the <details> around it opened, else a closed
 * disclosure button (aria-expanded) whose name matches `fold` clicked.
 */
async function reveal(page: Page, control: Locator, fold?: RegExp): Promise<Locator> {
  if ((await control.count()) > 0 && (await control.first().isVisible())) return control.first();
  if ((await control.count()) > 0) {
    await control.first().evaluate((el) => {
      for (let d = el.closest("details"); d; d = d.parentElement?.closest("details") ?? null)
        d.open = true;
    });
  }
  if (
    fold &&
    !(await control
      .first()
      .isVisible()
      .catch(() => false))
  ) {
    const closed = page.locator('button[aria-expanded="false"]').filter({ hasText: fold });
    if ((await closed.count()) > 0) await closed.first().click();
  }
  await control.first().waitFor({ state: "visible" });
  return control.first();
}

/** Searches, takes the first result by keyboard (ArrowDown, Enter) as the guide says. */
async function choose(page: Page, query: string, id: string): Promise<void> {
  const search = page.getByLabel("Cari jabatan");
  await search.fill(query);
  const results = page.getByRole("list", { name: "Hasil pencarian jabatan" }).getByRole("button");
  await results.first().waitFor();
  await search.press("ArrowDown");
  await page.keyboard.press("Enter");
  const chosen = await page.getByLabel("Jabatan", { exact: true }).inputValue();
  if (chosen !== id) throw new Error(`"${query}" chose ${chosen}, not ${id}`);
}

async function insert(page: Page): Promise<Locator> {
  await page.getByRole("button", { name: "Sisipkan lembar jabatan ini" }).click();
  const done = page.getByRole("status").filter({ hasText: "Lembar berhasil dibuat" });
  await done.waitFor();
  return done;
}

/** Sets a grid cell: a list cell by its option, any other by typing and Enter. */
async function setCell(page: Page, a1: string, value: string): Promise<void> {
  const input = page.getByLabel(`Sel ${a1}`, { exact: true });
  if ((await input.evaluate((el) => el.tagName)) === "SELECT") await input.selectOption(value);
  else await typeIntoCell(page, a1, value);
}

const tulis = (n: number) => String(n).replace(".", ",");

/** Types a worked example into the first indicator block of the active sheet. */
async function fillContoh(page: Page, blok: BlokIndikator, c: Contoh): Promise<void> {
  const rowOf = (label: string) =>
    /^Pembilang$/.test(label) ? blok.pembilang : /^Penyebut$/.test(label) ? blok.penyebut : null;
  for (const baris of c.baris) {
    const pq = rowOf(baris.label);
    if (pq === undefined) throw new Error(`Contoh ${c.kode}: the sheet has no ${baris.label} row`);
    if (pq === null && baris.target !== null)
      await setCell(page, cell(blok.baris, KOLOM.target), tulis(baris.target));
    // A persen row's own values are computed from pembilang/penyebut: only input rows are typed.
    if (pq === null && (blok.pembilang !== undefined || /%/.test(baris.label))) continue;
    for (const [i, v] of baris.triwulan.entries()) {
      if (v !== null) await setCell(page, cell(pq ?? blok.baris, KOLOM.triwulan[i]), tulis(v));
    }
  }
  if (!blok.indikator) {
    for (const [col, text] of BARIS_KOSONG) await setCell(page, cell(blok.baris, col), text);
    await setCell(page, cell(blok.baris, KOLOM.cara), c.hasil.cara);
    await setCell(page, cell(blok.baris, KOLOM.keterangan), c.hasil.polaritas);
  }
}

/**
 * The grid of the active sheet scrolled so that `a1` sits at its top left (a header row's height
 * below the edge), at the wide size: the pane beside it is left out.
 */
async function shootGrid(page: Page, name: string, a1: string): Promise<void> {
  await page.locator(`td[data-cell="${a1}"]`).evaluate((el) => {
    const scroller = (can: (e: HTMLElement) => boolean) => {
      let box = el.parentElement;
      while (box && !can(box)) box = box.parentElement;
      return box;
    };
    const down = scroller((e) => e.scrollHeight > e.clientHeight + 1);
    const right = scroller((e) => e.scrollWidth > e.clientWidth + 1);
    const at = el.getBoundingClientRect();
    if (down) {
      down.scrollTop += at.top - down.getBoundingClientRect().top;
      // Measured again once there: the sticky column letters cover the top of the box.
      const letters = down.querySelector("thead")?.getBoundingClientRect().bottom;
      const top = letters ?? down.getBoundingClientRect().top;
      down.scrollTop += el.getBoundingClientRect().top - top - 45;
    }
    if (right) right.scrollLeft += at.left - right.getBoundingClientRect().left - 40;
  });
  const grid = page.getByRole("region", { name: "Buku kerja", exact: true });
  const target = (await grid.count()) > 0 ? grid : page.locator("body");
  await save(name, (file) => target.screenshot({ path: file }));
}

/** The pane steps at 320 × 700, ending with example A's sheet inserted. */
async function paneSteps(page: Page): Promise<void> {
  await page.setViewportSize(PANE);
  const search = page.getByLabel("Cari jabatan");
  await search.fill("kabid rehabilitasi");
  const results = page.getByRole("list", { name: "Hasil pencarian jabatan" });
  await results.getByRole("button").first().waitFor();
  await shootPane(page, "panduan-1-cari", search);
  await choose(page, "kabid rehabilitasi", JABATAN_CONTOH.A);
  await page.getByLabel("Nama", { exact: true }).fill("Siti Rahayu, S.Sos.");
  await page.getByLabel("NIP", { exact: true }).fill("198503122010012004");
  const pangkat = await reveal(page, page.getByLabel("Pangkat/golongan"), /pangkat|identitas/i);
  await pangkat.fill("Pembina, IV/a");
  await shootPane(page, "panduan-2-identitas", pangkat);
  await shootPane(page, "panduan-3-sisip", await insert(page));
}

async function main(): Promise<void> {
  const contoh = contohPanduan(fs.readFileSync(path.join(root, "docs", "panduan.md"), "utf8"));
  fs.mkdirSync(IMG, { recursive: true });
  const preview = await openPreview("iki-panduan-gambar-");
  const { page } = preview;
  try {
    await paneSteps(page);
    await page.setViewportSize(WIDE);
    for (const c of contoh) {
      const id = JABATAN_CONTOH[c.kode];
      if (!id) throw new Error(`Contoh ${c.kode}: no jabatan for it in JABATAN_CONTOH`);
      if (c.kode !== "A") {
        await choose(page, (getJabatan(id)?.nama ?? id).toLowerCase(), id);
        await insert(page);
      }
      const blok = ikiLayout(getJabatan(id)!).blok[0];
      await fillContoh(page, blok, c);
      const shot = { A: "panduan-4-persen", C: "panduan-5-baris-kosong" }[c.kode];
      // Example A from its satuan onwards (the numbers); C from its typed kinerja.
      const left = c.kode === "A" ? KOLOM.satuan : KOLOM.kinerja;
      if (shot) await shootGrid(page, shot, cell(blok.baris, left));
    }
    const rekap = page.getByRole("button", { name: "Buat atau perbarui rekap" });
    await (await reveal(page, rekap, /rekap|sekaligus|lainnya/i)).click();
    await page.getByRole("tab", { name: /^Rekap IKI/ }).waitFor();
    await page
      .getByRole("status")
      .filter({ hasText: /Rekap berhasil/ })
      .waitFor();
    await shootGrid(page, "panduan-6-rekap", "A1");
    if (preview.errors.length) throw new Error(`page errors: ${preview.errors.join("; ")}`);
  } finally {
    await preview.close();
  }
}

main().catch((e) => {
  process.stderr.write(`${e instanceof Error ? e.stack : String(e)}\n`);
  process.exitCode = 1;
});

/**
 * Printing, checked on paper: the 50 IKI sheets of the dinas in one workbook, written by the xlsx
 * sink, exported to PDF by LibreOffice (one soffice run) and read back page by page with pdftotext.
 * Per sheet: every formulasi, tugas and fungsi is printed in full and inside its row (the planned height
 * holds the text as rendered), the signature block is on one page, and every page carries the whole
 * table width (the rightmost header, Keterangan, beside the leftmost, No).
 * Skipped only when soffice or pdftotext is missing outside CI (test/support/programs.ts); in CI a
 * missing program fails.
 */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { builtInCatalog } from "../../src/catalog";
import { catalog } from "../support/builtin-catalog";
import type { Jabatan } from "../../src/catalog/types";
import { LEBAR_KOLOM, ikiLayout, planWorkbook, KOLOM } from "../../src/template";
import type { SheetPlan } from "../../src/template/plan";
import { teks } from "../../src/template/teks";
import { writeXlsx } from "../../src/xlsx/write-workbook";
import { denganFungsi, options } from "../template/support";
import {
  locate,
  pdfPages,
  readingOrder,
  squash,
  wordsBetween,
  type Page,
  type Word,
} from "./pdf-pages";
import { needsAll } from "../support/programs";
import { libreOfficeConvert } from "./support";

const PROGRAMS = needsAll("soffice", "pdftotext");
const [SOFFICE, PDFTOTEXT] = PROGRAMS.programs;

const left = (col: number) => LEBAR_KOLOM.slice(0, col).reduce((a, b) => a + b, 0);

/** Where the columns of the table lie on a page, from the header words No (A) and Keterangan (P). */
function columns(
  page: Page
): { x: (col: number) => number; no: Word; keterangan: Word } | undefined {
  const no = page.words.find((w) => w.text === "No");
  const keterangan =
    no && page.words.find((w) => w.text === "Keterangan" && Math.abs(w.yMin - no.yMin) < 2);
  if (!no || !keterangan) return undefined;
  const cA = (no.xMin + no.xMax) / 2;
  const cP = (keterangan.xMin + keterangan.xMax) / 2;
  const k =
    (cP - cA) / (left(KOLOM.keterangan) + LEBAR_KOLOM[KOLOM.keterangan] / 2 - LEBAR_KOLOM[0] / 2);
  const x0 = cA - (LEBAR_KOLOM[0] / 2) * k;
  return { x: (col) => x0 + left(col) * k, no, keterangan };
}

/**
 * Points of paper per point of row height: two consecutive note lines ("1." and "2." ...), top-aligned
 * and one planned row apart, on the same page.
 */
function rowScale(pages: Page[], plan: SheetPlan, jabatan: Jabatan): number {
  const l = ikiLayout(jabatan);
  for (let i = 1; l.catatanDari + i <= l.catatanSampai; i++) {
    for (const page of pages) {
      const one = page.words.find((w) => w.text === `${i}.`);
      const two =
        one && page.words.find((w) => w.text === `${i + 1}.` && Math.abs(w.xMin - one.xMin) < 1);
      if (one && two) return (two.yMin - one.yMin) / heightOf(plan, l.catatanDari + i - 1);
    }
  }
  throw new Error(`${plan.name}: no two note lines on one page`);
}

function heightOf(plan: SheetPlan, row: number): number {
  return plan.rowHeights.find((x) => x.row === row)?.height ?? 15;
}

/** The words of a formulasi in the Formulasi column of a page, or undefined when not all there. */
function formulasiOn(page: Page, formulasi: string): Word[] | undefined {
  const c = columns(page);
  if (!c) return undefined;
  return locate(
    wordsBetween(page.words, c.x(KOLOM.formulasi), c.x(KOLOM.formulasi + 1)),
    formulasi
  );
}

/**
 * The fungsi: each printed in full inside its row, the FUNGSI title between the last tugas and the
 * first fungsi on the page.
 */
function fungsiProblems(
  pages: Page[],
  plan: SheetPlan,
  jabatan: Jabatan,
  inRow: (words: Word[], row: number, what: string) => void
): string[] {
  const blok = ikiLayout(jabatan).fungsi;
  const fungsi = jabatan.fungsi ?? [];
  if (!blok) return fungsi.length > 0 ? ["fungsi not planned"] : [];
  const out: string[] = [];
  const found = fungsi.map((f) =>
    pages.map((p) => locate(readingOrder(p.words), f)).find((w) => w)
  );
  found.forEach((words, i) => {
    if (!words) out.push(`fungsi ${i + 1} not printed in full`);
    else inRow(words, blok.dari + i, `fungsi ${i + 1}`);
  });
  const tugas = jabatan.tugas[jabatan.tugas.length - 1];
  const page = pages.find((p) => tugas && locate(readingOrder(p.words), tugas));
  const akhirTugas = page && locate(readingOrder(page.words), tugas);
  const judul = page?.words.find((w) => w.text === teks.fungsi);
  const awal = found[0];
  if (!akhirTugas || !judul || !awal)
    out.push(`${plan.name}: FUNGSI title not found after the tugas`);
  else if (!(akhirTugas[akhirTugas.length - 1].yMax <= judul.yMin && judul.yMax <= awal[0].yMin))
    out.push("FUNGSI title not between the tugas and the first fungsi");
  return out;
}

/** Problems with one printed sheet; empty when it prints right. */
function problems(pages: Page[], plan: SheetPlan, jabatan: Jabatan): string[] {
  const out: string[] = [];
  const s = rowScale(pages, plan, jabatan);
  const l = ikiLayout(jabatan);
  const inRow = (words: Word[], row: number, what: string) => {
    const bottom = words[0].yMin + s * heightOf(plan, row);
    if (words[words.length - 1].yMax > bottom + 0.5) out.push(`${what} runs out of row ${row}`);
  };
  for (const blok of l.blok) {
    const formulasi = blok.indikator?.formulasi;
    if (!formulasi) continue;
    const found = pages.map((p) => formulasiOn(p, formulasi)).find((w) => w !== undefined);
    if (!found) out.push(`formulasi of row ${blok.baris} not printed in full`);
    else inRow(found, blok.baris, `formulasi of row ${blok.baris}`);
  }
  jabatan.tugas.forEach((tugas, i) => {
    const found = pages.map((p) => locate(readingOrder(p.words), tugas)).find((w) => w);
    if (!found) out.push(`tugas ${i + 1} not printed in full`);
    else inRow(found, l.tugasDari + i, `tugas ${i + 1}`);
  });
  out.push(...fungsiProblems(pages, plan, jabatan, inRow));
  const tempat = pages.filter((p) =>
    locate(
      readingOrder(p.words),
      teks.tempatTanggal(builtInCatalog.instansi.tempat, options().tahun)
    )
  );
  if (tempat.length !== 1) out.push(`place and date on ${tempat.length} pages`);
  else {
    const top = (locate(readingOrder(tempat[0].words), "Malang,") ?? [])[0]?.yMin ?? 0;
    const below = squash(
      readingOrder(tempat[0].words.filter((w) => w.yMin >= top - 1))
        .map((w) => w.text)
        .join(" ")
    );
    const id = options().identitas;
    for (const t of [
      teks.pejabatPenilai,
      teks.pegawaiDinilai,
      id.nama,
      id.penilaiNama,
      teks.nipLabel + id.nip,
      teks.nipLabel + id.penilaiNip,
    ])
      if (!below.includes(squash(t)))
        out.push(`signature block: "${t}" not on the page of the place and date`);
  }
  pages.forEach((p, i) => {
    const c = columns(p);
    if (!c) out.push(`page ${i + 1}: the table header is not printed whole`);
    else if (c.keterangan.xMax > p.width) out.push(`page ${i + 1}: Keterangan off the page`);
  });
  return out;
}

/**
 * The Kepala Dinas with 14..34 more one-line tugas: each variant is one row (15 points) longer, so
 * over the set the signature block meets a page boundary whatever the renderer's scale; without the
 * planned page break one of them would print it split.
 */
const geser: Jabatan[] = Array.from({ length: 21 }, (_, i) => {
  const base = catalog.jabatan[0];
  const tambahan = Array.from(
    { length: 14 + i },
    (_, n) => `Tugas tambahan ${n + 1} untuk uji cetak`
  );
  return {
    ...base,
    id: `${base.id}-cetak-${i}`,
    nama: `Uji Cetak ${i}`,
    tugas: [...base.tugas, ...tambahan],
  };
});
/**
 * Jabatan with fungsi: the Kepala Dinas and a jabatan without indicators with the test fungsi (one
 * wraps), and the Kepala Dinas with 14..25 one-line fungsi, one row longer each, so the signature
 * block meets page boundaries behind a fungsi block too.
 */
const tanpaIndikator = catalog.jabatan.find((j) => j.indikator.length === 0) as Jabatan;
const berfungsi: Jabatan[] = [
  denganFungsi(catalog.jabatan[0]),
  denganFungsi(tanpaIndikator),
  ...Array.from({ length: 12 }, (_, i) =>
    denganFungsi(
      {
        ...catalog.jabatan[0],
        id: `${catalog.jabatan[0].id}-cetak-fungsi-${i}`,
        nama: `Uji Fungsi ${i}`,
      },
      Array.from({ length: 14 + i }, (_, n) => `Fungsi tambahan ${n + 1} untuk uji cetak`)
    )
  ),
];
const semua = [...catalog.jabatan, ...geser, ...berfungsi];

PROGRAMS.test(
  "the whole dinas printed to PDF by LibreOffice: texts whole, signatures together, one page wide",
  async () => {
    const plans = planWorkbook({
      katalog: builtInCatalog,
      jabatan: semua,
      options: options({ mode: "native" }),
      rekap: false,
      existing: [],
    });
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "iki-cetak-"));
    try {
      const file = path.join(dir, "cetak.xlsx");
      fs.writeFileSync(file, await writeXlsx(plans));
      libreOfficeConvert(SOFFICE.require(), [file], dir, "pdf");
      const pages = pdfPages(PDFTOTEXT.require(), path.join(dir, "cetak.pdf"));
      // A sheet's first page is the one with the kop.
      const sheets: Page[][] = [];
      for (const p of pages) {
        if (p.words.some((w) => w.text === "PEMERINTAH")) sheets.push([p]);
        else sheets[sheets.length - 1]?.push(p);
      }
      expect(sheets).toHaveLength(plans.length);
      const wrong = plans.flatMap((plan, i) =>
        problems(sheets[i], plan, semua[i]).map((p) => `${plan.name}: ${p}`)
      );
      expect(wrong).toEqual([]);
      // The page breaks are real: where one is planned, the signature block is on a later page,
      // led there by the last indicator alone.
      const broken = plans.filter((p) => p.print.rowBreaks);
      expect(broken.length).toBeGreaterThan(0);
      const tempat = teks.tempatTanggal(builtInCatalog.instansi.tempat, options().tahun);
      for (const plan of broken) {
        const i = plans.indexOf(plan);
        const at = sheets[i].findIndex((p) => locate(readingOrder(p.words), tempat));
        const blok = ikiLayout(semua[i]).blok.map((b) => b.indikator?.formulasi ?? "");
        const last = blok[blok.length - 1];
        const prev = blok[blok.length - 2] ?? "";
        const on = (f: string) => formulasiOn(sheets[i][at], f) !== undefined;
        expect([plan.name, at > 0, last === "" || on(last)]).toEqual([plan.name, true, true]);
        // The indicator before it stayed on the page before (when its text tells them apart).
        if (prev !== "" && !squash(last).includes(squash(prev)))
          expect([plan.name, on(prev)]).toEqual([plan.name, false]);
      }
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  },
  300_000
);

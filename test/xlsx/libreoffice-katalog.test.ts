/**
 * A second instansi end to end, through the command line and LibreOffice: the Pakisaji fixture and
 * a SYNTHETIC catalog (test/xlsx/katalog-sintetis.ts) exported to .xlsx by the CLI, imported again
 * with --katalog, the whole instansi written with its rekap by the CLI. Generated inputs are typed
 * into the CLI's own files (every cached result made wrong), and ONE LibreOffice run recalculates
 * both. Then, per instansi: the kop, unit kerja, signing place and rekap title come from the
 * catalog; every number of every indicator row and of the rekap (rows and means) equals
 * src/capaian; the catalog stored in the file survives LibreOffice's re-save, and so does a stored
 * catalog's riwayat (a third file in the same run). Skipped only when
 * soffice is missing outside CI.
 */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import type { CatalogIndex } from "../../src/catalog";
import type { Catalog } from "../../src/catalog/types";
import { main } from "../../src/cli/main";
import { builtInCatalog } from "../../src/catalog";
import { bacaKatalog, bacaKatalogBuku } from "../../src/cli/katalog-berkas";
import {
  BARIS_ISIAN,
  planStoredCatalog,
  planWorkbook,
  readStoredCatalog,
  unitKerja,
} from "../../src/template";
import type { SheetPlan } from "../../src/template/plan";
import { teks } from "../../src/template/teks";
import { readXlsxSheets } from "../../src/xlsx/read-sheets";
import { writeXlsx } from "../../src/xlsx/write-workbook";
import { needs } from "../support/programs";
import { options } from "../template/support";
import { fillXlsx } from "./fill-xlsx";
import { KATALOG_SINTETIS } from "./katalog-sintetis";
import { cellValue, checkIndicators, checkRekap, Comparison } from "./recalculated";
import { fillInputs, libreOfficeConvert, readWorkbook, type Indicator } from "./support";

const SOFFICE = needs("soffice");
const WRONG = -987654.321;
const TAHUN = 2026;
const PAKISAJI = path.join(__dirname, "..", "fixtures", "katalog", "pakisaji-2019.json");

const quiet = { out: () => undefined, err: () => undefined };
async function cli(dir: string, ...argv: string[]) {
  const err: string[] = [];
  const code = await main(argv, { ...quiet, err: (t) => err.push(t) }, new Date(2026, 0, 15), dir, {
    env: {},
    script: undefined,
  });
  if (code !== 0) throw new Error(`CLI ${argv.join(" ")} exited ${code}: ${err.join("\n")}`);
}

interface Book {
  slug: string;
  catalog: Catalog;
  katalog: CatalogIndex;
  /** The CLI's whole-instansi workbook, inputs typed in; and LibreOffice's recalculated copy. */
  file: string;
  recalculated: string;
  plans: SheetPlan[];
  indicators: Indicator[];
}

/**
 * JSON -> CLI export -> CLI --katalog of that .xlsx (whole instansi, rekap) -> inputs typed into
 * that file. The plans are the CLI's (same catalog, options and planWorkbook), so fillInputs knows
 * the input cells and src/capaian's numbers.
 */
async function prepare(dir: string, slug: string, json: string, seed: number): Promise<Book> {
  const layout = path.join(dir, `${slug}-katalog.xlsx`);
  const file = path.join(dir, `${slug}-cli.xlsx`);
  await cli(dir, "--ekspor-katalog", "--katalog", json, "-o", layout);
  const argv = ["--katalog", layout, "--semua", "--rekap", "-t", String(TAHUN), "-o", file];
  await cli(dir, ...argv, "--skala", "lima", "--rumus", "biasa");
  const read = await bacaKatalog(layout, layout);
  if (!("katalog" in read)) throw new Error(read.judul);
  const blank = { nama: "", nip: "", pangkatGolongan: "", penilaiNama: "", penilaiNip: "" };
  const plans = planWorkbook({
    katalog: read.katalog,
    jabatan: read.katalog.jabatan,
    options: options({ mode: "native", skala: "lima", tahun: TAHUN, identitas: blank }),
    rekap: true,
    existing: [],
    katalogTersimpan: true,
  });
  const filled = fillInputs(plans, "lima", seed, read.katalog);
  expect(await fillXlsx(file, plans, filled.plans, WRONG)).toBeGreaterThan(0);
  const catalog = JSON.parse(fs.readFileSync(json, "utf8")) as Catalog;
  const recalculated = path.join(dir, "hasil", path.basename(file));
  return { slug, catalog, katalog: read.katalog, file, recalculated, ...filled };
}

/** Every text value of every sheet of a workbook, by sheet. */
async function texts(file: string): Promise<Map<string, string[]>> {
  const out = new Map<string, string[]>();
  for (const s of await readXlsxSheets(fs.readFileSync(file)))
    out.set(
      s.name,
      s.values.flat().filter((v): v is string => typeof v === "string")
    );
  return out;
}

let dir: string;
const books = new Map<string, Book>();
let riwayatFile: string;

/** A workbook whose stored catalog (`catalog`) keeps the built-in and the synthetic one as riwayat. */
async function withRiwayat(catalog: Catalog): Promise<Uint8Array> {
  const iki = planWorkbook({
    katalog: builtInCatalog,
    jabatan: [builtInCatalog.jabatan[1]],
    options: options({ tahun: TAHUN }),
    rekap: false,
    existing: [],
  });
  const names = iki.map((p) => ({ name: p.name }));
  const stored = planStoredCatalog(catalog, names, [builtInCatalog.catalog, KATALOG_SINTETIS]);
  return writeXlsx([...iki, stored]);
}

beforeAll(async () => {
  if (SOFFICE.skipped) return;
  const soffice = SOFFICE.require();
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "iki-lo-katalog-"));
  fs.mkdirSync(path.join(dir, "hasil"));
  const sintetisJson = path.join(dir, "sintetis.json");
  fs.writeFileSync(sintetisJson, JSON.stringify(KATALOG_SINTETIS));
  books.set("pakisaji", await prepare(dir, "pakisaji", PAKISAJI, 5));
  books.set("sintetis", await prepare(dir, "sintetis", sintetisJson, 9));
  riwayatFile = path.join(dir, "riwayat.xlsx");
  fs.writeFileSync(riwayatFile, await withRiwayat(books.get("pakisaji")!.catalog));
  // One LibreOffice run for every file (CI time).
  const all = [...books.values()];
  libreOfficeConvert(soffice, [...all.map((b) => b.file), riwayatFile], path.join(dir, "hasil"));
}, 300_000);

afterAll(() => {
  if (dir) fs.rmSync(dir, { recursive: true, force: true });
});

/** The kop, unit kerja, signing place and rekap title of the CLI's file, as LibreOffice saved it. */
async function checkTexts(b: Book) {
  const shown = await texts(b.recalculated);
  const { instansi } = b.catalog;
  const rekap = b.plans.find((p) => p.kind === "rekap")!;
  expect(shown.get(rekap.name)).toContain(teks.rekap.subjudul(b.katalog.namaInstansi, TAHUN));
  for (const plan of b.plans.filter((p) => p.kind === "iki")) {
    const jabatan = b.katalog.getJabatan(plan.jabatanId ?? "");
    expect(shown.get(plan.name)).toEqual(
      expect.arrayContaining([
        teks.kop1(instansi.pemerintah),
        teks.kop2(instansi.nama),
        teks.tempatTanggal(instansi.tempat, TAHUN),
        unitKerja(jabatan!, b.katalog),
      ])
    );
  }
  // The stored catalog survives LibreOffice's re-save, out of sight.
  expect(readStoredCatalog(await readXlsxSheets(fs.readFileSync(b.recalculated)))).toEqual({
    catalog: b.catalog,
    riwayat: [],
  });
  const wb = await readWorkbook(b.recalculated);
  expect(wb.getWorksheet("IKI-Katalog")?.state).not.toBe("visible");
}

/** Every number of the recalculated CLI file against src/capaian; the counts of this instansi. */
async function checkNumbers(b: Book) {
  const value = cellValue(await readWorkbook(b.recalculated));
  const c = new Comparison();
  checkIndicators(b.indicators, value, c, b.slug);
  const rekap = checkRekap(b.plans, b.indicators, value, c, b.slug);
  expect(c.mismatches.slice(0, 20)).toEqual([]);
  const sheets = b.plans.filter((p) => p.kind === "iki").length;
  return {
    jabatan: b.katalog.jabatan.length,
    indikatorKatalog: b.katalog.jabatan.reduce((n, j) => n + j.indikator.length, 0),
    barisDiperiksa: b.indicators.length,
    rekap: { ...rekap, lembarIki: sheets },
    angkaDiperiksa: c.checked,
  };
}

/**
 * What each instansi contributes, counted. Pakisaji: 1 jabatan, 2 persen indicators: 2 x 7 numbers
 * on the sheet (TW I-IV, realisasi, capaian, predikat) + 2 x 3 on the rekap + 1 mean = 21.
 * Synthetic: 3 jabatan; 7 catalog indicators (2 persen, 1 penurunan, 4 jumlah) and the 5 empty
 * rows of the jabatan without indicators. On the sheets: 3 x 7 (persen and penurunan have TW
 * formulas) + 9 x 3 = 48; on the rekap: 12 rows x 3 + 3 means = 39; in all 87.
 */
const COUNTS = [
  {
    slug: "pakisaji",
    name: "Pakisaji 2019 (1 jabatan, 2 indicators, 21 numbers)",
    counts: {
      jabatan: 1,
      indikatorKatalog: 2,
      barisDiperiksa: 2,
      rekap: { rows: 2, sheets: 1, means: 1, lembarIki: 1 },
      angkaDiperiksa: 21,
    },
  },
  {
    slug: "sintetis",
    name: "synthetic catalog (3 jabatan, 7 indicators + 5 empty rows, 87 numbers)",
    counts: {
      jabatan: 3,
      indikatorKatalog: 7,
      barisDiperiksa: 7 + BARIS_ISIAN,
      rekap: { rows: 7 + BARIS_ISIAN, sheets: 3, means: 3, lembarIki: 3 },
      angkaDiperiksa: 87,
    },
  },
];

for (const { slug, name, counts } of COUNTS)
  SOFFICE.test(`${name}: the CLI's file recalculated by LibreOffice`, async () => {
    const b = books.get(slug)!;
    await checkTexts(b);
    expect(await checkNumbers(b)).toEqual(counts);
  });

SOFFICE.test(
  "the stored catalog's riwayat survives LibreOffice's re-save: every reader gets it back",
  async () => {
    const resaved = path.join(dir, "hasil", path.basename(riwayatFile));
    const bytes = new Uint8Array(fs.readFileSync(resaved));
    const pakisaji = books.get("pakisaji")!.catalog;
    const riwayat = [builtInCatalog.catalog, KATALOG_SINTETIS];
    expect(readStoredCatalog(await readXlsxSheets(bytes))).toEqual({ catalog: pakisaji, riwayat });
    const buku = await bacaKatalogBuku(bytes);
    expect([buku.tersimpan?.catalog, buku.riwayat.map((k) => k.catalog), buku.peringatan]).toEqual([
      pakisaji,
      riwayat,
      [],
    ]);
    const read = await bacaKatalog(resaved, "riwayat.xlsx");
    expect("riwayat" in read && read.riwayat.map((k) => k.catalog)).toEqual(riwayat);
    const wb = await readWorkbook(resaved);
    expect(wb.getWorksheet("IKI-Katalog")?.state).not.toBe("visible");
  }
);

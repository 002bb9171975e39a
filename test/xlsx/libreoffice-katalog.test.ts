/**
 * A second instansi end to end, through the command line and LibreOffice: the Pakisaji fixture and
 * a SYNTHETIC catalog (test/xlsx/katalog-sintetis.ts) exported to .xlsx by the CLI, imported again
 * with --katalog, the whole instansi written with its rekap. One LibreOffice run recalculates them
 * all: the kop, unit kerja, signing place and rekap title come from the catalog; the capaian of
 * every indicator (inputs filled in the same plans) equal src/capaian; and the catalog stored in the
 * file survives LibreOffice's re-save. Skipped only when soffice is missing outside CI.
 */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import type { CatalogIndex } from "../../src/catalog";
import type { Catalog } from "../../src/catalog/types";
import { main } from "../../src/cli/main";
import { bacaKatalog } from "../../src/cli/katalog-berkas";
import { KOLOM, planWorkbook, readStoredCatalog, unitKerja } from "../../src/template";
import { teks } from "../../src/template/teks";
import { readXlsxSheets } from "../../src/xlsx/read-sheets";
import { writeXlsx } from "../../src/xlsx/write-workbook";
import { needs } from "../support/programs";
import { options, type Hasil } from "../template/support";
import { KATALOG_SINTETIS } from "./katalog-sintetis";
import { fillInputs, libreOfficeConvert, readResult, readWorkbook, same } from "./support";

const SOFFICE = needs("soffice");
const WRONG = -987654.321;
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

interface Instansi {
  slug: string;
  catalog: Catalog;
  katalog?: CatalogIndex;
}

/** JSON -> CLI export -> CLI import of that .xlsx (whole instansi, rekap) and the same plans filled. */
async function prepare(dir: string, inst: Instansi, json: string, seed: number) {
  await cli(dir, "--ekspor-katalog", "--katalog", json, "-o", `${inst.slug}-katalog.xlsx`);
  const layout = path.join(dir, `${inst.slug}-katalog.xlsx`);
  await cli(
    dir,
    "--katalog",
    layout,
    "--semua",
    "--rekap",
    "-t",
    "2026",
    "-o",
    `${inst.slug}-cli.xlsx`
  );
  const read = await bacaKatalog(layout, layout);
  if (!("katalog" in read)) throw new Error(read.judul);
  inst.katalog = read.katalog;
  const plans = planWorkbook({
    katalog: read.katalog,
    jabatan: read.katalog.jabatan,
    options: options({ mode: "native", tahun: 2026 }),
    rekap: true,
    existing: [],
    katalogTersimpan: true,
  });
  const filled = fillInputs(plans, "lima", seed, read.katalog);
  const file = path.join(dir, `${inst.slug}-isi.xlsx`);
  fs.writeFileSync(file, await writeXlsx(filled.plans, { results: () => WRONG }));
  return { cliFile: path.join(dir, `${inst.slug}-cli.xlsx`), file, filled };
}

/** Every text value of every visible sheet of a workbook, by sheet. */
async function texts(file: string): Promise<Map<string, string[]>> {
  const out = new Map<string, string[]>();
  for (const s of await readXlsxSheets(fs.readFileSync(file)))
    out.set(
      s.name,
      s.values.flat().filter((v): v is string => typeof v === "string")
    );
  return out;
}

SOFFICE.test(
  "Pakisaji and a synthetic catalog: exported, imported with --katalog, recalculated by LibreOffice",
  async () => {
    const soffice = SOFFICE.require();
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "iki-lo-katalog-"));
    const out = path.join(dir, "hasil");
    fs.mkdirSync(out);
    try {
      const sintetisJson = path.join(dir, "sintetis.json");
      fs.writeFileSync(sintetisJson, JSON.stringify(KATALOG_SINTETIS));
      const pakisaji = JSON.parse(fs.readFileSync(PAKISAJI, "utf8")) as Catalog;
      const list: Instansi[] = [
        { slug: "pakisaji", catalog: pakisaji },
        { slug: "sintetis", catalog: KATALOG_SINTETIS },
      ];
      const books = [
        await prepare(dir, list[0], PAKISAJI, 5),
        await prepare(dir, list[1], sintetisJson, 9),
      ];
      libreOfficeConvert(
        soffice,
        books.flatMap((b) => [b.cliFile, b.file]),
        out
      );
      const mismatches: string[] = [];
      let checked = 0;
      for (const [i, b] of books.entries()) {
        const inst = list[i];
        const katalog = inst.katalog as CatalogIndex;
        const recalculated = (f: string) => path.join(out, path.basename(f));
        // (c) The stored catalog survives LibreOffice's re-save, out of sight.
        for (const f of [b.cliFile, b.file]) {
          const sheets = await readXlsxSheets(fs.readFileSync(recalculated(f)));
          expect(readStoredCatalog(sheets)).toEqual({ catalog: inst.catalog });
          const wb = await readWorkbook(recalculated(f));
          expect(wb.getWorksheet("IKI-Katalog")?.state).not.toBe("visible");
        }
        // The CLI's own output: kop, unit kerja, signing place and rekap title from the catalog.
        const shown = await texts(recalculated(b.cliFile));
        const { instansi } = inst.catalog;
        const rekap = [...shown.keys()].find((n) => n.startsWith("Rekap IKI"));
        expect(shown.get(rekap ?? "")).toContain(teks.rekap.subjudul(katalog.namaInstansi, 2026));
        for (const plan of b.filled.plans.filter((p) => p.kind === "iki")) {
          const jabatan = katalog.getJabatan(plan.jabatanId ?? "");
          const cells = shown.get(plan.name) ?? [];
          expect(cells).toEqual(
            expect.arrayContaining([
              teks.kop1(instansi.pemerintah),
              teks.kop2(instansi.nama),
              teks.tempatTanggal(instansi.tempat, 2026),
              unitKerja(jabatan!, katalog),
            ])
          );
        }
        // The filled copy: every indicator's numbers as src/capaian computes them.
        const wb = await readWorkbook(recalculated(b.file));
        const check = (where: string, actual: Hasil, expected: Hasil) => {
          checked++;
          if (!same(actual, expected))
            mismatches.push(
              `${inst.slug} ${where}: LibreOffice ${JSON.stringify(actual)}, src/capaian ${JSON.stringify(expected)}`
            );
        };
        for (const ind of b.filled.indicators) {
          const ws = wb.getWorksheet(ind.sheet);
          if (!ws) throw new Error(`sheet ${ind.sheet} missing after LibreOffice`);
          const value = (col: number) => readResult(ws.getCell(ind.baris, col + 1));
          const at = `'${ind.sheet}'!row ${ind.baris}`;
          ind.expected.tw?.forEach((tw, t) =>
            check(`${at} TW ${t + 1}`, value(KOLOM.triwulan[t]), tw)
          );
          check(`${at} realisasi`, value(KOLOM.realisasi), ind.expected.realisasi);
          check(`${at} capaian`, value(KOLOM.capaian), ind.expected.capaian);
          check(`${at} predikat`, value(KOLOM.predikat), ind.expected.predikat);
        }
      }
      expect(mismatches.slice(0, 20)).toEqual([]);
      // Pakisaji: 2 indicators; synthetic: 5 + 2 + the empty rows of the jabatan without indicators.
      expect(checked).toBeGreaterThan(40);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  },
  300_000
);

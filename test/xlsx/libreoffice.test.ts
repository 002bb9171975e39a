/**
 * Native formulas give the numbers of src/capaian in a real spreadsheet program: the whole-dinas
 * workbook, every input cell filled with generated values and every cached result deliberately wrong,
 * recalculated by LibreOffice headless, read back and compared indicator by indicator (and the rekap).
 * Skipped only when soffice is missing outside CI (test/support/programs.ts); in CI it fails.
 */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { builtInCatalog } from "../../src/catalog";
import { catalog } from "../support/builtin-catalog";
import * as iki from "../../src/capaian";
import { KOLOM, KOLOM_REKAP, planWorkbook } from "../../src/template";
import { parseCell } from "../../src/template/a1";
import type { SkalaPredikat } from "../../src/template/options";
import type { SheetPlan } from "../../src/template/plan";
import { writeXlsx } from "../../src/xlsx/write-workbook";
import { needs } from "../support/programs";
import { JABATAN_SINTETIS, options, type Hasil } from "../template/support";
import {
  fillInputs,
  jabatanOf,
  libreOfficeConvert,
  readResult,
  readWorkbook,
  same,
  type Indicator,
} from "./support";

const SOFFICE = needs("soffice");

/** Far from any capaian, so a cached value surviving recalculation shows. */
const WRONG = -987654.321;

interface Book {
  file: string;
  plans: SheetPlan[];
  indicators: Indicator[];
  skala: SkalaPredikat;
}

async function book(
  dir: string,
  name: string,
  plans: SheetPlan[],
  skala: SkalaPredikat,
  seed: number
): Promise<Book> {
  const filled = fillInputs(plans, skala, seed);
  const file = path.join(dir, name);
  fs.writeFileSync(file, await writeXlsx(filled.plans, { results: () => WRONG }));
  return { file, plans: filled.plans, indicators: filled.indicators, skala };
}

function hasil(v: iki.NumericResult): Hasil {
  return v instanceof iki.IkiError ? { error: v.code } : v;
}

SOFFICE.test(
  "LibreOffice recalculates the native formulas of the whole-dinas workbook to the numbers of src/capaian",
  async () => {
    const soffice = SOFFICE.require();
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "iki-xlsx-lo-"));
    const out = path.join(dir, "hasil");
    fs.mkdirSync(out);
    try {
      const dinas = planWorkbook({
        katalog: builtInCatalog,
        jabatan: catalog.jabatan,
        options: options({ mode: "native", skala: "lima" }),
        rekap: true,
        existing: [],
      });
      // The catalog has no negative polarity: a second, small workbook adds the synthetic jabatan, on the
      // PermenPANRB scale (its rounding formula is the subtle one), and a jabatan without indicators,
      // so the empty rows' polaritas choice is recalculated on both scales.
      const tanpaIndikator = catalog.jabatan.find((j) => j.indikator.length === 0);
      if (!tanpaIndikator) throw new Error("the catalog has no jabatan without indicators");
      const kecil = planWorkbook({
        katalog: builtInCatalog,
        jabatan: [JABATAN_SINTETIS, ...catalog.jabatan.slice(0, 3), tanpaIndikator],
        options: options({ mode: "native", skala: "permenpan" }),
        rekap: true,
        existing: [],
      });
      const books = [
        await book(dir, "dinas.xlsx", dinas, "lima", 7),
        await book(dir, "kecil.xlsx", kecil, "permenpan", 11),
      ];
      libreOfficeConvert(
        soffice,
        books.map((b) => b.file),
        out
      );

      const mismatches: string[] = [];
      let checked = 0;
      const check = (where: string, actual: Hasil, expected: Hasil) => {
        checked++;
        if (!same(actual, expected))
          mismatches.push(
            `${where}: LibreOffice ${JSON.stringify(actual)}, src/capaian ${JSON.stringify(expected)}`
          );
      };
      for (const b of books) {
        const wb = await readWorkbook(path.join(out, path.basename(b.file)));
        const value = (sheet: string, row: number, col: number) => {
          const ws = wb.getWorksheet(sheet);
          if (!ws) throw new Error(`sheet ${sheet} missing after LibreOffice`);
          return readResult(ws.getCell(row, col + 1));
        };
        const byCell = new Map<string, Indicator>();
        for (const ind of b.indicators) {
          const at = `${path.basename(b.file)} '${ind.sheet}'!row ${ind.baris}`;
          byCell.set(`${ind.sheet}!${ind.baris}`, ind);
          ind.expected.tw?.forEach((tw, t) =>
            check(`${at} TW ${t + 1}`, value(ind.sheet, ind.baris, KOLOM.triwulan[t]), tw)
          );
          check(
            `${at} realisasi`,
            value(ind.sheet, ind.baris, KOLOM.realisasi),
            ind.expected.realisasi
          );
          check(`${at} capaian`, value(ind.sheet, ind.baris, KOLOM.capaian), ind.expected.capaian);
          check(
            `${at} predikat`,
            value(ind.sheet, ind.baris, KOLOM.predikat),
            ind.expected.predikat
          );
        }
        // The rekap: each row links to its indicator; the summary holds the mean capaian per sheet.
        const rekap = b.plans.find((p) => p.kind === "rekap") as SheetPlan;
        const perSheet = new Map<string, Hasil[]>();
        for (const link of rekap.hyperlinks) {
          // Row numbers, as the indicators are keyed.
          const row = (parseCell(link.cell) as { row: number }).row + 1;
          const ind = byCell.get(
            `${link.sheet}!${(parseCell(link.targetCell) as { row: number }).row + 1}`
          );
          if (!ind) throw new Error(`rekap row ${row} links to no known indicator`);
          const at = `${path.basename(b.file)} rekap row ${row}`;
          check(
            `${at} realisasi`,
            value(rekap.name, row, KOLOM_REKAP.realisasi),
            ind.expected.realisasi
          );
          check(`${at} capaian`, value(rekap.name, row, KOLOM_REKAP.capaian), ind.expected.capaian);
          check(
            `${at} predikat`,
            value(rekap.name, row, KOLOM_REKAP.predikat),
            ind.expected.predikat
          );
          perSheet.set(link.sheet, [...(perSheet.get(link.sheet) ?? []), ind.expected.capaian]);
        }
        rekap.cells.forEach((cells, i) => {
          const sheet = cells[KOLOM_REKAP.ringkasanLembar];
          const capaian = typeof sheet === "string" ? perSheet.get(sheet) : undefined;
          if (!capaian) return;
          const rata = iki.rata([
            capaian.map((c) => (typeof c === "object" ? { code: c.error } : c)),
          ]);
          check(
            `${path.basename(b.file)} rekap rata-rata ${sheet}`,
            value(rekap.name, i + 1, KOLOM_REKAP.ringkasanRata),
            hasil(rata)
          );
        });
        expect(perSheet.size).toBe(b.plans.length - 1);
      }
      expect(mismatches.slice(0, 20)).toEqual([]);
      // Both scales recalculated empty rows with each polaritas choice.
      for (const b of books) {
        const kosong = new Set(
          b.plans
            .filter((p) => p.kind === "iki" && jabatanOf(p)?.indikator.length === 0)
            .map((p) => p.name)
        );
        const pilihan = b.indicators.filter((i) => kosong.has(i.sheet));
        for (const p of ["positif", "negatif"])
          expect([b.skala, p, pilihan.some((i) => i.input.polaritas === p)]).toEqual([
            b.skala,
            p,
            true,
          ]);
      }
      // Every indicator of the catalog (and the synthetic one) was compared, plus the rekap.
      expect(checked).toBeGreaterThan(1000);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  },
  300_000
);

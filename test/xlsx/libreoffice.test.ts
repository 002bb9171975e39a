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
import { planWorkbook } from "../../src/template";
import type { SkalaPredikat } from "../../src/template/options";
import type { SheetPlan } from "../../src/template/plan";
import { writeXlsx } from "../../src/xlsx/write-workbook";
import { needs } from "../support/programs";
import { JABATAN_SINTETIS, options } from "../template/support";
import { checkIndicators, checkRekap, cellValue, Comparison } from "./recalculated";
import { fillInputs, jabatanOf, libreOfficeConvert, readWorkbook, type Indicator } from "./support";

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

      const c = new Comparison();
      for (const b of books) {
        const value = cellValue(await readWorkbook(path.join(out, path.basename(b.file))));
        const label = path.basename(b.file);
        checkIndicators(b.indicators, value, c, label);
        const rekap = checkRekap(b.plans, b.indicators, value, c, label);
        // Every indicator row and every IKI sheet is in the rekap, each sheet with its mean.
        expect(rekap).toEqual({
          rows: b.indicators.length,
          sheets: b.plans.length - 1,
          means: b.plans.length - 1,
        });
      }
      expect(c.mismatches.slice(0, 20)).toEqual([]);
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
      expect(c.checked).toBeGreaterThan(1000);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  },
  300_000
);

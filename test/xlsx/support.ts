/**
 * Shared by the xlsx tests: generated inputs written into the plans' input cells, the expected
 * numbers from src/capaian (via the template tests' reference model), reading cells back with
 * ExcelJS, and LibreOffice headless with recalculation forced.
 */
import { execFileSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import ExcelJS from "exceljs";
import { getJabatan } from "../support/builtin-catalog";
import type { Jabatan } from "../../src/catalog/types";
import type { CatalogIndex } from "../../src/catalog/catalog-index";
import { KOLOM, ikiLayout } from "../../src/template";
import { forEachCell } from "../../src/template/a1";
import type { SkalaPredikat } from "../../src/template/options";
import type { PlanCell, SheetPlan } from "../../src/template/plan";
import { needs } from "../support/programs";
import {
  JABATAN_SINTETIS,
  harapan,
  rng,
  type BlokInput,
  type Harapan,
  type Hasil,
  type Num,
} from "../template/support";

export const key = (sheet: string, row: number, col: number) => `${sheet}!${row}:${col}`;

/** Cells inside a range list, as keys (by row number). */
function cellsOf(sheet: string, ranges: string[]): Set<string> {
  const out = new Set<string>();
  for (const r of ranges) forEachCell(r, (row, col) => out.add(key(sheet, row + 1, col)));
  return out;
}

/** The input cells of a plan as the plan itself says: empty (null) cells that a number validation covers. */
export function inputCells(plan: SheetPlan): Set<string> {
  const covered = cellsOf(
    plan.name,
    plan.validations.map((v) => v.range)
  );
  const out = new Set<string>();
  plan.cells.forEach((cells, i) =>
    cells.forEach(
      (c, col) =>
        c === null && covered.has(key(plan.name, i + 1, col)) && out.add(key(plan.name, i + 1, col))
    )
  );
  return out;
}

/** The jabatan of an IKI plan: from `katalog` when given, else the built-in one (or the synthetic jabatan). */
export function jabatanOf(plan: SheetPlan, katalog?: CatalogIndex): Jabatan | undefined {
  if (katalog) return katalog.getJabatan(plan.jabatanId ?? "");
  return plan.jabatanId === JABATAN_SINTETIS.id
    ? JABATAN_SINTETIS
    : getJabatan(plan.jabatanId ?? "");
}

function requireJabatanOf(plan: SheetPlan, katalog?: CatalogIndex): Jabatan {
  const j = jabatanOf(plan, katalog);
  if (!j) throw new Error(`unknown jabatan of ${plan.name}`);
  return j;
}

export interface Indicator {
  sheet: string;
  /** The indicator's row on its sheet. */
  baris: number;
  input: BlokInput;
  expected: Harapan;
}

/**
 * Writes generated numbers into every input cell of the IKI plans (blanks, zeros and decimals among
 * them; now and then a target or penyebut of 0, for the error paths), some "nilai akhir" into the
 * Cara cells of empty rows and some "negatif" into their polaritas cells. Returns new plans and
 * what src/capaian expects per indicator. Throws when the cells filled through the layout are not
 * exactly the plan's own input cells.
 */
export function fillInputs(
  plans: SheetPlan[],
  skala: SkalaPredikat,
  seed: number,
  katalog?: CatalogIndex
): { plans: SheetPlan[]; indicators: Indicator[] } {
  const random = rng(seed);
  const angka = (blank: number): Num => {
    const x = random();
    if (x < blank) return null;
    if (x < blank + 0.04) return 0;
    return random() < 0.3 ? Math.floor(random() * 1200) / 8 : 1 + Math.floor(random() * 150);
  };
  const indicators: Indicator[] = [];
  const out = plans.map((plan) => {
    if (plan.kind !== "iki") return plan;
    const cells: PlanCell[][] = plan.cells.map((row) => [...row]);
    const filled = new Set<string>();
    const put = (row: number, col: number, v: PlanCell) => {
      cells[row - 1][col] = v;
      if (typeof v === "number" || v === null) filled.add(key(plan.name, row, col));
    };
    const jabatan = requireJabatanOf(plan, katalog);
    for (const blok of ikiLayout(jabatan).blok) {
      const input: BlokInput = {
        target: angka(0.04),
        tw: [0, 1, 2, 3].map(() => angka(0.15)),
        pembilang: [0, 1, 2, 3].map(() => angka(0.15)),
        penyebut: [0, 1, 2, 3].map(() => angka(0.02)),
        cara: random() < 0.4 ? "nilai akhir" : "kumulatif",
        polaritas: random() < 0.5 ? "negatif" : "positif",
      };
      put(blok.baris, KOLOM.target, input.target);
      if (blok.pembilang !== undefined && blok.penyebut !== undefined) {
        KOLOM.triwulan.forEach((col, t) => {
          put(blok.pembilang as number, col, input.pembilang[t]);
          put(blok.penyebut as number, col, input.penyebut[t]);
        });
      } else {
        KOLOM.triwulan.forEach((col, t) => put(blok.baris, col, input.tw[t]));
      }
      if (!blok.indikator) {
        cells[blok.baris - 1][KOLOM.cara] = input.cara;
        cells[blok.baris - 1][KOLOM.keterangan] = input.polaritas;
      }
      indicators.push({
        sheet: plan.name,
        baris: blok.baris,
        input,
        expected: harapan(blok.indikator, input, skala),
      });
    }
    const own = inputCells(plan);
    const missing = [...own].filter((k) => !filled.has(k));
    const extra = [...filled].filter((k) => !own.has(k));
    if (missing.length > 0 || extra.length > 0) {
      throw new Error(
        `layout and plan disagree on input cells of ${plan.name}: missing ${missing.join(" ")}; extra ${extra.join(" ")}`
      );
    }
    return { ...plan, cells };
  });
  return { plans: out, indicators };
}

/**
 * A cell as read back: a formula's result, errors reduced to their code, blanks and "" alike.
 * Read from `cell.result`: ExcelJS's `cell.value` of a formula drops a falsy result (0, "").
 */
export function readResult(cell: ExcelJS.Cell): Hasil {
  const value =
    cell.type === ExcelJS.ValueType.Formula ? (cell.result as ExcelJS.CellValue) : cell.value;
  if (value === null || value === undefined) return "";
  if (typeof value === "object" && "error" in value) return { error: value.error };
  if (typeof value === "object" && "richText" in value)
    return value.richText.map((t) => t.text).join("");
  return value as number | string;
}

export async function readWorkbook(file: string | Uint8Array): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  if (typeof file === "string") await wb.xlsx.readFile(file);
  else await wb.xlsx.load(file as unknown as ArrayBuffer);
  return wb;
}

/** Numbers equal up to rounding noise (LibreOffice sums with compensation); anything else exactly. */
export function same(actual: Hasil, expected: Hasil): boolean {
  if (typeof actual === "number" && typeof expected === "number") {
    return Math.abs(actual - expected) <= 1e-9 * Math.max(1, Math.abs(expected));
  }
  return JSON.stringify(actual) === JSON.stringify(expected);
}

/** The soffice binary (SOFFICE_PATH, else on PATH), or undefined: see test/support/programs.ts. */
export function findSoffice(): string | undefined {
  return needs("soffice").path;
}

/**
 * Opens the files in LibreOffice headless and saves them as xlsx in outDir, recalculating every
 * formula: a fresh profile whose OOXMLRecalcMode is 0 ("always"); by default LibreOffice keeps the
 * cached results of an xlsx, which would hide a wrong formula behind a right cached number.
 */
export function libreOfficeConvert(
  soffice: string,
  files: string[],
  outDir: string,
  format = "xlsx"
): void {
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), "iki-lo-profile-"));
  fs.mkdirSync(path.join(profile, "user"), { recursive: true });
  fs.writeFileSync(
    path.join(profile, "user", "registrymodifications.xcu"),
    `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>
`
  );
  try {
    execFileSync(
      soffice,
      [
        `-env:UserInstallation=file://${profile}`,
        "--headless",
        "--norestore",
        "--convert-to",
        format,
        "--outdir",
        outDir,
        ...files,
      ],
      {
        stdio: "pipe",
        timeout: 240_000,
      }
    );
  } finally {
    fs.rmSync(profile, { recursive: true, force: true });
  }
  for (const f of files) {
    const out = path.join(outDir, path.basename(f).replace(/\.xlsx$/, `.${format}`));
    if (!fs.existsSync(out)) throw new Error(`LibreOffice wrote no ${out}`);
  }
}

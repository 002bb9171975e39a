/**
 * Shared by the LibreOffice tests: a recalculated workbook's indicator rows and rekap compared with
 * what src/capaian expects for the generated inputs (fillInputs in ./support).
 */
import type ExcelJS from "exceljs";
import * as iki from "../../src/capaian";
import { KOLOM, KOLOM_REKAP } from "../../src/template";
import { parseCell } from "../../src/template/a1";
import type { SheetPlan } from "../../src/template/plan";
import type { Hasil } from "../template/support";
import { readResult, same, type Indicator } from "./support";

/** A cell's value by sheet, row number and 0-based column. */
export type CellValue = (sheet: string, row: number, col: number) => Hasil;

export function cellValue(wb: ExcelJS.Workbook): CellValue {
  return (sheet, row, col) => {
    const ws = wb.getWorksheet(sheet);
    if (!ws) throw new Error(`sheet ${sheet} missing after LibreOffice`);
    return readResult(ws.getCell(row, col + 1));
  };
}

/** Counts comparisons and collects the mismatches, with where they are. */
export class Comparison {
  checked = 0;
  readonly mismatches: string[] = [];

  check(where: string, actual: Hasil, expected: Hasil): void {
    this.checked++;
    if (!same(actual, expected))
      this.mismatches.push(
        `${where}: LibreOffice ${JSON.stringify(actual)}, src/capaian ${JSON.stringify(expected)}`
      );
  }
}

/** Every indicator's TW values, realisasi, capaian and predikat on its own sheet. */
export function checkIndicators(
  indicators: Indicator[],
  value: CellValue,
  c: Comparison,
  label: string
): void {
  for (const ind of indicators) {
    const at = `${label} '${ind.sheet}'!row ${ind.baris}`;
    const v = (col: number) => value(ind.sheet, ind.baris, col);
    ind.expected.tw?.forEach((tw, t) => c.check(`${at} TW ${t + 1}`, v(KOLOM.triwulan[t]), tw));
    c.check(`${at} realisasi`, v(KOLOM.realisasi), ind.expected.realisasi);
    c.check(`${at} capaian`, v(KOLOM.capaian), ind.expected.capaian);
    c.check(`${at} predikat`, v(KOLOM.predikat), ind.expected.predikat);
  }
}

const rowOf = (a1: string) => (parseCell(a1) as { row: number }).row + 1;

/**
 * The rekap: each row (found through its link to the indicator) gives that indicator's realisasi,
 * capaian and predikat; the summary gives the mean capaian of each sheet. Returns the rows, the
 * sheets linked and the means compared, so a caller can tell every indicator and sheet was covered.
 */
export function checkRekap(
  plans: SheetPlan[],
  indicators: Indicator[],
  value: CellValue,
  c: Comparison,
  label: string
): { rows: number; sheets: number; means: number } {
  const rekap = plans.find((p) => p.kind === "rekap");
  if (!rekap) throw new Error(`${label}: no rekap planned`);
  const byCell = new Map(indicators.map((ind) => [`${ind.sheet}!${ind.baris}`, ind]));
  const perSheet = new Map<string, Hasil[]>();
  for (const link of rekap.hyperlinks) {
    const row = rowOf(link.cell);
    const ind = byCell.get(`${link.sheet}!${rowOf(link.targetCell)}`);
    if (!ind) throw new Error(`${label}: rekap row ${row} links to no known indicator`);
    const at = `${label} rekap row ${row}`;
    const v = (col: number) => value(rekap.name, row, col);
    c.check(`${at} realisasi`, v(KOLOM_REKAP.realisasi), ind.expected.realisasi);
    c.check(`${at} capaian`, v(KOLOM_REKAP.capaian), ind.expected.capaian);
    c.check(`${at} predikat`, v(KOLOM_REKAP.predikat), ind.expected.predikat);
    perSheet.set(link.sheet, [...(perSheet.get(link.sheet) ?? []), ind.expected.capaian]);
  }
  let means = 0;
  rekap.cells.forEach((cells, i) => {
    const sheet = cells[KOLOM_REKAP.ringkasanLembar];
    const capaian = typeof sheet === "string" ? perSheet.get(sheet) : undefined;
    if (!capaian) return;
    means++;
    const rata = iki.rata([capaian.map((x) => (typeof x === "object" ? { code: x.error } : x))]);
    c.check(
      `${label} rekap rata-rata ${sheet}`,
      value(rekap.name, i + 1, KOLOM_REKAP.ringkasanRata),
      rata instanceof iki.IkiError ? { error: rata.code } : rata
    );
  });
  return { rows: rekap.hyperlinks.length, sheets: perSheet.size, means };
}

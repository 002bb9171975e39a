/**
 * The capaian formulas of a sheet in either mode. Arguments are A1 references (own sheet or
 * sheet-qualified); results are en-US formulas starting with "=", as Office.js `range.formulas` expects.
 */
import type { Polaritas } from "../catalog/types";
import type { FormulaMode, SkalaPredikat } from "./options";
import { formulasIki } from "./formulas-iki";
import { formulasNative } from "./formulas-native";

export interface FormulaSet {
  /** Value of a persen indicator in one triwulan: pembilang / penyebut x 100. */
  persen(pembilang: string, penyebut: string): string;
  /** Value of a penurunan indicator in one triwulan: (N-1 - N) / N-1 x 100. */
  penurunan(nilaiAwal: string, nilaiAkhir: string): string;
  /** Realisasi over the year from the four triwulan cells (TW I..IV, one row). */
  kumulatif(triwulan: TriwulanCells): string;
  nilaiAkhir(triwulan: TriwulanCells): string;
  /** Realisasi of an empty row: "nilai akhir" in the `cara` cell picks nilai akhir, anything else kumulatif. */
  realisasiPilihan(cara: string, triwulan: TriwulanCells): string;
  capaian(realisasi: string, target: string, polaritas: Polaritas): string;
  /**
   * Capaian of an empty row: "negatif" in the `polaritas` cell picks negative polarity, anything else
   * (blank included) positive, as realisasiPilihan reads its `cara` cell.
   */
  capaianPilihan(realisasi: string, target: string, polaritas: string): string;
  predikat(capaian: string, skala: SkalaPredikat): string;
  /** Mean of the capaian numbers of a range; "" when none. */
  rata(range: string): string;
}

/** The four cells of TW I..IV and the range over them. */
export interface TriwulanCells {
  cells: [string, string, string, string];
  range: string;
}

export function formulasFor(mode: FormulaMode): FormulaSet {
  return mode === "native" ? formulasNative : formulasIki;
}

/** A range compared to "", the blank guard of formulasIki over the triwulan or a rekap column. */
const RANGE_COMPARED = /\$?[A-Z]{1,3}\$?\d+:\$?[A-Z]{1,3}\$?\d+=""/;

/**
 * Whether a formula needs array evaluation (it compares a whole range). Office.js in Excel 365/2021
 * evaluates every formula so; in an .xlsx a plain formula is read as a pre-dynamic-array one, whose
 * range in IF would be cut to one cell (implicit intersection, #VALUE!), so a sink stores it as a
 * one-cell array formula.
 */
export function needsArrayEvaluation(formula: string): boolean {
  return RANGE_COMPARED.test(formula);
}

/**
 * The sheet lifecycle (refresh after a catalog change, next year, plain formulas): what the ports
 * read of a workbook, what the pure planners return. Every action is read -> plan (here) -> write
 * through the writers of an insert.
 */
import type { CellValue } from "../catalog/tabel/types";
import type { FormulaMode } from "../template/options";
import type { SheetPlan } from "../template/plan";

export type { CellValue };

/** What a port read of one sheet. */
export interface SheetRead {
  name: string;
  /** Custom property IKI-DINSOS, when present. */
  marker?: string;
  /**
   * From A1 to the used range's end: Office.js `range.formulas` (the formula "=..." of a formula
   * cell, else the constant) and `range.values` (the results). Trailing empties may be cut.
   */
  formulas: CellValue[][];
  values: CellValue[][];
  /** The sheet is protected. */
  terkunci?: boolean;
}

/** What a user typed in a cell: a constant, or a formula of their own. */
export type Isi = { nilai: string | number | boolean } | { rumus: string };

/** A typed value that has no place on the replanned sheet: kept below the signature, and reported. */
export interface Sisa {
  /** Where it came from: the indicator's text, "Identitas", or a cell address. */
  asal: string;
  /** What it was: "Target", "TW II", "Pembilang TW I", "Sel N20". */
  isian: string;
  isi: Isi;
}

/** The lifecycle actions. */
export type AksiLembar =
  | { kind: "perbarui" }
  | {
      kind: "tahun-berikutnya";
      /** default: the latest year of the workbook */ dariTahun?: number;
      bawaTarget: boolean;
    }
  | { kind: "ubah-rumus"; mode: FormulaMode };

/** What happens to one IKI sheet. */
export type StatusLembar =
  /** Rewritten (a new sheet in its place). */
  | "diperbarui"
  /** A new sheet made from it (next year). */
  | "dibuat"
  /** Nothing to change. */
  | "sama"
  /** Only its marker names the new catalog (the plan did not change). */
  | "penanda"
  /** Its catalog is not known to this workbook: left as it is. */
  | "katalog-tidak-dikenal"
  /** Its jabatan is not in the catalog in use: left as it is. */
  | "jabatan-tidak-ada"
  /** Its rows do not match the layout it was made with (rows inserted or deleted): left as it is. */
  | "susunan-berubah"
  /** Next year: the jabatan already has a sheet of that year. */
  | "sudah-ada";

export interface PerubahanIndikator {
  indikator: string;
  /** What changed: "teks", "jenis", "polaritas", "agregasi", "urutan". */
  apa: string[];
}

export interface LaporanLembar {
  sheet: string;
  jabatanId: string;
  jabatan: string;
  tahun: number;
  status: StatusLembar;
  /** The new sheet's name (next year) when it differs from `sheet`. */
  baru?: string;
  ditambah: string[];
  dihapus: string[];
  berubah: PerubahanIndikator[];
  /** Other parts of the sheet that change: "nama jabatan", "tugas", "kop", ... */
  lain: string[];
  /** Typed values carried into the new plan. */
  dipertahankan: number;
  /** Typed values without a place: kept below the signature (also those of an earlier refresh). */
  sisa: Sisa[];
  /** Cells where a typed value stood in place of the sheet's formula or text (restored; the typed value is in `sisa`). */
  dipulihkan: string[];
  /** Cells of typed formulas carried to a new place whose references could not all follow: to check. */
  periksa?: string[];
}

export interface LaporanAksi {
  aksi: AksiLembar;
  lembar: LaporanLembar[];
  /** Rekap sheets rewritten in place or made. */
  rekap: string[];
  /** IKI.* formulas outside the planned cells (plain-formula copy): not converted, listed. */
  rumusLain: { sheet: string; sel: string; rumus: string }[];
  /**
   * Formulas of other sheets that name a sheet the action replaced (set again after the swap, so
   * they follow the new sheet): listed, because the cell they name may now hold another row.
   */
  rujukan?: Rujukan[];
}

/** A formula naming a replaced sheet (rujukan.ts): set again, with the same text, after the swap. */
export interface Rujukan {
  sheet: string;
  sel: string;
  rumus: string;
  /** On a sheet the user protected: not set again (Excel shows #REF!); the user retypes it. */
  terkunci?: true;
}

/** The pure planner's answer: plans for the writers, marker updates, and the report. */
export interface RencanaAksi {
  plans: SheetPlan[];
  /** Sheets whose plan did not change but whose marker must name the catalog in use. */
  markerBaru: { sheet: string; value: string }[];
  laporan: LaporanAksi;
}

/** What a user chooses before inserting: year, identity, predikat scale and formula mode. */
import type { SKALA_BAWAAN } from "../capaian";

export interface Identitas {
  nama: string;
  nip: string;
  pangkatGolongan: string;
  /** Pejabat penilai. */
  penilaiNama: string;
  penilaiNip: string;
}

/** "iki": IKI.* custom functions (needs the add-in); "native": plain Excel formulas, same numbers. */
export type FormulaMode = "iki" | "native";

/** "lima": the five-level LKjIP scale; "permenpan": PermenPANRB 8/2021 categories (src/capaian/skala.ts). */
export type SkalaPredikat = keyof typeof SKALA_BAWAAN;

export interface TemplateOptions {
  tahun: number;
  identitas: Identitas;
  skala: SkalaPredikat;
  mode: FormulaMode;
  /** "Kunci rumus": IKI sheets and the rekap protected, only input cells editable. Absent: true. */
  kunci?: boolean;
}

/** Whether sheets planned with `options` are protected (on unless asked off). */
export const dikunci = (options: TemplateOptions): boolean => options.kunci !== false;

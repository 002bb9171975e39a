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
  /** Kunci rumus: protect the sheets, inputs unlocked; absent = on. */
  kunci?: boolean;
}

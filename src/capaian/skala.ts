/**
 * The predikat scales: the one table of bands (lower bound, label) and the rounding each applies.
 * The maths (IKI.PREDIKAT), the native formulas, the colour bands and the sheet notes all derive
 * from these entries, so a threshold is written once.
 */
import { roundPercent, roundShown, snapNoise } from "./rounding";

/** A band: capaian >= min gets the label, checked from the highest min down. */
export interface Band {
  min: number;
  label: string;
}

/**
 * What the bands are applied to: "whole" the capaian rounded to a whole percent (roundPercent), "shown"
 * the capaian as the sheet shows it, to 2 decimals (roundShown), "exact" the value itself after
 * removing binary noise (snapNoise).
 */
export type Rounding = "whole" | "shown" | "exact";

export interface Scale {
  name: string;
  /** Sorted by min, highest first. */
  bands: Band[];
  rounding: Rounding;
}

/**
 * LKjIP / evaluasi Renja five-level scale (">= 91; 76-90; 66-75; 51-65; <= 50"), read as half-open
 * intervals: [91, inf) Sangat Baik, [76, 91) Baik, [66, 76) Cukup, [51, 66) Kurang, below 51 Sangat
 * Kurang, on the capaian as the sheet shows it (roundShown, 2 decimals half up): a cell reading
 * "91,00%" (90.996, 90.995) is Sangat Baik, never Baik; 90.994 ("90,99%") and 90.6 are Baik.
 */
export const SKALA_LIMA: Scale = {
  name: "lima tingkat",
  rounding: "shown",
  bands: [
    { min: 91, label: "Sangat Baik" },
    { min: 76, label: "Baik" },
    { min: 66, label: "Cukup" },
    { min: 51, label: "Kurang" },
    { min: -Infinity, label: "Sangat Kurang" },
  ],
};

/**
 * PermenPANRB 8/2021 kategori capaian IKI, applied to the capaian rounded to a whole percent
 * (roundPercent): >110 and 101-110 Sangat Baik; 100 Baik; 80-99 Cukup; 60-79 Kurang; 0-59 Sangat Kurang.
 * The regulation lists whole percents with gaps (99-100, 100-101); rounding first closes them.
 */
export const SKALA_PERMENPAN: Scale = {
  name: "PermenPANRB 8/2021",
  rounding: "whole",
  bands: [
    { min: 101, label: "Sangat Baik" },
    { min: 100, label: "Baik" },
    { min: 80, label: "Cukup" },
    { min: 60, label: "Kurang" },
    { min: -Infinity, label: "Sangat Kurang" },
  ],
};

const ROUNDING: Record<Rounding, (capaian: number) => number> = {
  whole: roundPercent,
  shown: roundShown,
  exact: snapNoise,
};

/** The capaian a scale judges (see Rounding). */
export function judged(scale: Scale, capaian: number): number {
  return ROUNDING[scale.rounding](capaian);
}

export function labelOn(scale: Scale, capaian: number): string | undefined {
  const c = judged(scale, capaian);
  for (const band of scale.bands) if (c >= band.min) return band.label;
  return undefined;
}

/** The built-in scales by the key a template option or the command line uses. */
export const SKALA_BAWAAN = { lima: SKALA_LIMA, permenpan: SKALA_PERMENPAN } as const;

/** Inverse of a rounding's unit: 1/200 is half a hundredth, 1/2 half a whole percent. */
const HALF_STEPS: Record<Rounding, number> = { shown: 200, whole: 2, exact: 0 };

/**
 * The smallest capaian that `judged` puts at or above `min`: half a rounding step below it
 * (shown: 91 -> 90.995; whole: 101 -> 100.5), so a colour rule on the raw value agrees with the
 * predikat. Computed as a ratio of integers, which gives the same double as the decimal literal.
 */
export function rawThreshold(scale: Scale, min: number): number {
  const d = HALF_STEPS[scale.rounding];
  return d === 0 ? min : (min * d - 1) / d;
}

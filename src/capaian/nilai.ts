/** PermenPANRB 8/2021 nilai capaian IKI (0-120) of a capaian in percent. */
import { IkiError, NumericResult } from "./errors";
import { singleNumber } from "./ranges";
import { roundPercent } from "./rounding";

/**
 * On the capaian rounded to a whole percent (see roundPercent), each band's formula as the regulation
 * writes it; on whole percents the bands leave no gaps. Below 0 the nilai is 0 (the band starts at 0).
 * The regulation's examples: 98% -> 88, 100% -> 109.
 */
export function nilaiDariCapaian(capaian: number): number {
  const c = roundPercent(capaian);
  if (c > 110) return 120;
  // (120 - 110) / (110 - 101) x (c - 101), written as (c - 101) x 10 / 9 so 110% gives exactly 120.
  if (c >= 101) return 110 + ((c - 101) * 10) / 9;
  if (c === 100) return 109;
  // (89 - 70) / (99 - 80) and (69 - 50) / (79 - 60) are both 1.
  if (c >= 80) return 70 + (c - 80);
  if (c >= 60) return 50 + (c - 60);
  if (c >= 0) return (c / 59) * 49;
  return 0;
}

/** NILAI: capaian blank or "" gives "". */
export function nilai(capaian: unknown): NumericResult {
  const c = singleNumber(capaian, "capaian", "any");
  if (c instanceof IkiError) return c;
  if (c === null) return "";
  if (!Number.isFinite(c))
    return new IkiError("#NUM!", `Argumen "capaian" berisi bilangan tidak valid`);
  return nilaiDariCapaian(c) + 0;
}

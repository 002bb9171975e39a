/** Aggregation across the year (triwulan I-IV) and across indicators. A 0 is filled; a blank is not. */
import { finiteOr, IkiError, NumericResult } from "./errors";
import { numbersOf, periodValues, readUntil } from "./ranges";

/** Counts: sum of the filled triwulan up to sampaiTriwulan (default: all given). None filled -> "". */
export function kumulatif(nilaiTriwulan: unknown, sampaiTriwulan?: unknown): NumericResult {
  const nilai = periodValues(nilaiTriwulan, "nilaiTriwulan", "non-negative");
  if (nilai instanceof IkiError) return nilai;
  const sampai = readUntil(sampaiTriwulan, "sampaiTriwulan", nilai.length);
  if (sampai instanceof IkiError) return sampai;
  let jumlah = 0;
  let terisi = 0;
  for (let i = 0; i < sampai; i++) {
    const v = nilai[i];
    if (v !== null) {
      jumlah += v;
      terisi++;
    }
  }
  if (terisi === 0) return "";
  return finiteOr(jumlah, "kumulatif");
}

/** Percentages and rates: the value of the last filled triwulan up to sampaiTriwulan. None filled -> "". */
export function nilaiAkhir(nilaiTriwulan: unknown, sampaiTriwulan?: unknown): NumericResult {
  const nilai = periodValues(nilaiTriwulan, "nilaiTriwulan", "any");
  if (nilai instanceof IkiError) return nilai;
  const sampai = readUntil(sampaiTriwulan, "sampaiTriwulan", nilai.length);
  if (sampai instanceof IkiError) return sampai;
  for (let i = sampai - 1; i >= 0; i--) {
    const v = nilai[i];
    if (v !== null) return finiteOr(v, "nilai akhir");
  }
  return "";
}

/** Mean of the numbers of a range (any shape); blanks and empty text ignored, other text refused. */
export function rata(capaian: unknown): NumericResult {
  const nilai = numbersOf(capaian, "capaian", "any");
  if (nilai instanceof IkiError) return nilai;
  const n = nilai.length;
  if (n === 0) return "";
  let jumlah = 0;
  for (let i = 0; i < n; i++) jumlah += nilai[i];
  if (Number.isFinite(jumlah)) return finiteOr(jumlah / n, "rata-rata");
  // The sum overflowed but the mean may not: add the shares instead (each |v/n| <= max).
  let rataRata = 0;
  for (let i = 0; i < n; i++) rataRata += nilai[i] / n;
  return finiteOr(rataRata, "rata-rata");
}

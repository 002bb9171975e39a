/** Capaian (achievement) of a realisasi against its target, by polarity (PermenPANRB 8/2021). */
import { finiteOr, IkiError, NumericResult } from "./errors";
import { isBlank, notANumber, singleValue, sumArgument } from "./ranges";

export type Polaritas = "positif" | "negatif";

/** Blank -> positif (the normal case); "positif"/"negatif" in any case, or "+"/"-". */
export function readPolaritas(arg: unknown): Polaritas | IkiError {
  const value = singleValue(arg, "polaritas");
  if (value instanceof IkiError) return value;
  if (isBlank(value)) return "positif";
  if (typeof value === "string") {
    const text = value.trim().toLowerCase();
    if (text === "positif" || text === "+") return "positif";
    if (text === "negatif" || text === "-") return "negatif";
    const shown = value.length > 40 ? `${value.slice(0, 40)}…` : value;
    return new IkiError(
      "#VALUE!",
      `Argumen "polaritas" berisi "${shown}"; isi "positif" atau "negatif" (atau kosongkan untuk positif)`
    );
  }
  if (typeof value === "number") {
    return new IkiError(
      "#VALUE!",
      `Argumen "polaritas" berisi angka ${value}; isi "positif" atau "negatif"`
    );
  }
  return notANumber(value, "polaritas", "");
}

/**
 * positif: R / T x 100. negatif: (2T - R) / T x 100, floored at 0.
 * Target 0: positif #DIV/0!; negatif 100 when R = 0, else 0.
 * Realisasi (or target) given as a range is summed. Order of checks: argument errors first (a mistake
 * shows even on an unfilled row), then realisasi blank -> "", then target blank -> #N/A.
 * A negative realisasi is allowed under positif (a persentase penurunan can be negative) but not under
 * negatif, where the quantity (cases, a rate) cannot go below 0. A negative target is refused.
 */
export function capaian(realisasi: unknown, target: unknown, polaritas?: unknown): NumericResult {
  const arah = readPolaritas(polaritas);
  if (arah instanceof IkiError) return arah;
  const r = sumArgument(realisasi, "realisasi", arah === "negatif" ? "non-negative" : "any");
  if (r instanceof IkiError) return r;
  const t = sumArgument(target, "target", "non-negative");
  if (t instanceof IkiError) return t;
  if (r.filled === 0) return "";
  if (t.filled === 0) {
    return new IkiError(
      "#N/A",
      `Argumen "target" masih kosong padahal "realisasi" sudah terisi; isi target`
    );
  }
  const R = r.sum;
  const T = t.sum;
  if (arah === "positif") {
    if (T === 0)
      return new IkiError(
        "#DIV/0!",
        `Target 0 dengan polaritas positif; capaian tidak dapat dihitung`
      );
    return finiteOr((R / T) * 100, "capaian");
  }
  if (T === 0) return R === 0 ? 100 : 0;
  // Same operation order as the native formula (2*T-R)/T*100, so both agree to the last digit;
  // the second form only serves a target so huge that 2*T itself overflows.
  const duaT = 2 * T;
  const hasil = Number.isFinite(duaT) ? ((duaT - R) / T) * 100 : (1 + (T - R) / T) * 100;
  return finiteOr(hasil < 0 ? 0 : hasil, "capaian");
}

/** Rating labels (predikat) of a capaian on a scale: built-in five-level, PermenPANRB 8/2021, or the user's own. */
import { IkiError, LabelResult } from "./errors";
import { isBlank, notANumber, inputError, singleNumber } from "./ranges";
import { roundPercent, snapNoise } from "./rounding";

/** A band: capaian >= min gets the label, checked from the highest min down. */
export interface Band {
  min: number;
  label: string;
}

export interface Scale {
  name: string;
  /** Sorted by min, highest first. */
  bands: Band[];
  /** Whether capaian is rounded to a whole percent before the bands are applied (else only snapNoise). */
  rounded: boolean;
}

/**
 * LKjIP / evaluasi Renja five-level scale (">= 91; 76-90; 66-75; 51-65; <= 50"), read as half-open
 * intervals on the unrounded capaian: [91, inf) Sangat Baik, [76, 91) Baik, [66, 76) Cukup,
 * [51, 66) Kurang, below 51 Sangat Kurang. So 90.6 is Baik: it is not ">= 91". Only binary noise
 * (below 1e-9, see snapNoise) is removed first.
 */
export const SKALA_LIMA: Scale = {
  name: "lima tingkat",
  rounded: false,
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
  rounded: true,
  bands: [
    { min: 101, label: "Sangat Baik" },
    { min: 100, label: "Baik" },
    { min: 80, label: "Cukup" },
    { min: 60, label: "Kurang" },
    { min: -Infinity, label: "Sangat Kurang" },
  ],
};

export function labelOn(scale: Scale, capaian: number): string | undefined {
  const c = scale.rounded ? roundPercent(capaian) : snapNoise(capaian);
  for (const band of scale.bands) if (c >= band.min) return band.label;
  return undefined;
}

const SKALA_HELP = `isi kosong (skala lima tingkat), "permenpan" (PermenPANRB 8/2021), atau rentang dua kolom: batas bawah dan predikat`;

function keywordScale(text: string): Scale | IkiError {
  const key = text.toLowerCase().replace(/[^a-z0-9]/g, "");
  if (key.startsWith("permenpan")) return SKALA_PERMENPAN;
  if (key === "lima" || key === "limatingkat" || key === "lkjip" || key === "5") return SKALA_LIMA;
  const shown = text.length > 40 ? `${text.slice(0, 40)}…` : text;
  return new IkiError("#VALUE!", `Argumen "skala" berisi "${shown}"; ${SKALA_HELP}`);
}

/** The user's own scale: rows (lower bound, label); a first row with text as bound is a header. */
function userScale(rows: unknown[][]): Scale | IkiError {
  const bands: Band[] = [];
  for (let r = 0; r < rows.length; r++) {
    const [bound, label] = rows[r];
    const where = ` di baris ${r + 1}`;
    if (isBlank(bound) && isBlank(label)) continue;
    if (typeof bound === "object" && bound !== null) return inputError(bound, "skala", where);
    if (typeof label === "object" && label !== null) return inputError(label, "skala", where);
    if (r === 0 && typeof bound === "string" && typeof label === "string") continue;
    if (isBlank(bound))
      return new IkiError(
        "#VALUE!",
        `Argumen "skala" tidak punya batas bawah${where}; isi angka di kolom pertama`
      );
    if (typeof bound !== "number") return notANumber(bound, "skala", `${where} kolom 1`);
    if (!Number.isFinite(bound))
      return new IkiError("#NUM!", `Argumen "skala" berisi batas bawah tidak valid${where}`);
    if (isBlank(label))
      return new IkiError(
        "#VALUE!",
        `Argumen "skala" tidak punya predikat${where}; isi teks di kolom kedua`
      );
    if (typeof label !== "string" && typeof label !== "number")
      return notANumber(label, "skala", `${where} kolom 2`);
    if (bands.some((b) => b.min === bound)) {
      return new IkiError(
        "#VALUE!",
        `Argumen "skala" memuat batas bawah ${bound} lebih dari sekali${where}`
      );
    }
    bands.push({ min: bound, label: String(label).trim() });
  }
  if (bands.length === 0)
    return new IkiError("#VALUE!", `Argumen "skala" tidak memuat satu baris pun; ${SKALA_HELP}`);
  bands.sort((a, b) => b.min - a.min);
  return { name: "skala pengguna", rounded: false, bands };
}

export function readScale(skala: unknown): Scale | IkiError {
  if (Array.isArray(skala)) {
    const rows = skala.map((row: unknown) => (Array.isArray(row) ? row : [row]));
    const cells = rows.reduce((n, row) => n + row.length, 0);
    if (cells === 0) return SKALA_LIMA;
    if (cells === 1) return readScale(rows.find((row) => row.length === 1)?.[0]);
    if (rows.every((row) => row.length === 2)) return userScale(rows);
    const width = Math.max(...rows.map((row) => row.length));
    return new IkiError(
      "#VALUE!",
      `Argumen "skala" berupa rentang ${rows.length} baris × ${width} kolom; ${SKALA_HELP}`
    );
  }
  if (isBlank(skala)) return SKALA_LIMA;
  if (typeof skala === "string") return keywordScale(skala);
  if (typeof skala === "object" && skala !== null) return inputError(skala, "skala");
  return new IkiError("#VALUE!", `Argumen "skala" berisi ${String(skala)}; ${SKALA_HELP}`);
}

/** PREDIKAT: capaian blank or "" (an unfilled row) gives "". */
export function predikat(capaian: unknown, skala?: unknown): LabelResult {
  const c = singleNumber(capaian, "capaian", "any");
  if (c instanceof IkiError) return c;
  const scale = readScale(skala);
  if (scale instanceof IkiError) return scale;
  if (c === null) return "";
  if (!Number.isFinite(c))
    return new IkiError("#NUM!", `Argumen "capaian" berisi bilangan tidak valid`);
  const label = labelOn(scale, c);
  if (label === undefined) {
    const lowest = scale.bands[scale.bands.length - 1].min;
    return new IkiError(
      "#N/A",
      `Capaian ${c} di bawah batas terendah skala (${lowest}); tambahkan baris dengan batas lebih rendah`
    );
  }
  return label;
}

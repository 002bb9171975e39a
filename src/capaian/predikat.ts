/**
 * IKI.PREDIKAT: the rating label (predikat) of a capaian on a scale argument: blank (five-level),
 * a keyword, or the user's own two-column range. The built-in scales are in skala.ts.
 */
import { IkiError, LabelResult } from "./errors";
import { isBlank, looksNumeric, notANumber, inputError, singleNumber, widest } from "./ranges";
import { SKALA_LIMA, SKALA_PERMENPAN, labelOn, type Band, type Scale } from "./skala";

const SKALA_HELP = `isi kosong (skala lima tingkat), "permenpan" (PermenPANRB 8/2021), atau rentang dua kolom: batas bawah dan predikat`;

function keywordScale(text: string): Scale | IkiError {
  const key = text.toLowerCase().replace(/[^a-z0-9]/g, "");
  if (key.startsWith("permenpan")) return SKALA_PERMENPAN;
  if (key === "lima" || key === "limatingkat" || key === "lkjip" || key === "5") return SKALA_LIMA;
  const shown = text.length > 40 ? `${text.slice(0, 40)}…` : text;
  return new IkiError("#VALUE!", `Argumen "skala" berisi "${shown}"; ${SKALA_HELP}`);
}

/**
 * A header row: the first row, both cells text, the bound's text not a number typed as text ("91",
 * "90,5", "91%"). Such a bound is a row, refused with a hint, never skipped as a header: skipping it
 * would silently drop the top band (95 would read "Baik" instead of "Sangat Baik").
 */
function isHeader(r: number, bound: unknown, label: unknown): boolean {
  return r === 0 && typeof bound === "string" && typeof label === "string" && !looksNumeric(bound);
}

/** The user's own scale: rows (lower bound, label), an optional header row first (isHeader). */
function userScale(rows: unknown[][]): Scale | IkiError {
  const bands: Band[] = [];
  // A set, not a search of the bands so far: a scale of 50,000 rows stays linear.
  const seen = new Set<number>();
  for (let r = 0; r < rows.length; r++) {
    const [bound, label] = rows[r];
    const where = ` di baris ${r + 1}`;
    if (isBlank(bound) && isBlank(label)) continue;
    if (typeof bound === "object" && bound !== null) return inputError(bound, "skala", where);
    if (typeof label === "object" && label !== null) return inputError(label, "skala", where);
    if (isHeader(r, bound, label)) continue;
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
    if (seen.has(bound)) {
      return new IkiError(
        "#VALUE!",
        `Argumen "skala" memuat batas bawah ${bound} lebih dari sekali${where}`
      );
    }
    seen.add(bound);
    bands.push({ min: bound, label: String(label).trim() });
  }
  if (bands.length === 0)
    return new IkiError("#VALUE!", `Argumen "skala" tidak memuat satu baris pun; ${SKALA_HELP}`);
  bands.sort((a, b) => b.min - a.min);
  return { name: "skala pengguna", rounding: "exact", bands };
}

export function readScale(skala: unknown): Scale | IkiError {
  if (Array.isArray(skala)) {
    const rows = skala.map((row: unknown) => (Array.isArray(row) ? row : [row]));
    const cells = rows.reduce((n, row) => n + row.length, 0);
    if (cells === 0) return SKALA_LIMA;
    if (cells === 1) return readScale(rows.find((row) => row.length === 1)?.[0]);
    if (rows.every((row) => row.length === 2)) return userScale(rows);
    const width = widest(rows);
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

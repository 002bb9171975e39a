/**
 * Text mechanics of the import: cell values to text as people type them, keys that ignore case,
 * spaces and punctuation, the closest known word for a typo, and slugs for derived ids.
 */
import type { CellValue } from "./types";

/** A cell as text: numbers typed in text columns ("1", a nomor) become their digits; Excel's line breaks "\n". */
export function cellText(v: CellValue | undefined): string {
  if (v === null || v === undefined) return "";
  if (typeof v === "string") return v.replace(/\r\n?/g, "\n").trim();
  return String(v);
}

/** Names compared ignoring case, accents, spaces and punctuation: "Sumber  data" = "sumber-data". */
export const nameKey = (s: string): string => words(s, "");

/** Lower case without accents, every run of spaces and punctuation replaced by `sep`. */
function words(s: string, sep: string): string {
  return s
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, sep);
}

/** Levenshtein distance, small strings only (ids, list values). */
export function editDistance(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      cur[j] = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost);
    }
    prev = cur;
  }
  return prev[b.length];
}

/**
 * The candidate nearest to `text` (by nameKey), if within `maxDistance` edits. Candidates that
 * contain the text come first: "kepala-seksi" means "contoh-kepala-seksi-x" more than "contoh-baru".
 */
export function closest(
  text: string,
  candidates: Iterable<string>,
  maxDistance = Infinity
): string | undefined {
  const key = nameKey(text);
  let best: string | undefined;
  let bestScore = Infinity;
  for (const c of candidates) {
    const other = nameKey(c);
    const d = editDistance(key, other);
    const score = key !== "" && other.includes(key) ? d - 1e6 : d;
    if (score < bestScore) [best, bestScore] = [c, score];
  }
  return best !== undefined && editDistance(key, nameKey(best)) <= maxDistance ? best : undefined;
}

/** "Kepala Seksi (Rehabilitasi)" -> "kepala-seksi-rehabilitasi". */
export const slug = (s: string): string => words(s, "-").replace(/^-+|-+$/g, "");

/** `base`, or `base-2`, `base-3` ... the first not in `taken`. */
export function uniqueId(base: string, taken: ReadonlySet<string>): string {
  if (!taken.has(base)) return base;
  let n = 2;
  while (taken.has(`${base}-${n}`)) n++;
  return `${base}-${n}`;
}

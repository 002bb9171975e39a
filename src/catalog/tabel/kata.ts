/**
 * Text mechanics of the import: cell values to text as people type them, keys that ignore case,
 * spaces and punctuation, the closest known word for a typo, and slugs for derived ids.
 */
import type { CellValue } from "./types";
import { editDistance } from "../edit-distance";

/** A cell as text: numbers typed in text columns ("1", a nomor) become their digits; Excel's line breaks "\n". */
export function cellText(v: CellValue | undefined): string {
  if (v === null || v === undefined) return "";
  // NFC: "é" typed or pasted as e + accent is one text, as in the JSON catalog.
  if (typeof v === "string") return v.normalize("NFC").replace(/\r\n?/g, "\n").trim();
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

/** Edits allowed between a typed value and a suggestion: a few, more for long texts. */
export const typoLimit = (key: string): number => Math.max(3, Math.floor(key.length / 3));

/** Shortest typed key that may be taken for a part of a longer candidate. */
const MIN_PART = 4;

/**
 * The candidate a typed value most likely means, cached per distinct value (a sheet often repeats
 * one wrong reference on many rows). Candidates that contain the text come first, at any distance:
 * "kepala-seksi" means "contoh-kepala-seksi-x" more than "contoh-baru"; the others only within
 * `maxDistance` edits (typoLimit by default), so an unrelated "xyz" gets no suggestion.
 */
export class Suggester {
  private readonly keys: [string, string][];
  private readonly cache = new Map<string, string | undefined>();

  constructor(
    candidates: Iterable<string>,
    private readonly maxDistance?: number
  ) {
    this.keys = [...candidates].map((c) => [c, nameKey(c)]);
  }

  suggest(text: string): string | undefined {
    if (!this.cache.has(text)) this.cache.set(text, this.find(nameKey(text)));
    return this.cache.get(text);
  }

  private find(key: string): string | undefined {
    if (key === "") return undefined;
    const limit = this.maxDistance ?? typoLimit(key);
    let best: string | undefined;
    let bestD = limit;
    let bestPart = false;
    for (const [c, other] of this.keys) {
      const part = key.length >= MIN_PART && other.includes(key);
      if (bestPart && !part) continue;
      const d = editDistance(key, other, part ? Infinity : bestD);
      if ((part && !bestPart) || d < bestD || (d === bestD && best === undefined))
        [best, bestD, bestPart] = [c, d, part];
    }
    return best;
  }
}

/** The candidate nearest to `text` (see Suggester), for one look-up. */
export const closest = (text: string, candidates: Iterable<string>, maxDistance?: number) =>
  new Suggester(candidates, maxDistance).suggest(text);

/** "Kepala Seksi (Rehabilitasi)" -> "kepala-seksi-rehabilitasi". */
export const slug = (s: string): string => words(s, "-").replace(/^-+|-+$/g, "");

/**
 * `base`, or `base-2`, `base-3` ... the first not in `taken`, at most `max` characters: a long
 * base is cut first (at a word boundary where it can), so the id the warning shows is one that
 * may be typed back.
 */
export function uniqueId(base: string, taken: ReadonlySet<string>, max = Infinity): string {
  const cut = (s: string, n: number) => {
    if (s.length <= n) return s;
    const words = s[n] === "-" ? s.slice(0, n) : s.slice(0, n).replace(/-[^-]*$/, "");
    return words.replace(/-+$/, "") || s.slice(0, n);
  };
  const first = cut(base, max);
  if (!taken.has(first)) return first;
  for (let n = 2; ; n++) {
    const id = `${cut(base, max - String(n).length - 1)}-${n}`;
    if (!taken.has(id)) return id;
  }
}

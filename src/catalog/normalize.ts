/** Text comparison for look-ups: people type names without caps, accents or exact spacing. */

/** Lower case, accents stripped (NFD), whitespace collapsed and trimmed. */
export function normalizeText(s: string): string {
  return s.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase().replace(/\s+/g, " ").trim();
}

/** The words of a text, normalised; punctuation ("/", "-", "(") separates words. */
export function wordsOf(s: string): string[] {
  return normalizeText(s)
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w !== "");
}

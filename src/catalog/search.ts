/**
 * Word search over the jabatan: every query word must be the start of some word of the
 * jabatan's nama, tugas, fungsi or indikator texts. Matches found in the nama alone rank first.
 */
import type { Jabatan } from "./types";
import { wordsOf } from "./normalize";

interface SearchEntry {
  jabatan: Jabatan;
  namaWords: string[];
  allWords: string[];
}

export type SearchIndex = SearchEntry[];

export function buildSearchIndex(jabatan: Jabatan[]): SearchIndex {
  return jabatan.map((j) => {
    const namaWords = wordsOf(j.nama);
    const otherTexts = [
      ...j.tugas,
      ...(j.fungsi ?? []),
      ...j.indikator.flatMap((x) => [x.kinerja, x.indikator, x.formulasi]),
    ];
    const allWords = [...new Set([...namaWords, ...otherTexts.flatMap(wordsOf)])];
    return { jabatan: j, namaWords: [...new Set(namaWords)], allWords };
  });
}

/** Every query word starts some word of `words` (both normalised with wordsOf). */
export function everyPrefixed(query: string[], words: string[]): boolean {
  return query.every((q) => words.some((w) => w.startsWith(q)));
}

export function search(index: SearchIndex, query: string, limit?: number): Jabatan[] {
  const queryWords = wordsOf(query);
  if (queryWords.length === 0) return [];
  const inNama: Jabatan[] = [];
  const elsewhere: Jabatan[] = [];
  // The index is in document order, so each group stays in document order.
  for (const entry of index) {
    if (everyPrefixed(queryWords, entry.namaWords)) inNama.push(entry.jabatan);
    else if (everyPrefixed(queryWords, entry.allWords)) elsewhere.push(entry.jabatan);
  }
  const found = [...inNama, ...elsewhere];
  return limit === undefined ? found : found.slice(0, Math.max(0, limit));
}

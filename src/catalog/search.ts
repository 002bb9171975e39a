/**
 * Word search over the jabatan: every query word must match some word of the jabatan's nama, tugas,
 * fungsi or indikator texts, as the word itself, its start, an abbreviation (singkatan.ts) or, when
 * the word is found nowhere as typed, a near spelling. Matches in the nama alone rank first; within
 * each group exact > prefix > abbreviation > typo, then document order. Each hit says why it matched
 * where that is not plain to see, for the pane to show.
 */
import type { Jabatan } from "./types";
import { wordsOf } from "./normalize";
import { derived, fromTable } from "./singkatan";
import { editDistance } from "./edit-distance";

export type MatchKind = "exact" | "prefix" | "abbreviation" | "typo";

/** Why a query word matched, where the hit does not show the word typed. */
export type MatchReason =
  | { kind: "abbreviation"; typed: string; meaning: string }
  | { kind: "typo"; typed: string; word: string };

export interface SearchHit {
  jabatan: Jabatan;
  /** The query found in the nama (else in tugas, fungsi or indikator). */
  inNama: boolean;
  /** The loosest match among the query words. */
  kind: MatchKind;
  reasons: MatchReason[];
}

const RANK: Record<MatchKind, number> = { exact: 0, prefix: 1, abbreviation: 2, typo: 3 };

/** The words a query word is matched against, and the texts (as word lists) abbreviations look in. */
interface Field {
  words: string[];
  phrases: string[][];
}

interface SearchEntry {
  jabatan: Jabatan;
  nama: Field;
  all: Field;
}

export interface SearchIndex {
  entries: SearchEntry[];
  /** Every word of every nama, and of every text: a typo is tried only for words found nowhere. */
  namaWords: string[];
  allWords: string[];
}

export function buildSearchIndex(jabatan: Jabatan[]): SearchIndex {
  const entries = jabatan.map((j) => {
    const namaPhrase = wordsOf(j.nama);
    const otherTexts = [
      ...j.tugas,
      ...(j.fungsi ?? []),
      ...j.indikator.flatMap((x) => [x.kinerja, x.indikator, x.formulasi]),
    ];
    const phrases = [namaPhrase, ...otherTexts.map(wordsOf)];
    return {
      jabatan: j,
      nama: { words: [...new Set(namaPhrase)], phrases: [namaPhrase] },
      all: { words: [...new Set(phrases.flat())], phrases },
    };
  });
  const distinct = (f: (e: SearchEntry) => string[]) => [...new Set(entries.flatMap(f))];
  return {
    entries,
    namaWords: distinct((e) => e.nama.words),
    allWords: distinct((e) => e.all.words),
  };
}

/** Every query word starts some word of `words` (both normalised with wordsOf). */
export function everyPrefixed(query: string[], words: string[]): boolean {
  return query.every((q) => words.some((w) => w.startsWith(q)));
}

/** Edits allowed for a typo: none in short words, where one edit makes another word. */
const typoLimit = (typed: string): number => (typed.length < 4 ? 0 : typed.length < 8 ? 1 : 2);

/** Distance of a typed word to a word, or to its start (typing is not done yet). */
function typoDistance(typed: string, word: string, max: number): number {
  const whole = editDistance(typed, word, max);
  return whole <= max ? whole : editDistance(typed, word.slice(0, typed.length), max);
}

interface WordMatch {
  kind: MatchKind;
  /** RANK of the kind; an abbreviation of the table ranks above one derived from the words. */
  rank: number;
  reason?: MatchReason;
}

const DERIVED = RANK.abbreviation + 0.5;

function abbreviation(typed: string, field: Field): WordMatch | undefined {
  const known = fromTable(typed, field.phrases);
  const meaning = known ?? derived(typed, field.phrases[0]);
  if (meaning === undefined) return undefined;
  const rank = known ? RANK.abbreviation : DERIVED;
  return { kind: "abbreviation", rank, reason: { kind: "abbreviation", typed, meaning } };
}

/** How one query word matches a field, if it does; `typo` says whether a near spelling may count. */
function matchWord(typed: string, field: Field, typo: boolean): WordMatch | undefined {
  if (field.words.includes(typed)) return { kind: "exact", rank: RANK.exact };
  if (field.words.some((w) => w.startsWith(typed))) return { kind: "prefix", rank: RANK.prefix };
  const abbr = abbreviation(typed, field);
  if (abbr || !typo) return abbr;
  const max = typoLimit(typed);
  let best: { word: string; d: number } | undefined;
  for (const word of field.words) {
    const d = typoDistance(typed, word, best ? best.d - 1 : max);
    if (d <= max && (!best || d < best.d)) best = { word, d };
  }
  return (
    best && { kind: "typo", rank: RANK.typo, reason: { kind: "typo", typed, word: best.word } }
  );
}

/** The hit of one field and its rank, if every query word matches it. */
function matchField(query: string[], field: Field, typoAllowed: boolean[]) {
  const matches: WordMatch[] = [];
  for (const [i, q] of query.entries()) {
    const m = matchWord(q, field, typoAllowed[i]);
    if (!m) return undefined;
    matches.push(m);
  }
  const worst = matches.reduce((a, m) => (m.rank > a.rank ? m : a));
  const reasons = matches.flatMap((m) => (m.reason ? [m.reason] : []));
  return { kind: worst.kind, rank: worst.rank, reasons };
}

const literal = (q: string, words: string[]) => words.some((w) => w.startsWith(q));

export function searchHits(index: SearchIndex, query: string, limit?: number): SearchHit[] {
  const queryWords = [...new Set(wordsOf(query))];
  if (queryWords.length === 0) return [];
  const typoNama = queryWords.map((q) => !literal(q, index.namaWords));
  const typoAll = queryWords.map((q) => !literal(q, index.allWords));
  const scored: { hit: SearchHit; key: number[] }[] = [];
  for (const [order, entry] of index.entries.entries()) {
    const nama = matchField(queryWords, entry.nama, typoNama);
    const found = nama ?? matchField(queryWords, entry.all, typoAll);
    if (!found) continue;
    const { kind, reasons, rank } = found;
    const hit = { jabatan: entry.jabatan, inNama: nama !== undefined, kind, reasons };
    scored.push({ hit, key: [hit.inNama ? 0 : 1, rank, order] });
  }
  scored.sort((a, b) => a.key[0] - b.key[0] || a.key[1] - b.key[1] || a.key[2] - b.key[2]);
  const hits = scored.map((s) => s.hit);
  return limit === undefined ? hits : hits.slice(0, Math.max(0, limit));
}

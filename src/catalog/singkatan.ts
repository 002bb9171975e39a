/**
 * Abbreviations people type for jabatan and units. Many are made of the starts of the words
 * ("Dinsos" = DIN-SOS of Dinas Sosial, "BMN" the initials of Barang Milik Negara), so they are
 * derived from each catalog's own names; the table holds the common ones that cannot be derived
 * ("Kabid": KA from inside "kepala"; words not in the name) and the usual ones, as data.
 */

/** Common abbreviations of Indonesian civil service, lower case, each with what it stands for. */
export const SINGKATAN: Readonly<Record<string, readonly string[]>> = {
  kadis: ["kepala dinas"],
  kadin: ["kepala dinas"],
  sekdin: ["sekretaris dinas"],
  sekdis: ["sekretaris dinas"],
  sekcam: ["sekretaris kecamatan"],
  kabid: ["kepala bidang"],
  kabag: ["kepala bagian"],
  kasubag: ["kepala sub bagian", "kepala subbagian"],
  kasubbag: ["kepala sub bagian", "kepala subbagian"],
  kasubid: ["kepala sub bidang", "kepala subbidang"],
  kasi: ["kepala seksi"],
  kasie: ["kepala seksi"],
  kasubsi: ["kepala sub seksi"],
  umpeg: ["umum dan kepegawaian"],
  dinsos: ["dinas sosial"],
  am: ["ahli muda"],
  ap: ["ahli pertama"],
  amd: ["ahli madya"],
  au: ["ahli utama"],
  peksos: ["pekerja sosial"],
  jamsos: ["jaminan sosial"],
  linjamsos: ["perlindungan dan jaminan sosial"],
  rehsos: ["rehabilitasi sosial"],
  dayasos: ["pemberdayaan sosial"],
  kessos: ["kesejahteraan sosial"],
  pfm: ["penanganan fakir miskin"],
  pmks: ["pemerlu pelayanan kesejahteraan sosial"],
  psks: ["potensi dan sumber kesejahteraan sosial"],
  kat: ["komunitas adat terpencil"],
  lansia: ["lanjut usia"],
  bmn: ["barang milik negara"],
  bmd: ["barang milik daerah"],
  jafung: ["jabatan fungsional"],
  renprog: ["perencanaan dan program"],
  bansos: ["bantuan sosial"],
};

/** Longer words are not taken for abbreviations (and the split stays cheap). */
const LONGEST = 12;

/** Words an abbreviation skips: "Umpeg" is Umum (dan) Kepegawaian. */
const SKIPPED = new Set(["dan", "serta", "atau", "di", "dari", "yang", "untuk", "pada", "dengan"]);

/** Where `meaning` (already split into words) occurs as consecutive words of `words`. */
function containsRun(words: readonly string[], meaning: readonly string[]): boolean {
  for (let i = 0; i + meaning.length <= words.length; i++)
    if (meaning.every((m, k) => words[i + k] === m)) return true;
  return false;
}

/** What the table says `typed` stands for, if one of its meanings is in `phrases`. */
export function fromTable(typed: string, phrases: readonly string[][]): string | undefined {
  for (const meaning of SINGKATAN[typed] ?? []) {
    const words = meaning.split(" ");
    if (phrases.some((p) => containsRun(p, words))) return meaning;
  }
  return undefined;
}

/**
 * Number of consecutive words from `from` whose starts spell `typed` ("kasubag": KA-SUB-BAG of
 * kepala sub bagian), at least two, or 0. Longer starts are tried first.
 */
function spelled(typed: string, words: readonly string[], from: number, at = 0, n = 0): number {
  if (at === typed.length) return n >= 2 ? n : 0;
  const word = words[from + n];
  if (word === undefined) return 0;
  for (let len = Math.min(word.length, typed.length - at); len >= 1; len--) {
    if (!word.startsWith(typed.slice(at, at + len))) continue;
    const found = spelled(typed, words, from, at + len, n + 1);
    if (found > 0) return found;
  }
  return 0;
}

/** The words of `phrase` that `typed` abbreviates by their starts ("kepala bidang"), if any. */
export function derived(typed: string, phrase: readonly string[]): string | undefined {
  if (typed.length < 2 || typed.length > LONGEST) return undefined;
  const words = phrase.filter((w) => !SKIPPED.has(w));
  for (let i = 0; i < words.length; i++) {
    const n = spelled(typed, words, i);
    if (n > 0) return words.slice(i, i + n).join(" ");
  }
  return undefined;
}

/**
 * Worksheet names: valid in Excel (1-31 characters, none of [ ] : * ? / \, no apostrophe at either
 * end, not "History"), readable (from the jabatan name, title-cased, shortened with the abbreviations
 * the dinas itself uses) and unique ignoring case, as Excel compares them.
 */
import type { Jabatan } from "../catalog/types";
import type { CatalogIndex } from "../catalog/catalog-index";
import { MAX_SHEET_NAME_CHARS } from "./excel-limits";

const TERLARANG = /[[\]:*?/\\]/g;
// eslint-disable-next-line no-control-regex
const KONTROL = /[\u0000-\u001f\u007f]/g;
/** Excel reserves "History" (in any case) for its change tracking. */
const HISTORY = sheetKey("History");

export function isValidSheetName(name: string): boolean {
  return (
    name.length > 0 &&
    name.length <= MAX_SHEET_NAME_CHARS &&
    !/[[\]:*?/\\]/.test(name) &&
    // eslint-disable-next-line no-control-regex
    !/[\u0000-\u001f\u007f]/.test(name) &&
    !name.startsWith("'") &&
    !name.endsWith("'") &&
    name.trim() === name &&
    sheetKey(name) !== HISTORY
  );
}

/** Any text made valid: forbidden characters become spaces, outer apostrophes and spaces go. */
export function cleanSheetName(text: string, fallback = "Lembar"): string {
  let name = text.replace(TERLARANG, " ").replace(KONTROL, " ").replace(/\s+/g, " ").trim();
  name = name.replace(/^[' ]+|[' ]+$/g, "");
  name = potong(name, MAX_SHEET_NAME_CHARS);
  if (name === "" || sheetKey(name) === HISTORY) return fallback;
  return name;
}

/**
 * Cut to max at a word boundary when one is near (or any word boundary when `wholeWords`), never
 * leaving an apostrophe or space at the end.
 */
function potong(name: string, max: number, wholeWords = false): string {
  if (name.length <= max) return name;
  let cut = name.slice(0, max);
  const space = name[max] === " " ? max : cut.lastIndexOf(" ");
  if (space > 0 && (wholeWords || space >= max * 0.6)) cut = cut.slice(0, space);
  return cut.replace(/[\s'.,&(-]+$/, "").replace(/^'+/, "");
}

const KATA_KECIL = new Set([
  "dan",
  "serta",
  "di",
  "ke",
  "dari",
  "yang",
  "atau",
  "untuk",
  "pada",
  "dengan",
]);
const SINGKATAN_TETAP = new Set(["PMKS", "BMN", "ASN", "PNS", "SKPD", "TW", "PFM"]);

/** "PEKERJA SOSIAL AHLI MUDA (PENDAMPINGAN ...)" -> "Pekerja Sosial Ahli Muda (Pendampingan ...)". */
export function titleCase(text: string): string {
  let first = true;
  return text
    .replace(/\s+/g, " ")
    .trim()
    .split(" ")
    .map((word) => {
      const bare = word.replace(/[^\p{L}\p{N}]/gu, "");
      const lower = word.toLowerCase();
      let out: string;
      if (SINGKATAN_TETAP.has(bare.toUpperCase())) out = word.toUpperCase();
      else if (!first && KATA_KECIL.has(bare.toLowerCase())) out = lower;
      else out = lower.replace(/\p{L}/u, (c) => c.toUpperCase());
      first = false;
      return out;
    })
    .join(" ");
}

/** Applied one by one, only while the name is still too long, so short names stay in full. */
const SINGKATAN: [RegExp, string][] = [
  // Jabatan
  [/\bKepala Sub Bagian\b/g, "Kasubag"],
  [/\bKepala Bidang\b/g, "Kabid"],
  [/\bKepala Seksi\b/g, "Kasi"],
  [/\bPekerja Sosial Ahli Muda\b/g, "Peksos AM"],
  [/\bPenyuluh Sosial Ahli Muda\b/g, "Penyuluh AM"],
  [/\bPengadministrasi\b/g, "Pengadm."],
  // Bidang and programme names, as the dinas and Kemensos abbreviate them
  [/\bPerlindungan dan Jaminan Sosial\b/g, "Linjamsos"],
  [/\bPenanganan Fakir Miskin\b/g, "PFM"],
  [/\bRehabilitasi Sosial\b/g, "Rehsos"],
  [/\bPemberdayaan Sosial\b/g, "Dayasos"],
  [/\bPerlindungan Sosial\b/g, "Linsos"],
  [/\bJaminan Sosial\b/g, "Jamsos"],
  [/\bBarang Milik Negara\b/g, "BMN"],
  [/\bLanjut Usia\b/g, "Lansia"],
  [/\bPenyandang Disabilitas\b/g, "Disabilitas"],
  [/\bKorban Perdagangan Orang\b/g, "KPO"],
  [/\bKomunitas Adat Terpencil\b/g, "KAT"],
  [/ dan /g, " & "],
  [/ serta /g, " & "],
  [/, /g, " "],
  // Single words, last
  [/\bPerencanaan\b/g, "Renc."],
  [/\bPengelolaan\b/g, "Pengel."],
  [/\bPemberdayaan\b/g, "Pemb."],
  [/\bPerlindungan\b/g, "Perl."],
  [/\bRehabilitasi\b/g, "Rehab."],
];
const SINGKATAN_BIDANG = SINGKATAN.slice(6, 10);

/** Short form of a bidang, to tell apart jabatan of the same name. */
export function singkatBidang(bidang: string): string {
  let out = titleCase(bidang).replace(/^Bidang /, "");
  for (const [re, by] of SINGKATAN_BIDANG) out = out.replace(re, by);
  return out;
}

export function singkat(name: string, max = MAX_SHEET_NAME_CHARS): string {
  let out = name;
  for (const [re, by] of SINGKATAN) {
    if (out.length <= max) break;
    out = out.replace(re, by);
  }
  return out;
}

/** Leading words of a keterangan that repeat the bidang (or say little), dropped first when too long. */
const AWALAN_KETERANGAN: [RegExp, string][] = [
  [/^(Perlindungan Sosial |Perlindungan )?Korban Bencana /, "Bencana "],
  [/^Rehabilitasi Sosial /, ""],
  [/^Pemberdayaan (Sosial )?/, ""],
  [/^Pengelolaan dan Penyaluran /, ""],
];

/**
 * "Jabatan (keterangan)" shortened within max: the jabatan abbreviated first, then the keterangan,
 * cut at a word when still too long; the parenthesis is always closed.
 */
function singkatDenganKeterangan(name: string, max: number): string {
  const m = /^(.*?)\s*\((.*)\)\s*$/.exec(name);
  if (!m || name.length <= max) return potong(singkat(name, max), max);
  let jabatan = m[1];
  for (const [re, by] of SINGKATAN.slice(0, 6)) jabatan = jabatan.replace(re, by);
  const ruang = max - jabatan.length - 3;
  if (ruang < 6) return potong(singkat(name, max), max);
  let keterangan = m[2];
  for (const [re, by] of AWALAN_KETERANGAN) {
    if (keterangan.length <= ruang) break;
    keterangan = keterangan.replace(re, by);
  }
  keterangan = potong(singkat(keterangan, ruang), ruang, true);
  return `${jabatan} (${keterangan})`;
}

/**
 * The readable base name of a jabatan's sheet (before uniqueness). A name the catalog uses in
 * several bidang gets the bidang in parentheses, e.g. "Pengadministrasi Umum (Rehsos)".
 */
export function namaDasarSheet(jabatan: Jabatan, katalog: CatalogIndex): string {
  const nama = titleCase(jabatan.nama);
  const berulang = katalog.jabatanByNama(jabatan.nama).length > 1;
  if (!berulang) return cleanSheetName(singkatDenganKeterangan(nama, MAX_SHEET_NAME_CHARS));
  return cleanSheetName(
    singkatDenganKeterangan(`${nama} (${singkatBidang(jabatan.bidang)})`, MAX_SHEET_NAME_CHARS)
  );
}

/** Hands out names unique ignoring case against the workbook and against each other. */
export class SheetNamer {
  private readonly taken = new Set<string>();

  constructor(existing: Iterable<string> = []) {
    for (const name of existing) this.taken.add(sheetKey(name));
  }

  has(name: string): boolean {
    return this.taken.has(sheetKey(name));
  }

  /** `base` if free, else "base (2)", "base (3)", ... with base shortened to stay within 31. */
  take(base: string): string {
    const clean = cleanSheetName(base);
    let name = clean;
    for (let n = 2; this.has(name); n++) {
      const akhiran = ` (${n})`;
      name = `${potong(clean, MAX_SHEET_NAME_CHARS - akhiran.length)}${akhiran}`;
    }
    this.taken.add(sheetKey(name));
    return name;
  }
}

/**
 * The key under which Excel compares sheet names: ignoring case, also outside ASCII ("ß" matches
 * "SS"). Every layer compares names through it (planner, adapter, clean-up, preview).
 */
export function sheetKey(name: string): string {
  return name.normalize("NFC").toLocaleUpperCase("en-US").toLocaleLowerCase("en-US");
}

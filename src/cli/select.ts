/** Which jabatan a CLI choice means, from the catalog; unknown names get the closest ones suggested. Pure. */
import { normalizeText, type CatalogIndex } from "../catalog";
import { wordsOf } from "../catalog/normalize";
import { editDistance } from "../catalog/edit-distance";
import { everyPrefixed } from "../catalog/search";
import type { Jabatan } from "../catalog/types";
import type { Pilihan } from "./args";
import { PROGRAM, pesan } from "./teks";

/** A jabatan found from part of its name: the output names it, so a wrong guess is seen at once. */
export interface Tebakan {
  teks: string;
  jabatan: Jabatan;
}

export type Selection =
  | {
      /** Each chosen jabatan once, in catalog order. */
      jabatan: Jabatan[];
      /** For the default file name. */
      slug: string;
      /** The --jabatan texts that were not an id or a full name, with the jabatan they matched. */
      tebakan: Tebakan[];
      /** Jabatan asked more than once (twice by --jabatan, or by --bidang and --jabatan): how often. */
      ganda: { jabatan: Jabatan; kali: number }[];
    }
  | { galat: string };

/** Edit distance (insert, delete, substitute, swap), for "did you mean": the catalog's own. */
export const distance = (a: string, b: string): number => editDistance(a, b);

/** 0..1: how far apart two texts are, relative to the longer one. */
function relativeDistance(a: string, b: string): number {
  return distance(a, b) / Math.max(a.length, b.length, 1);
}

/** Up to `limit` candidates closest to what was typed: word-prefix hits first, then by spelling. */
export function closest<T>(
  typed: string,
  items: T[],
  label: (x: T) => string,
  limit = 5,
  hits: T[] = []
): T[] {
  const t = normalizeText(typed);
  const scored = items
    .map((x) => {
      const name = normalizeText(label(x));
      // A typed fragment of a longer name ("kepegawaian") scores by its best-matching stretch.
      const part =
        name.length > t.length
          ? Math.min(...windows(name, t.length).map((w) => relativeDistance(t, w))) + 0.1
          : 1;
      return { x, d: Math.min(relativeDistance(t, name), part) };
    })
    .filter((s) => s.d <= 0.5)
    .sort((a, b) => a.d - b.d);
  const out: T[] = [...hits];
  for (const s of scored) if (!out.includes(s.x)) out.push(s.x);
  return out.slice(0, limit);
}

function windows(text: string, n: number): string[] {
  const out: string[] = [];
  for (let i = 0; i + n <= text.length; i++) out.push(text.slice(i, i + n));
  return out;
}

const jabatanLabel = (j: Jabatan) => `${j.nama} (id: ${j.id}; ${j.bidang})`;

function suggestion(heading: string, items: string[], closing: string): string {
  const lines = items.map((x) => `  - ${x}`).join("\n");
  return items.length > 0
    ? `${heading}\n${pesan.mungkinMaksud}\n${lines}\n${closing}`
    : `${heading}\n${closing}`;
}

/** At most this many jabatan are listed when a text matches several. */
const LIST_LIMIT = 10;

/**
 * Jabatan whose name or id has a word starting with each typed word ("sekretaris", "kepala dinas",
 * "pengadministrasi umum rehab"): ids add the bidang that tells apart names used twice.
 */
function jabatanByPrefix(text: string, katalog: CatalogIndex): Jabatan[] {
  const words = wordsOf(text);
  if (words.length === 0) return [];
  return katalog.jabatan.filter((j) =>
    everyPrefixed(words, [...wordsOf(j.nama), ...wordsOf(j.id)])
  );
}

type Resolved = { jabatan: Jabatan; tebakan: boolean } | { galat: string };

/** How far a typo may be from a whole name or id to be taken (0.25: "arsiparsi" for "arsiparis"). */
const CLOSE_ENOUGH = 0.25;

/** Jabatan whose whole name or id is within a typo or two of the text. */
function jabatanByTypo(text: string, katalog: CatalogIndex): Jabatan[] {
  const t = normalizeText(text);
  if (t.length < 4) return [];
  return katalog.jabatan.filter(
    (j) =>
      relativeDistance(t, normalizeText(j.nama)) <= CLOSE_ENOUGH ||
      relativeDistance(t, normalizeText(j.id)) <= CLOSE_ENOUGH
  );
}

function resolveJabatanText(text: string, katalog: CatalogIndex, perintah: string): Resolved {
  const byId = katalog.getJabatan(text.trim()) ?? katalog.getJabatan(normalizeText(text));
  if (byId) return { jabatan: byId, tebakan: false };
  const byNama = katalog.jabatanByNama(text);
  if (byNama.length === 1) return { jabatan: byNama[0], tebakan: false };
  if (byNama.length > 1)
    return {
      galat: pesan.jabatanGanda(
        text,
        byNama.map((j) => j.id)
      ),
    };
  const byPrefix = jabatanByPrefix(text, katalog);
  if (byPrefix.length === 1) return { jabatan: byPrefix[0], tebakan: true };
  if (byPrefix.length > 1) {
    const lines = byPrefix.slice(0, LIST_LIMIT).map((j) => `  - ${jabatanLabel(j)}`);
    if (byPrefix.length > LIST_LIMIT) lines.push(pesan.danLainnya(byPrefix.length - LIST_LIMIT));
    return {
      galat: [pesan.jabatanBeberapa(text), ...lines, pesan.lihatDaftar(perintah)].join("\n"),
    };
  }
  // A single close match is taken and named like a prefix guess; several are only suggested.
  const byTypo = jabatanByTypo(text, katalog);
  if (byTypo.length === 1) return { jabatan: byTypo[0], tebakan: true };
  const hits = katalog
    .searchJabatan(text, 3)
    .filter((j) => normalizeText(j.nama).includes(normalizeText(text)));
  const similar = closest(text, katalog.jabatan, (j) => j.nama, 5, hits);
  return {
    galat: suggestion(
      pesan.jabatanTidakDikenal(text),
      similar.map(jabatanLabel),
      pesan.lihatDaftar(perintah)
    ),
  };
}

/** A bidang by its name, with or without "Bidang", or by a part of it that names one bidang only. */
function resolveBidangText(text: string, katalog: CatalogIndex): string | { galat: string } {
  const t = normalizeText(text).replace(/^bidang /, "");
  const names = katalog.listBidang();
  const exact = names.find((b) => normalizeText(b).replace(/^bidang /, "") === t);
  if (exact) return exact;
  const part = t === "" ? [] : names.filter((b) => normalizeText(b).includes(t));
  if (part.length === 1) return part[0];
  if (part.length > 1) return { galat: pesan.bidangGanda(text, part) };
  const similar = closest(text, names, (b) => b, 3);
  return {
    galat: suggestion(
      pesan.bidangTidakDikenal(text),
      similar,
      `${pesan.daftarBidang} ${names.join("; ")}.`
    ),
  };
}

export const slugOf = (text: string) =>
  normalizeText(text)
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "");

/**
 * The jabatan of a choice in catalog order, each once; all errors reported together. `perintah`:
 * how the user started the program, for the hints (perintah.ts).
 */
export function selectJabatan(
  pilihan: Pilihan,
  katalog: CatalogIndex,
  perintah = PROGRAM
): Selection {
  if (pilihan.semua) {
    const slug = slugOf(katalog.instansi.nama);
    return { jabatan: [...katalog.jabatan], slug, tebakan: [], ganda: [] };
  }
  const counts = new Map<Jabatan, number>();
  const add = (j: Jabatan) => counts.set(j, (counts.get(j) ?? 0) + 1);
  const tebakan: Tebakan[] = [];
  const errors: string[] = [];
  const slugs: string[] = [];
  for (const b of pilihan.bidang) {
    const bidang = resolveBidangText(b, katalog);
    if (typeof bidang !== "string") errors.push(bidang.galat);
    else {
      katalog.jabatanInBidang(bidang).forEach(add);
      slugs.push(slugOf(bidang.replace(/^Bidang /, "")));
    }
  }
  for (const text of pilihan.jabatan) {
    const j = resolveJabatanText(text, katalog, perintah);
    if ("galat" in j) errors.push(j.galat);
    else {
      add(j.jabatan);
      slugs.push(j.jabatan.id);
      if (j.tebakan) tebakan.push({ teks: text, jabatan: j.jabatan });
    }
  }
  if (errors.length > 0) return { galat: errors.join("\n\n") };
  const jabatan = katalog.jabatan.filter((j) => counts.has(j));
  const ganda = jabatan.flatMap((j) =>
    (counts.get(j) ?? 0) > 1 ? [{ jabatan: j, kali: counts.get(j) ?? 0 }] : []
  );
  const slug = slugs.length === 1 ? slugs[0] : `${jabatan.length}-jabatan`;
  return { jabatan, slug, tebakan, ganda };
}

/** The jabatan to write with --boleh-ganda: one sheet per request, the copies next to the first. */
export function jabatanDenganGanda(selection: {
  jabatan: Jabatan[];
  ganda: { jabatan: Jabatan; kali: number }[];
}): Jabatan[] {
  const counts = new Map(selection.ganda.map((g) => [g.jabatan, g.kali]));
  return selection.jabatan.flatMap((j) => Array<Jabatan>(counts.get(j) ?? 1).fill(j));
}

/** For --daftar: each bidang with its jabatan (id and name). */
export function daftarJabatan(katalog: CatalogIndex): string {
  return katalog
    .listBidang()
    .map(
      (b) =>
        `${b}:\n${katalog
          .jabatanInBidang(b)
          .map((j) => `  ${j.id.padEnd(48)} ${j.nama}`)
          .join("\n")}`
    )
    .join("\n\n");
}

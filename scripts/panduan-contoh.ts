/**
 * Reads the worked examples of docs/panduan.md back out of its markdown, so the guide itself is the
 * one source: the test recomputes them with src/capaian, the screenshot script types them into the
 * preview. Plain line parsing (marked is ESM-only and the tables are simple pipe tables).
 */

export const TRIWULAN = ["TW I", "TW II", "TW III", "TW IV"] as const;

/** One input row of an example: "Pembilang", "Penyebut", "Nilai" or "Nilai (%)". */
export interface BarisContoh {
  label: string;
  target: number | null;
  /** TW I..IV; null where the guide leaves the cell empty (not reported yet). */
  triwulan: (number | null)[];
}

/** What the guide says the sheet shows for the example. */
export interface HasilContoh {
  cara: string;
  polaritas: string;
  realisasi: number;
  capaian: number;
  predikatLima: string;
  predikatPermenpan: string;
}

export interface Contoh {
  /** "A", "B", "C" of the heading "### Contoh A: …". */
  kode: string;
  baris: BarisContoh[];
  hasil: HasilContoh;
}

/** A number written the Indonesian way ("1.000" = 1000, "105,56" = 105.56); "" is null. */
export function angka(text: string): number | null {
  const t = text.trim();
  if (t === "") return null;
  if (!/^-?[\d.]+(,\d+)?$/.test(t)) throw new Error(`Bukan angka: "${text}"`);
  return Number(t.replace(/\./g, "").replace(",", "."));
}

const cellsOf = (line: string): string[] =>
  line
    .trim()
    .replace(/^\|/, "")
    .replace(/\|$/, "")
    .split("|")
    .map((c) => c.trim());

/** Every pipe table of a text: its header cells and body rows. */
export function tables(md: string): { header: string[]; rows: string[][] }[] {
  const lines = md.split("\n").map((l) => l.trim());
  const found: { header: string[]; rows: string[][] }[] = [];
  for (let i = 0; i + 1 < lines.length; i++) {
    if (!lines[i].startsWith("|") || !/^\|[-|: ]+\|$/.test(lines[i + 1])) continue;
    const rows: string[][] = [];
    let j = i + 2;
    for (; j < lines.length && lines[j].startsWith("|"); j++) rows.push(cellsOf(lines[j]));
    found.push({ header: cellsOf(lines[i]), rows });
    i = j;
  }
  return found;
}

/** The text under a heading, up to the next heading of the same or a higher level. */
function sections(md: string, pattern: RegExp): { match: RegExpExecArray; body: string }[] {
  const lines = md.split("\n");
  const out: { match: RegExpExecArray; body: string }[] = [];
  lines.forEach((line, i) => {
    const match = pattern.exec(line);
    if (!match) return;
    const end = lines.findIndex((l, k) => k > i && /^#{1,3} /.test(l));
    out.push({ match, body: lines.slice(i + 1, end < 0 ? undefined : end).join("\n") });
  });
  return out;
}

function hasil(row: string[], kode: string): HasilContoh {
  const [cara, polaritas, realisasi, capaian, predikatLima, predikatPermenpan] = row;
  const r = angka(realisasi);
  const c = angka(capaian);
  if (r === null || c === null) throw new Error(`Contoh ${kode}: realisasi atau capaian kosong`);
  return { cara, polaritas, realisasi: r, capaian: c, predikatLima, predikatPermenpan };
}

/** The examples "### Contoh X: …": an input table (first header "Baris") and a result table ("Cara"). */
export function contohPanduan(md: string): Contoh[] {
  return sections(md, /^### Contoh ([A-Z])\b/).map(({ match, body }) => {
    const kode = match[1];
    const all = tables(body);
    const input = all.find((t) => t.header[0] === "Baris");
    const result = all.find((t) => t.header[0] === "Cara");
    if (!input || !result) throw new Error(`Contoh ${kode}: tabel isian atau hasil tidak ada`);
    const col = (name: string) => input.header.indexOf(name);
    const baris = input.rows.map((row) => ({
      label: row[0],
      target: angka(row[col("Target")] ?? ""),
      triwulan: TRIWULAN.map((tw) => angka(row[col(tw)] ?? "")),
    }));
    return { kode, baris, hasil: hasil(result.rows[0], kode) };
  });
}

/** The predikat table of the guide: whole-percent capaian ranges and the label on each scale. */
export function tabelPredikat(
  md: string
): { dari: number; sampai: number; lima: string; permenpan: string }[] {
  const table = tables(md).find((t) => t.header[0] === "Capaian (%)");
  if (!table) throw new Error("Tabel predikat tidak ada");
  return table.rows.map(([range, lima, permenpan]) => {
    const lebih = /^(\d+) atau lebih$/.exec(range);
    const kurang = /^(\d+) atau kurang$/.exec(range);
    const antara = /^(\d+)–(\d+)$/.exec(range);
    if (lebih) return { dari: Number(lebih[1]), sampai: Number(lebih[1]) + 50, lima, permenpan };
    if (kurang) return { dari: 0, sampai: Number(kurang[1]), lima, permenpan };
    if (antara) return { dari: Number(antara[1]), sampai: Number(antara[2]), lima, permenpan };
    if (/^\d+$/.test(range)) return { dari: Number(range), sampai: Number(range), lima, permenpan };
    throw new Error(`Rentang capaian tidak terbaca: "${range}"`);
  });
}

/** The images a markdown text shows: `![alt](path)`, paths as written. */
export function gambar(md: string): string[] {
  return [...md.matchAll(/!\[[^\]]*\]\(([^)\s]+)\)/g)].map((m) => m[1]);
}

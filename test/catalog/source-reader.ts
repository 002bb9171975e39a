/**
 * An independent reader of the Keputusan, for the completeness test. It shares no code with
 * scripts/catalog (the extractor): if both read the document the same wrong way the test would
 * prove nothing, so this one reads it differently, section by section between the
 * "INDIKATOR KINERJA INDIVIDU" titles, and keeps formulas as text chunks, not parsed fractions.
 */
import * as fs from "fs";
import * as path from "path";

export const SOURCE_PATH = path.resolve(
  __dirname,
  "../../docs/sumber/keputusan-iki-dinsos-kab-malang-2024.md"
);

export interface SourceRow {
  /** KINERJA, carried down from the row above when the cell is empty. */
  kinerja: string;
  indikator: string;
  /** The formula cell as written. */
  formulaCell: string;
  sumberData: string;
}

export interface SourceSection {
  nama: string;
  tugas: string[];
  rows: SourceRow[];
}

/** Markup-free, whitespace-collapsed text. */
export function plain(s: string): string {
  return s
    .replace(/<\/?[a-z][^>]*>/gi, " ")
    .replace(/\*/g, "")
    .split(/\s+/)
    .filter(Boolean)
    .join(" ");
}

/**
 * The readable pieces of a formula cell, in order, without the "x 100%" factor: for
 * \frac{\text{A}}{\text{B}} that is [A, B]; for HTML <p>A</p> <p>X100%</p> <p>B</p> also [A, B];
 * for a difference of sums in the numerator [A1, A2, B]. A plain-text formula gives one piece.
 */
export function formulaPieces(cell: string): string[] {
  if (cell.includes("\\text{")) {
    return [...cell.matchAll(/\\text\{([^}]*)\}/g)].map((m) => plain(m[1]));
  }
  return cell
    .split(/<[^>]+>/)
    .map((piece) => plain(piece.replace(/x\s*100\s*%/i, "")))
    .filter((piece) => piece !== "");
}

/** Lower-case words of a formula, any markup and the x 100% factor left out. */
export function formulaWords(text: string): string[] {
  return text
    .replace(/(\\times|\bx)\s*100\s*\\?%/gi, " ")
    .replace(/\\[a-z]+/gi, " ")
    .replace(/<[^>]+>/g, " ")
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
}

const TITLE = "INDIKATOR KINERJA INDIVIDU";

export function readSections(markdown: string): SourceSection[] {
  const lampiran = markdown.slice(markdown.search(/^Lampiran\s*:/m));
  const lines = lampiran.split("\n");
  // Each jabatan stands under its own title line ("**INDIKATOR ...**", "## ...", "### ...").
  const titleAt = lines
    .map((l, i) => (plain(l.replace(/^#+/, "")) === TITLE ? i : -1))
    .filter((i) => i >= 0);
  return titleAt.map((from, k) =>
    readSection(lines.slice(from + 1, titleAt[k + 1] ?? lines.length))
  );
}

function readSection(lines: string[]): SourceSection {
  const jabatanLines = lines.filter((l) => /^\s*\d+\.\s*\**jabatan\**\s*:/i.test(l));
  if (jabatanLines.length !== 1) {
    throw new Error(
      `Bagian dengan ${jabatanLines.length} baris JABATAN: ${lines.slice(0, 3).join(" | ")}`
    );
  }
  const nama = plain(jabatanLines[0].slice(jabatanLines[0].indexOf(":") + 1));

  const tugasStart = lines.findIndex((l) => /^\s*\d+\.\s*\**tugas\**\s*:/i.test(l));
  const tugas: string[] = [];
  for (const l of tugasStart < 0 ? [] : lines.slice(tugasStart + 1)) {
    if (l.trim() === "") continue;
    if (!/^\s*- /.test(l)) break;
    tugas.push(plain(l.replace(/^\s*- /, "").replace(/^[a-z]\.\s+/, "")));
  }

  const rows: SourceRow[] = [];
  let kinerjaAbove = "";
  for (const l of lines.filter((x) => x.includes("\t"))) {
    const [kinerja, indikator, formulaCell, sumberData, ...rest] = l.split("\t");
    if (rest.length > 0 || sumberData === undefined)
      throw new Error(`Baris tabel bukan 4 kolom: ${l}`);
    if (plain(indikator) === "INDIKATOR KINERJA") continue; // header row
    kinerjaAbove = plain(kinerja) || kinerjaAbove;
    rows.push({
      kinerja: kinerjaAbove,
      indikator: plain(indikator),
      formulaCell,
      sumberData: plain(sumberData),
    });
  }
  return { nama, tugas, rows };
}

export function readSourceFile(): { markdown: string; sections: SourceSection[] } {
  const markdown = fs.readFileSync(SOURCE_PATH, "utf8");
  return { markdown, sections: readSections(markdown) };
}

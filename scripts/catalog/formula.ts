/**
 * Turns a PENJELASAN/FORMULASI cell into plain text and decides the kind of indicator.
 * The source writes fractions as LaTeX (\frac{..}{..} \times 100\%) or as HTML <p> fragments
 * with "X100%"; a formula without a fraction is a count.
 */
import type { JenisIndikator } from "../../src/catalog/types";
import { cleanText } from "./read-source";

export interface ReadFormula {
  jenis: JenisIndikator;
  formulasi: string;
  pembilang: string | null;
  penyebut: string | null;
}

/** The content of the balanced {...} group opening at s[open]. */
function braceGroup(s: string, open: number): { body: string; end: number } {
  if (s[open] !== "{") throw new Error(`'{' diharapkan pada posisi ${open}: ${s}`);
  let depth = 0;
  for (let i = open; i < s.length; i++) {
    if (s[i] === "{") depth++;
    else if (s[i] === "}" && --depth === 0) return { body: s.slice(open + 1, i), end: i + 1 };
  }
  throw new Error(`Kurung kurawal tidak tertutup: ${s}`);
}

function latexToText(s: string): string {
  let out = s;
  // \text{..} may nest nothing here, so one pass per occurrence is enough.
  for (let at = out.indexOf("\\text"); at >= 0; at = out.indexOf("\\text")) {
    const { body, end } = braceGroup(out, out.indexOf("{", at));
    out = out.slice(0, at) + body + out.slice(end);
  }
  return cleanText(out.replace(/\\sum/g, " "));
}

function readLatexFraction(cell: string): [string, string] {
  const at = cell.indexOf("\\frac");
  const num = braceGroup(cell, cell.indexOf("{", at));
  const den = braceGroup(cell, num.end);
  return [latexToText(num.body), latexToText(den.body)];
}

const TIMES_100 = /X\s*100\s*%/gi;
const HAS_TIMES_100 = /X\s*100\s*%/i;

function readHtmlFraction(cell: string): [string, string] {
  const parts = [...cell.matchAll(/<p\b[^>]*>([\s\S]*?)<\/p>/gi)]
    .map((m) => cleanText(m[1].replace(TIMES_100, " ")))
    .filter((p) => p !== "");
  if (parts.length !== 2) throw new Error(`Pecahan HTML tidak terbaca (${parts.length} bagian): ${cell}`);
  return [parts[0], parts[1]];
}

export function readFormula(cell: string, indikator: string): ReadFormula {
  let fraction: [string, string] | undefined;
  if (cell.includes("\\frac")) fraction = readLatexFraction(cell);
  else if (/<p\b/i.test(cell) && HAS_TIMES_100.test(cell)) fraction = readHtmlFraction(cell);

  if (!fraction) {
    return { jenis: "jumlah", formulasi: cleanText(cell), pembilang: null, penyebut: null };
  }
  const [num, den] = fraction;
  // ((N-1) - N) / (N-1): the numerator is a difference of the two years' values.
  const difference = num.split(" - ");
  if (/penurunan/i.test(indikator) && difference.length === 2 && /N-1/.test(den)) {
    const [previous, current] = difference.map((t) => t.trim());
    return {
      jenis: "penurunan",
      formulasi: `(${previous} - ${current}) / ${den} x 100%`,
      pembilang: previous,
      penyebut: current,
    };
  }
  return { jenis: "persen", formulasi: `${num} / ${den} x 100%`, pembilang: num, penyebut: den };
}

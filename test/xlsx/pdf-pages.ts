/**
 * What lands on which printed page: a PDF read with `pdftotext -bbox` (poppler-utils) into pages of
 * positioned words, and the checks the print test makes on them. Text is compared "squashed"
 * (Unicode-normalised, all whitespace removed), so a line wrapped after a space or a hyphen reads
 * the same as the plan's text.
 */
import { execFileSync } from "child_process";

export interface Word {
  text: string;
  xMin: number;
  yMin: number;
  xMax: number;
  yMax: number;
}

export interface Page {
  width: number;
  height: number;
  words: Word[];
}

const ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };

function decode(s: string): string {
  return s.replace(/&(amp|lt|gt|quot|apos|#\d+|#x[0-9a-f]+);/gi, (_, e: string) => {
    if (e[0] !== "#") return ENTITIES[e.toLowerCase()];
    return String.fromCodePoint(e[1] === "x" ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10));
  });
}

/** The pages of a PDF, each with its words and their boxes (points, origin top-left). */
export function pdfPages(pdftotext: string, pdf: string): Page[] {
  const html = execFileSync(pdftotext, ["-bbox", pdf, "-"], {
    encoding: "utf8",
    maxBuffer: 256 * 1024 * 1024,
  });
  const pages: Page[] = [];
  const pageRe = /<page width="([\d.]+)" height="([\d.]+)">([\s\S]*?)<\/page>/g;
  const wordRe =
    /<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g;
  for (const [, width, height, body] of html.matchAll(pageRe)) {
    const words: Word[] = [];
    for (const [, x1, y1, x2, y2, text] of body.matchAll(wordRe))
      words.push({ text: decode(text), xMin: +x1, yMin: +y1, xMax: +x2, yMax: +y2 });
    pages.push({ width: +width, height: +height, words });
  }
  return pages;
}

/** Unicode-normalised, without any whitespace: how texts are compared. */
export function squash(text: string): string {
  return text.normalize("NFKC").replace(/\s+/g, "");
}

/** Words in reading order: lines top to bottom (a line: tops within 2 points), left to right. */
export function readingOrder(words: Word[]): Word[] {
  const sorted = [...words].sort((a, b) => a.yMin - b.yMin);
  const lines: Word[][] = [];
  for (const w of sorted) {
    const line = lines[lines.length - 1];
    if (line && Math.abs(line[0].yMin - w.yMin) <= 2) line.push(w);
    else lines.push([w]);
  }
  return lines.flatMap((line) => line.sort((a, b) => a.xMin - b.xMin));
}

/** The words (in the given order) that spell `text` once squashed, or undefined when absent. */
export function locate(words: Word[], text: string): Word[] | undefined {
  const target = squash(text);
  if (target === "") return [];
  let joined = "";
  const ends: number[] = [];
  for (const w of words) {
    joined += squash(w.text);
    ends.push(joined.length);
  }
  const at = joined.indexOf(target);
  if (at < 0) return undefined;
  const first = ends.findIndex((end) => end > at);
  const last = ends.findIndex((end) => end >= at + target.length);
  return words.slice(first, last + 1);
}

/** Words whose box lies within [x1, x2], in reading order. */
export function wordsBetween(words: Word[], x1: number, x2: number): Word[] {
  return readingOrder(words.filter((w) => w.xMin >= x1 - 1 && w.xMax <= x2 + 1));
}

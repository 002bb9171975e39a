/**
 * How tall a wrapped text is: the planner sets row heights itself, because Excel does not autofit
 * rows whose text sits in merged cells and a file keeps only the heights it stores. A row too short
 * cuts the text on screen and on paper; a row a little too tall costs nothing. So the estimate is
 * generous: lines are wrapped word by word as Excel does, characters are measured from Calibri's own
 * advance widths (also close, relative to the digit, to the DejaVu Sans that LibreOffice substitutes
 * where Calibri is missing) and 10% wider than that, 15 points a line at 11 pt plus a margin. Pure.
 */
import { MAX_ROW_HEIGHT } from "./excel-limits";

/** Character widths relative to the digit "0", which is what a column-width unit measures. */
const SEMPIT = new Set("iljIftr.,:;'!|()[]{} ");
const LEBAR = new Set("mwMW%@&");
function lebarHuruf(ch: string): number {
  if (SEMPIT.has(ch)) return ch === "r" || ch === "t" || ch === "f" ? 0.7 : 0.5;
  if (LEBAR.has(ch)) return 1.6;
  if (ch >= "A" && ch <= "Z") return 1.2;
  if (ch === "s" || ch === "z" || ch === "c" || ch === "-" || ch === "/") return 0.85;
  return 1.05;
}

/** Generosity: bold, other fonts and Excel's own rounding all run wider than the table says. */
const CADANGAN = 1.1;
/** Points per line of an 11 pt text (Excel's default row height), and the margin of a cell. */
const TINGGI_BARIS = 15;
const TEPI = 3;

export interface TeksSel {
  text: string;
  /** Width in Excel's character units (for a merged cell: the sum of its columns). */
  width: number;
  /** Points; 11 when absent. */
  fontSize?: number;
  bold?: boolean;
}

/**
 * Widths of words already measured: a whole dinas plans the same notes, tugas and column texts on
 * every sheet, and measuring them letter by letter was most of the planning time. Bounded, since
 * names typed by users are words too.
 */
const lebarTerukur = new Map<string, number>();
const KATA_TERUKUR_MAKS = 20000;

/** Width of a word in column-width units at 11 pt (regular). */
function lebarKata(word: string): number {
  const known = lebarTerukur.get(word);
  if (known !== undefined) return known;
  let w = 0;
  for (const ch of word) w += lebarHuruf(ch);
  if (lebarTerukur.size >= KATA_TERUKUR_MAKS) lebarTerukur.clear();
  lebarTerukur.set(word, w * CADANGAN);
  return w * CADANGAN;
}

/** Lines one paragraph takes when wrapped at word boundaries into `width` units. */
function barisParagraf(paragraph: string, width: number): number {
  const words = paragraph.split(/ +/).filter((w) => w !== "");
  if (words.length === 0) return 1;
  const spasi = lebarKata(" ");
  let lines = 1;
  let used = 0;
  for (const word of words) {
    let w = lebarKata(word);
    if (used > 0 && used + spasi + w <= width) {
      used += spasi + w;
      continue;
    }
    if (used > 0) lines++;
    // A word longer than the line is broken across lines, as Excel does.
    while (w > width) {
      lines++;
      w -= width;
    }
    used = w;
  }
  return lines;
}

/** Lines the text takes in a cell of the given width and font. */
export function jumlahBaris({ text, width, fontSize = 11, bold = false }: TeksSel): number {
  const skala = (fontSize / 11) * (bold ? 1.08 : 1);
  const lebar = Math.max(1, width / skala);
  return text.split("\n").reduce((n, p) => n + barisParagraf(p, lebar), 0);
}

/** Row height (points) that shows every text in full: the tallest of them, at least `minLines`. */
export function tinggiUntuk(texts: TeksSel[], minLines = 1): number {
  let tinggi = minLines * TINGGI_BARIS;
  for (const t of texts) {
    const perBaris = TINGGI_BARIS * ((t.fontSize ?? 11) / 11);
    const n = jumlahBaris(t);
    if (n > 1 || t.text.trim() !== "") tinggi = Math.max(tinggi, n * perBaris + (n > 1 ? TEPI : 0));
  }
  return Math.min(MAX_ROW_HEIGHT, Math.ceil(tinggi));
}

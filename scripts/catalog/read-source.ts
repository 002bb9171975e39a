/**
 * Reads the Lampiran of the Keputusan (markdown conversion of the PDF) into raw blocks:
 * one per JABATAN heading, with its task list and its indicator table rows, cell text as written.
 * Only the layout is interpreted here; the meaning of formulas is decided in formula.ts.
 */

export interface RawRow {
  kinerja: string;
  indikator: string;
  /** The formula cell with its markup (LaTeX, HTML) untouched. */
  formula: string;
  sumberData: string;
}

export interface RawJabatan {
  nama: string;
  /** 1-based line of the heading, for messages. */
  line: number;
  tugas: string[];
  rows: RawRow[];
}

// Headings are written "1. JABATAN : X", "1. Jabatan : X", "1. **JABATAN** : **X**".
const JABATAN_HEADING = /^\s*1\.\s*(?:\*\*)?jabatan(?:\*\*)?\s*:\s*(.+?)\s*$/i;
const TUGAS_HEADING = /^\s*2\.\s*(?:\*\*)?tugas(?:\*\*)?\s*:\s*$/i;
// Tasks are "- a. text" or plain "- text", sometimes indented by the conversion.
const TASK_ITEM = /^\s*-\s+(?:[a-z]\.\s+)?(.+?)\s*$/;

/** Whitespace collapsed, markdown emphasis and HTML tags removed. */
export function cleanText(s: string): string {
  return s
    .replace(/<[^>]*>/g, " ")
    .replace(/\*+/g, "")
    .replace(/\s+/g, " ")
    .trim();
}

export function readSource(markdown: string): RawJabatan[] {
  const lines = markdown.split(/\r?\n/);
  // Everything before the Lampiran (the Menimbang/Mengingat lists) is not catalog data.
  const start = lines.findIndex((l) => /^\s*Lampiran\s*:/.test(l));
  if (start < 0) throw new Error("Lampiran tidak ditemukan dalam dokumen sumber");

  const result: RawJabatan[] = [];
  let current: RawJabatan | undefined;
  let inTugas = false;
  let lastKinerja = "";

  for (let i = start; i < lines.length; i++) {
    const line = lines[i];
    const heading = JABATAN_HEADING.exec(line);
    if (heading) {
      current = { nama: cleanText(heading[1]), line: i + 1, tugas: [], rows: [] };
      result.push(current);
      inTugas = false;
      lastKinerja = "";
      continue;
    }
    if (!current) continue;
    if (TUGAS_HEADING.test(line)) {
      inTugas = true;
      continue;
    }
    if (line.includes("\t")) {
      inTugas = false;
      const cells = line.split("\t").map((c) => c.trim());
      if (cleanText(cells[0]).toUpperCase() === "KINERJA") {
        lastKinerja = ""; // a new table header
        continue;
      }
      if (cells.length !== 4) {
        throw new Error(`Baris tabel ${i + 1}: ${cells.length} sel, diharapkan 4`);
      }
      // An empty KINERJA cell continues the KINERJA of the row above.
      const kinerja = cleanText(cells[0]) || lastKinerja;
      if (!kinerja) throw new Error(`Baris tabel ${i + 1}: KINERJA kosong tanpa baris di atasnya`);
      lastKinerja = kinerja;
      current.rows.push({
        kinerja,
        indikator: cleanText(cells[1]),
        formula: cells[2],
        sumberData: cleanText(cells[3]),
      });
      continue;
    }
    if (inTugas) {
      const item = TASK_ITEM.exec(line);
      if (item) current.tugas.push(cleanText(item[1]));
      else if (line.trim() !== "") inTugas = false;
    }
  }
  return result;
}

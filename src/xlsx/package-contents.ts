/**
 * What a workbook's sheets hold beyond cells, counted from the package: charts, pivot tables,
 * pictures and shapes, slicers, comments, tables, embedded objects, and the workbook's macros and
 * links to other workbooks (`nama`, a defined name, is listed by defined-names.ts instead).
 * Writing OUT from IN goes through ExcelJS, which carries some of these (pictures, notes, tables)
 * and drops others (charts, pivots, slicers, threaded comments, macros...): counting both packages
 * and comparing tells what was lost, whatever ExcelJS's version does, so nothing vanishes silently.
 */
import type JSZip from "jszip";
import { partRels, type SheetPackage } from "./package-read";

export type Bawaan =
  | "grafik"
  | "pivot"
  | "gambar"
  | "slicer"
  | "komentar"
  | "komentarBerutas"
  | "tabel"
  | "objek"
  | "makro"
  | "tautanLuar"
  | "nama";

/** Something of IN that OUT does not carry; `sheet` "" is the workbook itself (macros). */
export interface Hilang {
  sheet: string;
  apa: Bawaan;
}

export type Isi = Map<Bawaan, number>;

/** Relationship type (last segment) of a worksheet -> what it holds. */
const BY_REL: Record<string, Bawaan> = {
  pivotTable: "pivot",
  slicer: "slicer",
  timeline: "slicer",
  comments: "komentar",
  threadedComment: "komentarBerutas",
  table: "tabel",
  oleObject: "objek",
  control: "objek",
  package: "objek",
};

const count = (text: string, tag: RegExp) => (text.match(tag) ?? []).length;

function add(isi: Isi, apa: Bawaan, n = 1): void {
  if (n > 0) isi.set(apa, (isi.get(apa) ?? 0) + n);
}

/** A drawing part: its charts (one chart part each) and its pictures and shapes (by anchor). */
async function drawingContents(zip: JSZip, part: string, isi: Isi): Promise<void> {
  const xml = (await zip.file(part)?.async("string")) ?? "";
  for (const rel of await partRels(zip, part))
    if (rel.type === "chart" || rel.type === "chartEx") add(isi, "grafik");
  add(isi, "gambar", count(xml, /<(\w+:)?(pic|sp|cxnSp)>/g));
}

/** What one sheet holds, by kind. */
export async function sheetContents(zip: JSZip, sheet: SheetPackage): Promise<Isi> {
  const isi: Isi = new Map();
  for (const rel of sheet.rels) {
    if (rel.external) continue;
    if (rel.type === "drawing") await drawingContents(zip, rel.target, isi);
    else if (BY_REL[rel.type]) add(isi, BY_REL[rel.type]);
  }
  return isi;
}

/** Per sheet name, and "" for the workbook (its macros). */
export async function packageContents(
  zip: JSZip,
  sheets: Map<string, SheetPackage>
): Promise<Map<string, Isi>> {
  const out = new Map<string, Isi>();
  const workbook: Isi = new Map();
  for (const rel of await partRels(zip, "xl/workbook.xml"))
    if (rel.type === "vbaProject") add(workbook, "makro");
    else if (rel.type === "externalLink") add(workbook, "tautanLuar");
  out.set("", workbook);
  for (const [name, sheet] of sheets) out.set(name, await sheetContents(zip, sheet));
  return out;
}

/**
 * What IN holds that OUT does not: per IN sheet, each kind OUT's sheet of the same name (`tujuan`
 * maps a sheet that was replaced under another name) has fewer of. A rewritten rekap carries its
 * chart again (grafik-part.ts), so its IN chart is not lost.
 */
export function hilangAntara(
  masuk: Map<string, Isi>,
  keluar: Map<string, Isi>,
  tujuan: (sheet: string) => string
): Hilang[] {
  const out: Hilang[] = [];
  for (const [sheet, isi] of masuk) {
    const sisa = keluar.get(sheet === "" ? "" : tujuan(sheet));
    for (const [apa, n] of isi) if ((sisa?.get(apa) ?? 0) < n) out.push({ sheet, apa });
  }
  return out;
}

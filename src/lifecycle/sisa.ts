/**
 * The sisa block: typed values a replanned sheet has no place for, kept below the signature as plain
 * values (a formula as its text) in input cells, so the user sees them, copies what is still needed
 * and clears the rest. A later refresh finds the block by its title and keeps it again.
 */
import { isian } from "../template/iki-frame";
import type { SheetPlan } from "../template/plan";
import { rect } from "../template/rect";
import { SheetBuilder } from "../template/sheet-builder";
import { gaya } from "../template/styles";
import { isiSel, samaTeks, sebagaiNilai } from "./sel";
import { teks } from "./teks";
import type { Isi, SheetRead, Sisa } from "./types";

/** Columns of the block: No (A), Asal (B:C), Isian (D:F), Nilai (G). */
const KOL = { no: 0, asal: [1, 2], isian: [3, 5], nilai: 6 } as const;
/** Columns A..G: what the block holds (a note beside it is read like any other cell). */
export const LEBAR_SISA = KOL.nilai + 1;
/** Title, note, header: the entries start this many rows below the title. */
const MULAI = 3;

/** The block of an earlier refresh, searched from row `dari` down (below the signature). */
export function bacaSisa(
  read: SheetRead,
  dari: number
): { dari: number; sampai: number; entri: Sisa[] } | undefined {
  const rows = Math.max(read.formulas.length, read.values.length);
  for (let row = dari; row <= rows; row++) {
    const judul = isiSel(read, row, KOL.no);
    if (!judul || !("nilai" in judul) || typeof judul.nilai !== "string") continue;
    if (!samaTeks(judul.nilai, teks.sisa.judul)) continue;
    const entri: Sisa[] = [];
    let r = row + MULAI;
    for (; r <= rows; r++) {
      const nilai = isiSel(read, r, KOL.nilai);
      const asal = isiSel(read, r, KOL.asal[0]);
      const apa = isiSel(read, r, KOL.isian[0]);
      if (!nilai && !asal && !apa && !isiSel(read, r, KOL.no)) break;
      // An entry the user emptied is done with; its row is dropped.
      if (!nilai) continue;
      entri.push({ asal: teksDari(asal), isian: teksDari(apa), isi: nilai });
    }
    return { dari: row, sampai: r, entri };
  }
  return undefined;
}

const teksDari = (isi: Isi | undefined): string => (isi ? String(sebagaiNilai(isi)) : "");

/**
 * The plan with the sisa block from two rows below its last row; the plan itself when there is none.
 * `catatan`: the note under the title, saying where the values came from.
 */
export function tambahSisa(
  plan: SheetPlan,
  entri: Sisa[],
  catatan: string = teks.sisa.catatan
): SheetPlan {
  if (entri.length === 0) return plan;
  const b = new SheetBuilder(plan.columnWidths);
  const judul = plan.cells.length + 2;
  const akhir = plan.columnWidths.length - 1;
  b.mergeWith(rect(judul, [0, akhir]), teks.sisa.judul);
  b.format(rect(judul, [0, akhir]), { bold: true });
  b.mergeWrapped(rect(judul + 1, [0, akhir]), catatan);
  b.format(rect(judul + 1, [0, akhir]), gaya.catatan);
  const h = judul + 2;
  const [no, asal, apa, nilai] = teks.sisa.kolom;
  b.set(h, KOL.no, no);
  b.mergeWith(rect(h, KOL.asal), asal);
  b.mergeWith(rect(h, KOL.isian), apa);
  b.set(h, KOL.nilai, nilai);
  b.format(rect(h, [0, KOL.nilai]), gaya.header);
  entri.forEach((e, i) => {
    const r = h + 1 + i;
    b.set(r, KOL.no, i + 1);
    b.mergeWith(rect(r, KOL.asal), e.asal);
    b.mergeWith(rect(r, KOL.isian), e.isian);
    b.set(r, KOL.nilai, sebagaiNilai(e.isi));
  });
  const isi: [number, number] = [h + 1, h + entri.length];
  b.format(rect(isi, [0, KOL.nilai]), { ...gaya.tabel });
  b.format(rect(isi, [0, KOL.nilai]), isian);
  const extra = b.build({
    name: plan.name,
    kind: plan.kind,
    print: plan.print,
    freeze: plan.freeze,
    marker: plan.marker,
  });
  return {
    ...plan,
    cells: [...plan.cells, ...extra.cells.slice(plan.cells.length)],
    merges: [...plan.merges, ...extra.merges],
    formats: [...plan.formats, ...extra.formats],
    rowHeights: [...plan.rowHeights, ...extra.rowHeights],
  };
}

/**
 * What a user typed on an IKI sheet, read against the plan the sheet was made from (its jabatan in
 * the catalog of its marker): every input cell that differs from the planned default, by slot key;
 * every other cell that no longer holds what the plan put there (a number typed over a formula, an
 * edited heading, a note beside the table), so a rewrite can restore the cell and keep the value in
 * the sisa block; and the sisa block of an earlier refresh.
 */
import { cell } from "../template/a1";
import type { IkiLayout } from "../template/layout";
import { KOLOM } from "../template/layout";
import type { SheetPlan } from "../template/plan";
import { isiSel, samaDenganRencana } from "./sel";
import { LEBAR_SISA, bacaSisa } from "./sisa";
import type { Slot } from "./slots";
import { teks } from "./teks";
import type { Isi, SheetRead, Sisa } from "./types";

export interface IsianLembar {
  /** Typed values by slot key. */
  isian: Map<string, Isi>;
  /**
   * Cells outside the slots whose content differs from the plan (A1), with what they hold now;
   * `dipulihkan` when the plan has a formula or text there (restored on rewrite), else a note the
   * user typed where the plan has nothing (beside the table, below the signature).
   */
  diubah: { sel: string; isi?: Isi; dipulihkan: boolean }[];
  /** Entries of the sisa block an earlier refresh left. */
  sisaLama: Sisa[];
}

/**
 * The sheet's rows and columns still where its layout says: both header rows (every column), each
 * catalog indicator's text in its row, the notes' title under the table. A user who inserted or
 * deleted a row or a column moved every input; reading would mix them up.
 */
export function susunanUtuh(read: SheetRead, plan: SheetPlan, layout: IkiLayout): boolean {
  const checks: [number, number][] = [[layout.catatanJudul, KOLOM.no]];
  for (const row of [layout.header, layout.header + 1])
    for (let col = 0; col < plan.columnWidths.length; col++) checks.push([row, col]);
  for (const blok of layout.blok) if (blok.indikator) checks.push([blok.baris, KOLOM.indikator]);
  return checks.every(([row, col]) =>
    samaDenganRencana(isiSel(read, row, col), plan.cells[row - 1]?.[col])
  );
}

export function bacaIsian(
  read: SheetRead,
  plan: SheetPlan,
  slots: Slot[],
  layout: IkiLayout
): IsianLembar {
  const isian = new Map<string, Isi>();
  const slotCells = new Set<string>();
  for (const s of slots) {
    slotCells.add(`${s.row}:${s.col}`);
    const isi = isiSel(read, s.row, s.col);
    if (isi && !samaDenganRencana(isi, plan.cells[s.row - 1]?.[s.col])) isian.set(s.key, isi);
  }
  const sisa = bacaSisa(read, layout.ttdNip + 1);
  const diubah: IsianLembar["diubah"] = [];
  const rows = Math.max(read.formulas.length, read.values.length);
  for (let row = 1; row <= rows; row++) {
    // The block's own columns; a note beside it is the user's like any other.
    const dalamSisa = sisa !== undefined && row >= sisa.dari && row <= sisa.sampai;
    const width = Math.max(read.formulas[row - 1]?.length ?? 0, read.values[row - 1]?.length ?? 0);
    for (let col = 0; col < width; col++) {
      if (slotCells.has(`${row}:${col}`) || (dalamSisa && col < LEBAR_SISA)) continue;
      const isi = isiSel(read, row, col);
      const planned = plan.cells[row - 1]?.[col];
      if (samaDenganRencana(isi, planned)) continue;
      const dipulihkan = planned !== undefined && planned !== null && planned !== "";
      diubah.push({ sel: cell(row, col), isi, dipulihkan });
    }
  }
  return { isian, diubah, sisaLama: sisa?.entri ?? [] };
}

/** The sisa entries of changed cells that still hold something (an emptied cell has nothing to keep). */
export function sisaDariDiubah(diubah: IsianLembar["diubah"]): Sisa[] {
  const out: Sisa[] = [];
  for (const d of diubah) {
    const isian = d.dipulihkan ? teks.slot.selDiubah : teks.slot.catatanLuar;
    if (d.isi) out.push({ asal: teks.slot.sel(d.sel), isian, isi: d.isi });
  }
  return out;
}

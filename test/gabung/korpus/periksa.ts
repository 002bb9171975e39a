/** Reading a merged sheet back for the end-to-end checks: its inputs as src/capaian's input, its sisa block. */
import { builtInCatalog } from "../../../src/catalog";
import type { Jabatan } from "../../../src/catalog/types";
import type { SheetRead } from "../../../src/lifecycle/types";
import { KOLOM, ikiLayout } from "../../../src/template";
import type { SheetPlan } from "../../../src/template/plan";
import { harapan, type BlokInput, type Num } from "../../template/support";
import type { Indicator } from "../../xlsx/support";

const nilai = (read: SheetRead, row: number, col: number) => read.values[row - 1]?.[col] ?? null;

function angka(read: SheetRead, row: number, col: number): Num {
  const v = nilai(read, row, col);
  if (typeof v === "number") return v;
  if (v === null || v === "") return null;
  throw new Error(`${read.name}!${row}:${col} holds ${JSON.stringify(v)}, not a number`);
}

const teks = (read: SheetRead, row: number, col: number) => String(nilai(read, row, col) ?? "");

/** Every indicator row of a merged IKI sheet with what src/capaian makes of the inputs it holds. */
export function indikatorDari(plan: SheetPlan, read: SheetRead): Indicator[] {
  const jabatan = builtInCatalog.getJabatan(plan.jabatanId ?? "") as Jabatan;
  return ikiLayout(jabatan).blok.map((blok) => {
    const r = blok.baris;
    const tw = (row: number) => KOLOM.triwulan.map((col) => angka(read, row, col));
    const input: BlokInput = {
      target: angka(read, r, KOLOM.target),
      tw: blok.pembilang === undefined ? tw(r) : [null, null, null, null],
      pembilang: blok.pembilang === undefined ? [] : tw(blok.pembilang),
      penyebut: blok.penyebut === undefined ? [] : tw(blok.penyebut),
      cara: teks(read, r, KOLOM.cara),
      polaritas: teks(read, r, KOLOM.keterangan),
    };
    return { sheet: plan.name, baris: r, input, expected: harapan(blok.indikator, input, "lima") };
  });
}

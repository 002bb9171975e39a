/**
 * Every real plan (every catalog jabatan plus the synthetic negative-polarity one) in a memory
 * workbook, where each indicator block sits, how to type generated inputs into it, and how its
 * computed cells differ from src/capaian. Shared by the formula tests of both hosts.
 */
import fc from "fast-check";
import { builtInCatalog } from "../../src/catalog";
import { catalog } from "../support/builtin-catalog";
import type { Indikator } from "../../src/catalog/types";
import type { IkiHostContext } from "../../src/preview/hyperformula-iki";
import { MemoryWorkbook } from "../../src/preview/memory-workbook";
import { cell, ikiLayout, KOLOM, planWorkbook, type SheetPlan } from "../../src/template";
import type { FormulaMode, SkalaPredikat } from "../../src/template/options";
import { harapan, JABATAN_SINTETIS, normal, options, type BlokInput, type Num } from "./support";

export interface Blok {
  sheet: string;
  indikator?: Indikator;
  baris: number;
  pembilang?: number;
  penyebut?: number;
}

export const JABATAN = [...catalog.jabatan, JABATAN_SINTETIS];

export interface Buku {
  wb: MemoryWorkbook;
  blok: Blok[];
  plans: SheetPlan[];
}

/** The whole dinas (and the synthetic jabatan) in one workbook; the rekap last when asked. */
export function workbook(
  mode: FormulaMode,
  skala: SkalaPredikat,
  host: IkiHostContext = {},
  rekap = false
): Buku {
  const plans = planWorkbook({
    katalog: builtInCatalog,
    jabatan: JABATAN,
    options: options({ mode, skala }),
    rekap,
    existing: [],
  });
  const wb = new MemoryWorkbook(host);
  wb.apply(plans);
  const blok: Blok[] = [];
  JABATAN.forEach((j, i) => {
    for (const b of ikiLayout(j).blok)
      blok.push({
        sheet: plans[i].name,
        indikator: b.indikator,
        baris: b.baris,
        pembilang: b.pembilang,
        penyebut: b.penyebut,
      });
  });
  return { wb, blok, plans };
}

/** Where inputs can be typed: the memory workbook, or the formula evaluator's workbook (src/formula). */
export type Masukan = Pick<MemoryWorkbook, "setCell" | "setCells">;

/** Types the inputs of a block: target and TW I..IV (G:K are adjacent), or target and the 2x4 pembilang/penyebut block. */
export function isi(wb: Masukan, b: Blok, input: BlokInput): void {
  if (b.pembilang !== undefined) {
    wb.setCell(b.sheet, cell(b.baris, KOLOM.target), input.target);
    wb.setCells(b.sheet, cell(b.pembilang, KOLOM.triwulan[0]), [input.pembilang, input.penyebut]);
  } else {
    wb.setCells(b.sheet, cell(b.baris, KOLOM.target), [[input.target, ...input.tw]]);
  }
  if (!b.indikator) {
    wb.setCell(b.sheet, cell(b.baris, KOLOM.cara), input.cara);
    wb.setCell(b.sheet, cell(b.baris, KOLOM.keterangan), input.polaritas);
  }
}

/** Differences between the sheet and src/capaian for one block, as readable lines. */
export function beda(
  wb: MemoryWorkbook,
  b: Blok,
  input: BlokInput,
  skala: SkalaPredikat
): string[] {
  const want = harapan(b.indikator, input, skala);
  const got = {
    tw: want.tw
      ? KOLOM.triwulan.map((col) => normal(wb.getValue(b.sheet, cell(b.baris, col))))
      : undefined,
    realisasi: normal(wb.getValue(b.sheet, cell(b.baris, KOLOM.realisasi))),
    capaian: normal(wb.getValue(b.sheet, cell(b.baris, KOLOM.capaian))),
    predikat: normal(wb.getValue(b.sheet, cell(b.baris, KOLOM.predikat))),
  };
  const out: string[] = [];
  for (const k of ["tw", "realisasi", "capaian", "predikat"] as const) {
    if (
      JSON.stringify(got[k]) !== JSON.stringify(want[k]) ||
      (typeof want[k] === "number" && !Object.is(got[k], want[k]))
    ) {
      out.push(
        `${b.sheet}!row ${b.baris} ${k}: sheet ${JSON.stringify(got[k])}, capaian ${JSON.stringify(want[k])} (input ${JSON.stringify(input)})`
      );
    }
  }
  return out;
}

/** Band edges: binary noise below an edge, and capaian that only the 2-decimal rounding lifts. */
const TEPI = [
  90.99999999999999, 91, 75.99999999999999, 76, 100.5, 99.5, 100.49999999999999, 98.49999999999999,
  59.5, 0.5, 50.99999999999999, 90.995, 90.994, 90.996, 75.995, 65.995, 50.995, 50.994,
];

const angka: fc.Arbitrary<Num> = fc
  .oneof(
    { arbitrary: fc.constant(null), weight: 4 },
    { arbitrary: fc.constant(0), weight: 1 },
    { arbitrary: fc.integer({ min: 0, max: 200 }), weight: 4 },
    { arbitrary: fc.double({ min: 0, max: 1e6, noNaN: true, noDefaultInfinity: true }), weight: 2 },
    {
      arbitrary: fc.double({ min: 1e250, max: 1e300, noNaN: true, noDefaultInfinity: true }),
      weight: 1,
    },
    {
      arbitrary: fc.double({ min: 1e-300, max: 1e-250, noNaN: true, noDefaultInfinity: true }),
      weight: 1,
    },
    { arbitrary: fc.constantFrom(...TEPI), weight: 1 }
  )
  .map((v) => (v === null ? null : v + 0));

const empat = fc.array(angka, { minLength: 4, maxLength: 4 });

export const KOSONG: BlokInput = {
  target: null,
  tw: [null, null, null, null],
  pembilang: [null, null, null, null],
  penyebut: [null, null, null, null],
  cara: "kumulatif",
  polaritas: "positif",
};

/** Blank rows, partly filled years, zeros, empty targets, huge and tiny values, band edges. */
export const blokInput: fc.Arbitrary<BlokInput> = fc.oneof(
  { arbitrary: fc.constant(KOSONG), weight: 1 },
  {
    arbitrary: fc.record({
      target: angka,
      tw: empat,
      pembilang: empat,
      penyebut: empat,
      cara: fc.constantFrom(
        "kumulatif",
        "nilai akhir",
        "Nilai Akhir",
        " nilai akhir ",
        "",
        "lainnya"
      ),
      // What the list offers, as typed in another case or with spaces, blank, and a pasted other text.
      polaritas: fc.constantFrom(
        "positif",
        "negatif",
        "negatif",
        "Negatif",
        " negatif ",
        "",
        "lainnya"
      ),
    }),
    weight: 6,
  }
);

/** fast-check settings of these tests: replayable, stop at the first failure with a short report. */
export function runs(numRuns: number, seed: number): fc.Parameters<[BlokInput[]]> {
  return {
    numRuns,
    seed,
    endOnFailure: true,
    reporter: (r) => {
      if (r.failed) throw new Error(String(r.errorInstance).slice(0, 3000));
    },
  };
}

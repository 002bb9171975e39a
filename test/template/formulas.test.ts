/**
 * The sheet's formulas, evaluated by HyperFormula (IKI.* plugin) through the memory workbook, give
 * what src/capaian computes for the same typed inputs: every indicator of every jabatan, both modes,
 * both predikat scales, generated inputs (blank rows, partly filled triwulan, zeros, target 0, huge
 * and tiny values, band edges), and the empty rows of jabatan without indicators.
 */
import fc from "fast-check";
import { catalog } from "../../src/catalog";
import type { Indikator } from "../../src/catalog/types";
import { MemoryWorkbook } from "../../src/preview/memory-workbook";
import { cell, ikiLayout, KOLOM, planWorkbook } from "../../src/template";
import type { FormulaMode, SkalaPredikat } from "../../src/template/options";
import {
  harapan,
  JABATAN_SINTETIS,
  MODES,
  normal,
  options,
  SKALA,
  type BlokInput,
  type Num,
} from "./support";

interface Blok {
  sheet: string;
  indikator?: Indikator;
  baris: number;
  pembilang?: number;
  penyebut?: number;
}

const JABATAN = [...catalog.jabatan, JABATAN_SINTETIS];

function workbook(mode: FormulaMode, skala: SkalaPredikat): { wb: MemoryWorkbook; blok: Blok[] } {
  const plans = planWorkbook({
    jabatan: JABATAN,
    options: options({ mode, skala }),
    rekap: false,
    existing: [],
  });
  const wb = new MemoryWorkbook();
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
  return { wb, blok };
}

/** Types the inputs of a block: target and TW I..IV (G:K are adjacent), or target and the 2x4 pembilang/penyebut block. */
function isi(wb: MemoryWorkbook, b: Blok, input: BlokInput): void {
  if (b.pembilang !== undefined) {
    wb.setCell(b.sheet, cell(b.baris, KOLOM.target), input.target);
    wb.setCells(b.sheet, cell(b.pembilang, KOLOM.triwulan[0]), [input.pembilang, input.penyebut]);
  } else {
    wb.setCells(b.sheet, cell(b.baris, KOLOM.target), [[input.target, ...input.tw]]);
  }
  if (!b.indikator) wb.setCell(b.sheet, cell(b.baris, KOLOM.cara), input.cara);
}

/** Differences between the sheet and src/capaian for one block, as readable lines. */
function beda(wb: MemoryWorkbook, b: Blok, input: BlokInput, skala: SkalaPredikat): string[] {
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

const TEPI = [
  90.99999999999999, 91, 75.99999999999999, 76, 100.5, 99.5, 100.49999999999999, 98.49999999999999,
  59.5, 0.5, 50.99999999999999,
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
const KOSONG: BlokInput = {
  target: null,
  tw: [null, null, null, null],
  pembilang: [null, null, null, null],
  penyebut: [null, null, null, null],
  cara: "kumulatif",
};
const blokInput: fc.Arbitrary<BlokInput> = fc.oneof(
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
    }),
    weight: 6,
  }
);

describe.each(MODES)("mode %s", (mode) => {
  describe.each(SKALA)("skala %s", (skala) => {
    const { wb, blok } = workbook(mode, skala);

    it("covers every indicator of every jabatan and the empty rows", () => {
      const indikator = blok.filter(
        (b) => b.indikator && !b.indikator.id.startsWith("uji-")
      ).length;
      expect(indikator).toBe(catalog.jabatan.reduce((n, j) => n + j.indikator.length, 0));
      expect(blok.filter((b) => !b.indikator).length).toBe(
        catalog.jabatan.filter((j) => j.indikator.length === 0).length * 5
      );
    });

    it("gives the numbers of src/capaian for generated inputs", () => {
      fc.assert(
        fc.property(
          fc.array(blokInput, { minLength: blok.length, maxLength: blok.length }),
          (inputs) => {
            wb.batch(() => blok.forEach((b, i) => isi(wb, b, inputs[i])));
            const semua = blok.flatMap((b, i) => beda(wb, b, inputs[i], skala));
            expect(semua.slice(0, 5)).toEqual([]);
          }
        ),
        {
          numRuns: 60,
          seed: 20250101 + (mode === "native" ? 1 : 0) + (skala === "permenpan" ? 2 : 0),
          endOnFailure: true,
          reporter: (r) => {
            if (r.failed) throw new Error(String(r.errorInstance).slice(0, 3000));
          },
        }
      );
    });

    it("an unfilled row gives blank realisasi, capaian and predikat, not 0", () => {
      wb.batch(() => blok.forEach((b) => isi(wb, b, KOSONG)));
      for (const b of blok) {
        for (const col of [KOLOM.realisasi, KOLOM.capaian, KOLOM.predikat])
          expect(wb.getValue(b.sheet, cell(b.baris, col))).toBe("");
      }
    });

    const kasus: [string, Partial<BlokInput>, (b: Blok) => boolean][] = [
      [
        "target 0",
        {
          target: 0,
          tw: [5, null, null, null],
          pembilang: [5, null, null, null],
          penyebut: [10, null, null, null],
        },
        () => true,
      ],
      [
        "realisasi 0 on target 0",
        {
          target: 0,
          tw: [0, null, 0, null],
          pembilang: [0, null, null, null],
          penyebut: [10, null, null, null],
        },
        () => true,
      ],
      [
        "penyebut 0",
        { target: 80, pembilang: [5, 0, null, null], penyebut: [10, 0, null, null] },
        (b) => b.pembilang !== undefined,
      ],
      [
        "pembilang without penyebut",
        { target: 80, pembilang: [5, null, null, null], penyebut: [null, null, null, null] },
        (b) => b.pembilang !== undefined,
      ],
      [
        "band edge 90.99999999999999",
        { target: 100, tw: [90.99999999999999, null, null, null] },
        (b) => b.pembilang === undefined,
      ],
      [
        "band edge 98.49999999999999",
        { target: 100, tw: [null, 98.49999999999999, null, null] },
        (b) => b.pembilang === undefined,
      ],
      [
        "negative polarity floor",
        { target: 10, tw: [15, 20, null, null] },
        (b) => b.indikator?.polaritas === "negatif",
      ],
      [
        "huge over tiny",
        {
          target: 1e-300,
          tw: [1e300, null, null, null],
          pembilang: [1e300, null, null, null],
          penyebut: [1e-300, null, null, null],
        },
        () => true,
      ],
    ];
    it.each(kasus)("%s", (_name, partial, applies) => {
      const input = { ...KOSONG, tw: [...KOSONG.tw], ...partial, cara: "nilai akhir" };
      const dipakai = blok.filter(applies);
      expect(dipakai.length).toBeGreaterThan(0);
      wb.batch(() => dipakai.forEach((b) => isi(wb, b, input)));
      expect(dipakai.flatMap((b) => beda(wb, b, input, skala)).slice(0, 5)).toEqual([]);
    });
  });
});

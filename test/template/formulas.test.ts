/**
 * The sheet's formulas, evaluated by HyperFormula (IKI.* plugin) through the memory workbook, give
 * what src/capaian computes for the same typed inputs: every indicator of every jabatan, both modes,
 * both predikat scales, generated inputs (blank rows, partly filled triwulan, zeros, target 0, huge
 * and tiny values, band edges), and the empty rows of jabatan without indicators.
 */
import fc from "fast-check";
import { labelOn, SKALA_BAWAAN } from "../../src/capaian";
import { catalog } from "../support/builtin-catalog";
import { pitaCapaian } from "../../src/template/styles";
import { teks } from "../../src/template/teks";
import { cell, KOLOM } from "../../src/template";
import { beda, blokInput, isi, KOSONG, runs, workbook, type Blok } from "./plans";
import { MODES, SKALA, type BlokInput } from "./support";

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
        runs(60, 20250101 + (mode === "native" ? 1 : 0) + (skala === "permenpan" ? 2 : 0))
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
        "band edge 90.995 (shown 91,00%)",
        { target: 100, tw: [90.995, null, null, null] },
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
        "negative polarity floor, chosen on an empty row",
        { target: 10, tw: [15, 20, null, null], polaritas: "negatif" },
        (b) => !b.indikator,
      ],
      [
        "negative polarity on an empty row, realisasi 0 on target 0 (100)",
        { target: 0, tw: [0, null, null, null], polaritas: "negatif" },
        (b) => !b.indikator,
      ],
      [
        "negative polarity on an empty row, realisasi on target 0 (0)",
        { target: 0, tw: [3, null, null, null], polaritas: " Negatif " },
        (b) => !b.indikator,
      ],
      [
        "negative polarity on an empty row, below target",
        { target: 40, tw: [10, null, 5, null], polaritas: "negatif" },
        (b) => !b.indikator,
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

    it("an empty row's polaritas choice turns the same numbers into the negative capaian", () => {
      const kosong = blok.filter((b) => !b.indikator);
      const input = { ...KOSONG, target: 40, tw: [10, null, 5, null] };
      const capaian = (polaritas: string) => {
        wb.batch(() => kosong.forEach((b) => isi(wb, b, { ...input, polaritas })));
        return kosong.map((b) => wb.getValue(b.sheet, cell(b.baris, KOLOM.capaian)));
      };
      // Kumulatif 15 on target 40: 37.5 positif, (80 - 15) / 40 x 100 = 162.5 negatif.
      expect(new Set(capaian("positif"))).toEqual(new Set([37.5]));
      expect(new Set(capaian("negatif"))).toEqual(new Set([162.5]));
      expect(new Set(capaian(""))).toEqual(new Set([37.5]));
    });
  });
});

describe("colours and notes follow the predikat's rounding", () => {
  const edges = [
    90.994, 90.995, 90.996, 75.994, 75.995, 65.995, 50.994, 50.995, 100.49, 100.5, 99.5,
  ];
  it.each(SKALA)("skala %s: the colour band of a capaian is its predikat's band", (skala) => {
    const scale = SKALA_BAWAAN[skala];
    const bands = pitaCapaian(skala);
    for (const c of edges) {
      const colour = bands.findIndex((b) => (b.min ?? -Infinity) <= c && c < (b.max ?? Infinity));
      const label = scale.bands.findIndex((b) => b.label === labelOn(scale, c));
      expect([c, colour]).toEqual([c, label]);
    }
  });
  it("the five-level note says the capaian is judged as shown, to 2 decimals", () => {
    expect(teks.catatan("lima", "iki").join(" ")).toContain("2 desimal");
    expect(teks.catatan("permenpan", "iki").join(" ")).toContain("persen bulat");
  });
});

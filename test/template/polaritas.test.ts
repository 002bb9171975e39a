/**
 * Polarity on the sheet: a catalog indicator states its polarity in Keterangan and computes with it;
 * an empty row offers the choice in its own Keterangan cell, which its capaian formula reads, in both
 * formula modes. (The numbers against src/capaian: formulas.test.ts, blank-as-zero.test.ts and the
 * LibreOffice test.)
 */
import { catalog } from "../support/builtin-catalog";
import type { Jabatan } from "../../src/catalog/types";
import { cell, ikiLayout, KOLOM, type SheetPlan } from "../../src/template";
import { teks } from "../../src/template/teks";
import { JABATAN_SINTETIS, MODES, planSatu } from "./support";

const rumus = (p: SheetPlan, row: number, col: number): string => {
  const c = p.cells[row - 1][col];
  if (c === null || typeof c !== "object") throw new Error(`${cell(row, col)} holds no formula`);
  return c.formula;
};

describe.each(MODES)("mode %s", (mode) => {
  it("a catalog indicator with polaritas negatif says so in Keterangan and computes negatively", () => {
    const p = planSatu(JABATAN_SINTETIS, mode);
    const blok = ikiLayout(JABATAN_SINTETIS).blok;
    expect(blok.some((b) => b.indikator?.polaritas === "negatif")).toBe(true);
    expect(blok.some((b) => b.indikator?.polaritas === "positif")).toBe(true);
    for (const b of blok) {
      const negatif = b.indikator?.polaritas === "negatif";
      const keterangan = cell(b.baris, KOLOM.keterangan);
      expect([keterangan, p.cells[b.baris - 1][KOLOM.keterangan]]).toEqual([
        keterangan,
        negatif ? teks.polaritasNegatif : "",
      ]);
      if (b.akhir > b.baris)
        expect(p.merges).toContain(`${keterangan}:${cell(b.akhir, KOLOM.keterangan)}`);
      const f = rumus(p, b.baris, KOLOM.capaian);
      // IKI: the third argument; native: the (2 x target - realisasi) form.
      const tandaNegatif = mode === "iki" ? /"negatif"\)$/ : /\(2\*G\d+-M\d+\)/;
      expect([keterangan, tandaNegatif.test(f)]).toEqual([keterangan, negatif]);
    }
    // Its Keterangan is no choice: the polarity comes from the catalog.
    expect(p.listValidations ?? []).toEqual([]);
  });

  it("an empty row's capaian reads the choice in its own Keterangan cell, and nothing else moves", () => {
    const j = catalog.jabatan.find((x) => x.indikator.length === 0) as Jabatan;
    const p = planSatu(j, mode);
    for (const b of ikiLayout(j).blok) {
      const f = rumus(p, b.baris, KOLOM.capaian);
      const pilihan = cell(b.baris, KOLOM.keterangan);
      expect(f).toContain(`TRIM(${pilihan})="negatif"`);
      expect(f).toContain(cell(b.baris, KOLOM.realisasi));
      expect(f).toContain(cell(b.baris, KOLOM.target));
      // The typed-in cells stay where they were: texts B:F, target G, TW I..IV H:K, Cara L.
      for (let col = KOLOM.kinerja; col <= KOLOM.satuan; col++)
        expect(p.cells[b.baris - 1][col]).toBe("");
      for (let col = KOLOM.target; col <= KOLOM.triwulan[3]; col++)
        expect(p.cells[b.baris - 1][col]).toBeNull();
      expect(p.cells[b.baris - 1][KOLOM.cara]).toBe(teks.agregasi.kumulatif);
    }
    expect(p.columnWidths).toHaveLength(16);
    expect(p.print.fitToPagesWide).toBe(1);
  });
});

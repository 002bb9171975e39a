/**
 * Some Excel desktop builds pass an empty cell to a custom function as 0 (office-js #4702, #5262,
 * #1951). On a stand-in host doing so (the HyperFormula IKI plugin with blankAsZero, in ranges and
 * scalars), every IKI-mode formula of every real plan, rekap included, gives cell for cell what native
 * mode gives, and what src/capaian computes, for generated inputs: blank rows, partial years, zeros,
 * empty targets.
 */
import fc from "fast-check";
import { MemoryWorkbook, type MemoryValue } from "../../src/preview/memory-workbook";
import { cell, KOLOM } from "../../src/template";
import { formulasIki } from "../../src/template/formulas-iki";
import { beda, blokInput, isi, KOSONG, runs, workbook, type Buku } from "./plans";
import { SKALA, type BlokInput } from "./support";

const kode = (v: MemoryValue) => (v !== null && typeof v === "object" ? { error: v.error } : v);

/** Every formula cell of every sheet whose value differs between the two workbooks. */
function bedaSel(iki: Buku, native: Buku): string[] {
  const out: string[] = [];
  iki.plans.forEach((plan, i) => {
    expect(native.plans[i].name).toBe(plan.name);
    plan.cells.forEach((row, r) =>
      row.forEach((c, col) => {
        if (c === null || typeof c !== "object") return;
        const a = kode(iki.wb.getValue(plan.name, cell(r + 1, col)));
        const b = kode(native.wb.getValue(plan.name, cell(r + 1, col)));
        if (JSON.stringify(a) !== JSON.stringify(b) || (typeof b === "number" && !Object.is(a, b)))
          out.push(
            `${plan.name}!${cell(r + 1, col)}: iki ${JSON.stringify(a)}, native ${JSON.stringify(b)}`
          );
      })
    );
  });
  return out;
}

describe("the blank-as-0 stand-in host", () => {
  const wb = new MemoryWorkbook({ blankAsZero: true });
  wb.addSheet("S");
  wb.setCells("S", "A1", [[null, 5, null, null, null]]);

  it("passes empty cells as 0, so raw references give wrong numbers (a blank read as 0)", () => {
    wb.setFormula("S", "G1", "=IKI.NILAIAKHIR(A1:D1)");
    wb.setFormula("S", "H1", "=IKI.CAPAIAN(B1,E1)");
    wb.setFormula("S", "I1", "=IKI.CAPAIAN(A1,B1)");
    expect(wb.getValue("S", "G1")).toBe(0);
    expect(wb.getValue("S", "H1")).toMatchObject({ error: "#DIV/0!" });
    expect(wb.getValue("S", "I1")).toBe(0);
  });

  it("the template's wrapped references give the blank-aware results", () => {
    const tw = {
      cells: ["A1", "B1", "C1", "D1"] as [string, string, string, string],
      range: "A1:D1",
    };
    wb.setFormula("S", "G2", formulasIki.nilaiAkhir(tw));
    wb.setFormula("S", "H2", formulasIki.capaian("B1", "E1", "positif"));
    wb.setFormula("S", "I2", formulasIki.capaian("A1", "B1", "positif"));
    wb.setFormula("S", "J2", formulasIki.persen("A1", "B1"));
    expect(wb.getValue("S", "G2")).toBe(5);
    expect(wb.getValue("S", "H2")).toMatchObject({ error: "#N/A" });
    expect(wb.getValue("S", "I2")).toBe("");
    expect(wb.getValue("S", "J2")).toBe("");
    // A typed 0 stays a filled 0.
    wb.setCell("S", "C1", 0);
    expect(wb.getValue("S", "G2")).toBe(0);
  });
});

describe.each(SKALA)("skala %s: IKI mode on the blank-as-0 host equals native mode", (skala) => {
  const iki = workbook("iki", skala, { blankAsZero: true }, true);
  const native = workbook("native", skala, {}, true);

  function isiKeduanya(inputs: BlokInput[]): void {
    for (const buku of [iki, native])
      buku.wb.batch(() => buku.blok.forEach((b, i) => isi(buku.wb, b, inputs[i])));
  }

  it("covers every sheet and the rekap", () => {
    expect(iki.plans.length).toBe(new Set(iki.blok.map((b) => b.sheet)).size + 1);
    expect(iki.plans[iki.plans.length - 1].kind).toBe("rekap");
  });

  it("on a whole workbook left blank", () => {
    isiKeduanya(iki.blok.map(() => KOSONG));
    expect(bedaSel(iki, native).slice(0, 5)).toEqual([]);
    for (const b of iki.blok)
      for (const col of [KOLOM.realisasi, KOLOM.capaian, KOLOM.predikat])
        expect(iki.wb.getValue(b.sheet, cell(b.baris, col))).toBe("");
  });

  it("cell for cell, and as src/capaian computes, for generated inputs", () => {
    fc.assert(
      fc.property(
        fc.array(blokInput, { minLength: iki.blok.length, maxLength: iki.blok.length }),
        (inputs) => {
          isiKeduanya(inputs);
          expect(bedaSel(iki, native).slice(0, 5)).toEqual([]);
          const semua = iki.blok.flatMap((b, i) => beda(iki.wb, b, inputs[i], skala));
          expect(semua.slice(0, 5)).toEqual([]);
        }
      ),
      runs(25, 20261130 + (skala === "permenpan" ? 1 : 0))
    );
  });

  it("a year with only TW I, an empty realisasi and an empty target", () => {
    const inputs = iki.blok.map((_, i): BlokInput => {
      if (i % 3 === 0)
        return {
          ...KOSONG,
          target: 80,
          tw: [60, null, null, null],
          pembilang: [6, null, null, null],
          penyebut: [10, null, null, null],
          cara: "nilai akhir",
        };
      if (i % 3 === 1) return { ...KOSONG, target: 80 };
      return {
        ...KOSONG,
        tw: [5, 0, null, null],
        pembilang: [5, 0, null, null],
        penyebut: [10, 4, null, null],
      };
    });
    isiKeduanya(inputs);
    expect(bedaSel(iki, native).slice(0, 5)).toEqual([]);
    expect(iki.blok.flatMap((b, i) => beda(iki.wb, b, inputs[i], skala)).slice(0, 5)).toEqual([]);
    const awal = iki.blok[0];
    expect(iki.wb.getValue(awal.sheet, cell(awal.baris, KOLOM.realisasi))).not.toBe(0);
  });
});

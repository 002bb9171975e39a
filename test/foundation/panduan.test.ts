/**
 * The guide's numbers are the add-in's numbers: every worked example of docs/panduan.md is
 * recomputed with src/capaian (the maths of the sheet's formulas) from its own input table, the
 * predikat table is checked at every whole percent, and every screenshot it shows exists, small.
 */
import * as fs from "fs";
import * as path from "path";
import {
  capaian,
  isIkiError,
  kumulatif,
  nilaiAkhir,
  persen,
  predikat,
  roundDecimal,
  type NumericResult,
} from "../../src/capaian";
import {
  angka,
  contohPanduan,
  gambar,
  tabelPredikat,
  type BarisContoh,
  type Contoh,
} from "../../scripts/panduan-contoh";

const docs = path.join(__dirname, "..", "..", "docs");
const md = fs.readFileSync(path.join(docs, "panduan.md"), "utf8");

/** A computed number, or a clear failure naming the example. */
function number(value: NumericResult, what: string): number {
  if (isIkiError(value) || value === "") throw new Error(`${what}: ${String(value)}`);
  return value;
}

const row = (c: Contoh, label: RegExp): BarisContoh | undefined =>
  c.baris.find((b) => label.test(b.label));

/** The value per triwulan: from pembilang/penyebut for a persen indicator, else as typed. */
function nilaiTriwulan(c: Contoh): (number | null)[] {
  const p = row(c, /^Pembilang$/);
  const q = row(c, /^Penyebut$/);
  const nilai = row(c, /^Nilai/)!;
  if (!p || !q) return nilai.triwulan;
  return p.triwulan.map((_, i) => {
    const v = persen(p.triwulan[i], q.triwulan[i]);
    return v === "" ? null : number(v, `Contoh ${c.kode} TW ${i + 1}`);
  });
}

const contoh = contohPanduan(md);

test("the guide has its three worked examples: persen, jumlah, a blank row", () => {
  expect(contoh.map((c) => c.kode)).toEqual(["A", "B", "C"]);
  expect(row(contoh[0], /^Pembilang$/)).toBeDefined();
  expect(contoh.map((c) => c.hasil.polaritas)).toContain("negatif");
  expect(contoh.map((c) => c.hasil.cara).sort()).toEqual(["kumulatif", "kumulatif", "nilai akhir"]);
});

test.each(contoh.map((c) => [c.kode, c] as const))(
  "example %s: realisasi, capaian and both predikat are what src/capaian computes",
  (kode, c) => {
    const tw = nilaiTriwulan(c);
    // The "Nilai (%)" row of a persen example shows each triwulan's percentage, 2 decimals.
    const shown = row(c, /^Nilai/)!.triwulan;
    tw.forEach((v, i) => expect(shown[i]).toBe(v === null ? null : roundDecimal(v, 2)));
    const target = row(c, /^Nilai/)!.target;
    expect(target).not.toBeNull();
    const agregasi = c.hasil.cara === "nilai akhir" ? nilaiAkhir : kumulatif;
    const realisasi = number(agregasi([tw]), `Contoh ${kode} realisasi`);
    const hasil = number(capaian(realisasi, target, c.hasil.polaritas), `Contoh ${kode} capaian`);
    expect(roundDecimal(realisasi, 2)).toBe(c.hasil.realisasi);
    expect(roundDecimal(hasil, 2)).toBe(c.hasil.capaian);
    expect(predikat(hasil)).toBe(c.hasil.predikatLima);
    expect(predikat(hasil, "permenpan")).toBe(c.hasil.predikatPermenpan);
  }
);

test("the predikat table holds at every whole percent and leaves no gap", () => {
  const rows = tabelPredikat(md);
  expect(rows.length).toBeGreaterThanOrEqual(5);
  const sorted = [...rows].sort((a, b) => a.dari - b.dari);
  expect(sorted[0].dari).toBe(0);
  sorted.slice(1).forEach((r, i) => expect(r.dari).toBe(sorted[i].sampai + 1));
  for (const r of rows) {
    for (let v = r.dari; v <= r.sampai; v++) {
      expect([v, predikat(v)]).toEqual([v, r.lima]);
      expect([v, predikat(v, "permenpan")]).toEqual([v, r.permenpan]);
    }
  }
});

test("numbers are read the Indonesian way, and a wrong one is refused", () => {
  expect(angka("1.000")).toBe(1000);
  expect(angka("105,56")).toBe(105.56);
  expect(angka(" ")).toBeNull();
  expect(() => angka("90%")).toThrow("Bukan angka");
});

test("every image the guide shows exists in docs/, as a PNG under 150 KB", () => {
  const images = gambar(md);
  expect(images.length).toBeGreaterThanOrEqual(6);
  for (const image of images) {
    const file = path.join(docs, image);
    expect([image, fs.existsSync(file)]).toEqual([image, true]);
    const bytes = fs.readFileSync(file);
    expect(bytes.subarray(1, 4).toString("latin1")).toBe("PNG");
    expect([image, bytes.length < 150 * 1024]).toEqual([image, true]);
  }
});

/** The review of the merge planner: nothing typed is dropped, moved over the plan or stretched away. */
import { rencanaGabung } from "../../src/gabung/rencana";
import { teksLaporanGabung } from "../../src/gabung/laporan-teks";
import type { SheetPlan } from "../../src/template/plan";
import { ikiLayout, KOLOM } from "../../src/template/layout";
import { cell } from "../../src/template/a1";
import { bawaan, berkas, lembarPegawai, masukan, sisipkan } from "./support";
import { indeks, revisi } from "../lifecycle/support";

const semua = bawaan.catalog.jabatan;
const jA = semua.find((j) => j.indikator.length > 0)!;
const iki = (r: ReturnType<typeof rencanaGabung>) =>
  r.plans.find((x) => x.kind === "iki") as SheetPlan;
const masalahLembar = (r: ReturnType<typeof rencanaGabung>) =>
  r.laporan.berkas[0].lembar[0].masalah;

describe("formulas typed over the sheet's own", () => {
  test("kept in their cells and flagged rumus-ditimpa", () => {
    const baris = ikiLayout(jA).blok[0].baris;
    const lain = new Map([
      [`${baris}:${KOLOM.capaian}`, { rumus: "=95" }],
      [`${baris}:${KOLOM.predikat}`, { rumus: '="Sangat Baik"' }],
    ]);
    const a = lembarPegawai(jA, 1, { lain });
    const r = rencanaGabung(masukan([berkas("a.xlsx", [a.read])]));
    const p = iki(r);
    expect(p.cells[baris - 1][KOLOM.capaian]).toEqual({ formula: "=95" });
    expect(p.cells[baris - 1][KOLOM.predikat]).toEqual({ formula: '="Sangat Baik"' });
    expect(masalahLembar(r)).toContainEqual({
      kind: "rumus-ditimpa",
      sel: [cell(baris, KOLOM.capaian), cell(baris, KOLOM.predikat)],
    });
  });

  test("with a row inserted: still kept and flagged", () => {
    const baris = ikiLayout(jA).blok[0].baris;
    const a = lembarPegawai(jA, 1, {
      lain: new Map([[`${baris}:${KOLOM.capaian}`, { rumus: "=95" }]]),
    });
    const r = rencanaGabung(masukan([berkas("a.xlsx", [sisipkan(a.read, 3, ["", "sisip"])])]));
    expect(iki(r).cells[baris - 1][KOLOM.capaian]).toEqual({ formula: "=95" });
    expect(masalahLembar(r)).toContainEqual({
      kind: "rumus-ditimpa",
      sel: [cell(baris, KOLOM.capaian)],
    });
  });

  test("a typed formula pointing at an inserted row is to check", () => {
    const b = ikiLayout(jA).blok[0];
    const helper = b.akhir + 1;
    const a = lembarPegawai(jA, 1);
    // The pegawai inserts a helper row below the first block, then types a target pointing at it.
    const read = sisipkan(a.read, b.akhir, ["", "bantu", "", "", "", "", "", 40]);
    read.formulas[b.baris - 1] = [...read.formulas[b.baris - 1]];
    read.formulas[b.baris - 1][KOLOM.target] = `=H${helper}*2`;
    const r = rencanaGabung(masukan([berkas("a.xlsx", [read])]));
    const periksa = masalahLembar(r).find((m) => m.kind === "periksa");
    expect(periksa).toEqual({ kind: "periksa", sel: [cell(b.baris, KOLOM.target)] });
    expect(teksLaporanGabung(r.laporan).join("\n")).toContain(cell(b.baris, KOLOM.target));
  });
});

describe("notes outside the table", () => {
  test("another catalog's layout: notes go to the sisa block, no plan cell overwritten", () => {
    const rev = indeks(revisi(bawaan.catalog));
    const j = semua.find((x) => x.indikator.length === 1 && x.indikator[0].jenis === "jumlah")!;
    const L = ikiLayout(j);
    const lain = new Map<string, { nilai: string }>();
    for (let d = 1; d <= 6; d++)
      for (const c of [0, 2, 9, 12])
        lain.set(`${L.ttdNip + d}:${c}`, { nilai: `catatan ${d}/${c}` });
    const a = lembarPegawai(j, 1, { lain });
    const bersih = lembarPegawai(j, 1);
    const r = rencanaGabung(masukan([berkas("a.xlsx", [a.read])], { katalog: rev }));
    const r0 = rencanaGabung(masukan([berkas("a.xlsx", [bersih.read])], { katalog: rev }));
    const [p, p0] = [iki(r), iki(r0)];
    for (const [row, cells] of p0.cells.entries())
      for (const [col, c] of cells.entries())
        if (c !== null && c !== "" && row < p0.cells.length - 1)
          expect(p.cells[row][col]).toEqual(c);
    const teksPlan = JSON.stringify(p.cells);
    for (const [, v] of lain) expect(teksPlan).toContain(v.nilai);
    expect(masalahLembar(r).some((m) => m.kind === "tanpa-tempat")).toBe(true);
  });

  test("a stray value far below does not stretch the sheet: it goes to the sisa block", () => {
    const a = lembarPegawai(semua[2], 1, { lain: new Map([["200000:40", { nilai: "x" }]]) });
    const r = rencanaGabung(masukan([berkas("a.xlsx", [a.read])]));
    const p = iki(r);
    expect(p.cells.length).toBeLessThan(200);
    expect(p.columnWidths.length).toBeLessThan(40);
    expect(JSON.stringify(p.cells)).toContain('"x"');
    expect(masalahLembar(r).some((m) => m.kind === "tanpa-tempat")).toBe(true);
  });

  test("a blank inserted row is no problem", () => {
    const a = lembarPegawai(jA, 1);
    const r = rencanaGabung(masukan([berkas("a.xlsx", [sisipkan(a.read, 3, [])])]));
    expect(masalahLembar(r)).toEqual([]);
  });
});

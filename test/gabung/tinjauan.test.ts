/** The review of the merge planner: nothing typed is dropped, moved over the plan or stretched away. */
import { rencanaGabung } from "../../src/gabung/rencana";
import { teksLaporanGabung } from "../../src/gabung/laporan-teks";
import type { SheetPlan } from "../../src/template/plan";
import { kenaliLembar } from "../../src/gabung/kenali";
import { BARIS_IDENTITAS, KOLOM_IDENTITAS, ikiLayout, KOLOM } from "../../src/template/layout";
import { cell } from "../../src/template/a1";
import { bawaan, berkas, lembarPegawai, masukan, sisipkan, tanpaPenanda } from "./support";
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

describe("sheets and files the report must name", () => {
  const lines = (r: ReturnType<typeof rencanaGabung>) => teksLaporanGabung(r.laporan);

  test("a marker naming an unknown catalog, content not known: katalog-tidak-dikenal", () => {
    const rev = indeks(revisi(bawaan.catalog));
    const j = rev.catalog.jabatan.find((x) => x.indikator.length > 0 && !bawaan.getJabatan(x.id))!;
    const a = lembarPegawai(j ?? rev.catalog.jabatan[0], 1, { katalog: rev });
    const r = rencanaGabung(masukan([berkas("a.xlsx", [a.read])]));
    const l = r.laporan.berkas[0].lembar[0];
    expect(l.status).toBe("katalog-tidak-dikenal");
    expect(lines(r).join("\n")).toContain("katalog yang tidak dikenal");
    expect(lines(r).join("\n")).not.toContain("tidak ada dalam katalog");
    expect(lines(r).join("\n")).not.toContain("dikenali dari isinya");
  });

  test("a marker naming an unknown catalog, content of the merge's: said once, not a problem", () => {
    const rev = indeks(revisi(bawaan.catalog));
    const tanpa = rev.catalog.jabatan.filter((x) => x.indikator.length === 0)[1];
    const a = lembarPegawai(tanpa, 1, { katalog: rev });
    const r = rencanaGabung(masukan([berkas("a.xlsx", [a.read])]));
    const l = r.laporan.berkas[0].lembar[0];
    expect([l.status, l.dikenali, l.katalogPenanda]).toEqual([
      "digabung",
      "isi",
      rev.identity().hash,
    ]);
    expect(l.masalah).toEqual([]);
    const t = lines(r).join("\n");
    expect(t.match(/katalog yang tidak dikenal/g)).toHaveLength(1);
    expect(t).toContain("isinya cocok dengan katalog yang dipakai");
    expect(r.laporan.masalah).toBe(r.laporan.tanpaBerkas.length);
    expect(t).not.toContain("hilang karena disimpan ulang");
  });

  test("a title with words after the year is still recognised", () => {
    const a = lembarPegawai(jA, 1);
    const read = tanpaPenanda(a.read);
    const row = read.values.findIndex((x) => String(x[0]).startsWith("INDIKATOR KINERJA"));
    read.values = read.values.map((x) => [...x]);
    read.formulas = read.formulas.map((x) => [...x]);
    read.values[row][0] = read.formulas[row][0] = `${read.values[row][0]} - TRIWULAN III`;
    expect(kenaliLembar(read, [bawaan])?.jabatanId).toBe(jA.id);
  });

  test("two jabatan of one name: unit kerja typed otherwise decides by layout, else not guessed", () => {
    const nama = (j: (typeof semua)[number]) => j.nama.toLowerCase();
    const dup = semua.filter((j) => semua.some((x) => x !== j && nama(x) === nama(j)));
    expect(dup.length).toBeGreaterThan(1);
    for (const j of dup) {
      const a = lembarPegawai(j, 1);
      expect(kenaliLembar(tanpaPenanda(a.read), [bawaan])?.jabatanId).toBe(j.id);
      const ketik = new Map([["identitas.unitKerja", { nilai: "Bidang Rehsos" }]]);
      const b = tanpaPenanda(lembarPegawai(j, 1, { ketik }).read);
      // The pair in the built-in catalog differ in nothing but their unit kerja: not guessed.
      const kembar = dup.filter((x) => x !== j && nama(x) === nama(j));
      const sama = kembar.some(
        (x) => JSON.stringify(ikiLayout(x)) === JSON.stringify(ikiLayout(j))
      );
      const m = kenaliLembar(b, [bawaan]);
      if (sama) expect(m).toBeUndefined();
      else expect(m?.jabatanId).toBe(j.id);
      if (sama) {
        const r = rencanaGabung(masukan([berkas("a.xlsx", [b])]));
        expect(r.laporan.berkas[0].lembar.map((l) => l.status)).toEqual(["tidak-dikenali"]);
      }
    }
  });

  test("a sheet looking like an IKI sheet but not recognised is a problem, not 'lainnya'", () => {
    const a = lembarPegawai(jA, 1);
    const read = tanpaPenanda(a.read);
    const [baris, kolom] = [BARIS_IDENTITAS.jabatan, KOLOM_IDENTITAS.nilaiDari];
    read.values = read.values.map((x) => [...x]);
    read.formulas = read.formulas.map((x) => [...x]);
    read.values[baris - 1][kolom] = read.formulas[baris - 1][kolom] = "Jabatan karangan";
    const r = rencanaGabung(masukan([berkas("a.xlsx", [read])]));
    const b = r.laporan.berkas[0];
    expect(b.lainnya).toEqual([]);
    expect(b.lembar.map((l) => [l.sheet, l.status])).toEqual([[read.name, "tidak-dikenali"]]);
    // Nothing merged: no jabatan listed as without a file; the year from the sheet's title.
    expect(r.laporan.tanpaBerkas).toEqual([]);
    expect(r.laporan.masalah).toBe(1);
    expect(r.laporan.tahun).toBe(b.lembar[0].tahun);
    expect(b.lembar[0].tahun).toBeGreaterThan(2000);
    expect(lines(r).some((t) => t.includes(`"${read.name}"`) && t.includes("TIDAK"))).toBe(true);
    // No year anywhere: the caller's year, not the clock's.
    const lain = { name: "Sheet1", formulas: [["x"]], values: [["x"]] };
    const kosong = rencanaGabung({ ...masukan([berkas("x.xlsx", [lain])]), tahunIni: 2031 });
    expect(kosong.laporan.tahun).toBe(2031);
  });

  test("a file with no IKI sheet is a problem", () => {
    const a = lembarPegawai(jA, 1);
    const lain = { name: "Sheet1", formulas: [["x"]], values: [["x"]] };
    const r = rencanaGabung(masukan([berkas("a.xlsx", [a.read]), berkas("salah.xlsx", [lain])]));
    expect(r.laporan.masalah).toBe(1 + r.laporan.tanpaBerkas.length);
  });

  test("the pane: jabatan the open workbook has for the year are not without a file", () => {
    const sasaran = lembarPegawai(semua[1], 2, { nama: "Budi" });
    const staf = lembarPegawai(semua[0], 3, { nama: "Ani" });
    const r = rencanaGabung(masukan([berkas("ani.xlsx", [staf.read])], { sheets: [sasaran.read] }));
    const tanpa = r.laporan.tanpaBerkas.map((j) => j.jabatanId);
    expect(tanpa).not.toContain(semua[1].id);
    expect(tanpa).not.toContain(semua[0].id);
    expect(tanpa).toHaveLength(semua.length - 2);
  });

  test("two files of one name are told apart by their place", () => {
    const a = lembarPegawai(semua[2], 1, { nama: "Dewi" });
    const b = lembarPegawai(semua[2], 2, { nama: "Dewi" });
    const r = rencanaGabung(
      masukan([berkas("IKI 2025.xlsx", [a.read], 100), berkas("IKI 2025.xlsx", [b.read], 200)])
    );
    const t = lines(r);
    expect(t).toContain("Berkas IKI 2025.xlsx (berkas ke-1 dalam daftar)");
    expect(t).toContain("Berkas IKI 2025.xlsx (berkas ke-2 dalam daftar)");
    expect(t.some((x) => x.includes("lembar lain di berkas ini"))).toBe(false);
    expect(t.some((x) => x.includes("di berkas IKI 2025.xlsx (berkas ke-2"))).toBe(true);
  });
});

describe("the report's wording", () => {
  const laporan = (extra: Partial<Parameters<typeof teksLaporanGabung>[0]>) =>
    teksLaporanGabung({
      tahun: 2025,
      katalog: "K",
      berkas: [],
      tanpaBerkas: [],
      masalah: 0,
      ...extra,
    });

  test("the reader's reason instead of the generic sentence; unreadable files counted apart", () => {
    const t = laporan({
      berkas: [
        {
          berkas: "a.xlsx",
          galat: { kind: "terkunci-sandi", sebab: "Label IRM." },
          lembar: [],
          lainnya: [],
        },
        { berkas: "b.xlsx", galat: { kind: "tidak-terbaca" }, lembar: [], lainnya: [] },
        { berkas: "c.xlsx", lembar: [], lainnya: [] },
      ],
    });
    expect(t).toContain("- tidak dapat dibuka: Label IRM.");
    expect(t.some((x) => x.includes("kata sandi"))).toBe(false);
    expect(t).toContain(
      "- tidak dapat dibaca: berkas .xlsx rusak. Minta pegawai menyimpannya ulang."
    );
    expect(t[1]).toMatch(/^1 berkas dibaca, 2 tidak dapat dibaca, 0 lembar digabung/);
  });

  test("jabatan of one name told apart by unit kerja; unlocked references as information", () => {
    const t = laporan({
      tanpaBerkas: [{ jabatanId: "x", jabatan: "Penyuluh", unitKerja: "Bidang A" }],
      rujukan: [
        { sheet: "S", sel: "A1", rumus: "='X'!B2" },
        { sheet: "T", sel: "A2", rumus: "='X'!B3", terkunci: true },
      ],
    });
    expect(t).toContain("- Penyuluh (Bidang A): tidak ada lembar yang digabung.");
    const judul = t.find((x) => x.startsWith("2 rumus di lembar lain"))!;
    expect(judul).toMatch(/diset ulang otomatis/);
    expect(judul).toMatch(/1 di lembar terkunci/);
    expect(judul).not.toMatch(/periksa alamat selnya/);
  });
});

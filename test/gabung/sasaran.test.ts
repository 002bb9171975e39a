import { laporanMarker } from "../../src/gabung/laporan-lembar";
import { teksLaporanGabung } from "../../src/gabung/laporan-teks";
import { rencanaGabung } from "../../src/gabung/rencana";
import { inputSlots } from "../../src/lifecycle/slots";
import type { SheetRead } from "../../src/lifecycle/types";
import { ikiLayout } from "../../src/template/layout";
import { markerValue } from "../../src/template/marker";
import { indeks, revisi } from "../lifecycle/support";
import { asIsi, bawaan, berkas, lembarPegawai, masukan, sisipkan, tanpaPenanda } from "./support";

const semua = bawaan.catalog.jabatan;
const rekapLama: SheetRead = {
  name: "Rekap saya",
  marker: markerValue({ v: 1, kind: "rekap", tahun: 2025, mode: "iki", skala: "lima" }),
  formulas: [],
  values: [],
};
const laporanLama: SheetRead = {
  name: "Laporan lama",
  marker: laporanMarker(2025).value,
  formulas: [],
  values: [],
};

describe("rencanaGabung into an open workbook", () => {
  test("the same jabatan, nama and year replaces the target's sheet; rekap and report rewritten in place", () => {
    const sasaran = lembarPegawai(semua[0], 1, { nama: "Ani Lestari" });
    const lain = lembarPegawai(semua[1], 2, { nama: "Budi" });
    const staf = lembarPegawai(semua[0], 3, { nama: "ani  lestari" });
    const baru = lembarPegawai(semua[1], 4, { nama: "Citra" });
    const r = rencanaGabung(
      masukan([berkas("ani.xlsx", [staf.read]), berkas("citra.xlsx", [baru.read])], {
        sheets: [sasaran.read, lain.read, rekapLama, laporanLama],
      })
    );
    const [l1, l2] = r.laporan.berkas.map((b) => b.lembar[0]);
    expect(l1.mengganti).toBe(sasaran.read.name);
    expect(l1.ke).toBe(sasaran.read.name);
    expect(l2.mengganti).toBeUndefined();
    expect(l2.ke).not.toBe(lain.read.name);
    const p1 = r.plans.find((p) => p.name === l1.ke)!;
    expect(p1.supersedes).toEqual([sasaran.read.name]);
    const rekap = r.plans.find((p) => p.kind === "rekap")!;
    expect([rekap.name, rekap.replace]).toEqual(["Rekap saya", true]);
    // The rekap lists the target's other sheet and both merged ones, the replaced one once.
    const isi = JSON.stringify(rekap.cells);
    for (const name of [lain.read.name, l1.ke!, l2.ke!]) expect(isi).toContain(name);
    const laporan = r.plans.find((p) => p.kind === "laporan")!;
    expect([laporan.name, laporan.replace, r.laporan.lembarLaporan]).toEqual([
      "Laporan lama",
      true,
      "Laporan lama",
    ]);
  });

  test("a new file of another catalog stores it; of the built-in one does not", () => {
    const rev = indeks(revisi(bawaan.catalog));
    const l = lembarPegawai(rev.getJabatan(semua[0].id)!, 1, { katalog: rev });
    const b = [{ ...berkas("x.xlsx", [l.read]), tersimpan: rev }];
    const kinds = (katalog = bawaan, bukuBaru = true) =>
      rencanaGabung(masukan(b, { katalog, bukuBaru })).plans.map((p) => p.kind);
    expect(kinds(rev)).toEqual(["iki", "rekap", "laporan", "katalog-tersimpan"]);
    expect(kinds(rev, false)).toEqual(["iki", "rekap", "laporan"]);
    expect(kinds(bawaan)).toEqual(["iki", "rekap", "laporan"]);
  });
});

describe("rencanaGabung: decisions", () => {
  test("duplicates: the later saved, a tie the later in the list", () => {
    const a = lembarPegawai(semua[2], 1, { nama: "Dewi" });
    const b = lembarPegawai(semua[2], 2, { nama: "DEWI" });
    const status = (files: ReturnType<typeof berkas>[]) =>
      rencanaGabung(masukan(files)).laporan.berkas.map((x) => [x.berkas, x.lembar[0].status]);
    expect(status([berkas("1", [a.read], 500), berkas("2", [b.read], 100)])).toEqual([
      ["1", "digabung"],
      ["2", "ganda"],
    ]);
    expect(status([berkas("1", [a.read], 100), berkas("2", [b.read], 100)])).toEqual([
      ["1", "ganda"],
      ["2", "digabung"],
    ]);
    expect(status([berkas("1", [a.read]), berkas("2", [b.read])])).toEqual([
      ["1", "ganda"],
      ["2", "digabung"],
    ]);
    // The sentence says what decided: the time saved, or the place in the list.
    const kalimat = (files: ReturnType<typeof berkas>[]) =>
      teksLaporanGabung(rencanaGabung(masukan(files)).laporan).find((t) => t.includes("TIDAK"));
    expect(kalimat([berkas("1", [a.read], 500), berkas("2", [b.read], 100)])).toMatch(
      /berkas 1 yang disimpan lebih akhir/
    );
    expect(kalimat([berkas("1", [a.read], 100), berkas("2", [b.read], 100)])).toMatch(
      /berkas 2 yang waktu simpannya sama .* letaknya lebih akhir dalam daftar/
    );
    // Two empty names are one pegawai.
    const c = lembarPegawai(semua[2], 3, { nama: "" });
    const d = lembarPegawai(semua[2], 4, { nama: "  " });
    expect(status([berkas("1", [c.read]), berkas("2", [d.read])])[0][1]).toBe("ganda");
  });

  test("year, mode and scale: what most sheets have, a tie the latest year and iki", () => {
    const f = (tahun: number, mode: "iki" | "native", i: number) =>
      berkas(`${i}`, [lembarPegawai(semua[i], i, { tahun, mode, skala: "permenpan" }).read]);
    const r = rencanaGabung(
      masukan([f(2024, "native", 1), f(2025, "native", 2), f(2025, "iki", 3), f(2024, "iki", 4)])
    );
    expect(r.laporan.tahun).toBe(2025);
    const marker = JSON.parse(r.plans[0].marker.value);
    expect([marker.mode, marker.skala]).toEqual(["iki", "permenpan"]);
    const given = rencanaGabung(
      masukan([f(2024, "native", 1), f(2025, "native", 2)], { tahun: 2024 })
    );
    expect(given.laporan.berkas.map((b) => b.lembar[0].status)).toEqual(["digabung", "tahun-lain"]);
  });

  test("nothing merged: no plans, the report says why", () => {
    const r = rencanaGabung(
      masukan([{ nama: "a.xls", galat: "bukan-xlsx", sebab: "berkas .xls" }])
    );
    expect(r.plans).toEqual([]);
    expect(r.laporan.masalah).toBe(1);
    expect(r.laporan.tanpaBerkas).toEqual([]);
    expect(r.laporan.rekap).toBeUndefined();
  });
});

describe("rencanaGabung: every jabatan, markers dropped and rows inserted", () => {
  for (const mode of ["iki", "native"] as const)
    test(`${mode} sheets merged into iki: every typed value in its slot`, () => {
      const lembar = semua.map((j, i) =>
        lembarPegawai(j, i + 20, { mode, skala: i % 2 ? "lima" : "permenpan" })
      );
      const files = lembar.map((l, i) => {
        const sisip = i % 3 === 0 ? sisipkan(l.read, ikiLayout(l.jabatan).header - 1) : l.read;
        return berkas(`p${i}.xlsx`, [i % 2 === 0 ? tanpaPenanda(sisip) : sisip]);
      });
      const r = rencanaGabung(masukan(files, { mode: "iki", skala: "lima" }));
      expect(r.laporan.tanpaBerkas).toEqual([]);
      r.laporan.berkas.forEach((b, i) => {
        const l = b.lembar[0];
        expect([l.status, l.dikenali]).toEqual(["digabung", i % 2 === 0 ? "isi" : "penanda"]);
        // A blank row inserted above the table carries nothing: no problem.
        expect(l.masalah).toEqual([]);
        const plan = r.plans.find((p) => p.name === l.ke)!;
        expect(JSON.parse(plan.marker.value).mode).toBe("iki");
        const slots = new Map(inputSlots(lembar[i].jabatan).map((s) => [s.key, s]));
        for (const [key, isi] of lembar[i].ketik) {
          const s = slots.get(key)!;
          expect([key, asIsi(plan.cells[s.row - 1][s.col])]).toEqual([key, isi]);
        }
      });
      expect(r.laporan.masalah).toBe(0);
    });
});

test("two sheets of one pegawai in one file: the later taken, the report says so", () => {
  const a = lembarPegawai(semua[2], 1, { nama: "Eko" });
  const r = rencanaGabung(masukan([berkas("eko.xlsx", [a.read, { ...a.read, name: "Salinan" }])]));
  expect(r.laporan.berkas[0].lembar.map((l) => [l.sheet, l.status, l.gandaDengan])).toEqual([
    [a.read.name, "ganda", "eko.xlsx"],
    ["Salinan", "digabung", undefined],
  ]);
  expect(teksLaporanGabung(r.laporan).some((t) => t.includes("di berkas ini"))).toBe(true);
});

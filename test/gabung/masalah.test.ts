import type { Catalog } from "../../src/catalog/types";
import { teksLaporanGabung } from "../../src/gabung/laporan-teks";
import { rencanaGabung } from "../../src/gabung/rencana";
import { teks as teksGabung } from "../../src/gabung/teks";
import type { BerkasDibaca, LaporanLembarGabung } from "../../src/gabung/types";
import { inputSlots } from "../../src/lifecycle/slots";
import { ikiLayout, KOLOM } from "../../src/template/layout";
import { cell } from "../../src/template/a1";
import { validatePlan } from "../../src/template/validate-plan";
import { indeks, revisi } from "../lifecycle/support";
import {
  asIsi,
  bawaan,
  berkas,
  hapusBaris,
  lembarPegawai,
  masukan,
  sisipkan,
  tanpaPenanda,
} from "./support";

const semua = bawaan.catalog.jabatan;
// Jabatan with indicators first (a typed number over a capaian formula needs one), then the others.
const berindikator = [
  ...semua.filter((j) => j.indikator.length > 0),
  ...semua.filter((j) => j.indikator.length === 0),
];

/** The built-in catalog revised, with one jabatan the built-in one lacks. */
function katalogTambahan() {
  const c: Catalog = revisi(bawaan.catalog);
  c.jabatan.push({
    ...JSON.parse(JSON.stringify(c.jabatan[1])),
    id: "jabatan-tambahan",
    nama: "JABATAN TAMBAHAN",
  });
  return indeks(c);
}
const tambahan = katalogTambahan();

/** One merge with one planted problem of every kind (and two clean pegawai of one jabatan). */
function korpus() {
  const [jA, jB, jC, jD, jE, jF, jG, jH] = berindikator;
  // Not problems: a formula of the sheet reworded by another program, a note beside the table.
  const barisA = ikiLayout(jA).blok[0].baris;
  const asli = lembarPegawai(jA, 1).plan.cells[barisA - 1][KOLOM.capaian] as { formula: string };
  const a = lembarPegawai(jA, 1, {
    lain: new Map([
      [`${barisA}:${KOLOM.capaian}`, { rumus: asli.formula.replace(/,/g, ", ") }],
      [`${ikiLayout(jA).header}:17`, { nilai: "catatan saya" }],
    ]),
  });
  const b1 = lembarPegawai(jB, 2, { nama: " Budi  Santoso" });
  const b2 = lembarPegawai(jB, 3, { nama: "budi santoso" });
  const c1 = lembarPegawai(jC, 4, { nama: "Ani" });
  const c2 = lembarPegawai(jC, 5, { nama: "Wati" });
  const d = lembarPegawai(jD, 6, { tahun: 2024 });
  const e = lembarPegawai(jE, 7);
  const capaian = cell(ikiLayout(jF).blok[0].baris, KOLOM.capaian);
  const f = lembarPegawai(jF, 8, {
    lain: new Map([[`${ikiLayout(jF).blok[0].baris}:${KOLOM.capaian}`, { nilai: 97.5 }]]),
  });
  const g = lembarPegawai(jG, 9);
  const sisip = ikiLayout(jG).blok[0].akhir;
  // A typed formula pointing at the indicator the merge's catalog lacks: to check.
  const jHlain = tambahan.getJabatan(jH.id)!;
  const tambahanBaris = ikiLayout(jHlain).blok.find((b) =>
    b.indikator?.id.endsWith("-tambahan")
  )!.baris;
  const h = lembarPegawai(jHlain, 10, {
    katalog: tambahan,
    ketik: new Map([[`ind:${jHlain.indikator[0].id}:target`, { rumus: `=G${tambahanBaris}*2` }]]),
  });
  const x = lembarPegawai(tambahan.getJabatan("jabatan-tambahan")!, 11, { katalog: tambahan });
  const lain: BerkasDibaca = { ...berkas("lain.xlsx", [h.read, x.read]), tersimpan: tambahan };
  const files: BerkasDibaca[] = [
    berkas("a.xlsx", [a.read, { name: "Catatan saya", formulas: [["x"]], values: [["x"]] }]),
    { nama: "rusak.xlsx", galat: "terkunci-sandi" },
    berkas("b-lama.xlsx", [b1.read], 100),
    berkas("b-baru.xlsx", [b2.read], 200),
    berkas("c.xlsx", [c1.read, { ...c2.read, name: "Salinan" }]),
    berkas("d.xlsx", [d.read]),
    berkas("e.xlsx", [hapusBaris(e.read, ikiLayout(jE).blok[0].baris)]),
    berkas("f.xlsx", [tanpaPenanda(f.read)]),
    berkas("g.xlsx", [sisipkan(g.read, sisip, ["", "Catatan sisipan"])]),
    lain,
  ];
  return { files, a, b2, c1, c2, f, g, h, capaian, sisip };
}

const ringkas = (l: LaporanLembarGabung) => [
  l.sheet,
  l.status,
  l.dikenali,
  l.masalah.map((m) => m.kind),
];

describe("rencanaGabung: every problem reported once, nothing else", () => {
  const k = korpus();
  const r = rencanaGabung(masukan(k.files));
  const lap = r.laporan.berkas;
  const semuaLembar = lap.flatMap((b) => b.lembar);

  test("statuses and problems per sheet", () => {
    expect(lap.map((b) => [b.berkas, b.galat?.kind, b.lainnya])).toEqual([
      ["a.xlsx", undefined, ["Catatan saya"]],
      ["rusak.xlsx", "terkunci-sandi", []],
      ...k.files.slice(2).map((f) => [f.nama, undefined, []]),
    ]);
    expect(semuaLembar.map(ringkas)).toEqual([
      [k.a.read.name, "digabung", "penanda", []],
      [k.b2.read.name, "ganda", "penanda", []],
      [k.b2.read.name, "digabung", "penanda", []],
      [k.c1.read.name, "digabung", "penanda", []],
      ["Salinan", "digabung", "penanda", []],
      [expect.any(String), "tahun-lain", "penanda", []],
      [expect.any(String), "susunan-berubah", "penanda", []],
      [k.f.read.name, "digabung", "isi", ["rumus-ditimpa"]],
      [k.g.read.name, "digabung", "penanda", ["baris-ditambah"]],
      [k.h.read.name, "digabung", "penanda", ["katalog-lain", "tanpa-tempat", "periksa"]],
      [expect.any(String), "jabatan-tidak-ada", "penanda", []],
    ]);
    expect(semuaLembar[1].gandaDengan).toBe("b-baru.xlsx");
    const masalahLembar = semuaLembar.reduce((n, l) => n + l.masalah.length, 0);
    const tidak = semuaLembar.filter((l) => l.status !== "digabung").length;
    expect(r.laporan.masalah).toBe(1 + tidak + masalahLembar + r.laporan.tanpaBerkas.length);
    const digabung = new Set(
      semuaLembar.filter((l) => l.status === "digabung").map((l) => l.jabatanId)
    );
    expect(r.laporan.tanpaBerkas.map((j) => j.jabatanId)).toEqual(
      semua.filter((j) => !digabung.has(j.id)).map((j) => j.id)
    );
  });

  test("every problem has its line in the report, and the report sheet holds the lines", () => {
    const teks = teksLaporanGabung(r.laporan);
    const masalahLembar = semuaLembar.reduce((n, l) => n + l.masalah.length, 0);
    expect(teks.filter((t) => t.startsWith("  * "))).toHaveLength(masalahLembar);
    expect(teks.filter((t) => t.includes("TIDAK diambil"))).toHaveLength(4);
    expect(teks.filter((t) => t.includes("kata sandi"))).toHaveLength(1);
    expect(teks.filter((t) => t.includes("tidak ada lembar yang digabung"))).toHaveLength(
      r.laporan.tanpaBerkas.length
    );
    expect(teks.some((t) => t.includes(k.capaian))).toBe(true);
    expect(teks.some((t) => t.includes("b-baru.xlsx"))).toBe(true);
    const lembar = r.plans.find((p) => p.kind === "laporan")!;
    expect(lembar.name).toBe(r.laporan.lembarLaporan);
    expect(lembar.cells.map((row) => row[0])).toEqual(teks);
    expect(JSON.parse(lembar.marker.value)).toEqual({ v: 1, kind: "laporan", tahun: 2025 });
  });

  test("values: in their slots, typed numbers kept in their cells, inserted rows and values without a place below", () => {
    const planOf = (sheet: string, berkasNama: string) => {
      const l = lap.find((b) => b.berkas === berkasNama)!.lembar.find((x) => x.sheet === sheet)!;
      return { l, plan: r.plans.find((p) => p.name === l.ke)! };
    };
    for (const [x, f] of [
      [k.a, "a.xlsx"],
      [k.b2, "b-baru.xlsx"],
      [k.c1, "c.xlsx"],
      [k.g, "g.xlsx"],
      [k.f, "f.xlsx"],
    ] as const) {
      const { plan } = planOf(x.read.name, f);
      const slots = new Map(inputSlots(x.jabatan).map((s) => [s.key, s]));
      for (const [key, isi] of x.ketik) {
        const s = slots.get(key)!;
        expect([key, asIsi(plan.cells[s.row - 1][s.col])]).toEqual([key, isi]);
      }
    }
    const a = planOf(k.a.read.name, "a.xlsx").plan;
    const barisA = ikiLayout(k.a.jabatan).blok[0].baris;
    expect(a.cells[barisA - 1][KOLOM.capaian]).toEqual(k.a.plan.cells[barisA - 1][KOLOM.capaian]);
    expect(a.cells[ikiLayout(k.a.jabatan).header - 1][17]).toBe("catatan saya");
    expect(a.columnWidths).toHaveLength(18);
    const f = planOf(k.f.read.name, "f.xlsx").plan;
    const baris = ikiLayout(k.f.jabatan).blok[0].baris;
    expect(f.cells[baris - 1][KOLOM.capaian]).toBe(97.5);
    const g = planOf(k.g.read.name, "g.xlsx");
    expect(g.l.masalah).toEqual([{ kind: "baris-ditambah", baris: [k.sisip + 1] }]);
    expect(g.plan.cells.some((row) => row[6] === "Catatan sisipan")).toBe(true);
    const h = planOf(k.h.read.name, "lain.xlsx");
    const sisa = h.l.masalah.find((m) => m.kind === "tanpa-tempat")!;
    const kolomNilai = h.plan.cells.map((row) => row[6]);
    if (sisa.kind !== "tanpa-tempat") throw new Error();
    for (const s of sisa.sisa)
      expect(kolomNilai).toContain("rumus" in s.isi ? s.isi.rumus : s.isi.nilai);
    expect(h.l.diambil).toBe(k.h.ketik.size);
    expect(h.plan.cells.some((row) => row[0] === teksGabung.sisa.catatan)).toBe(true);
  });

  test("two pegawai of one jabatan: two sheets, both in the rekap", () => {
    const c = semuaLembar.filter((l) => l.jabatanId === k.c1.jabatan.id);
    expect(c[0].ke).toBe(k.c1.read.name);
    expect(c[1].ke).toMatch(/ \(2\)$/);
    const rekap = r.plans.find((p) => p.kind === "rekap")!;
    const isi = JSON.stringify(rekap.cells);
    for (const l of c) expect(isi).toContain(l.ke);
    const iki = r.plans.filter((p) => p.kind === "iki");
    expect(r.plans.map((p) => p.kind)).toEqual([...iki.map(() => "iki"), "rekap", "laporan"]);
    for (const p of r.plans) expect(() => validatePlan(p)).not.toThrow();
  });
});

test("a duplicate saved later that cannot be read safely: the earlier one is taken", () => {
  const j = semua.find((x) => x.indikator.length > 0)!;
  const baik = lembarPegawai(j, 1, { nama: "Sri" });
  const rusak = hapusBaris(lembarPegawai(j, 2, { nama: "Sri" }).read, ikiLayout(j).blok[0].baris);
  const r = rencanaGabung(
    masukan([berkas("lama.xlsx", [baik.read], 100), berkas("baru.xlsx", [rusak], 200)])
  );
  const status = r.laporan.berkas.map((b) => [b.berkas, b.lembar[0].status]);
  expect(status).toEqual([
    ["lama.xlsx", "digabung"],
    ["baru.xlsx", "susunan-berubah"],
  ]);
  expect(r.plans.filter((p) => p.kind === "iki")).toHaveLength(1);
});

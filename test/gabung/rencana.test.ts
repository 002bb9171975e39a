import { rencanaGabung } from "../../src/gabung/rencana";
import { teksLaporanGabung } from "../../src/gabung/laporan-teks";
import { inputSlots } from "../../src/lifecycle/slots";
import type { SheetPlan } from "../../src/template/plan";
import { validatePlan } from "../../src/template/validate-plan";
import { asIsi, bawaan, berkas, lembarPegawai, masukan, type LembarPegawai } from "./support";

const semua = bawaan.catalog.jabatan;

/** Every typed value of `l` in its slot of `plan`. */
function semuaDiTempat(plan: SheetPlan, l: LembarPegawai) {
  const slots = new Map(inputSlots(l.jabatan).map((s) => [s.key, s]));
  for (const [key, isi] of l.ketik) {
    const s = slots.get(key)!;
    expect([key, asIsi(plan.cells[s.row - 1][s.col])]).toEqual([key, isi]);
  }
}

describe("rencanaGabung: clean files", () => {
  test("every typed value lands in its slot; only the jabatan without a file are problems", () => {
    const lembar = semua.slice(0, 6).map((j, i) => lembarPegawai(j, i + 1));
    const input = masukan(lembar.map((l, i) => berkas(`pegawai-${i}.xlsx`, [l.read])));
    const r = rencanaGabung(input);
    const iki = r.plans.filter((p) => p.kind === "iki");
    expect(iki).toHaveLength(6);
    expect(r.plans.map((p) => p.kind)).toEqual([...iki.map(() => "iki"), "rekap", "laporan"]);
    const lap = r.laporan.berkas.flatMap((b) => b.lembar);
    expect(lap.map((l) => [l.status, l.dikenali, l.masalah])).toEqual(
      lembar.map(() => ["digabung", "penanda", []])
    );
    lembar.forEach((l, i) => {
      const plan = r.plans.find((p) => p.name === lap[i].ke)!;
      semuaDiTempat(plan, l);
      expect(lap[i].diambil).toBe(l.ketik.size);
    });
    expect(r.laporan.tanpaBerkas).toHaveLength(semua.length - 6);
    expect(r.laporan.masalah).toBe(semua.length - 6);
    const teks = teksLaporanGabung(r.laporan);
    expect(teks.length).toBeGreaterThan(6 + 6 + semua.length - 6);
    const laporan = r.plans.find((p) => p.kind === "laporan")!;
    expect(laporan.cells.map((row) => row[0])).toEqual(teks);
    expect(() => validatePlan(laporan)).not.toThrow();
  });
});

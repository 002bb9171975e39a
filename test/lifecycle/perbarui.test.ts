import { validateCatalog } from "../../src/catalog/validate";
import {
  rencanaPerbarui,
  rencanaTahunBerikutnya,
  rencanaUbahRumus,
} from "../../src/lifecycle/actions";
import { inputSlots } from "../../src/lifecycle/slots";
import { adaYangDitulis, teksLaporan } from "../../src/lifecycle/laporan-teks";
import type { SheetRead } from "../../src/lifecycle/types";
import { planWorkbook, type SheetPlan } from "../../src/template";
import { katalog as bawaan } from "../support/builtin-catalog";
import { options } from "../template/support";
import { bacaDariRencana, indeks, isiSemua, revisi, type Ketikan } from "./support";

const semua = bawaan.catalog.jabatan;
const revisiKatalog = indeks(revisi(bawaan.catalog));

/** The whole dinas as inserted, every input typed. */
function bukuTerisi(mode: "iki" | "native" = "iki") {
  const plans = planWorkbook({
    katalog: bawaan,
    jabatan: semua,
    options: options({
      mode,
      identitas: { nama: "", nip: "", pangkatGolongan: "", penilaiNama: "", penilaiNip: "" },
    }),
    rekap: true,
    existing: [],
  });
  const ketikan = new Map<string, Ketikan>();
  const sheets: SheetRead[] = plans.map((p, i) => {
    if (p.kind !== "iki") return { name: p.name, marker: p.marker.value, formulas: [], values: [] };
    const jabatan = bawaan.getJabatan(p.jabatanId as string)!;
    const ketik = isiSemua(jabatan, i + 1);
    ketikan.set(p.name, ketik);
    return bacaDariRencana(p, inputSlots(jabatan), ketik);
  });
  return { plans, sheets, ketikan };
}

const cellOf = (plan: SheetPlan, row: number, col: number) => plan.cells[row - 1]?.[col];
const asIsi = (c: unknown) =>
  typeof c === "object" && c !== null
    ? { rumus: (c as { formula: string }).formula }
    : { nilai: c };

describe("perbarui", () => {
  test("the revision is a valid catalog", () => {
    expect(validateCatalog(revisiKatalog.catalog)).toEqual([]);
  });

  test("every typed value of the whole dinas is kept: in its slot, or in the sisa block", () => {
    const { sheets, ketikan } = bukuTerisi();
    const r = rencanaPerbarui({ katalog: revisiKatalog, dikenal: [], bawaan, sheets });
    let ditaruh = 0;
    let disisakan = 0;
    for (const lap of r.laporan.lembar) {
      const ketik = ketikan.get(lap.sheet)!;
      const jabatan = revisiKatalog.getJabatan(lap.jabatanId)!;
      const plan = r.plans.find((p) => p.name === lap.sheet);
      if (lap.status === "penanda") {
        expect(plan).toBeUndefined();
        continue;
      }
      expect(lap.status).toBe("diperbarui");
      expect(plan!.supersedes).toEqual([lap.sheet]);
      const slots = new Map(inputSlots(jabatan).map((s) => [s.key, s]));
      const sisaNilai = plan!.cells.slice(-lap.sisa.length).map((row) => row[6]);
      for (const [key, isi] of ketik) {
        const slot = slots.get(key);
        if (slot) {
          expect(asIsi(cellOf(plan!, slot.row, slot.col))).toEqual(isi);
          ditaruh++;
        } else {
          const v = "rumus" in isi ? isi.rumus : isi.nilai;
          expect(sisaNilai).toContain(v);
          disisakan++;
        }
      }
      expect(lap.dipertahankan + lap.sisa.length).toBe(ketik.size);
    }
    expect(ditaruh).toBeGreaterThan(300);
    expect(disisakan).toBeGreaterThan(50);
    // Every rewritten sheet feeds the rekap: rewritten in place.
    expect(r.plans.filter((p) => p.kind === "rekap").map((p) => p.replace)).toEqual([true]);
  });

  test("a second refresh finds nothing to change and keeps the sisa block", () => {
    const { sheets } = bukuTerisi();
    const pertama = rencanaPerbarui({ katalog: revisiKatalog, dikenal: [], bawaan, sheets });
    const dibaca = sheets.map((s) => {
      const p = pertama.plans.find((x) => x.name === s.name);
      if (p?.kind === "rekap") return { ...s, marker: p.marker.value };
      if (!p)
        return {
          ...s,
          marker: pertama.markerBaru.find((m) => m.sheet === s.name)?.value ?? s.marker,
        };
      return bacaDariRencana(p, [], new Map());
    });
    const kedua = rencanaPerbarui({
      katalog: revisiKatalog,
      dikenal: [bawaan],
      bawaan,
      sheets: dibaca,
    });
    expect(kedua.laporan.lembar.map((l) => l.status).filter((s) => s !== "sama")).toEqual([]);
    expect(kedua.plans).toEqual([]);
  });

  test("rows inserted by the user: the sheet is left alone and said so", () => {
    const { sheets } = bukuTerisi();
    const i = sheets.findIndex((s) => s.formulas.length > 0);
    const geser = {
      ...sheets[i],
      formulas: [[], ...sheets[i].formulas],
      values: [[], ...sheets[i].values],
    };
    const input = [...sheets];
    input[i] = geser;
    const r = rencanaPerbarui({ katalog: revisiKatalog, dikenal: [], bawaan, sheets: input });
    expect(r.laporan.lembar[0].status).toBe("susunan-berubah");
    expect(r.plans.some((p) => p.name === geser.name)).toBe(false);
  });

  test("a number typed over a formula is restored and kept in the sisa block", () => {
    const { plans, sheets } = bukuTerisi();
    const p = plans[0];
    const jabatan = bawaan.getJabatan(p.jabatanId!)!;
    const row = p.cells.findIndex((r) => typeof r[13] === "object" && r[13] !== null) + 1;
    const read = bacaDariRencana(
      p,
      inputSlots(jabatan),
      new Map(),
      new Map([[`${row}:13`, { nilai: 85 }]])
    );
    const r = rencanaPerbarui({
      katalog: revisiKatalog,
      dikenal: [],
      bawaan,
      sheets: [read, ...sheets.slice(1)],
    });
    const lap = r.laporan.lembar[0];
    expect(lap.dipulihkan).toEqual([`N${row}`]);
    expect(lap.sisa.map((s) => s.isi)).toContainEqual({ nilai: 85 });
  });
});

describe("tahun berikutnya", () => {
  test.each([false, true])(
    "identity carried, targets only when asked (%s), realisasi empty",
    (bawaTarget) => {
      const { sheets, ketikan } = bukuTerisi();
      const r = rencanaTahunBerikutnya(
        { katalog: bawaan, dikenal: [], bawaan, sheets },
        { bawaTarget }
      );
      const iki = r.plans.filter((p) => p.kind === "iki");
      expect(iki).toHaveLength(semua.length);
      for (const plan of iki) {
        const lap = r.laporan.lembar.find((l) => l.baru === plan.name)!;
        const ketik = ketikan.get(lap.sheet)!;
        const jabatan = bawaan.getJabatan(lap.jabatanId)!;
        for (const s of inputSlots(jabatan)) {
          const c = cellOf(plan, s.row, s.col);
          const isi = ketik.get(s.key);
          const dibawa =
            s.key.startsWith("identitas.") ||
            (bawaTarget && s.key.endsWith(":target")) ||
            /^isian:.*:(kinerja|indikator|formulasi|sumberData|satuan|cara|polaritas)$/.test(s.key);
          if (isi && dibawa) expect(asIsi(c)).toEqual(isi);
          else if (/:\d$/.test(s.key) || s.key.endsWith(":target")) expect(c).toBeNull();
        }
        expect(plan.marker.value).toContain('"tahun":2026');
        expect(plan.name).toMatch(/ 2026$/);
      }
      expect(r.plans.filter((p) => p.kind === "rekap").map((p) => p.name)).toEqual([
        "Rekap IKI 2026",
      ]);
    }
  );
});

describe("ubah rumus", () => {
  test("plain formulas: no IKI. left, every typed value kept; and back", () => {
    const { sheets } = bukuTerisi("iki");
    const r = rencanaUbahRumus({ katalog: bawaan, dikenal: [], bawaan, sheets }, "native");
    const iki = r.plans
      .flatMap((p) => p.cells.flat())
      .filter((c) => typeof c === "object" && c !== null && /IKI\./.test(c.formula));
    // Only typed formulas could hold IKI.; the generated ones do not.
    expect(iki).toEqual([]);
    expect(r.laporan.rumusLain).toEqual([]);
    expect(r.plans.filter((p) => p.kind === "iki")).toHaveLength(semua.length);
    expect(r.laporan.lembar.every((l) => l.sisa.length === 0)).toBe(true);
    const kembali = sheets.map((s) => {
      const p = r.plans.find((x) => x.name === s.name);
      return p ? { ...bacaDariRencana(p, [], new Map()), name: s.name } : s;
    });
    const balik = rencanaUbahRumus(
      { katalog: bawaan, dikenal: [], bawaan, sheets: kembali },
      "iki"
    );
    expect(balik.plans.filter((p) => p.kind === "iki")).toHaveLength(semua.length);
    expect(balik.laporan.lembar.every((l) => l.sisa.length === 0)).toBe(true);
  });
});

describe("laporan", () => {
  test("the report names every sheet, every change and every value kept below the signature", () => {
    const { sheets } = bukuTerisi();
    const r = rencanaPerbarui({ katalog: revisiKatalog, dikenal: [], bawaan, sheets });
    const { judul, baris } = teksLaporan(r.laporan, false);
    expect(judul).toMatch(/Perbarui/);
    const teks = baris.join("\n");
    for (const l of r.laporan.lembar) expect(teks).toContain(l.sheet);
    for (const l of r.laporan.lembar)
      for (const s of l.sisa) expect(teks).toContain(`${s.asal} — ${s.isian}`);
    expect(teks).toMatch(/akan diperbarui/);
    expect(adaYangDitulis(r.laporan)).toBe(true);
    const kosong = rencanaPerbarui({ katalog: bawaan, dikenal: [], bawaan, sheets });
    expect(adaYangDitulis(kosong.laporan)).toBe(false);
  });
});

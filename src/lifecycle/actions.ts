/**
 * The lifecycle actions as plans (pure): perbarui (refresh every IKI sheet to the catalog in use),
 * tahun berikutnya (next year's sheets and rekap), ubah rumus (IKI.* formulas to plain ones and
 * back). Each reads what a port read of the workbook and returns the plans the writers of an insert
 * carry out, the marker updates, and the report shown before and after.
 */
import type { CatalogIndex } from "../catalog/catalog-index";
import { parseMarker, type IkiMarker } from "../template/marker";
import type { FormulaMode, TemplateOptions } from "../template/options";
import type { SheetPlan } from "../template/plan";
import { SheetNamer } from "../template/sheet-names";
import { planRekapOfYear, type ExistingSheet } from "../template/workbook-plan";
import { laporanKosong, optionsDariMarker, rencanaDiTempat, type LembarDibaca } from "./replan";
import { rumusIkiLain } from "./rumus-lain";
import { rujukanKeDiganti } from "./rujukan";
import type { AksiLembar, LaporanLembar, RencanaAksi } from "./types";
import {
  asalDari,
  existingOf,
  ikiSheets,
  sumberLembar,
  type Asal,
  type MasukanAksi,
} from "./lembar-dibaca";

export type { MasukanAksi };
import { rencanaTahunBerikutnya } from "./tahun-berikutnya";
export { rencanaTahunBerikutnya };

/** A sheet replanned in place with `options` from `katalog` (the one in use, or its own). */
function diTempat(
  l: LembarDibaca,
  asal: Asal,
  pilih: (k: CatalogIndex) => CatalogIndex,
  options: (m: IkiMarker) => TemplateOptions
): { plan?: SheetPlan; marker?: string; laporan: LaporanLembar } {
  const s = sumberLembar(l, asal, pilih);
  if ("laporan" in s) return s;
  const tujuan = {
    jabatan: s.jabatan,
    katalog: s.katalog,
    options: options(l.marker),
    name: l.read.name,
  };
  const r = rencanaDiTempat(l, s.sumber, tujuan);
  return { plan: r.plan, marker: r.markerBaru, laporan: r.laporan };
}

/** Refresh and plain formulas: the IKI sheets replanned in place, then the rekaps they feed. */
function rencanaDiTempatSemua(
  aksi: AksiLembar,
  input: MasukanAksi,
  pilih: (k: CatalogIndex) => CatalogIndex,
  mode?: FormulaMode
): RencanaAksi {
  const asal = asalDari(input);
  const options = (m: Pick<IkiMarker, "tahun" | "mode" | "skala">): TemplateOptions => ({
    ...optionsDariMarker(m, input.kunci),
    ...(mode ? { mode } : {}),
  });
  const plans: SheetPlan[] = [];
  const markerBaru: RencanaAksi["markerBaru"] = [];
  const lembar: LaporanLembar[] = [];
  const existing = existingOf(input.sheets);
  const markerOf = new Map(existing.map((s) => [s.name, s.marker]));
  for (const l of ikiSheets(input.sheets)) {
    const skip = mode !== undefined && l.marker.mode === mode;
    const r = skip ? { laporan: laporanKosong(l, "sama") } : diTempat(l, asal, pilih, options);
    lembar.push(r.laporan);
    if ("plan" in r && r.plan) {
      plans.push(r.plan);
      markerOf.set(l.read.name, r.plan.marker.value);
    }
    if ("marker" in r && r.marker) {
      markerBaru.push({ sheet: l.read.name, value: r.marker });
      markerOf.set(l.read.name, r.marker);
    }
  }
  const berubah = new Set(
    lembar.filter((x) => x.status === "diperbarui" || x.status === "penanda").map((x) => x.tahun)
  );
  const sesudah = existing.map((s) => ({ ...s, marker: markerOf.get(s.name) }));
  const rekap = rekapUlang(input, sesudah, berubah, { asal, pilih, options, mode });
  plans.push(...rekap);
  const laporan = {
    aksi,
    lembar,
    rekap: rekap.map((p) => p.name),
    rumusLain: [] as RencanaAksi["laporan"]["rumusLain"],
  };
  if (mode === "native") laporan.rumusLain = rumusIkiLain(input.sheets, plans);
  return { plans, markerBaru, laporan };
}

/**
 * The workbook's rekaps to rewrite: of a year whose sheets changed, of another known catalog
 * (refresh: its bidang labels and kop), of another formula mode (a plain copy must hold no IKI.*
 * formula: a rekap whose catalog is not known is then planned with the catalog in use). On refresh a
 * rekap whose catalog is not known is rewritten only when its sheets changed; `pilih` as for the
 * sheets (ubah rumus keeps each one's own catalog).
 */
function rekapUlang(
  input: MasukanAksi,
  existing: ExistingSheet[],
  tahunBerubah: Set<number>,
  cara: {
    asal: Asal;
    pilih: (k: CatalogIndex) => CatalogIndex;
    options: (m: Pick<IkiMarker, "tahun" | "mode" | "skala">) => TemplateOptions;
    mode?: FormulaMode;
  }
): SheetPlan[] {
  const { asal, pilih, options, mode } = cara;
  const hash = input.katalog.identity().hash;
  const namer = new SheetNamer(existing.map((s) => s.name));
  const plans: SheetPlan[] = [];
  const seen = new Set<number>();
  for (const s of existing) {
    const m = s.marker === undefined ? undefined : parseMarker(s.marker);
    if (m?.kind !== "rekap" || seen.has(m.tahun)) continue;
    seen.add(m.tahun);
    const katalognya = asal(m.katalog);
    const lainKatalog = mode === undefined && m.katalog !== hash && katalognya !== undefined;
    const lainMode = mode !== undefined && m.mode !== mode;
    if (!tahunBerubah.has(m.tahun) && !lainKatalog && !lainMode) continue;
    const katalog = pilih(katalognya ?? input.katalog);
    plans.push(planRekapOfYear({ katalog, options: options(m), existing, baru: [], namer }));
  }
  return plans;
}

export function rencanaPerbarui(input: MasukanAksi): RencanaAksi {
  return rencanaDiTempatSemua({ kind: "perbarui" }, input, () => input.katalog);
}

export function rencanaUbahRumus(input: MasukanAksi, mode: FormulaMode): RencanaAksi {
  // Each sheet keeps its own catalog: only the formulas change.
  return rencanaDiTempatSemua({ kind: "ubah-rumus", mode }, input, (k) => k, mode);
}

function rencanaSaja(aksi: AksiLembar, input: MasukanAksi): RencanaAksi {
  if (aksi.kind === "perbarui") return rencanaPerbarui(input);
  if (aksi.kind === "ubah-rumus") return rencanaUbahRumus(input, aksi.mode);
  return rencanaTahunBerikutnya(input, aksi);
}

/** The plans of `aksi`, and the formulas naming a sheet they replace (set again after the swap). */
export function rencanaAksi(aksi: AksiLembar, input: MasukanAksi): RencanaAksi {
  const rencana = rencanaSaja(aksi, input);
  const rujukan = rujukanKeDiganti(input.sheets, rencana.plans);
  return rujukan.length === 0 ? rencana : { ...rencana, laporan: { ...rencana.laporan, rujukan } };
}

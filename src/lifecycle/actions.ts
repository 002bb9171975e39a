/**
 * The lifecycle actions as plans (pure): perbarui (refresh every IKI sheet to the catalog in use),
 * tahun berikutnya (next year's sheets and rekap), ubah rumus (IKI.* formulas to plain ones and
 * back). Each reads what a port read of the workbook and returns the plans the writers of an insert
 * carry out, the marker updates, and the report shown before and after.
 */
import type { CatalogIndex } from "../catalog/catalog-index";
import { katalogAsal } from "../template/katalog-riwayat";
import { planStoredCatalog } from "../template/katalog-tersimpan";
import { parseMarker, type IkiMarker } from "../template/marker";
import type { FormulaMode, TemplateOptions } from "../template/options";
import type { SheetPlan } from "../template/plan";
import { SheetNamer } from "../template/sheet-names";
import {
  findIkiSheets,
  findIkiSheetsOfYear,
  planRekapOfYear,
  type ExistingSheet,
} from "../template/workbook-plan";
import { namaTahunBerikutnya } from "./nama";
import {
  laporanKosong,
  optionsDariMarker,
  rencanaBaru,
  rencanaDiTempat,
  type LembarDibaca,
} from "./replan";
import { rumusIkiLain } from "./rumus-lain";
import { rujukanKeDiganti } from "./rujukan";
import { dibawaKeTahunBerikutnya } from "./slots";
import type { AksiLembar, LaporanLembar, RencanaAksi, SheetRead } from "./types";

export interface MasukanAksi {
  /** The catalog in use. */
  katalog: CatalogIndex;
  /** Every catalog the workbook knows (stored, its riwayat); the one in use need not be listed. */
  dikenal: CatalogIndex[];
  /** The built-in catalog: a marker without a catalog hash was made from it. */
  bawaan: CatalogIndex;
  /** Every sheet of the workbook in tab order; only IKI sheets need their cells read. */
  sheets: SheetRead[];
  /** Kunci rumus for the sheets planned (absent: on). */
  kunci?: boolean;
  /** Next year into a new file: the plans are that file's sheets only (and its stored catalog). */
  bukuBaru?: boolean;
}

type Asal = (hash: string | undefined) => CatalogIndex | undefined;

function asalDari(input: MasukanAksi): Asal {
  const pilihan = { dipakai: input.katalog, riwayat: input.dikenal, bawaan: input.bawaan };
  return (hash) => katalogAsal(hash, pilihan);
}

const existingOf = (sheets: SheetRead[]): ExistingSheet[] =>
  sheets.map((s) =>
    s.marker === undefined ? { name: s.name } : { name: s.name, marker: s.marker }
  );

function ikiSheets(sheets: SheetRead[]): LembarDibaca[] {
  const byName = new Map(sheets.map((s) => [s.name, s]));
  return findIkiSheets(existingOf(sheets)).map(({ name, marker }) => ({
    read: byName.get(name) as SheetRead,
    marker,
  }));
}

const kosong = (l: LembarDibaca, status: LaporanLembar["status"], jabatan = l.marker.jabatanId) =>
  laporanKosong(l, jabatan, status);

/** A sheet replanned in place with `options` from `katalog` (the one in use, or its own). */
function diTempat(
  l: LembarDibaca,
  asal: Asal,
  pilih: (k: CatalogIndex) => CatalogIndex,
  options: (m: IkiMarker) => TemplateOptions
): { plan?: SheetPlan; marker?: string; laporan: LaporanLembar } {
  const katalogLama = asal(l.marker.katalog);
  const jabatanLama = katalogLama?.getJabatan(l.marker.jabatanId);
  if (!katalogLama || !jabatanLama) return { laporan: kosong(l, "katalog-tidak-dikenal") };
  const katalog = pilih(katalogLama);
  const jabatan = katalog.getJabatan(l.marker.jabatanId);
  if (!jabatan) return { laporan: kosong(l, "jabatan-tidak-ada", jabatanLama.nama) };
  const tujuan = { jabatan, katalog, options: options(l.marker), name: l.read.name };
  const r = rencanaDiTempat(l, { jabatan: jabatanLama, katalog: katalogLama }, tujuan);
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
  const options = (m: IkiMarker) => ({
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
    const r = skip ? { laporan: kosong(l, "sama") } : diTempat(l, asal, pilih, options);
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
  const rekap = rekapUlang(input, sesudah, berubah, pilih, mode);
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
 * (refresh: its bidang labels and kop), of another formula mode. A rekap whose catalog is not known
 * is rewritten only when its sheets changed; with `pilih` as the sheets are (ubah rumus keeps each
 * one's own catalog).
 */
function rekapUlang(
  input: MasukanAksi,
  existing: ExistingSheet[],
  tahunBerubah: Set<number>,
  pilih: (k: CatalogIndex) => CatalogIndex,
  mode?: FormulaMode
): SheetPlan[] {
  const asal = asalDari(input);
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
    const options: TemplateOptions = {
      ...optionsDariMarker({ ...m, kind: "iki", jabatanId: "" } as IkiMarker, input.kunci),
      ...(mode ? { mode } : {}),
    };
    const katalog = pilih(katalognya ?? input.katalog);
    plans.push(planRekapOfYear({ katalog, options, existing, baru: [], namer }));
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

/** The latest year of the workbook's IKI sheets; undefined without any. */
export function tahunTerakhir(sheets: SheetRead[]): number | undefined {
  const years = findIkiSheets(existingOf(sheets)).map((s) => s.marker.tahun);
  return years.length > 0 ? Math.max(...years) : undefined;
}

export function rencanaTahunBerikutnya(
  input: MasukanAksi,
  pilihan: { dariTahun?: number; bawaTarget: boolean }
): RencanaAksi {
  const aksi: AksiLembar = { kind: "tahun-berikutnya", ...pilihan };
  const dari = pilihan.dariTahun ?? tahunTerakhir(input.sheets);
  const kosongAksi = {
    plans: [],
    markerBaru: [],
    laporan: { aksi, lembar: [], rekap: [], rumusLain: [] },
  };
  if (dari === undefined) return kosongAksi;
  const tahun = dari + 1;
  const asal = asalDari(input);
  const existing = input.bukuBaru ? [] : existingOf(input.sheets);
  const namer = new SheetNamer(existing.map((s) => s.name));
  // Sheets of the new year made before, per jabatan: each stands for one sheet of this year (a
  // jabatan with two pegawai has two), so only that many are skipped.
  const sudah = new Map<string, number>();
  for (const s of findIkiSheetsOfYear(existing, tahun))
    sudah.set(s.jabatanId, (sudah.get(s.jabatanId) ?? 0) + 1);
  const bawa = (key: string) => dibawaKeTahunBerikutnya(key, pilihan.bawaTarget);
  const plans: SheetPlan[] = [];
  const lembar: LaporanLembar[] = [];
  const baru: { jabatan: NonNullable<ReturnType<CatalogIndex["getJabatan"]>>; name: string }[] = [];
  for (const l of ikiSheets(input.sheets).filter((x) => x.marker.tahun === dari)) {
    const katalogLama = asal(l.marker.katalog);
    const jabatanLama = katalogLama?.getJabatan(l.marker.jabatanId);
    const jabatan = input.katalog.getJabatan(l.marker.jabatanId);
    if (!katalogLama || !jabatanLama) lembar.push(kosong(l, "katalog-tidak-dikenal"));
    else if (!jabatan) lembar.push(kosong(l, "jabatan-tidak-ada", jabatanLama.nama));
    else if ((sudah.get(jabatan.id) ?? 0) > 0) {
      sudah.set(jabatan.id, (sudah.get(jabatan.id) as number) - 1);
      lembar.push(kosong(l, "sudah-ada", jabatan.nama));
    } else {
      const name = namer.take(
        namaTahunBerikutnya(jabatan, input.katalog, input.bukuBaru ? undefined : tahun)
      );
      const options = { ...optionsDariMarker(l.marker, input.kunci), tahun };
      const tujuan = { jabatan, katalog: input.katalog, options, name };
      const r = rencanaBaru(l, { jabatan: jabatanLama, katalog: katalogLama }, tujuan, bawa);
      lembar.push(r.laporan);
      if (r.plan) {
        plans.push(r.plan);
        baru.push({ jabatan, name });
      }
    }
  }
  if (plans.length === 0) return { ...kosongAksi, laporan: { ...kosongAksi.laporan, lembar } };
  const contoh = parseMarker(plans[0].marker.value) as IkiMarker;
  const options = { ...optionsDariMarker(contoh, input.kunci), tahun };
  plans.push(planRekapOfYear({ katalog: input.katalog, options, existing, baru, namer }));
  if (input.bukuBaru && input.katalog !== input.bawaan)
    plans.push(
      planStoredCatalog(
        input.katalog.catalog,
        plans.map((p) => ({ name: p.name }))
      )
    );
  const rekap = [plans.find((p) => p.kind === "rekap")?.name as string];
  return { plans, markerBaru: [], laporan: { aksi, lembar, rekap, rumusLain: [] } };
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

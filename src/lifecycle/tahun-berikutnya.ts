/**
 * Tahun berikutnya: next year's sheets from the sheets of the latest year (identity and the typed
 * rows' definitions carried, targets when asked, realisasi empty) and their rekap.
 */
import type { Jabatan } from "../catalog/types";
import { planStoredCatalog } from "../template/katalog-tersimpan";
import { parseMarker, type IkiMarker } from "../template/marker";
import type { SheetPlan } from "../template/plan";
import { SheetNamer } from "../template/sheet-names";
import {
  findIkiSheetsOfYear,
  planRekapOfYear,
  type ExistingSheet,
} from "../template/workbook-plan";
import { namaTahunBerikutnya } from "./nama";
import { laporanKosong, optionsDariMarker, rencanaBaru } from "./replan";
import { dibawaKeTahunBerikutnya } from "./slots";
import type { AksiLembar, LaporanLembar, RencanaAksi } from "./types";
import {
  asalDari,
  existingOf,
  ikiSheets,
  sumberLembar,
  tahunTerakhir,
  type MasukanAksi,
} from "./lembar-dibaca";

/** Next year's rekap over its new sheets, and in a new file the catalog it was planned from. */
function penutupTahunBaru(
  input: MasukanAksi,
  plans: SheetPlan[],
  r: {
    existing: ExistingSheet[];
    baru: { jabatan: Jabatan; name: string }[];
    namer: SheetNamer;
    tahun: number;
  }
): SheetPlan[] {
  const contoh = parseMarker(plans[0].marker.value) as IkiMarker;
  const options = { ...optionsDariMarker(contoh, input.kunci), tahun: r.tahun };
  const { existing, baru, namer } = r;
  const out = [planRekapOfYear({ katalog: input.katalog, options, existing, baru, namer })];
  if (input.bukuBaru && input.katalog !== input.bawaan) {
    const names = [...plans, ...out].map((p) => ({ name: p.name }));
    out.push(planStoredCatalog(input.katalog.catalog, names));
  }
  return out;
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
  const baru: { jabatan: Jabatan; name: string }[] = [];
  for (const l of ikiSheets(input.sheets).filter((x) => x.marker.tahun === dari)) {
    const s = sumberLembar(l, asal, () => input.katalog);
    if ("laporan" in s) {
      lembar.push(s.laporan);
      continue;
    }
    const { jabatan } = s;
    if ((sudah.get(jabatan.id) ?? 0) > 0) {
      sudah.set(jabatan.id, (sudah.get(jabatan.id) as number) - 1);
      lembar.push(laporanKosong(l, "sudah-ada", jabatan.nama));
      continue;
    }
    const akhiran = input.bukuBaru ? undefined : tahun;
    const name = namer.take(namaTahunBerikutnya(jabatan, input.katalog, akhiran));
    const options = { ...optionsDariMarker(l.marker, input.kunci), tahun };
    const tujuan = { jabatan, katalog: input.katalog, options, name };
    const r = rencanaBaru(l, s.sumber, tujuan, bawa);
    lembar.push(r.laporan);
    if (r.plan) {
      plans.push(r.plan);
      baru.push({ jabatan, name });
    }
  }
  if (plans.length === 0) return { ...kosongAksi, laporan: { ...kosongAksi.laporan, lembar } };
  plans.push(...penutupTahunBaru(input, plans, { existing, baru, namer, tahun }));
  const rekap = [plans.find((p) => p.kind === "rekap")?.name as string];
  return { plans, markerBaru: [], laporan: { aksi, lembar, rekap, rumusLain: [] } };
}

/**
 * One IKI sheet planned again: from the jabatan it was made of (asal) to the jabatan, catalog and
 * options wanted now (tujuan), with what the user typed carried over by slot key. A refresh and the
 * plain-formula copy replace the sheet (a new sheet in its place, SheetPlan.supersedes) and keep every
 * typed value, in its slot or in the sisa block; next year makes a new sheet carrying only some.
 */
import type { CatalogIndex } from "../catalog/catalog-index";
import type { Jabatan } from "../catalog/types";
import { planIkiSheet } from "../template/iki-sheet";
import { ikiLayout } from "../template/layout";
import type { IkiMarker } from "../template/marker";
import type { Identitas, TemplateOptions } from "../template/options";
import type { SheetPlan } from "../template/plan";
import { validatePlan } from "../template/validate-plan";
import { bedaJabatan } from "./diff";
import { bacaIsian, sisaDariDiubah, susunanUtuh } from "./read-inputs";
import { keRencana } from "./sel";
import { tambahSisa } from "./sisa";
import { inputSlots, type Slot } from "./slots";
import type { Isi, LaporanLembar, SheetRead, Sisa } from "./types";

const TANPA_IDENTITAS: Identitas = {
  nama: "",
  nip: "",
  pangkatGolongan: "",
  penilaiNama: "",
  penilaiNip: "",
};

/** The options a sheet was made with, as its marker tells (identity comes from the sheet's cells). */
export function optionsDariMarker(marker: IkiMarker, kunci: boolean | undefined): TemplateOptions {
  const options: TemplateOptions = {
    tahun: marker.tahun,
    mode: marker.mode,
    skala: marker.skala,
    identitas: TANPA_IDENTITAS,
  };
  if (kunci !== undefined) options.kunci = kunci;
  return options;
}

export interface Sumber {
  jabatan: Jabatan;
  katalog: CatalogIndex;
}

export interface Tujuan extends Sumber {
  options: TemplateOptions;
  /** The sheet's name: its own (in place) or a new one (next year). */
  name: string;
}

export interface LembarDibaca {
  read: SheetRead;
  marker: IkiMarker;
}

/** Everything but the name and the marker: two plans that agree here make the same sheet. */
const BUKAN_ISI = new Set(["name", "marker", "supersedes", "replace"]);
function inti(plan: SheetPlan): string {
  return JSON.stringify(plan, (key, value) => (BUKAN_ISI.has(key) ? undefined : value));
}

function laporanKosong(
  l: LembarDibaca,
  jabatan: string,
  status: LaporanLembar["status"]
): LaporanLembar {
  return {
    sheet: l.read.name,
    jabatanId: l.marker.jabatanId,
    jabatan,
    tahun: l.marker.tahun,
    status,
    ditambah: [],
    dihapus: [],
    berubah: [],
    lain: [],
    dipertahankan: 0,
    sisa: [],
    dipulihkan: [],
  };
}

/** The plan with the typed values in their slots; those whose key the plan lacks come back as sisa. */
function isiKe(plan: SheetPlan, slots: Slot[], isian: Map<string, Isi>, asal: Slot[]) {
  const cells = plan.cells.map((row) => [...row]);
  const byKey = new Map(slots.map((s) => [s.key, s]));
  const sisa: Sisa[] = [];
  let dipertahankan = 0;
  for (const [key, isi] of isian) {
    const slot = byKey.get(key);
    if (slot) {
      cells[slot.row - 1][slot.col] = keRencana(isi);
      dipertahankan++;
      continue;
    }
    const dulu = asal.find((s) => s.key === key) as Slot;
    sisa.push({ asal: dulu.asal, isian: dulu.isian, isi });
  }
  return { plan: { ...plan, cells }, dipertahankan, sisa };
}

/** Why two plans of one sheet differ beyond the catalog's jabatan: the kop, the formulas, the lock. */
function lainnya(
  marker: IkiMarker,
  baru: SheetPlan,
  asal: Sumber,
  tujuan: Tujuan,
  read: SheetRead
): string[] {
  const lain: string[] = [];
  const [a, b] = [asal.katalog.catalog.instansi, tujuan.katalog.catalog.instansi];
  if (JSON.stringify(a) !== JSON.stringify(b)) lain.push("kop dan nama instansi");
  if (marker.mode !== tujuan.options.mode)
    lain.push(tujuan.options.mode === "iki" ? "rumus IKI" : "rumus biasa");
  const kunci = baru.protect === true;
  if (read.terkunci !== undefined && read.terkunci !== kunci)
    lain.push(kunci ? "dikunci" : "kunci dibuka");
  return lain;
}

/**
 * The sheet planned again in its place (refresh, plain formulas): undefined plan when nothing but
 * perhaps the marker changes. `asal` is the jabatan and catalog of the sheet's marker.
 */
export function rencanaDiTempat(
  lembar: LembarDibaca,
  asal: Sumber,
  tujuan: Tujuan
): { plan?: SheetPlan; markerBaru?: string; laporan: LaporanLembar } {
  const { read, marker } = lembar;
  const optionsLama = {
    ...tujuan.options,
    tahun: marker.tahun,
    mode: marker.mode,
    skala: marker.skala,
  };
  const lama = planIkiSheet(asal.jabatan, optionsLama, read.name, asal.katalog);
  const layoutLama = ikiLayout(asal.jabatan);
  const nama = tujuan.jabatan.nama;
  if (!susunanUtuh(read, lama, layoutLama))
    return { laporan: laporanKosong(lembar, nama, "susunan-berubah") };
  const baru = planIkiSheet(tujuan.jabatan, tujuan.options, read.name, tujuan.katalog);
  const laporan = laporanKosong(lembar, nama, "diperbarui");
  const beda = bedaJabatan(asal.jabatan, tujuan.jabatan);
  Object.assign(laporan, beda);
  laporan.lain = [...beda.lain, ...lainnya(marker, baru, asal, tujuan, read)];
  const terkunciSesuai = read.terkunci === undefined || read.terkunci === (baru.protect === true);
  if (inti(lama) === inti(baru) && terkunciSesuai) {
    if (baru.marker.value === read.marker) return { laporan: { ...laporan, status: "sama" } };
    return { markerBaru: baru.marker.value, laporan: { ...laporan, status: "penanda" } };
  }
  if (
    laporan.lain.length === 0 &&
    beda.ditambah.length + beda.dihapus.length + beda.berubah.length === 0
  )
    laporan.lain.push("tata letak lembar");
  const slotsLama = inputSlots(asal.jabatan);
  const dibaca = bacaIsian(read, lama, slotsLama, layoutLama);
  const diisi = isiKe(baru, inputSlots(tujuan.jabatan), dibaca.isian, slotsLama);
  laporan.dipertahankan = diisi.dipertahankan;
  laporan.dipulihkan = dibaca.diubah.map((d) => d.sel);
  laporan.sisa = [...dibaca.sisaLama, ...diisi.sisa, ...sisaDariDiubah(dibaca.diubah)];
  const plan = validatePlan({ ...tambahSisa(diisi.plan, laporan.sisa), supersedes: [read.name] });
  return { plan, laporan };
}

/** Next year's sheet made from this one: a new sheet carrying the typed values `bawa` accepts. */
export function rencanaBaru(
  lembar: LembarDibaca,
  asal: Sumber,
  tujuan: Tujuan,
  bawa: (key: string) => boolean
): { plan?: SheetPlan; laporan: LaporanLembar } {
  const { read, marker } = lembar;
  const optionsLama = {
    ...tujuan.options,
    tahun: marker.tahun,
    mode: marker.mode,
    skala: marker.skala,
  };
  const lama = planIkiSheet(asal.jabatan, optionsLama, read.name, asal.katalog);
  const layoutLama = ikiLayout(asal.jabatan);
  const laporan = laporanKosong(lembar, tujuan.jabatan.nama, "dibuat");
  if (!susunanUtuh(read, lama, layoutLama))
    return { laporan: { ...laporan, status: "susunan-berubah" } };
  const slotsLama = inputSlots(asal.jabatan);
  const dibaca = bacaIsian(read, lama, slotsLama, layoutLama);
  const dibawa = new Map([...dibaca.isian].filter(([key]) => bawa(key)));
  const baru = planIkiSheet(tujuan.jabatan, tujuan.options, tujuan.name, tujuan.katalog);
  const diisi = isiKe(baru, inputSlots(tujuan.jabatan), dibawa, slotsLama);
  Object.assign(laporan, bedaJabatan(asal.jabatan, tujuan.jabatan));
  laporan.baru = tujuan.name;
  laporan.dipertahankan = diisi.dipertahankan;
  // What found no place stays on last year's sheet, which is not touched: listed, not kept here.
  laporan.sisa = diisi.sisa;
  return { plan: validatePlan(diisi.plan), laporan };
}

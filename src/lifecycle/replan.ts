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
import { cell } from "../template/a1";
import { geserRujukan, petaSlot } from "./geser-rujukan";
import { keRencana } from "./sel";
import { tambahSisa } from "./sisa";
import { inputSlots, type Slot } from "./slots";
import { teks } from "./teks";
import type { Isi, LaporanLembar, SheetRead, Sisa } from "./types";

const TANPA_IDENTITAS: Identitas = {
  nama: "",
  nip: "",
  pangkatGolongan: "",
  penilaiNama: "",
  penilaiNip: "",
};

/** The options a sheet was made with, as its marker tells (identity comes from the sheet's cells). */
export function optionsDariMarker(
  marker: Pick<IkiMarker, "tahun" | "mode" | "skala">,
  kunci: boolean | undefined
): TemplateOptions {
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

/** The report of a sheet before anything is known of its changes. */
export function laporanKosong(
  l: LembarDibaca,
  status: LaporanLembar["status"],
  jabatan: string = l.marker.jabatanId
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

/**
 * The typed values in their new slots; a formula's references follow their targets (rujukan.ts),
 * those it cannot follow are listed in `periksa`. Values whose key the plan lacks come back as sisa.
 */
function isiKe(
  plan: SheetPlan,
  slots: Slot[],
  isian: Map<string, Isi>,
  asal: Slot[],
  sama: boolean
) {
  const cells = plan.cells.map((row) => [...row]);
  const byKey = new Map(slots.map((s) => [s.key, s]));
  const peta = petaSlot(asal, slots, sama);
  const sisa: Sisa[] = [];
  const periksa: string[] = [];
  let dipertahankan = 0;
  for (const [key, isi] of isian) {
    const slot = byKey.get(key);
    const dulu = asal.find((s) => s.key === key) as Slot;
    if (!slot) {
      sisa.push({ asal: dulu.asal, isian: dulu.isian, isi });
      continue;
    }
    let nilai = isi;
    if ("rumus" in isi) {
      const geser = geserRujukan(isi.rumus, peta);
      if (!geser.utuh) periksa.push(cell(slot.row, slot.col));
      nilai = { rumus: geser.rumus };
    }
    cells[slot.row - 1][slot.col] = keRencana(nilai);
    dipertahankan++;
  }
  return { plan: { ...plan, cells }, dipertahankan, sisa, periksa };
}

/** Whether two jabatan put every row of the sheet in the same place. */
const samaTataLetak = (a: Jabatan, b: Jabatan) =>
  JSON.stringify(ikiLayout(a)) === JSON.stringify(ikiLayout(b));

/** The plan the sheet was made from (its marker's year, mode and scale), or undefined when its rows moved. */
function rencanaAsal(lembar: LembarDibaca, asal: Sumber, tujuan: Tujuan) {
  const { read, marker } = lembar;
  const options = {
    ...tujuan.options,
    tahun: marker.tahun,
    mode: marker.mode,
    skala: marker.skala,
  };
  const lama = planIkiSheet(asal.jabatan, options, read.name, asal.katalog);
  const layout = ikiLayout(asal.jabatan);
  if (!susunanUtuh(read, lama, layout)) return undefined;
  const slots = inputSlots(asal.jabatan);
  return { lama, slots, dibaca: bacaIsian(read, lama, slots, layout) };
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
  const t = teks.lain;
  if (JSON.stringify(a) !== JSON.stringify(b)) lain.push(t.kop);
  if (marker.mode !== tujuan.options.mode)
    lain.push(tujuan.options.mode === "iki" ? t.rumusIki : t.rumusBiasa);
  const kunci = baru.protect === true;
  if (read.terkunci !== undefined && read.terkunci !== kunci)
    lain.push(kunci ? t.dikunci : t.kunciDibuka);
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
  const nama = tujuan.jabatan.nama;
  const asalnya = rencanaAsal(lembar, asal, tujuan);
  if (!asalnya) return { laporan: laporanKosong(lembar, "susunan-berubah", nama) };
  const { lama, slots, dibaca } = asalnya;
  const baru = planIkiSheet(tujuan.jabatan, tujuan.options, read.name, tujuan.katalog);
  const laporan = laporanKosong(lembar, "diperbarui", nama);
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
    laporan.lain.push(teks.lain.tataLetak);
  const sama = samaTataLetak(asal.jabatan, tujuan.jabatan);
  const diisi = isiKe(baru, inputSlots(tujuan.jabatan), dibaca.isian, slots, sama);
  laporan.dipertahankan = diisi.dipertahankan;
  laporan.dipulihkan = dibaca.diubah.filter((d) => d.dipulihkan).map((d) => d.sel);
  if (diisi.periksa.length > 0) laporan.periksa = diisi.periksa;
  laporan.sisa = [...dibaca.sisaLama, ...diisi.sisa, ...sisaDariDiubah(dibaca.diubah)];
  const plan = validatePlan({ ...tambahSisa(diisi.plan, laporan.sisa), supersedes: [read.name] });
  return { plan, laporan };
}

/**
 * A new sheet of `tujuan` made from this one, carrying the typed values `bawa` accepts (next year,
 * the merge of staff files): undefined when the sheet's rows moved. The plan is not validated yet.
 */
export function isiBaru(
  lembar: LembarDibaca,
  asal: Sumber,
  tujuan: Tujuan,
  bawa: (key: string) => boolean
) {
  const asalnya = rencanaAsal(lembar, asal, tujuan);
  if (!asalnya) return undefined;
  const { lama, slots, dibaca } = asalnya;
  const dibawa = new Map([...dibaca.isian].filter(([key]) => bawa(key)));
  const baru = planIkiSheet(tujuan.jabatan, tujuan.options, tujuan.name, tujuan.katalog);
  const sama = samaTataLetak(asal.jabatan, tujuan.jabatan);
  return { ...isiKe(baru, inputSlots(tujuan.jabatan), dibawa, slots, sama), lama, dibaca, sama };
}

/** Next year's sheet made from this one: a new sheet carrying the typed values `bawa` accepts. */
export function rencanaBaru(
  lembar: LembarDibaca,
  asal: Sumber,
  tujuan: Tujuan,
  bawa: (key: string) => boolean
): { plan?: SheetPlan; laporan: LaporanLembar } {
  const laporan = laporanKosong(lembar, "dibuat", tujuan.jabatan.nama);
  const diisi = isiBaru(lembar, asal, tujuan, bawa);
  if (!diisi) return { laporan: { ...laporan, status: "susunan-berubah" } };
  Object.assign(laporan, bedaJabatan(asal.jabatan, tujuan.jabatan));
  laporan.baru = tujuan.name;
  laporan.dipertahankan = diisi.dipertahankan;
  if (diisi.periksa.length > 0) laporan.periksa = diisi.periksa;
  // What found no place stays on last year's sheet, which is not touched: listed, not kept here.
  laporan.sisa = diisi.sisa;
  return { plan: validatePlan(diisi.plan), laporan };
}

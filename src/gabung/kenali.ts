/**
 * An IKI sheet recognised by its content when its marker is gone (LibreOffice and WPS drop worksheet
 * custom properties) or names a catalog not known: the title gives the year, the identity's jabatan
 * and unit kerja the jabatan, an IKI.* formula the mode, and the scale is the one whose plan the
 * sheet's own cells agree with best. Accepted only when the plan's rows are where the sheet has them,
 * or can be matched to them (rows inserted).
 */
import type { CatalogIndex } from "../catalog/catalog-index";
import { normalizeText } from "../catalog/normalize";
import type { Jabatan } from "../catalog/types";
import { SKALA_BAWAAN } from "../capaian";
import { susunanUtuh } from "../lifecycle/read-inputs";
import { isiSel, samaDenganRencana } from "../lifecycle/sel";
import { inputSlots } from "../lifecycle/slots";
import { optionsDariMarker } from "../lifecycle/replan";
import { IKI } from "../lifecycle/rumus-lain";
import type { SheetRead } from "../lifecycle/types";
import { unitKerja } from "../template/iki-frame";
import { planIkiSheet } from "../template/iki-sheet";
import { BARIS_IDENTITAS, KOLOM_IDENTITAS, ikiLayout } from "../template/layout";
import { parseMarker, type IkiMarker } from "../template/marker";
import type { FormulaMode, SkalaPredikat } from "../template/options";
import type { SheetPlan } from "../template/plan";
import { teks as teksTemplate } from "../template/teks";
import { sejajarkan } from "./sejajar";

/** The title's start: a pegawai may add to its end (" - TRIWULAN III"). */
const AWAL_JUDUL = teksTemplate.judul(0).replace(/0$/, "");
const JUDUL = new RegExp(`^${AWAL_JUDUL}(\\d{4})(?!\\d)`, "i");
/** Rows searched for the title and the identity labels (rows inserted above them move them down). */
const BARIS_CARI = 40;

const teksSel = (read: SheetRead, row: number, col: number): string | undefined => {
  const isi = isiSel(read, row, col);
  return isi && "nilai" in isi && typeof isi.nilai === "string" ? isi.nilai.trim() : undefined;
};

/** The year of the sheet's title (its start as planned, anything after the year allowed). */
export function tahunJudul(read: SheetRead): number | undefined {
  for (let row = 1; row <= BARIS_CARI; row++) {
    const m = JUDUL.exec(teksSel(read, row, 0) ?? "");
    if (m) return Number(m[1]);
  }
  return undefined;
}

/** The identity value beside `label` in column A (at its planned row, else the first row holding it). */
function identitas(read: SheetRead, label: string, planned: number): string {
  const sama = (row: number) => normalizeText(teksSel(read, row, 0) ?? "") === normalizeText(label);
  let row = planned;
  if (!sama(row)) for (row = 1; row <= BARIS_CARI && !sama(row); row++);
  return teksSel(read, row, KOLOM_IDENTITAS.nilaiDari) ?? "";
}

/** The jabatan the sheet may be of: by name, narrowed by unit kerja when that decides it. */
function jabatanDari(read: SheetRead, katalog: CatalogIndex): Jabatan[] {
  const label = teksTemplate.identitas;
  const nama = identitas(read, label.jabatan, BARIS_IDENTITAS.jabatan);
  const calon = katalog.jabatanByNama(nama);
  if (calon.length <= 1) return calon;
  const unit = normalizeText(identitas(read, label.unitKerja, BARIS_IDENTITAS.unitKerja));
  const cocok = calon.filter((j) => normalizeText(unitKerja(j, katalog)) === unit);
  // A unit kerja typed otherwise decides nothing: the layout (scored below) does.
  return cocok.length === 1 ? cocok : calon;
}

/** Whether the sheet looks like an IKI sheet (its title, or the identity labels in column A). */
export function miripIki(read: SheetRead): boolean {
  const awal = normalizeText(AWAL_JUDUL);
  const { jabatan, unitKerja: unit } = teksTemplate.identitas;
  const label = new Set([normalizeText(jabatan), normalizeText(unit)]);
  const ada = new Set<string>();
  for (let row = 1; row <= BARIS_CARI; row++) {
    const t = normalizeText(teksSel(read, row, 0) ?? "");
    if (t.startsWith(awal)) return true;
    if (label.has(t)) ada.add(t);
  }
  return ada.size === label.size;
}

const modeDari = (read: SheetRead): FormulaMode =>
  read.formulas.some((row) =>
    row.some((f) => typeof f === "string" && f.startsWith("=") && IKI.test(f))
  )
    ? "iki"
    : "native";

/** How many of the plan's own cells (texts and formulas) the sheet holds as planned. */
function kecocokan(read: SheetRead, plan: SheetPlan): number {
  let n = 0;
  plan.cells.forEach((row, i) =>
    row.forEach((c, col) => {
      if (c !== null && c !== "" && samaDenganRencana(isiSel(read, i + 1, col), c)) n++;
    })
  );
  return n;
}

/** The sheet as `plan` reads it: itself when its rows are in place, else re-laid; undefined when neither. */
export function bacaSesuai(read: SheetRead, plan: SheetPlan, jabatan: Jabatan, sejajar = true) {
  if (susunanUtuh(read, plan, ikiLayout(jabatan))) return { read, sisipan: [], periksa: [] };
  if (!sejajar) return undefined;
  const isian = new Set(inputSlots(jabatan).map((s) => `${s.row}:${s.col}`));
  const s = sejajarkan(read, plan, isian);
  if (!s || !susunanUtuh(s.read, plan, ikiLayout(jabatan))) return undefined;
  return s;
}

function cobaKatalog(read: SheetRead, katalog: CatalogIndex, tahun: number, sejajar: boolean) {
  const mode = modeDari(read);
  let terbaik: { marker: IkiMarker; skor: number } | undefined;
  // Two jabatan the sheet matches equally well (one name, one layout, unit kerja typed otherwise):
  // which one it is cannot be told, so it is not guessed.
  let seri = false;
  for (const jabatan of jabatanDari(read, katalog))
    for (const skala of Object.keys(SKALA_BAWAAN) as SkalaPredikat[]) {
      const options = optionsDariMarker({ tahun, mode, skala }, undefined);
      const plan = planIkiSheet(jabatan, options, read.name, katalog);
      const sesuai = bacaSesuai(read, plan, jabatan, sejajar);
      if (!sesuai) continue;
      // The identity and typed inputs count against no scale: only the plan's own cells do.
      const skor = kecocokan(sesuai.read, plan);
      if (terbaik && skor === terbaik.skor && terbaik.marker.jabatanId !== jabatan.id) seri = true;
      if (!terbaik || skor > terbaik.skor) {
        terbaik = { marker: parseMarker(plan.marker.value) as IkiMarker, skor };
        seri = false;
      }
    }
  return seri ? undefined : terbaik?.marker;
}

/**
 * The marker the sheet would have had, recognised by its content against each catalog in turn;
 * undefined when it is not an IKI sheet of any of them. A catalog whose plan the sheet holds row
 * for row comes before one it matches only with rows set aside as inserted.
 */
export function kenaliLembar(read: SheetRead, katalogs: CatalogIndex[]): IkiMarker | undefined {
  const tahun = tahunJudul(read);
  if (tahun === undefined) return undefined;
  for (const sejajar of [false, true])
    for (const katalog of katalogs) {
      const marker = cobaKatalog(read, katalog, tahun, sejajar);
      if (marker) return marker;
    }
  return undefined;
}

/**
 * The one planning entry point of the sinks (Office.js adapter, in-memory preview): new IKI sheets in
 * order, then (on request) a rekap over them and every IKI sheet already in the workbook. The rekap
 * of a year is one sheet: when the workbook has one (found by its marker, whatever its name) the
 * rekap plan rewrites it in place instead of adding "Rekap IKI 2025 (2)".
 */
import type { CatalogIndex } from "../catalog/catalog-index";
import type { Jabatan } from "../catalog/types";
import { planIkiSheet } from "./iki-sheet";
import { parseMarker, type IkiMarker } from "./marker";
import type { TemplateOptions } from "./options";
import type { SheetPlan } from "./plan";
import { planRekapSheet } from "./rekap-sheet";
import { validatePlan } from "./validate-plan";
import { planStoredCatalog } from "./katalog-tersimpan";
import { rekapSumber, rekapSumberBaru, type SumberRekap } from "./rekap-source";
import { SheetNamer, namaDasarSheet } from "./sheet-names";

export interface ExistingSheet {
  name: string;
  /** Custom property value of key IKI-DINSOS, if any. */
  marker?: string;
  /** Set by a port that read the sheet's A1 and found the stored catalog's signature: ours to replace. */
  tersimpan?: true;
}

export const namaRekap = (tahun: number) => `Rekap IKI ${tahun}`;

/** The existing sheets whose marker says "iki", in workbook order; garbage and other kinds skipped. */
export function findIkiSheets(existing: ExistingSheet[]): { name: string; marker: IkiMarker }[] {
  const out: { name: string; marker: IkiMarker }[] = [];
  for (const sheet of existing) {
    const marker = sheet.marker === undefined ? undefined : parseMarker(sheet.marker);
    if (marker?.kind === "iki") out.push({ name: sheet.name, marker });
  }
  return out;
}

/** An IKI sheet already in the workbook for a jabatan and a year (what "insert again" asks about). */
export interface IkiSheetOfYear {
  name: string;
  jabatanId: string;
}

/** The IKI sheets of `tahun` whose jabatan is one of `jabatanIds` (all jabatan when absent), in workbook order. */
export function findIkiSheetsOfYear(
  existing: ExistingSheet[],
  tahun: number,
  jabatanIds?: string[]
): IkiSheetOfYear[] {
  const wanted = jabatanIds ? new Set(jabatanIds) : undefined;
  return findIkiSheets(existing)
    .filter(({ marker }) => marker.tahun === tahun && (!wanted || wanted.has(marker.jabatanId)))
    .map(({ name, marker }) => ({ name, jabatanId: marker.jabatanId }));
}

/**
 * The name of the rekap of `tahun` already in the workbook: the first sheet whose marker says so
 * (a workbook from before rekaps were updated in place may hold several; the first is kept up to date).
 */
export function findRekapSheet(existing: ExistingSheet[], tahun: number): string | undefined {
  return existing.find((sheet) => {
    const marker = sheet.marker === undefined ? undefined : parseMarker(sheet.marker);
    return marker?.kind === "rekap" && marker.tahun === tahun;
  })?.name;
}

export function planWorkbook(input: {
  /** The catalog in use: the jabatan come from it, and it names the instansi on every sheet. */
  katalog: CatalogIndex;
  jabatan: Jabatan[];
  options: TemplateOptions;
  rekap: boolean;
  existing: ExistingSheet[];
  /** Also write the hidden sheet that stores the catalog in use (superseding a stored one). */
  katalogTersimpan?: boolean;
}): SheetPlan[] {
  const plans = planSheets(input);
  if (input.katalogTersimpan) {
    const names = [
      ...input.existing,
      ...plans.filter((p) => !p.replace).map((p) => ({ name: p.name })),
    ];
    plans.push(planStoredCatalog(input.katalog.catalog, names));
  }
  return plans;
}

function planSheets(input: Parameters<typeof planWorkbook>[0]): SheetPlan[] {
  const namer = new SheetNamer(input.existing.map((s) => s.name));
  const { katalog } = input;
  const baru = input.jabatan.map((j) => ({
    jabatan: j,
    name: namer.take(namaDasarSheet(j, katalog)),
  }));
  const plans = baru.map(({ jabatan, name }) =>
    validatePlan(planIkiSheet(jabatan, input.options, name, katalog))
  );
  if (!input.rekap) return plans;
  plans.push(
    planRekapOfYear({ katalog, options: input.options, existing: input.existing, baru, namer })
  );
  return plans;
}

/**
 * The year's rekap over the IKI sheets of `options.tahun` in `existing` (by their markers) and the
 * sheets planned now (`baru`), validated: it rewrites the year's rekap in place when there is one.
 */
export function planRekapOfYear(input: {
  katalog: CatalogIndex;
  options: TemplateOptions;
  existing: ExistingSheet[];
  baru: { jabatan: Jabatan; name: string }[];
  namer: SheetNamer;
}): SheetPlan {
  const { katalog, options } = input;
  const sumber: SumberRekap[] = [];
  // Only the sheets of the rekap's own year: a workbook carried into the next year holds both.
  for (const { name, marker } of findIkiSheets(input.existing)) {
    if (marker.tahun !== options.tahun) continue;
    const s = rekapSumber(marker, name, katalog);
    if (s) sumber.push(s);
  }
  for (const { jabatan, name } of input.baru) sumber.push(rekapSumberBaru(jabatan, name));
  const lama = findRekapSheet(input.existing, options.tahun);
  const rekap = planRekapSheet(
    sumber,
    options,
    lama ?? input.namer.take(namaRekap(options.tahun)),
    katalog
  );
  validatePlan(rekap);
  return lama === undefined ? rekap : { ...rekap, replace: true };
}

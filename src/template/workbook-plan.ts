/**
 * The one planning entry point of the sinks (Office.js adapter, in-memory preview): new IKI sheets in
 * order, then (on request) a rekap over them and every IKI sheet already in the workbook.
 */
import type { Jabatan } from "../catalog/types";
import { planIkiSheet } from "./iki-sheet";
import { parseMarker, type IkiMarker } from "./marker";
import type { TemplateOptions } from "./options";
import type { SheetPlan } from "./plan";
import { planRekapSheet } from "./rekap-sheet";
import { rekapSumber, rekapSumberBaru, type SumberRekap } from "./rekap-source";
import { SheetNamer, namaDasarSheet } from "./sheet-names";

export interface ExistingSheet {
  name: string;
  /** Custom property value of key IKI-DINSOS, if any. */
  marker?: string;
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

export function planWorkbook(input: {
  jabatan: Jabatan[];
  options: TemplateOptions;
  rekap: boolean;
  existing: ExistingSheet[];
}): SheetPlan[] {
  const namer = new SheetNamer(input.existing.map((s) => s.name));
  const baru = input.jabatan.map((j) => ({ jabatan: j, name: namer.take(namaDasarSheet(j)) }));
  const plans = baru.map(({ jabatan, name }) => planIkiSheet(jabatan, input.options, name));
  if (!input.rekap) return plans;
  const sumber: SumberRekap[] = [];
  for (const { name, marker } of findIkiSheets(input.existing)) {
    const s = rekapSumber(marker, name);
    if (s) sumber.push(s);
  }
  for (const { jabatan, name } of baru) sumber.push(rekapSumberBaru(jabatan, name));
  plans.push(planRekapSheet(sumber, input.options, namer.take(namaRekap(input.options.tahun))));
  return plans;
}

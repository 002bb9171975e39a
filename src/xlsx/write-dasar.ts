/**
 * Writing OUT from IN (the command line's lifecycle actions, design13.md): IN loaded with ExcelJS,
 * the plans applied to it, every other sheet kept as ExcelJS carries it.
 * - `supersedes`: those sheets go; the plan's sheet takes the first one's place in the tab order
 *   and stays as hidden as it was;
 * - `replace`: the sheet `name` is rewritten in its place (removed and written anew there);
 * - otherwise: a new sheet at the end.
 * ExcelJS drops the worksheet custom properties (the IKI-DINSOS marker) and the links to places in
 * the workbook of the sheets it keeps: both are read from IN's package and written back, with the
 * markers the laporan renews (`markerBaru`). IN's defined names are written back as IN has them
 * (defined-names.ts). The charts of kept sheets are copied from IN's package (grafik-bawa.ts). What
 * cannot be carried (pivots, slicers, macros...) is listed as `hilang`, never dropped in silence.
 */
import type ExcelJS from "exceljs";
import JSZip from "jszip";
import type { SheetPlan } from "../template/plan";
import { MARKER_KEY, isLembarKatalogTersimpan } from "../template/sheet-keys";
import { sheetKey } from "../template/sheet-names";
import { namesForOut, readDefinedNames, sheetNames, withDefinedNames } from "./defined-names";
import { carryKeptCharts } from "./grafik-bawa";
import { hilangAntara, packageContents, type Hilang } from "./package-contents";
import { addSheetExtras, markersOf, type SheetExtras } from "./package-parts";
import { readSheetPackages } from "./package-read";
import { denganNamaPenanda, isNamaPenanda } from "./penanda-nama";
import { plainValue } from "./read-sheets";
import { isProtected, loadXlsx, type BukuXlsx } from "./read-workbook";
import type { ResultLookup, WriteOptions } from "./write-workbook";

/** A new IKI-DINSOS value for a sheet the plans do not rewrite (design13.md `markerBaru`). */
export interface MarkerBaru {
  sheet: string;
  value: string;
}

export interface DasarOptions extends WriteOptions {
  /** The input file: OUT is IN with the plans applied. */
  dasar: Uint8Array;
  markerBaru?: MarkerBaru[];
}

export interface XlsxKeluaran {
  bytes: Uint8Array;
  /** What IN holds that OUT does not carry (teks.hilang says it to the user). */
  hilang: Hilang[];
}

/** The sink's own sheet writer (write-workbook.ts), passed in so the two modules do not import each other. */
export type AddSheet = (
  wb: ExcelJS.Workbook,
  plan: SheetPlan,
  results: ResultLookup | undefined
) => SheetExtras;

/** ExcelJS orders the tabs by each worksheet's `orderNo`, missing from its types. */
type Ordered = ExcelJS.Worksheet & { orderNo: number };

const find = (wb: ExcelJS.Workbook, name: string) =>
  wb.worksheets.find((ws) => sheetKey(ws.name) === sheetKey(name));

/** Removes the sheets the plan takes the place of; returns the tab position they held. */
function makeRoom(wb: ExcelJS.Workbook, plan: SheetPlan): number | undefined {
  const gone = plan.replace ? [plan.name] : (plan.supersedes ?? []);
  const sheets = gone.map((n) => find(wb, n)).filter((ws) => ws !== undefined);
  if (plan.replace && sheets.length === 0)
    throw new Error(`no sheet "${plan.name}" to rewrite in place`);
  if (!plan.replace && find(wb, plan.name) && !sheets.some((ws) => ws.name === plan.name))
    throw new Error(`sheet "${plan.name}" already exists and is not superseded`);
  const at =
    sheets.length > 0 ? Math.min(...sheets.map((ws) => (ws as Ordered).orderNo)) : undefined;
  for (const ws of sheets) wb.removeWorksheet(ws.id);
  return at;
}

/**
 * LibreOffice saves a very hidden sheet as merely hidden: the stored catalog (named and signed as
 * it) goes back out of the user's reach, as the add-in made it.
 */
function hideStoredCatalog(ws: ExcelJS.Worksheet): void {
  if (ws.state !== "hidden") return;
  if (isLembarKatalogTersimpan(ws.name, plainValue(ws.findCell(1, 1)?.value ?? null)))
    ws.state = "veryHidden";
}

/** The markers and in-workbook links of the sheets kept from IN, markers renewed where asked. */
function keptExtras(buku: BukuXlsx, planned: Set<string>, baru: MarkerBaru[]): SheetExtras[] {
  const renewed = new Map(baru.map((m) => [sheetKey(m.sheet), m]));
  const out: SheetExtras[] = [];
  for (const ws of buku.workbook.worksheets) {
    if (planned.has(sheetKey(ws.name))) continue;
    hideStoredCatalog(ws);
    const pkg = buku.packages.get(ws.name);
    const properties = new Map(pkg?.properties);
    const value = renewed.get(sheetKey(ws.name))?.value;
    if (value !== undefined) properties.set(MARKER_KEY, value);
    renewed.delete(sheetKey(ws.name));
    // ExcelJS reads protection only as sheet="1": a kept sheet protected otherwise stays so.
    const model = ws as unknown as { sheetProtection?: { sheet?: boolean } | null };
    if (isProtected(pkg?.xml ?? "") && !model.sheetProtection?.sheet)
      model.sheetProtection = { ...model.sheetProtection, sheet: true };
    out.push({
      name: ws.name,
      links: pkg?.links ?? [],
      properties: [...properties].map(([key, v]) => ({ key, value: v })),
    });
  }
  if (renewed.size > 0)
    throw new Error(
      `markerBaru for sheets not kept: ${[...renewed.values()].map((m) => m.sheet).join(", ")}`
    );
  return out;
}

const HIDING = { visible: 0, hidden: 1, veryHidden: 2 } as const;

/** A sheet written in another's place stays as hidden as that one was (or as its plan has it). */
function keepHidden(ws: ExcelJS.Worksheet | undefined, was: ExcelJS.WorksheetState | undefined) {
  if (ws && was && HIDING[was] > HIDING[ws.state]) ws.state = was;
}

/**
 * IN's defined names put into OUT's workbook.xml (defined-names.ts), in place of ExcelJS's; the
 * names that went with a sheet gone without a successor, as lost.
 */
async function carryNames(
  buku: BukuXlsx,
  out: JSZip,
  planned: Set<string>,
  markers: Map<string, string>
): Promise<Hilang[]> {
  const part = "xl/workbook.xml";
  const [masuk, keluar] = await Promise.all(
    [buku.zip, out].map(async (z) => (await z.file(part)?.async("string")) ?? "")
  );
  const { names, hilang } = namesForOut(
    // IN's marker names are written anew below: never lost with a sheet, never stale.
    readDefinedNames(masuk).filter((n) => !isNamaPenanda(n.name)),
    readDefinedNames(keluar),
    sheetNames(masuk),
    sheetNames(keluar),
    planned
  );
  out.file(part, denganNamaPenanda(withDefinedNames(keluar, names), markers));
  return [...new Set(hilang.map((h) => h.sheet))].map((sheet) => ({ sheet, apa: "nama" }));
}

/** The plans applied to IN's workbook; the IN sheet each rewritten sheet came from -> its plan's name. */
function applyPlans(
  wb: ExcelJS.Workbook,
  plans: SheetPlan[],
  options: DasarOptions,
  addSheet: AddSheet
) {
  const tujuan = new Map<string, string>();
  const extras: SheetExtras[] = [];
  for (const plan of plans) {
    const olds = (plan.replace ? [plan.name] : (plan.supersedes ?? [])).map((n) => find(wb, n));
    for (const ws of olds) if (ws) tujuan.set(ws.name, plan.name);
    const was = olds.find((ws) => ws !== undefined)?.state;
    const at = makeRoom(wb, plan);
    extras.push(addSheet(wb, plan, options.results));
    const ws = find(wb, plan.name);
    if (ws && at !== undefined) (ws as Ordered).orderNo = at;
    keepHidden(ws, was);
  }
  return { tujuan, extras };
}

/** IN with the plans applied, as bytes, and what ExcelJS could not carry. */
export async function writeOnto(
  plans: SheetPlan[],
  options: DasarOptions,
  addSheet: AddSheet
): Promise<XlsxKeluaran> {
  const buku = await loadXlsx(options.dasar);
  const wb = buku.workbook;
  const planned = new Set(plans.map((p) => sheetKey(p.name)));
  const { tujuan, extras } = applyPlans(wb, plans, options, addSheet);
  // IN's names are written back from its package (carryNames): ExcelJS's own would be partial.
  wb.definedNames.model = [];
  extras.push(...keptExtras(buku, planned, options.markerBaru ?? []));
  if (options.creator) wb.lastModifiedBy = options.creator;
  wb.modified = options.created ?? new Date();
  // New formulas whose cached results may be stale: the spreadsheet program recomputes on opening.
  wb.calcProperties.fullCalcOnLoad = true;
  const written = new Uint8Array(await wb.xlsx.writeBuffer());
  const out = await JSZip.loadAsync(await addSheetExtras(written, extras));
  const kept = extras.map((e) => e.name).filter((n) => !planned.has(sheetKey(n)));
  await carryKeptCharts(buku.zip, buku.packages, out, kept);
  const namaHilang = await carryNames(buku, out, planned, markersOf(extras));
  const hilang = hilangAntara(
    await packageContents(buku.zip, buku.packages),
    await packageContents(out, await readSheetPackages(out)),
    (sheet) => tujuan.get(sheet) ?? sheet
  );
  const bytes = await out.generateAsync({ type: "uint8array", compression: "DEFLATE" });
  return { bytes, hilang: [...hilang, ...namaHilang] };
}

/**
 * The Office.js side of the workbook port: the only code of the add-in that calls Excel.run.
 *
 * An insert is one Excel.run with a constant number of syncs, whatever the number of sheets:
 *   1. read the sheet names;
 *   2. (rekap only) read each sheet's marker custom property (and its charts: the year's rekap is
 *      rewritten in place, see sheet-in-place.ts): it needs the sheet proxies from 1;
 *   3. write every new sheet, calculation suspended. Split into several syncs only when the
 *      estimated request would pass the 4 MB budget (Excel on the web refuses 5 MB).
 * Failure: Excel does not roll a failed batch back, so the sheets this insert created are found by
 * name and deleted in a separate clean-up run; the marker, written last on each sheet, tells the
 * finished sheets from the one that failed.
 */
import { getJabatan as catalogJabatan, type Jabatan } from "../catalog";
import { MARKER_KEY, findIkiSheets, planWorkbook, type ExistingSheet } from "../template";
import type { TemplateOptions } from "../template/options";
import type { SheetPlan } from "../template/plan";
import {
  InsertError,
  type IkiSheetOfYear,
  type InsertRequest,
  type InsertResult,
  type ProgressListener,
  type WorkbookPort,
} from "./port";
import { PAYLOAD_BUDGET_BYTES, chunkByBudget, sheetBytes } from "./payload";
import { queueSheet } from "./queue-sheet";
import { supportMessage, type IsSetSupported } from "./requirements";
import { sheetCommands, type SheetCommands } from "./sheet-commands";
import {
  activateByName,
  inPlaceRun,
  queueChartReads,
  readIkiSheetsOfYear,
  rekapFailureNote,
  type SheetCharts,
} from "./sheet-in-place";
import { teks } from "./teks";

/** Excel.run's shape, so tests and the bench can pass a fake. */
export type ExcelRunner = <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;

export type { ExistingSheet };

/** The pure planner: src/template's planWorkbook (a stand-in in tests). */
export type Planner = (input: {
  jabatan: Jabatan[];
  options: TemplateOptions;
  rekap: boolean;
  existing: ExistingSheet[];
}) => SheetPlan[];

export interface ExcelAdapterOptions {
  /** Default: Excel.run. */
  run?: ExcelRunner;
  /** Default: planWorkbook. */
  plan?: Planner;
  /** Key of the worksheet custom property that marks an IKI sheet (default MARKER_KEY). */
  markerKey?: string;
  isSetSupported?: IsSetSupported;
  getJabatan?: (id: string) => Jabatan | undefined;
  /** Bytes one write sync may carry by estimate. */
  payloadBudget?: number;
}

function officeIsSetSupported(): IsSetSupported | undefined {
  if (typeof Office === "undefined" || !Office.context?.requirements) return undefined;
  return (name, version) => Office.context.requirements.isSetSupported(name, version);
}

function errorCode(e: unknown): string {
  const code = (e as { code?: unknown } | null)?.code;
  return typeof code === "string" && code !== "" ? code : "tidak diketahui";
}

/** Reports done/total with both only growing; the total may grow once the number of syncs is known. */
class Progress {
  private done = 0;
  private total: number;
  constructor(
    private readonly listener: ProgressListener | undefined,
    total: number
  ) {
    this.total = total;
  }
  step(done: number, message: string, total = this.total): void {
    this.total = Math.max(this.total, total);
    this.done = Math.min(Math.max(this.done, done), this.total);
    this.listener?.(this.done, this.total, message);
  }
}

interface WriteState {
  /** Names in the workbook before the insert, lower-cased (Excel compares sheet names without case). */
  before: Set<string>;
  /** Sheets queued so far, in order; the last chunk is the one being synced. */
  attempted: SheetCommands[];
  lastChunk: SheetCommands[];
}

export class ExcelWorkbook implements WorkbookPort {
  private readonly run: ExcelRunner;
  private readonly plan: Planner;
  private readonly markerKey: string;
  private readonly isSetSupported: () => IsSetSupported | undefined;
  private readonly getJabatan: (id: string) => Jabatan | undefined;
  private readonly payloadBudget: number;

  constructor(options: ExcelAdapterOptions = {}) {
    this.plan = options.plan ?? planWorkbook;
    this.markerKey = options.markerKey ?? MARKER_KEY;
    this.run = options.run ?? ((batch) => Excel.run(batch));
    const injected = options.isSetSupported;
    this.isSetSupported = injected ? () => injected : officeIsSetSupported;
    this.getJabatan = options.getJabatan ?? catalogJabatan;
    this.payloadBudget = options.payloadBudget ?? PAYLOAD_BUDGET_BYTES;
  }

  async checkSupport(): Promise<string | undefined> {
    return supportMessage(this.isSetSupported());
  }

  async listSheets(): Promise<string[]> {
    return this.run(async (context) => {
      const worksheets = context.workbook.worksheets;
      worksheets.load("items/name");
      await context.sync();
      return worksheets.items.map((s) => s.name);
    });
  }

  /** Two syncs: read the selection (one empty cell?), then write; never overwrites. */
  async putFormula(formula: string): Promise<string> {
    if (!formula.startsWith("=")) throw new InsertError(teks.bukanRumus);
    try {
      return await this.run(async (context) => {
        const range = context.workbook.getSelectedRange();
        range.load("address, cellCount, formulas");
        await context.sync();
        if (range.cellCount !== 1) throw new InsertError(teks.pilihSatuSel);
        if (range.formulas[0][0] !== "") throw new InsertError(teks.selTidakKosong(range.address));
        range.formulas = [[formula]];
        await context.sync();
        return range.address;
      });
    } catch (e) {
      if (e instanceof InsertError) throw e;
      throw new InsertError(teks.gagalMenulisRumus(errorCode(e)));
    }
  }

  findIkiSheets(tahun: number, jabatanIds: string[]): Promise<IkiSheetOfYear[]> {
    return inPlaceRun(this.run, (c) => readIkiSheetsOfYear(c, tahun, jabatanIds, this.markerKey));
  }

  activateSheet(name: string): Promise<void> {
    return inPlaceRun(this.run, (c) => activateByName(c, name), name);
  }

  async insert(request: InsertRequest, onProgress?: ProgressListener): Promise<InsertResult> {
    const unknown = request.jabatanIds.filter((id) => !this.getJabatan(id));
    if (unknown.length > 0) throw new InsertError(teks.jabatanTidakDikenal(unknown), unknown);
    const jabatan = request.jabatanIds.map((id) => this.getJabatan(id) as Jabatan);
    if (jabatan.length === 0 && !request.rekap) throw new InsertError(teks.tidakAdaLembar);
    return this.write(jabatan, request.options, request.rekap, onProgress);
  }

  async rebuildRekap(
    options: TemplateOptions,
    onProgress?: ProgressListener
  ): Promise<InsertResult> {
    return this.write([], options, true, onProgress);
  }

  private async write(
    jabatan: Jabatan[],
    options: TemplateOptions,
    rekap: boolean,
    onProgress?: ProgressListener
  ): Promise<InsertResult> {
    const readSteps = rekap ? 2 : 1;
    const progress = new Progress(onProgress, readSteps + 2);
    const state: WriteState = { before: new Set(), attempted: [], lastChunk: [] };
    progress.step(0, teks.membacaBukuKerja);
    try {
      return await this.run(async (context) => {
        const worksheets = context.workbook.worksheets;
        worksheets.load("items/name");
        await context.sync();
        const existing: ExistingSheet[] = worksheets.items.map((s) => ({ name: s.name }));
        state.before = new Set(existing.map((s) => s.name.toLowerCase()));

        let charts: SheetCharts | undefined;
        if (rekap) {
          progress.step(1, teks.membacaPenanda);
          const markers = worksheets.items.map((s) =>
            s.customProperties.getItemOrNullObject(this.markerKey).load("value")
          );
          // The year's rekap is rewritten in place: its old chart must be known to be deleted.
          charts = queueChartReads(worksheets.items);
          await context.sync();
          markers.forEach((m, i) => {
            if (!m.isNullObject) existing[i].marker = m.value;
          });
          // A rekap over nothing would be an empty sheet: say what to do instead.
          if (jabatan.length === 0 && findIkiSheets(existing).length === 0)
            throw new InsertError(teks.belumAdaLembarIki);
        }

        const sheets = this.prepare(jabatan, options, rekap, existing, state.before);
        const chunks = chunkByBudget(sheets, sheetBytes, this.payloadBudget);
        const total = readSteps + 1 + chunks.length;
        progress.step(readSteps, teks.menyiapkanLembar(sheets.length), total);

        let written = 0;
        for (const [i, chunk] of chunks.entries()) {
          progress.step(
            readSteps + 1 + i,
            teks.menulisLembar(written + 1, written + chunk.length, sheets.length)
          );
          state.attempted.push(...chunk);
          state.lastChunk = chunk;
          context.workbook.application.suspendApiCalculationUntilNextSync();
          for (const sheet of chunk) queueSheet(worksheets, sheet, charts);
          if (i === chunks.length - 1) worksheets.getItem(sheets[0].name).activate();
          // One sync per payload chunk, not per sheet: there is more than one chunk only when the
          // request would pass Excel on the web's 5 MB limit (see payload.ts).
          // eslint-disable-next-line office-addins/no-context-sync-in-loop
          await context.sync();
          written += chunk.length;
        }
        progress.step(total, teks.selesai(sheets.length));
        const created = sheets.filter((s) => !s.replace).map((s) => s.name);
        const rekapSheet = sheets.find((s) => s.kind === "rekap");
        if (!rekapSheet) return { created };
        const result: InsertResult = { created, rekap: rekapSheet.name };
        if (rekapSheet.replace) result.rekapDiperbarui = true;
        return result;
      });
    } catch (e) {
      if (e instanceof InsertError) throw e;
      if (state.attempted.length === 0) throw new InsertError(teks.gagalMembaca(errorCode(e)));
      throw await this.cleanUp(state, e);
    }
  }

  /** Plans and converts every sheet; nothing is written if a plan is unusable or a name is taken. */
  private prepare(
    jabatan: Jabatan[],
    options: TemplateOptions,
    rekap: boolean,
    existing: ExistingSheet[],
    before: Set<string>
  ): SheetCommands[] {
    let plans: SheetPlan[];
    let sheets: SheetCommands[];
    try {
      plans = this.plan({ jabatan, options, rekap, existing });
      sheets = plans.map(sheetCommands);
    } catch (e) {
      throw new InsertError(
        teks.gagalMenyiapkan(e instanceof Error ? e.message : String(e)),
        jabatan.map((j) => j.id)
      );
    }
    if (sheets.length === 0) throw new InsertError(teks.tidakAdaLembar);
    const seen = new Set<string>();
    const taken = sheets
      .filter((s) => !s.replace) // the year's rekap, rewritten in place: its name exists by design
      .map((s) => s.name)
      .filter((name) => {
        const key = name.toLowerCase();
        const clash = before.has(key) || seen.has(key);
        seen.add(key);
        return clash;
      });
    if (taken.length > 0)
      throw new InsertError(
        teks.namaBentrok(taken),
        plans.filter((p) => taken.includes(p.name) && p.jabatanId).map((p) => p.jabatanId as string)
      );
    return sheets;
  }

  /**
   * Deletes every sheet this insert created and names what failed. Three syncs, on the failure
   * path only: which planned sheets exist, which of them carry their marker (finished), delete.
   * Never touches a name that existed before the insert.
   */
  private async cleanUp(state: WriteState, cause: unknown): Promise<InsertError> {
    const code = errorCode(cause);
    const ours = state.attempted.filter((s) => !state.before.has(s.name.toLowerCase()));
    let failed: SheetCommands | undefined;
    let leftover: string[] = [];
    try {
      await this.run(async (context) => {
        const worksheets = context.workbook.worksheets;
        const probes = ours.map((s) => ({
          sheet: s,
          proxy: worksheets.getItemOrNullObject(s.name).load("name"),
        }));
        await context.sync();
        const present = probes.filter((p) => !p.proxy.isNullObject);
        const markers = present.map((p) => ({
          ...p,
          marker: p.proxy.customProperties.getItemOrNullObject(this.markerKey).load("value"),
        }));
        await context.sync();
        const finished = new Set(
          markers.filter((m) => !m.marker.isNullObject).map((m) => m.sheet.name)
        );
        // Commands run in order, so the first sheet of the failed chunk that is missing or unmarked failed.
        failed = state.lastChunk.find((s) => !finished.has(s.name));
        leftover = present.map((p) => p.sheet.name);
        for (const p of present) p.proxy.delete();
        await context.sync();
        leftover = [];
      });
    } catch {
      // leftover keeps the names found (or all of ours when even the probe failed)
      if (leftover.length === 0) leftover = ours.map((s) => s.name);
    }
    const what = !failed
      ? teks.gagalTanpaRincian(code)
      : failed.kind === "rekap"
        ? teks.gagalRekap(code)
        : teks.gagalJabatan([this.getJabatan(failed.jabatanId ?? "")?.nama ?? failed.name], code);
    const after = leftover.length > 0 ? teks.tidakBersih(leftover) : teks.sudahDibersihkan;
    const note = rekapFailureNote(state.attempted, failed);
    const message = !note
      ? `${what} ${after}`
      : ours.length > 0
        ? `${what} ${after} ${note}`
        : `${what} ${note}`;
    return new InsertError(message, failed?.jabatanId ? [failed.jabatanId] : []);
  }
}

/**
 * The Office.js side of the workbook port: the only code of the add-in that calls Excel.run.
 *
 * An insert is one Excel.run with a constant number of syncs, whatever the number of sheets:
 *   1. read the sheet names;
 *   2. (rekap, or `sudahAda` "tanya"/"lewati") read each sheet's marker custom property, and for a
 *      rekap its charts (the year's rekap is rewritten in place, see sheet-in-place.ts): it needs
 *      the sheet proxies from 1. Then decideInsert (src/template/sudah-ada.ts) says what to write:
 *      with "tanya", nothing when a jabatan already has a sheet of the year (2 syncs in all);
 *   3. write every new sheet, calculation suspended, split by whole sheets so that no request
 *      passes the budget (payload.ts: 2.5 MB measured with Microsoft's own client, half of Excel on
 *      the web's 5 MB). The whole dinas with its rekap is 2 write syncs, 4 syncs in all.
 * Each sheet is added under a temporary name unique to this insert (insert-token.ts), then gets the
 * insert's token (a custom property) and a load of its id, its contents, its marker, and last its
 * final name, all in the same request. The rekap comes after every IKI sheet, so the sheets its
 * formulas name have their final names when those formulas are written.
 *
 * Failure: Excel does not roll a failed batch back and returns nothing of it. The clean-up
 * (clean-up.ts, a separate run) deletes the sheets of the syncs that succeeded by the ids their add
 * returned; a sheet of the failed sync is ours when it still has its temporary name, or when it
 * carries our token under its final name (the token is written before the rename). A sheet a
 * co-author made under a planned name meanwhile has neither: it is left alone, and the failed
 * rename to its name is reported as the cause. Renaming each sheet at the end of its own commands,
 * not all at the end of the last sync, keeps this true in every sync without extra syncs.
 * The year's rekap, when it exists, is not added but cleared and rewritten under its own name, last;
 * it is never deleted (it holds only formulas: a failed rewrite loses no typed value).
 */
import { builtInCatalog, CatalogIndex, type Catalog, type Jabatan } from "../catalog";
import type { SheetValues } from "../catalog/tabel/types";
import { NAMA_KATALOG_TERSIMPAN } from "../template/katalog-tersimpan";
// Modules, not the template's index: the index re-exports the catalog export's planners, which
// the pane loads only when used (workbook-catalog.ts).
import { MARKER_KEY } from "../template/marker";
import { checkRequest, decideInsert, needsMarkers, withAda } from "../template/sudah-ada";
import { planWorkbook, type ExistingSheet, type IkiSheetOfYear } from "../template/workbook-plan";
import type { TemplateOptions } from "../template/options";
import type { SheetPlan } from "../template/plan";
import { sheetKey } from "../template/sheet-names";
import {
  InsertError,
  throwIfRefused,
  type InsertRequest,
  type InsertResult,
  type ProgressListener,
  type WorkbookCatalog,
  type WorkbookPort,
} from "./port";
import { readLayoutSheets, readNamedSheet, removeNamedSheet } from "./katalog-reads";
import {
  bawaan,
  catalogFromStored,
  exportPlanner,
  forImport,
  layoutSheetKeys,
  storedPlanner,
} from "./workbook-catalog";
import { cleanUp, errorCode } from "./clean-up";
import { newInsertToken } from "./insert-token";
import { Progress, readWorkbook, writeSheets, type WriteState } from "./insert-steps";
import { prepareSheets, type PreparedPlans } from "./prepare-sheets";
import { PAYLOAD_BUDGET_BYTES, planRequests } from "./payload";
import { supportMessage, type IsSetSupported } from "./requirements";
import type { SheetCommands } from "./sheet-commands";
import { activateByName } from "./sheet-in-place";
import { teks } from "./teks";

/** Excel.run's shape, so tests and the bench can pass a fake. */
export type ExcelRunner = <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;

export type { ExistingSheet };

/** The pure planner: src/template's planWorkbook (a stand-in in tests). */
export type Planner = (input: {
  katalog: CatalogIndex;
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
  /** The catalog in use (default: the built-in one). */
  katalog?: CatalogIndex;
  /** Bytes one write sync may carry by estimate. */
  payloadBudget?: number;
}

function officeIsSetSupported(): IsSetSupported | undefined {
  if (typeof Office === "undefined" || !Office.context?.requirements) return undefined;
  return (name, version) => Office.context.requirements.isSetSupported(name, version);
}

/** What a write plans once it has read the workbook; `blame`: the jabatan a failed plan concerns. */
interface Planned extends PreparedPlans {
  ada: IkiSheetOfYear[];
}

const NAMES_ONLY = { markers: false, charts: false };

export class ExcelWorkbook implements WorkbookPort {
  private readonly run: ExcelRunner;
  private readonly plan: Planner;
  private readonly markerKey: string;
  private readonly isSetSupported: () => IsSetSupported | undefined;
  /** The catalog in use: the built-in one until the workbook's is read or saved. */
  private katalog: CatalogIndex;
  private readonly payloadBudget: number;

  constructor(options: ExcelAdapterOptions = {}) {
    this.plan = options.plan ?? planWorkbook;
    this.markerKey = options.markerKey ?? MARKER_KEY;
    this.run = options.run ?? ((batch) => Excel.run(batch));
    const injected = options.isSetSupported;
    this.isSetSupported = injected ? () => injected : officeIsSetSupported;
    this.katalog = options.katalog ?? builtInCatalog;
    this.payloadBudget = options.payloadBudget ?? PAYLOAD_BUDGET_BYTES;
  }

  private readonly isJabatan = (id: string) => this.katalog.getJabatan(id) !== undefined;

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

  activateSheet(name: string): Promise<void> {
    return activateByName(this.run, name);
  }

  async readCatalog(): Promise<WorkbookCatalog> {
    let stored: SheetValues | undefined;
    try {
      stored = await readNamedSheet(this.run, NAMA_KATALOG_TERSIMPAN);
    } catch (e) {
      this.katalog = builtInCatalog;
      return { ...bawaan(), masalah: teks.gagalMembacaKatalog(errorCode(e)) };
    }
    const used = catalogFromStored(stored);
    this.katalog = used.katalog;
    return used;
  }

  /** Two syncs either way: the names, then the stored sheet added or rewritten (or removed). */
  async saveCatalog(catalog: Catalog | undefined): Promise<WorkbookCatalog> {
    if (!catalog) {
      try {
        await removeNamedSheet(this.run, NAMA_KATALOG_TERSIMPAN);
      } catch (e) {
        throw new InsertError(teks.gagalMenghapusKatalog(errorCode(e)));
      }
      this.katalog = builtInCatalog;
      return bawaan();
    }
    const planner = storedPlanner(catalog);
    await this.writePlanned(NAMES_ONLY, undefined, (existing) => this.planned(planner, existing));
    this.katalog = new CatalogIndex(catalog);
    return { katalog: this.katalog, tersimpan: true };
  }

  async exportCatalog(): Promise<string[]> {
    const planner = await exportPlanner(this.katalog);
    const result = await this.writePlanned(NAMES_ONLY, undefined, (existing) =>
      this.planned(planner, existing)
    );
    return result.created;
  }

  async readCatalogSheets(): Promise<SheetValues[]> {
    const keys = await layoutSheetKeys(this.katalog);
    try {
      const read = await readLayoutSheets(this.run, this.markerKey, keys);
      return await forImport(read.sheets, read.existing);
    } catch (e) {
      throw new InsertError(teks.gagalMembaca(errorCode(e)));
    }
  }

  private planned(planner: (existing: ExistingSheet[]) => SheetPlan[], existing: ExistingSheet[]) {
    return { plans: () => planner(existing), blame: [], ada: [] };
  }

  async insert(request: InsertRequest, onProgress?: ProgressListener): Promise<InsertResult> {
    throwIfRefused(checkRequest({ ...request, tahun: request.options.tahun }, this.isJabatan));
    return this.write(request, onProgress);
  }

  async rebuildRekap(
    options: TemplateOptions,
    onProgress?: ProgressListener
  ): Promise<InsertResult> {
    return this.write({ jabatanIds: [], options, rekap: true }, onProgress);
  }

  private async write(
    request: InsertRequest,
    onProgress?: ProgressListener
  ): Promise<InsertResult> {
    const { options, rekap } = request;
    const read = { markers: rekap || needsMarkers(request.sudahAda), charts: rekap };
    return this.writePlanned(read, onProgress, (existing) => {
      const checked = { ...request, tahun: options.tahun };
      throwIfRefused(checkRequest(checked, this.isJabatan, existing));
      const decision = decideInsert(existing, checked);
      if (!decision.write) return { created: [], ada: decision.ada }; // a question, or all skipped
      const jabatan = decision.jabatanIds.map((id) => this.katalog.getJabatan(id) as Jabatan);
      const katalog = this.katalog;
      return {
        plans: () => this.plan({ katalog, jabatan, options, rekap, existing }),
        blame: decision.jabatanIds,
        ada: decision.ada,
      };
    });
  }

  /**
   * One Excel.run: read the sheets (names, and markers when asked), plan from what was read, write
   * all or nothing; on failure the clean-up deletes by id what was written (clean-up.ts).
   */
  private async writePlanned(
    read: { markers: boolean; charts: boolean },
    onProgress: ProgressListener | undefined,
    planFrom: (existing: ExistingSheet[]) => Planned | InsertResult
  ): Promise<InsertResult> {
    const readSteps = read.markers ? 2 : 1;
    const progress = new Progress(onProgress, readSteps + 2);
    const state: WriteState = { token: newInsertToken(), written: [], failed: [], writing: false };
    progress.step(0, teks.membacaBukuKerja);
    try {
      return await this.run(async (context) => {
        const { existing, charts } = await readWorkbook(context, this.markerKey, read, progress);
        const planned = planFrom(existing);
        if (!("plans" in planned)) return planned;
        const before = new Set(existing.map((s) => sheetKey(s.name)));
        const sheets = prepareSheets(planned, before);
        const chunks = planRequests(sheets, this.payloadBudget);
        const batch = { sheets, chunks, charts };
        const result = await writeSheets(context, batch, state, progress, readSteps);
        return withAda(result, planned.ada);
      });
    } catch (e) {
      if (e instanceof InsertError) throw e;
      if (!state.writing) throw new InsertError(teks.gagalMembaca(errorCode(e)));
      throw await cleanUp(this.run, this.markerKey, state, e, (s) => this.sheetLabel(s));
    }
  }

  private sheetLabel(sheet: SheetCommands): string {
    return this.katalog.getJabatan(sheet.jabatanId ?? "")?.nama ?? sheet.name;
  }
}

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
 *
 * The writes (excel-writes.ts, with the planners) are loaded with import() at the first write: the
 * pane's first load holds only the host check and the reads it makes at load.
 */
import { builtInCatalog, type Catalog, type CatalogIndex } from "../catalog";
import type { SheetValues } from "../catalog/tabel/types";
import type { PilihanKatalog } from "../template/katalog-riwayat";
import type { TemplateOptions } from "../template/options";
import { MARKER_KEY } from "../template/sheet-keys";
import type { ExistingSheet } from "../template/workbook-plan";
import type { LaporanGabung } from "../gabung/types";
import { errorCode } from "./error-code";
import type { Planner, WriteSetup } from "./excel-writes";
import { readLayoutSheets, readStoredSheets, removeStoredSheets } from "./katalog-reads";
import {
  InsertError,
  katalogBawaan as bawaan,
  type GabungRequest,
  type InsertRequest,
  type InsertResult,
  type LaporanAksi,
  type ProgressListener,
  type RawatRequest,
  type WorkbookCatalog,
  type WorkbookPort,
} from "./port";
import { supportMessage, type IsSetSupported } from "./requirements";
import { activateByName } from "./sheet-in-place";
import { teks } from "./teks";

/** Excel.run's shape, so tests and the bench can pass a fake. */
export type ExcelRunner = <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;

export type { ExistingSheet, Planner };

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
  /** Bytes one write sync may carry by estimate (default: payload.ts's budget). */
  payloadBudget?: number;
}

function officeIsSetSupported(): IsSetSupported | undefined {
  if (typeof Office === "undefined" || !Office.context?.requirements) return undefined;
  return (name, version) => Office.context.requirements.isSetSupported(name, version);
}

const writes = () => import("./excel-writes");
// Named: test/foundation/build.test.ts counts it in the first load of a workbook with a catalog.
const readerOf = () => import(/* webpackChunkName: "katalog-tersimpan" */ "./stored-catalog");

export class ExcelWorkbook implements WorkbookPort {
  private readonly run: ExcelRunner;
  private readonly plan?: Planner;
  private readonly markerKey: string;
  private readonly isSetSupported: () => IsSetSupported | undefined;
  /** The catalog in use: the built-in one until the workbook's is read or saved. */
  private katalog: CatalogIndex;
  /** The earlier catalogs stored with it (readCatalog, saveCatalog): see pilihanKatalog. */
  private riwayat: CatalogIndex[] = [];
  private readonly payloadBudget?: number;

  constructor(options: ExcelAdapterOptions = {}) {
    this.plan = options.plan;
    this.markerKey = options.markerKey ?? MARKER_KEY;
    this.run = options.run ?? ((batch) => Excel.run(batch));
    const injected = options.isSetSupported;
    this.isSetSupported = injected ? () => injected : officeIsSetSupported;
    this.katalog = options.katalog ?? builtInCatalog;
    this.payloadBudget = options.payloadBudget;
  }

  private setup(): WriteSetup {
    const { run, plan, markerKey, katalog, payloadBudget } = this;
    return { run, plan, markerKey, katalog, payloadBudget };
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

  activateSheet(name: string): Promise<void> {
    return activateByName(this.run, name);
  }

  /**
   * One sync without a sheet named as the stored catalog (the names), two with one (A1 and values
   * of each: the signed ones are read, the last when several). Any failure, the reader's chunk not
   * loading included, is a `masalah`, never a silent built-in catalog.
   */
  async readCatalog(): Promise<WorkbookCatalog> {
    let used: WorkbookCatalog;
    try {
      const stored = await readStoredSheets(this.run);
      used = stored.length > 0 ? (await readerOf()).catalogFromStored(stored) : bawaan();
    } catch (e) {
      used = bawaan(teks.gagalMembacaKatalog(errorCode(e)));
    }
    this.katalog = used.katalog;
    this.riwayat = used.riwayat;
    return used;
  }

  /** The catalogs this port knows, for katalogAsal: the one in use, its riwayat, the built-in one. */
  pilihanKatalog(): PilihanKatalog {
    return { dipakai: this.katalog, riwayat: this.riwayat, bawaan: builtInCatalog };
  }

  /**
   * Stores: the names, the markers (which catalogs the sheets name: riwayat) with A1 of the sheets
   * named as the stored catalog, then the write: 3 syncs. Removes only signed sheets: 1 to 3 syncs.
   */
  async saveCatalog(catalog: Catalog | undefined): Promise<WorkbookCatalog> {
    if (!catalog) {
      try {
        await removeStoredSheets(this.run);
      } catch (e) {
        throw new InsertError(teks.gagalMenghapusKatalog(errorCode(e)));
      }
      this.katalog = builtInCatalog;
      this.riwayat = [];
      return bawaan();
    }
    // The catalogs known here that a sheet may still name: kept beside the new one (riwayat).
    const saved = await (await writes()).storeCatalog(this.setup(), catalog, this.pilihanKatalog());
    this.katalog = saved.katalog;
    this.riwayat = saved.riwayat;
    return { katalog: this.katalog, tersimpan: true, riwayat: this.riwayat };
  }

  async exportCatalog(): Promise<string[]> {
    return (await writes()).exportCatalogSheets(this.setup());
  }

  async readCatalogSheets(): Promise<SheetValues[]> {
    const { katalogSheetsForImport, layoutSheetFilter } = await import("./workbook-catalog");
    const wanted = await layoutSheetFilter();
    try {
      const read = await readLayoutSheets(this.run, this.markerKey, wanted);
      return katalogSheetsForImport(read.sheets, read.existing);
    } catch (e) {
      throw new InsertError(teks.gagalMembaca(errorCode(e)));
    }
  }

  /** One sync; ExcelApi 1.1. */
  async recalculate(): Promise<void> {
    await this.run(async (context) => {
      context.workbook.application.calculate("Full");
      await context.sync();
    });
  }

  /**
   * One Excel.run (rawat-lembar.ts): names, markers with each sheet's used range, the IKI sheets'
   * cells (the whole dinas in one read), then with `tulis` the write syncs of an insert, the last
   * of which puts each refreshed sheet in the place of its old one. A preview writes nothing.
   */
  async rawatLembar(request: RawatRequest, onProgress?: ProgressListener): Promise<LaporanAksi> {
    const { rawatLembar } = await import("./rawat-lembar");
    return rawatLembar(this.setup(), request, this.pilihanKatalog(), onProgress);
  }

  /**
   * One Excel.run (gabung-lembar.ts): the reads of a lifecycle action (the IKI sheets' cells), the
   * merge planned, then with `tulis` the write syncs of an insert. The report either way.
   */
  async gabung(request: GabungRequest, onProgress?: ProgressListener): Promise<LaporanGabung> {
    const { gabungLembar } = await import("./gabung-lembar");
    return gabungLembar(this.setup(), request, this.pilihanKatalog(), onProgress);
  }

  async insert(request: InsertRequest, onProgress?: ProgressListener): Promise<InsertResult> {
    return (await writes()).insertSheets(this.setup(), request, true, onProgress);
  }

  async rebuildRekap(
    options: TemplateOptions,
    onProgress?: ProgressListener
  ): Promise<InsertResult> {
    const request = { jabatanIds: [], options, rekap: true };
    return (await writes()).insertSheets(this.setup(), request, false, onProgress);
  }
}

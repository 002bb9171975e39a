/** The WorkbookPort on the in-memory workbook: what the browser preview and the task pane tests use. */
import { builtInCatalog, CatalogIndex, type Catalog, type Jabatan } from "../catalog";
import type { SheetValues } from "../catalog/tabel/types";
import { NAMA_KATALOG_TERSIMPAN as KATALOG_SHEET } from "../template/katalog-tersimpan";
import { checkRequest, decideInsert, withAda } from "../template/sudah-ada";
import { planWorkbook } from "../template/workbook-plan";
import type { TemplateOptions } from "../template/options";
import type { SheetPlan } from "../template/plan";
import {
  InsertError,
  katalogBawaan as bawaan,
  throwIfRefused,
  type InsertRequest,
  type InsertResult,
  type ProgressListener,
  type WorkbookCatalog,
  type WorkbookPort,
} from "../workbook/port";
import {
  catalogFromStored,
  exportPlanner,
  katalogSheetsForImport,
  isLayoutSheet,
  layoutSheetKeys,
  storedPlanner,
} from "../workbook/workbook-catalog";
import { MemoryWorkbook } from "./memory-workbook";
import { teks } from "../workbook/teks";

export class MemoryWorkbookPort implements WorkbookPort {
  constructor(
    readonly workbook: MemoryWorkbook = new MemoryWorkbook(),
    /** The catalog in use. */
    public katalog: CatalogIndex = builtInCatalog
  ) {}

  private readonly isJabatan = (id: string) => this.katalog.getJabatan(id) !== undefined;

  async checkSupport(): Promise<string | undefined> {
    return undefined;
  }

  async listSheets(): Promise<string[]> {
    return this.workbook.sheetNames();
  }

  async activateSheet(name: string): Promise<void> {
    if (!this.workbook.hasSheet(name)) throw new InsertError(teks.lembarTidakAda(name));
    this.workbook.activate(name);
  }

  async readCatalog(): Promise<WorkbookCatalog> {
    const name = KATALOG_SHEET;
    const stored = this.workbook.hasSheet(name)
      ? { name, values: this.workbook.values(name) }
      : undefined;
    const used = catalogFromStored(stored);
    this.katalog = used.katalog;
    return used;
  }

  async saveCatalog(catalog: Catalog | undefined): Promise<WorkbookCatalog> {
    if (!catalog) {
      if (this.workbook.hasSheet(KATALOG_SHEET)) this.workbook.removeSheet(KATALOG_SHEET);
      this.katalog = builtInCatalog;
      return bawaan();
    }
    const planner = storedPlanner(catalog);
    await this.apply(planner(this.workbook.sheets()), []);
    this.katalog = new CatalogIndex(catalog);
    return { katalog: this.katalog, tersimpan: true };
  }

  async exportCatalog(): Promise<string[]> {
    const planner = await exportPlanner(this.katalog);
    const { created } = await this.apply(planner(this.workbook.sheets()), []);
    if (created.length > 0) this.workbook.activate(created[0]);
    return created;
  }

  async readCatalogSheets(): Promise<SheetValues[]> {
    const keys = await layoutSheetKeys(this.katalog);
    const existing = this.workbook.sheets().filter((sheet) => isLayoutSheet(sheet, keys));
    const sheets = existing.map(({ name }) => ({ name, values: this.workbook.values(name) }));
    return katalogSheetsForImport(sheets, existing);
  }

  async recalculate(): Promise<void> {
    this.workbook.recalculate();
  }

  async insert(request: InsertRequest, onProgress?: ProgressListener): Promise<InsertResult> {
    const existing = this.workbook.sheets();
    const checked = { ...request, tahun: request.options.tahun };
    throwIfRefused(checkRequest(checked, this.isJabatan, existing));
    const decision = decideInsert(existing, checked);
    if (!decision.write) return { created: [], ada: decision.ada };
    const jabatan = decision.jabatanIds.map((id) => this.katalog.getJabatan(id) as Jabatan);
    const plans = planWorkbook({
      katalog: this.katalog,
      jabatan,
      options: request.options,
      rekap: request.rekap,
      existing,
    });
    return withAda(await this.apply(plans, decision.jabatanIds, onProgress), decision.ada);
  }

  async rebuildRekap(
    options: TemplateOptions,
    onProgress?: ProgressListener
  ): Promise<InsertResult> {
    const existing = this.workbook.sheets();
    throwIfRefused(
      checkRequest({ jabatanIds: [], tahun: options.tahun, rekap: true }, this.isJabatan, existing)
    );
    return this.apply(
      planWorkbook({ katalog: this.katalog, jabatan: [], options, rekap: true, existing }),
      [],
      onProgress
    );
  }

  private async apply(
    plans: SheetPlan[],
    jabatanIds: string[],
    onProgress?: ProgressListener
  ): Promise<InsertResult> {
    const total = plans.length + 1;
    try {
      this.workbook.apply(plans, (i, name) => onProgress?.(i, total, `Menulis lembar "${name}"`));
    } catch (error) {
      const detail = error instanceof Error ? ` (${error.message})` : "";
      throw new InsertError(
        `Lembar tidak dapat dibuat; buku kerja tidak diubah${detail}.`,
        jabatanIds
      );
    }
    onProgress?.(total, total, "Selesai");
    const rekap = plans.find((p) => p.kind === "rekap");
    const result: InsertResult = { created: plans.filter((p) => !p.replace).map((p) => p.name) };
    if (rekap !== undefined) result.rekap = rekap.name;
    if (rekap?.replace) result.rekapDiperbarui = true;
    return result;
  }
}

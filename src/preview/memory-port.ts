/** The WorkbookPort on the in-memory workbook: what the browser preview and the task pane tests use. */
import { builtInCatalog, CatalogIndex, type Catalog, type Jabatan } from "../catalog";
import type { SheetValues } from "../catalog/tabel/types";
import { katalogDikenal, type PilihanKatalog } from "../template/katalog-riwayat";
import { isNamaKatalogTersimpan, isTandaKatalogTersimpan } from "../template/sheet-keys";
import type { ExistingSheet } from "../template/workbook-plan";
import { checkRequest, decideInsert, withAda } from "../template/sudah-ada";
import { planWorkbook } from "../template/workbook-plan";
import type { TemplateOptions } from "../template/options";
import type { SheetPlan } from "../template/plan";
import {
  InsertError,
  insertResultOf,
  type GabungRequest,
  katalogBawaan as bawaan,
  throwIfRefused,
  type InsertRequest,
  type InsertResult,
  type LaporanAksi,
  type ProgressListener,
  type RawatRequest,
  type WorkbookCatalog,
  type WorkbookPort,
} from "../workbook/port";
import {
  exportPlanner,
  katalogSheetsForImport,
  layoutSheetFilter,
  storedPlanner,
} from "../workbook/workbook-catalog";
import { catalogFromStored } from "../workbook/stored-catalog";
import type { LaporanGabung } from "../gabung/types";
import { gabungDiMemori } from "./memory-gabung";
import { rawatDiMemori } from "./memory-rawat";
import { MemoryWorkbook } from "./memory-workbook";
import { teks } from "../workbook/teks";

export class MemoryWorkbookPort implements WorkbookPort {
  constructor(
    readonly workbook: MemoryWorkbook = new MemoryWorkbook(),
    /** The catalog in use. */
    public katalog: CatalogIndex = builtInCatalog
  ) {}

  /** The earlier catalogs stored with it (readCatalog, saveCatalog). */
  riwayat: CatalogIndex[] = [];

  /** The catalogs this port knows, for katalogAsal: the one in use, its riwayat, the built-in one. */
  pilihanKatalog(): PilihanKatalog {
    return { dipakai: this.katalog, riwayat: this.riwayat, bawaan: builtInCatalog };
  }

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

  /** The sheets named as the stored catalog, and whether A1 holds its signature (as the Office port reads). */
  private candidates(): { name: string; signed: boolean }[] {
    return this.workbook
      .sheetNames()
      .filter(isNamaKatalogTersimpan)
      .map((name) => ({
        name,
        signed: isTandaKatalogTersimpan(this.workbook.getValue(name, "A1")),
      }));
  }

  /** The sheets as the Office port reads them before storing: the signed ones flagged ours. */
  private existingSigned(): ExistingSheet[] {
    const signed = new Set(
      this.candidates()
        .filter((c) => c.signed)
        .map((c) => c.name)
    );
    return this.workbook
      .sheets()
      .map((s) => (signed.has(s.name) ? { ...s, tersimpan: true as const } : s));
  }

  async readCatalog(): Promise<WorkbookCatalog> {
    const stored = this.candidates().map(({ name, signed }) => ({
      name,
      values: signed ? this.workbook.values(name) : [],
    }));
    const used = catalogFromStored(stored);
    this.katalog = used.katalog;
    this.riwayat = used.riwayat;
    return used;
  }

  async saveCatalog(catalog: Catalog | undefined): Promise<WorkbookCatalog> {
    if (!catalog) {
      // Only our signed sheets: a user's own sheet of that name stays.
      for (const { name, signed } of this.candidates()) if (signed) this.workbook.removeSheet(name);
      this.katalog = builtInCatalog;
      this.riwayat = [];
      return bawaan();
    }
    const baru = new CatalogIndex(catalog);
    // As the Office port: the catalogs known here that a sheet's marker may still name.
    const dikenal = katalogDikenal(this.pilihanKatalog());
    const { planner, riwayat } = storedPlanner(baru, dikenal);
    await this.apply(planner(this.existingSigned()), []);
    this.katalog = baru;
    this.riwayat = riwayat();
    return { katalog: this.katalog, tersimpan: true, riwayat: this.riwayat };
  }

  async exportCatalog(): Promise<string[]> {
    const planner = await exportPlanner(this.katalog);
    const { created } = await this.apply(planner(this.workbook.sheets()), []);
    if (created.length > 0) this.workbook.activate(created[0]);
    return created;
  }

  async readCatalogSheets(): Promise<SheetValues[]> {
    const existing = this.workbook.sheets().filter(await layoutSheetFilter());
    const sheets = existing.map(({ name }) => ({ name, values: this.workbook.values(name) }));
    return katalogSheetsForImport(sheets, existing);
  }

  async rawatLembar(request: RawatRequest, onProgress?: ProgressListener): Promise<LaporanAksi> {
    return rawatDiMemori(this.workbook, this.pilihanKatalog(), request, onProgress);
  }

  async gabung(request: GabungRequest, onProgress?: ProgressListener): Promise<LaporanGabung> {
    return gabungDiMemori(this.workbook, this.pilihanKatalog(), request, onProgress);
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
    return insertResultOf(plans);
  }
}

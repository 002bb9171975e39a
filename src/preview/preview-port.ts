/**
 * The preview's WorkbookPort: the in-memory port (src/preview/memory-port.ts) plus what a person
 * sees in Excel and the memory port lacks: sheets written one by one with progress the page can
 * paint between them (the memory port writes a batch synchronously), a selected cell, and
 * putFormula on it. Dev-only (HyperFormula is GPL-3.0).
 */
import { parseCell } from "../template/a1";
import { titleCase } from "../template/sheet-names";
import { decideInsert, withAda } from "../template/sudah-ada";
import type { TemplateOptions } from "../template/options";
import { teksPratinjau } from "./teks";
import {
  InsertError,
  type GabungRequest,
  type InsertRequest,
  type InsertResult,
  type LaporanAksi,
  type ProgressListener,
  type RawatRequest,
  type WorkbookCatalog,
  type WorkbookPort,
} from "../workbook/port";
import type { Catalog } from "../catalog";
import type { LaporanGabung } from "../gabung/types";
import type { SheetValues } from "../catalog/tabel/types";
import { MemoryWorkbookPort } from "./memory-port";
import type { MemoryWorkbook } from "./memory-workbook";

export interface CellSelection {
  sheet: string;
  /** A1 on that sheet. */
  cell: string;
}

/** "Lembar1!B3", or "'Rekap IKI 2025'!B3" when the name needs quotes (as Excel writes addresses). */
export function qualifiedAddress(sheet: string, cell: string): string {
  const plain = /^[A-Za-z_][A-Za-z0-9_.]*$/.test(sheet) && !parseCell(sheet);
  return `${plain ? sheet : `'${sheet.replace(/'/g, "''")}'`}!${cell}`;
}

export class PreviewPort implements WorkbookPort {
  readonly workbook: MemoryWorkbook;
  private readonly inner: MemoryWorkbookPort;
  private readonly listeners = new Set<() => void>();
  private selected?: CellSelection;

  /** stepDelay: milliseconds between sheets, so progress can be watched (`?jeda=` on the page). */
  constructor(
    inner: MemoryWorkbookPort = new MemoryWorkbookPort(),
    private readonly stepDelay = 0
  ) {
    this.inner = inner;
    this.workbook = inner.workbook;
  }

  /** Called after every change of the workbook (sheets added, cells written). */
  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  notify(): void {
    for (const l of this.listeners) l();
  }

  select(selection: CellSelection | undefined): void {
    this.selected = selection;
  }

  get selection(): CellSelection | undefined {
    return this.selected;
  }

  async checkSupport(): Promise<string | undefined> {
    return this.inner.checkSupport();
  }

  async listSheets(): Promise<string[]> {
    return this.inner.listSheets();
  }

  async activateSheet(name: string): Promise<void> {
    await this.inner.activateSheet(name);
    this.notify();
  }

  async insert(request: InsertRequest, onProgress?: ProgressListener): Promise<InsertResult> {
    const ids = request.jabatanIds;
    // The memory port checks these too; checked first here so nothing is written before failing.
    if (ids.length <= 1 || ids.some((id) => this.inner.katalog.getJabatan(id) === undefined)) {
      const result = await this.inner.insert(request, onProgress);
      this.notify();
      return result;
    }
    const existing = this.workbook.sheets();
    const decision = decideInsert(existing, { ...request, tahun: request.options.tahun });
    if (!decision.write) return { created: [], ada: decision.ada };
    const result = await this.insertOneByOne(
      { ...request, jabatanIds: decision.jabatanIds },
      onProgress
    );
    return withAda(result, decision.ada);
  }

  /** Every sheet in its own step, then the rekap; all or nothing, as the Office adapter. */
  private async insertOneByOne(
    request: InsertRequest,
    onProgress?: ProgressListener
  ): Promise<InsertResult> {
    const ids = request.jabatanIds;
    const total = ids.length + (request.rekap ? 1 : 0) + 1;
    const created: string[] = [];
    try {
      for (const [i, id] of ids.entries()) {
        onProgress?.(
          i,
          total,
          teksPratinjau.menulis(
            i + 1,
            ids.length,
            titleCase(this.inner.katalog.getJabatan(id)?.nama ?? id)
          )
        );
        await this.pause();
        const one = await this.inner.insert({
          ...request,
          jabatanIds: [id],
          rekap: false,
          sudahAda: "buat",
        });
        created.push(...one.created);
        this.notify();
      }
      let rekap: InsertResult | undefined;
      if (request.rekap) {
        onProgress?.(ids.length, total, teksPratinjau.menulisRekap);
        await this.pause();
        const r = await this.inner.rebuildRekap(request.options);
        created.push(...r.created);
        rekap = r;
      }
      onProgress?.(total, total, teksPratinjau.selesai);
      this.notify();
      return rekap?.rekap === undefined ? { created } : { ...rekap, created };
    } catch (error) {
      // Remove what this call made.
      for (const name of created) if (this.workbook.hasSheet(name)) this.workbook.removeSheet(name);
      this.notify();
      const message = error instanceof Error ? error.message : String(error);
      throw new InsertError(`${message} ${teksPratinjau.gagalDibersihkan}`, ids);
    }
  }

  async rebuildRekap(
    options: TemplateOptions,
    onProgress?: ProgressListener
  ): Promise<InsertResult> {
    onProgress?.(0, 2, teksPratinjau.menulisRekap);
    await this.pause();
    const result = await this.inner.rebuildRekap(options, onProgress);
    this.notify();
    return result;
  }

  async readCatalog(): Promise<WorkbookCatalog> {
    return this.inner.readCatalog();
  }

  async saveCatalog(catalog: Catalog | undefined): Promise<WorkbookCatalog> {
    const used = await this.inner.saveCatalog(catalog);
    this.notify();
    return used;
  }

  async exportCatalog(): Promise<string[]> {
    const created = await this.inner.exportCatalog();
    this.notify();
    return created;
  }

  async readCatalogSheets(): Promise<SheetValues[]> {
    return this.inner.readCatalogSheets();
  }

  async rawatLembar(request: RawatRequest, onProgress?: ProgressListener): Promise<LaporanAksi> {
    const laporan = await this.inner.rawatLembar(request, onProgress);
    this.notify();
    return laporan;
  }

  async gabung(request: GabungRequest, onProgress?: ProgressListener): Promise<LaporanGabung> {
    if (request.tulis) await this.pause();
    const laporan = await this.inner.gabung(request, onProgress);
    this.notify();
    return laporan;
  }

  async recalculate(): Promise<void> {
    await this.inner.recalculate();
    this.notify();
  }

  async putFormula(formula: string): Promise<string> {
    const s = this.selected;
    if (!s || !this.workbook.hasSheet(s.sheet)) throw new InsertError(teksPratinjau.pilihSel);
    const address = qualifiedAddress(s.sheet, s.cell);
    const empty =
      this.workbook.getFormula(s.sheet, s.cell) === undefined &&
      this.workbook.getValue(s.sheet, s.cell) === null;
    if (!empty) throw new InsertError(teksPratinjau.selTerisi(address));
    this.workbook.setFormula(s.sheet, s.cell, formula);
    this.notify();
    return address;
  }

  private pause(): Promise<void> {
    // A macrotask even at 0 ms: React paints the progress before the next sheet is computed.
    return new Promise((resolve) => setTimeout(resolve, this.stepDelay));
  }
}

/** The WorkbookPort on the in-memory workbook: what the browser preview and the task pane tests use. */
import { getJabatan } from "../catalog";
import type { Jabatan } from "../catalog/types";
import { decideInsert, withAda } from "../template/sudah-ada";
import { findIkiSheetsOfYear, planWorkbook } from "../template/workbook-plan";
import type { TemplateOptions } from "../template/options";
import type { SheetPlan } from "../template/plan";
import {
  InsertError,
  type InsertRequest,
  type InsertResult,
  type ProgressListener,
  type WorkbookPort,
} from "../workbook/port";
import { MemoryWorkbook } from "./memory-workbook";
import { teks } from "../workbook/teks";

export class MemoryWorkbookPort implements WorkbookPort {
  constructor(readonly workbook: MemoryWorkbook = new MemoryWorkbook()) {}

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

  async insert(request: InsertRequest, onProgress?: ProgressListener): Promise<InsertResult> {
    const unknown = request.jabatanIds.filter((id) => getJabatan(id) === undefined);
    if (unknown.length > 0)
      throw new InsertError(`Jabatan tidak dikenal: ${unknown.join(", ")}.`, unknown);
    if (request.jabatanIds.length === 0 && !request.rekap)
      throw new InsertError("Pilih sedikitnya satu jabatan.");
    const existing = this.workbook.sheets();
    const decision = decideInsert(existing, { ...request, tahun: request.options.tahun });
    if (!decision.write) return { created: [], ada: decision.ada };
    const jabatan = decision.jabatanIds.map((id) => getJabatan(id) as Jabatan);
    const plans = planWorkbook({
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
    if (findIkiSheetsOfYear(existing, options.tahun).length === 0) {
      throw new InsertError(teks.belumAdaLembarIki(options.tahun));
    }
    return this.apply(
      planWorkbook({ jabatan: [], options, rekap: true, existing }),
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

/**
 * The workbook port: what the task pane asks of a workbook. The Office.js adapter implements it
 * for Excel, the in-memory workbook for the browser preview and tests.
 */
import { builtInCatalog, type Catalog, type CatalogIndex } from "../catalog";
import type { SheetValues } from "../catalog/tabel/types";
import type { TemplateOptions } from "../template/options";
import type { SheetPlan } from "../template/plan";
import type { RequestRefusal, SudahAda } from "../template/sudah-ada";
import type { IkiSheetOfYear } from "../template/workbook-plan";
import type { AksiLembar, LaporanAksi } from "../lifecycle/types";
import type { BerkasDibaca, LaporanGabung } from "../gabung/types";
import type { FormulaMode, SkalaPredikat } from "../template/options";

export type { IkiSheetOfYear, SudahAda, AksiLembar, LaporanAksi };

/** A lifecycle action on the workbook's IKI sheets (src/lifecycle). */
export interface RawatRequest {
  aksi: AksiLembar;
  /**
   * false: read and plan only, write nothing (the preview of differences the pane shows first);
   * true: read, plan and write, all or nothing.
   */
  tulis: boolean;
  /** Kunci rumus for the sheets written (absent: on). */
  kunci?: boolean;
}

/** Gabungkan berkas pegawai: the staff files as read (src/xlsx/berkas-pegawai.ts) merged into the workbook. */
export interface GabungRequest {
  berkas: BerkasDibaca[];
  /** false: read and plan only (the report shown before writing); true: also write, all or nothing. */
  tulis: boolean;
  /** Kunci rumus for the sheets written (absent: on). */
  kunci?: boolean;
  /** Absent: what most staff sheets have. */
  mode?: FormulaMode;
  skala?: SkalaPredikat;
}

export interface InsertRequest {
  /** Catalog ids, in the order the sheets should appear. */
  jabatanIds: string[];
  options: TemplateOptions;
  /** Also build (or rebuild) the rekap sheet over every IKI sheet of the workbook. */
  rekap: boolean;
  /**
   * What to do with jabatan that already have an IKI sheet of the year (src/template/sudah-ada.ts):
   * "tanya" writes nothing when some have and reports them in `ada`; "lewati" makes only the
   * others'; "buat" (default) makes them all.
   */
  sudahAda?: SudahAda;
}

export interface InsertResult {
  /** Names of the sheets this call created, in order (a new rekap last; a rekap updated in place is not created). */
  created: string[];
  /** Name of the rekap sheet, when one was built or updated. */
  rekap?: string;
  /** true when the year's existing rekap was rewritten in place (same sheet) rather than added. */
  rekapDiperbarui?: true;
  /**
   * With "tanya" or "lewati", the requested jabatan's IKI sheets of the year, when there are any:
   * asked about ("tanya": nothing was written) or skipped ("lewati").
   */
  ada?: IkiSheetOfYear[];
}

/**
 * The result of writing these sheets: a sheet rewritten in place or superseding others is not new
 * to the user, so only the rest count as created; the rekap named, and whether it was updated in place.
 */
export function insertResultOf(
  sheets: Pick<SheetPlan, "name" | "kind" | "replace" | "supersedes">[]
): InsertResult {
  const created = sheets.filter((s) => !s.replace && !s.supersedes).map((s) => s.name);
  const rekap = sheets.find((s) => s.kind === "rekap");
  const result: InsertResult = { created };
  if (rekap !== undefined) result.rekap = rekap.name;
  if (rekap?.replace) result.rekapDiperbarui = true;
  return result;
}

/** The catalog a workbook uses: the one stored in it, or the built-in one. */
export interface WorkbookCatalog {
  katalog: CatalogIndex;
  /** true when it is stored in the workbook (the sheet IKI-Katalog), false for the built-in one. */
  tersimpan: boolean;
  /** Why the workbook's stored catalog was not used (Bahasa Indonesia); the built-in one is then. */
  masalah?: string;
  /**
   * The earlier catalogs stored with it that the workbook's sheets still name (katalog-riwayat.ts),
   * for a refresh to find the catalog a sheet came from; [] without a stored catalog.
   */
  riwayat: CatalogIndex[];
  /** Earlier catalogs dropped as broken (Bahasa Indonesia); the stored one itself is used. */
  peringatan?: string[];
}

/** The built-in catalog as a workbook's (no stored one), with why a stored one was not used. */
export function katalogBawaan(masalah?: string): WorkbookCatalog {
  const used: WorkbookCatalog = { katalog: builtInCatalog, tersimpan: false, riwayat: [] };
  if (masalah !== undefined) used.masalah = masalah;
  return used;
}

/** Progress of a multi-sheet insert: `done` of `total` steps, with what is being done (Bahasa Indonesia). */
export type ProgressListener = (done: number, total: number, message: string) => void;

export interface WorkbookPort {
  /** Checks the host can run what the add-in needs; resolves to a message (Bahasa Indonesia) when not. */
  checkSupport(): Promise<string | undefined>;
  /** Names of the worksheets, in tab order. */
  listSheets(): Promise<string[]>;
  /**
   * Inserts new sheets, all or nothing; never writes into an existing sheet except the year's rekap
   * (with `rekap`), which is rewritten in place. Jabatan that already have a sheet of the year are
   * found in the insert's own read and handled as `sudahAda` says.
   */
  insert(request: InsertRequest, onProgress?: ProgressListener): Promise<InsertResult>;
  /**
   * Builds the rekap over every IKI sheet of the workbook: rewrites the year's rekap in place
   * (found by its marker, whatever its name) or adds one when the year has none.
   */
  rebuildRekap(options: TemplateOptions, onProgress?: ProgressListener): Promise<InsertResult>;
  /** Shows a sheet (Excel: activates it); rejects with an InsertError when it is gone. */
  activateSheet(name: string): Promise<void>;
  /**
   * Writes an en-US formula into the selected cell and resolves to its address (e.g. "Lembar1!B3").
   * Never overwrites: rejects with an InsertError (Bahasa Indonesia) when the cell is not empty or
   * no single cell is selected. Optional: the pane hides "write an example" when a port lacks it.
   */
  putFormula?(formula: string): Promise<string>;
  /**
   * The catalog ports below are optional: the pane hides its section "Katalog IKI" without them.
   * readCatalog: the workbook's stored catalog, which the port then uses (insert); an invalid one is
   * reported in `masalah` and the built-in one is used.
   */
  readCatalog?(): Promise<WorkbookCatalog>;
  /**
   * Stores the catalog in the workbook (replacing a stored one), or with undefined removes it to go
   * back to the built-in one; the port uses it from then on. All or nothing.
   */
  saveCatalog?(catalog: Catalog | undefined): Promise<WorkbookCatalog>;
  /** Writes the catalog in use as new sheets in the layout of docs/katalog.md; their names. */
  exportCatalog?(): Promise<string[]>;
  /** The values of the workbook's sheets of that layout (by marker or by name), for the import. */
  readCatalogSheets?(): Promise<SheetValues[]>;
  /**
   * Perbarui / tahun berikutnya / ubah rumus (src/lifecycle): reads the IKI sheets, plans, and with
   * `tulis` writes through the same writers as insert, all or nothing; resolves to the report (also
   * when nothing was written). Optional: the pane hides the section without it.
   */
  rawatLembar?(request: RawatRequest, onProgress?: ProgressListener): Promise<LaporanAksi>;
  /**
   * Gabungkan: new IKI sheets with every typed value of the staff files' sheets, the year's rekap
   * (rewritten in place when there is one) and the sheet "Laporan penggabungan"; a sheet of the
   * workbook of the same jabatan, nama and year is replaced. Resolves to the report.
   */
  gabung?(request: GabungRequest, onProgress?: ProgressListener): Promise<LaporanGabung>;
  /**
   * Recalculates every formula (Excel: a full calculation). After a catalog change, cells of
   * IKI.INDIKATOR keep the result of the old catalog otherwise: the argument did not change.
   */
  recalculate?(): Promise<void>;
}

/** Thrown by a port when an insert fails; the message is for the user, in Bahasa Indonesia. */
export class InsertError extends Error {
  constructor(
    message: string,
    /** The jabatan (catalog ids) whose sheets failed, when known. */
    readonly jabatanIds: string[] = []
  ) {
    super(message);
    this.name = "InsertError";
  }
}

/** Throws checkRequest's refusal (src/template/sudah-ada.ts) as the InsertError every port throws. */
export function throwIfRefused(refusal: RequestRefusal | undefined): void {
  if (refusal) throw new InsertError(refusal.pesan, refusal.jabatanIds);
}

/**
 * The workbook port: what the task pane asks of a workbook. The Office.js adapter implements it
 * for Excel, the in-memory workbook for the browser preview and tests.
 */
import type { TemplateOptions } from "../template/options";

export interface InsertRequest {
  /** Catalog ids, in the order the sheets should appear. */
  jabatanIds: string[];
  options: TemplateOptions;
  /** Also build (or rebuild) the rekap sheet over every IKI sheet of the workbook. */
  rekap: boolean;
}

export interface InsertResult {
  /** Names of the sheets this call created, in order (the rekap last, when built). */
  created: string[];
  /** Name of the rekap sheet, when one was built. */
  rekap?: string;
}

/** Progress of a multi-sheet insert: `done` of `total` steps, with what is being done (Bahasa Indonesia). */
export type ProgressListener = (done: number, total: number, message: string) => void;

export interface WorkbookPort {
  /** Checks the host can run what the add-in needs; resolves to a message (Bahasa Indonesia) when not. */
  checkSupport(): Promise<string | undefined>;
  /** Names of the worksheets, in tab order. */
  listSheets(): Promise<string[]>;
  /** Inserts new sheets; never writes into an existing sheet; all or nothing. */
  insert(request: InsertRequest, onProgress?: ProgressListener): Promise<InsertResult>;
  /** Rebuilds the rekap over every IKI sheet of the workbook (a new rekap sheet, the old left alone). */
  rebuildRekap(options: TemplateOptions, onProgress?: ProgressListener): Promise<InsertResult>;
  /**
   * Writes an en-US formula into the selected cell and resolves to its address (e.g. "Lembar1!B3").
   * Never overwrites: rejects with an InsertError (Bahasa Indonesia) when the cell is not empty or
   * no single cell is selected. Optional: the pane hides "write an example" when a port lacks it.
   */
  putFormula?(formula: string): Promise<string>;
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

/** The WorkbookPort the pane's fake ports start from: a supported host, an empty workbook, nothing written. */
import type { InsertResult, WorkbookPort } from "../../src/workbook/port";

export class EmptyPort implements WorkbookPort {
  /** The sheets shown (activateSheet), in order. */
  activated: string[] = [];
  async checkSupport(): Promise<string | undefined> {
    return undefined;
  }
  async listSheets(): Promise<string[]> {
    return [];
  }
  async insert(): Promise<InsertResult> {
    return { created: [] };
  }
  async rebuildRekap(): Promise<InsertResult> {
    return { created: [] };
  }
  async activateSheet(name: string): Promise<void> {
    this.activated.push(name);
  }
}

/**
 * The catalog IKI.INDIKATOR looks jabatan up in. The functions share the task pane's runtime
 * (manifest: SharedRuntime), one per workbook, so the pane sets the workbook's catalog here when it
 * reads or changes it. Cells computed at startup wait for the pane's first read (catalogReady), up
 * to a timeout after which the built-in catalog answers; the pane asks Excel to recalculate when a
 * change leaves cells computed with another catalog (setActiveCatalog's result).
 */
import { builtInCatalog, type CatalogIndex } from "../catalog";

/** How long a startup call waits for the workbook's catalog before answering from the built-in one. */
export const BATAS_TUNGGU_MS = 10_000;

let active: CatalogIndex = builtInCatalog;
/** Whether the pane has set the workbook's catalog yet. */
let set = false;
/** Whether a cell has been computed with `active` since it was set. */
let answered = false;
let waiting: (() => void)[] = [];

export function activeCatalog(): CatalogIndex {
  answered = true;
  return active;
}

/** The catalog in use once the pane has set it, or after `ms` the one in use then (the built-in). */
export function catalogReady(ms = BATAS_TUNGGU_MS): Promise<CatalogIndex> {
  if (set) return Promise.resolve(activeCatalog());
  return new Promise((resolve) => {
    const done = () => {
      clearTimeout(timer);
      waiting = waiting.filter((w) => w !== done);
      resolve(activeCatalog());
    };
    const timer = setTimeout(done, ms);
    waiting.push(done);
  });
}

/**
 * Sets the catalog and answers the waiting calls; true when cells were already computed with
 * another catalog (Excel keeps their results: a non-volatile function with the same argument).
 */
export function setActiveCatalog(katalog: CatalogIndex): boolean {
  const stale = answered && katalog !== active;
  active = katalog;
  set = true;
  answered = false;
  for (const done of waiting.slice()) done();
  return stale;
}

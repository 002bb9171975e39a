/**
 * The catalog IKI.INDIKATOR looks jabatan up in. The functions share the task pane's runtime
 * (manifest: SharedRuntime), one per workbook, so the pane sets the workbook's catalog here when it
 * reads or changes it; until then, the built-in one.
 */
import { builtInCatalog, type CatalogIndex } from "../catalog";

let active: CatalogIndex = builtInCatalog;

export function activeCatalog(): CatalogIndex {
  return active;
}

export function setActiveCatalog(katalog: CatalogIndex): void {
  active = katalog;
}

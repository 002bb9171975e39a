/**
 * Changes of the catalog in use (App's state): the one read with the host check, then those of the
 * section "Katalog IKI". The form drops a jabatan the new catalog lacks, a pending "sudah ada lembar"
 * question is forgotten (it named jabatan of the old catalog), and IKI.INDIKATOR is told.
 */
import * as React from "react";
import type { CatalogIndex } from "../catalog";
import { katalogBawaan, type WorkbookCatalog, type WorkbookPort } from "../workbook/port";
import type { PaneForm } from "./form";
import type { PaneFormState } from "./use-remembered-form";

/**
 * Told the catalog in use; true when cells were computed with another one (index.tsx:
 * setActiveCatalog, IKI.INDIKATOR's), and the port is then asked to recalculate.
 */
export type OnKatalog = (katalog: CatalogIndex) => boolean | void;

export function useCatalogChange(
  setUsed: (used: WorkbookCatalog) => void,
  pane: Pick<PaneFormState, "restoreSaved" | "keepIn">,
  lupakanPertanyaan: () => void,
  port: Pick<WorkbookPort, "recalculate">,
  onKatalog: OnKatalog | undefined
) {
  const tell = React.useRef(onKatalog);
  tell.current = onKatalog;
  const { restoreSaved, keepIn } = pane;
  const change = React.useCallback(
    (next: WorkbookCatalog) => {
      setUsed(next);
      keepIn(next.katalog);
      lupakanPertanyaan();
      // A failed recalculation only leaves old results, which Excel's own recalc (Ctrl+Alt+F9) fixes.
      if (tell.current?.(next.katalog) === true) void port.recalculate?.().catch(() => undefined);
    },
    [setUsed, keepIn, lupakanPertanyaan, port]
  );
  // Told at load in every case (also the built-in catalog): IKI.INDIKATOR waits for it.
  const onLoaded = React.useCallback(
    (saved: Partial<PaneForm>, loaded: WorkbookCatalog | undefined) => {
      const used = loaded ?? katalogBawaan();
      change(used);
      restoreSaved(saved, used.katalog);
    },
    [change, restoreSaved]
  );
  return { change, onLoaded };
}

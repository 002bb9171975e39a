/**
 * Changes of the catalog in use (App's state): the one read with the host check, then those of the
 * section "Katalog IKI". The form drops a jabatan the new catalog lacks, a pending "sudah ada lembar"
 * question is forgotten (it named jabatan of the old catalog), and IKI.INDIKATOR is told.
 */
import * as React from "react";
import type { CatalogIndex } from "../catalog";
import { katalogBawaan, type WorkbookCatalog } from "../workbook/port";
import type { PaneForm } from "./form";
import type { PaneFormState } from "./use-remembered-form";

export function useCatalogChange(
  setUsed: (used: WorkbookCatalog) => void,
  pane: Pick<PaneFormState, "restoreSaved" | "keepIn">,
  lupakanPertanyaan: () => void,
  onKatalog: ((katalog: CatalogIndex) => void) | undefined
) {
  const tell = React.useRef(onKatalog);
  tell.current = onKatalog;
  const { restoreSaved, keepIn } = pane;
  const change = React.useCallback(
    (next: WorkbookCatalog) => {
      setUsed(next);
      keepIn(next.katalog);
      lupakanPertanyaan();
      tell.current?.(next.katalog);
    },
    [setUsed, keepIn, lupakanPertanyaan]
  );
  const onLoaded = React.useCallback(
    (saved: Partial<PaneForm>, loaded: WorkbookCatalog | undefined) => {
      if (loaded) change(loaded);
      restoreSaved(saved, (loaded ?? katalogBawaan()).katalog);
    },
    [change, restoreSaved]
  );
  return { change, onLoaded };
}

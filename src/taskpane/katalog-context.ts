/**
 * The catalog in use, for every component and hook of the pane. The provider in App.tsx holds the
 * workbook's catalog; the built-in one is only the default before (and without) a provider.
 */
import * as React from "react";
import { builtInCatalog, type CatalogIndex } from "../catalog";

export const KatalogContext = React.createContext<CatalogIndex>(builtInCatalog);

export function useKatalog(): CatalogIndex {
  return React.useContext(KatalogContext);
}

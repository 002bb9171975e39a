/**
 * The IKI catalog: its shape, its check and its look-ups (CatalogIndex), and the built-in catalog,
 * Keputusan 188.4/03/KEP/35.07.306/2024 of Dinas Sosial Kabupaten Malang. Pure data and functions
 * (no Office, no React). Production code receives the catalog in use as a CatalogIndex; only the
 * composition roots (pane, functions runtime, command line) start from `builtInCatalog`.
 */
import catalogData from "./iki-dinsos-2024.json";
import { assertValidCatalog } from "./validate";
import { CatalogIndex } from "./catalog-index";

export type {
  Catalog,
  Instansi,
  Jabatan,
  Indikator,
  JenisIndikator,
  Polaritas,
  Agregasi,
} from "./types";
export { normalizeText } from "./normalize";
export { validateCatalog, assertValidCatalog, CatalogValidationError } from "./validate";
export { CatalogIndex, type CatalogIdentity } from "./catalog-index";
export type { SearchHit, MatchReason, MatchKind } from "./search";
export { catalogHash, canonicalJson } from "./catalog-hash";

/** Validated once at load: a hand edit that breaks the data fails here, not in a sheet. */
export const builtInCatalog = new CatalogIndex(assertValidCatalog(catalogData));

/**
 * The IKI catalog of Dinas Sosial Kabupaten Malang 2024 and its look-ups.
 * Pure data and functions (no Office, no React): used by custom functions and the task pane.
 */
import catalogData from "./iki-dinsos-2024.json";
import type { Catalog, Jabatan } from "./types";
import { assertValidCatalog } from "./validate";
import { normalizeText } from "./normalize";
import { buildSearchIndex, search } from "./search";

export type { Catalog, Jabatan, Indikator, JenisIndikator, Polaritas, Agregasi } from "./types";
export { normalizeText } from "./normalize";
export { validateCatalog, assertValidCatalog, CatalogValidationError } from "./validate";

/** Validated once at load: a hand edit that breaks the data fails here, not in a sheet. */
export const catalog: Catalog = assertValidCatalog(catalogData);

const byId = new Map(catalog.jabatan.map((j) => [j.id, j]));
const searchIndex = buildSearchIndex(catalog.jabatan);

export function getJabatan(id: string): Jabatan | undefined {
  return byId.get(id);
}

/** Exact name match, ignoring case, accents and spacing; several for names used in several bidang. */
export function jabatanByNama(nama: string): Jabatan[] {
  const wanted = normalizeText(nama);
  if (wanted === "") return [];
  return catalog.jabatan.filter((j) => normalizeText(j.nama) === wanted);
}

/** What a user typed as "jabatan": an id first (as typed, then normalised), else an exact name. */
export function resolveJabatan(text: string): Jabatan[] {
  const j = getJabatan(text.trim()) ?? getJabatan(normalizeText(text));
  return j ? [j] : jabatanByNama(text);
}

/** The bidang in document order. */
export function listBidang(): string[] {
  return [...new Set(catalog.jabatan.map((j) => j.bidang))];
}

export function jabatanInBidang(bidang: string): Jabatan[] {
  const wanted = normalizeText(bidang);
  return catalog.jabatan.filter((j) => normalizeText(j.bidang) === wanted);
}

/** Jabatan whose nama, tugas or indikator contain every query word (as word prefixes). */
export function searchJabatan(query: string, limit?: number): Jabatan[] {
  return search(searchIndex, query, limit);
}

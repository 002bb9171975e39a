/**
 * The markers of the catalog's own sheets, beside the IKI and rekap markers (marker.ts) under the
 * same custom property key: a sheet of the editable layout names its table, so the import finds it
 * under any name (an export into a workbook that already had a "Jabatan" sheet writes "Jabatan (2)");
 * the stored catalog names the catalog it holds. parseMarker ignores both kinds.
 */
import { MAX_CUSTOM_PROPERTY_CHARS } from "./excel-limits";
import { MARKER_KEY, MARKER_VERSION, parseKatalog, type MarkerKatalog } from "./marker";
import type { SheetMarker } from "./plan";

export interface TabelMarker {
  v: 1;
  kind: "katalog";
  /** The table the sheet holds (CatalogTable.sheet), e.g. "Jabatan". */
  tabel: string;
}

export interface TersimpanMarker {
  v: 1;
  kind: "katalog-tersimpan";
  katalog: MarkerKatalog;
}

export type KatalogMarker = TabelMarker | TersimpanMarker;

/** Within 255 characters: a long instansi goes first, then the nomor; the hash always stays. */
export function katalogSheetMarker(marker: KatalogMarker): SheetMarker {
  const candidates: KatalogMarker[] = [marker];
  if (marker.kind === "katalog-tersimpan") {
    const tanpaInstansi: MarkerKatalog = { ...marker.katalog };
    delete tanpaInstansi.instansi;
    const tanpaNomor: MarkerKatalog = { ...tanpaInstansi };
    delete tanpaNomor.nomor;
    candidates.push({ ...marker, katalog: tanpaInstansi }, { ...marker, katalog: tanpaNomor });
  }
  const values = candidates.map((m) => JSON.stringify(m));
  const value =
    values.find((v) => v.length <= MAX_CUSTOM_PROPERTY_CHARS) ?? values[values.length - 1];
  return { key: MARKER_KEY, value };
}

/** A catalog sheet's marker, or undefined for anything else (IKI and rekap markers, garbage). */
export function parseKatalogMarker(value: string | undefined): KatalogMarker | undefined {
  if (typeof value !== "string" || value.length > 10000) return undefined;
  let data: unknown;
  try {
    data = JSON.parse(value);
  } catch {
    return undefined;
  }
  if (typeof data !== "object" || data === null || Array.isArray(data)) return undefined;
  const m = data as Record<string, unknown>;
  if (m.v !== MARKER_VERSION) return undefined;
  if (m.kind === "katalog" && typeof m.tabel === "string" && m.tabel !== "")
    return { v: 1, kind: "katalog", tabel: m.tabel };
  if (m.kind !== "katalog-tersimpan") return undefined;
  const katalog = parseKatalog(m.katalog);
  return katalog ? { v: 1, kind: "katalog-tersimpan", katalog } : undefined;
}

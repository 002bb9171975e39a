/**
 * The markers of the catalog's own sheets, beside the IKI and rekap markers (marker.ts) under the
 * same custom property key: a sheet of the editable layout names its table, so the import finds it
 * under any name (an export into a workbook that already had a "Jabatan" sheet writes "Jabatan (2)");
 * the stored catalog names the hash of the catalog it holds (its cells give instansi, nomor and
 * tahun). parseMarker ignores both kinds.
 */
import { MARKER_KEY, markerObject, parseKatalog } from "./marker";
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
  /** CatalogIdentity.hash of the stored catalog. */
  katalog: string;
}

export type KatalogMarker = TabelMarker | TersimpanMarker;

export function katalogSheetMarker(marker: KatalogMarker): SheetMarker {
  return { key: MARKER_KEY, value: JSON.stringify(marker) };
}

/** A catalog sheet's marker, or undefined for anything else (IKI and rekap markers, garbage). */
export function parseKatalogMarker(value: string | undefined): KatalogMarker | undefined {
  const m = markerObject(value);
  if (!m) return undefined;
  if (m.kind === "katalog" && typeof m.tabel === "string" && m.tabel !== "")
    return { v: 1, kind: "katalog", tabel: m.tabel };
  if (m.kind !== "katalog-tersimpan") return undefined;
  const katalog = parseKatalog(m.katalog);
  return katalog ? { v: 1, kind: "katalog-tersimpan", katalog } : undefined;
}

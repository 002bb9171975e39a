/**
 * The worksheet custom property that marks a sheet made by this add-in, so a later rekap finds the
 * IKI sheets again (also after the user renamed them). Value: compact JSON, at most 255 characters
 * (Excel's limit for custom property values outside Excel on the web).
 */
import { MAX_ROWS } from "./a1";
import { MAX_CUSTOM_PROPERTY_CHARS } from "./excel-limits";
import type { FormulaMode, SkalaPredikat } from "./options";
import type { SheetMarker } from "./plan";

import { MARKER_KEY } from "./sheet-keys";

export { MARKER_KEY };
export const MARKER_VERSION = 1;

export interface IkiMarker {
  v: 1;
  kind: "iki";
  jabatanId: string;
  tahun: number;
  mode: FormulaMode;
  skala: SkalaPredikat;
  /**
   * The indicator rows (layout v1), so a rekap still finds them when the catalog has changed since
   * the sheet was made; left out only when the value would exceed 255 characters.
   */
  baris?: number[];
  /**
   * The content hash of the catalog the sheet was planned from (CatalogIdentity.hash). Only the
   * hash fits beside long ids and rows in 255 characters; the workbook's stored catalog (and the
   * built-in one) give its instansi, nomor and tahun.
   */
  katalog?: string;
}

export interface RekapMarker {
  v: 1;
  kind: "rekap";
  tahun: number;
  mode: FormulaMode;
  skala: SkalaPredikat;
  katalog?: string;
}

export type Marker = IkiMarker | RekapMarker;

/**
 * Compact JSON within 255 characters; when a value would be longer the indicator rows go (a rekap
 * then takes them from the catalog's layout). validatePlan refuses a value that is still too long.
 */
export function markerValue(marker: Marker): string {
  const json = JSON.stringify(marker);
  if (json.length <= MAX_CUSTOM_PROPERTY_CHARS || marker.kind !== "iki" || !marker.baris)
    return json;
  const tanpaBaris: IkiMarker = { ...marker };
  delete tanpaBaris.baris;
  return JSON.stringify(tanpaBaris);
}

export function sheetMarker(marker: Marker): SheetMarker {
  return { key: MARKER_KEY, value: markerValue(marker) };
}

const isMode = (x: unknown): x is FormulaMode => x === "iki" || x === "native";
const isSkala = (x: unknown): x is SkalaPredikat => x === "lima" || x === "permenpan";
// Wider than the year a user may type (tahun.ts): a marker written by another version or by hand is
// still read, so its sheet is not lost to the rekap.
const isTahun = (x: unknown): x is number =>
  typeof x === "number" && Number.isInteger(x) && x >= 1900 && x <= 9999;
const isBaris = (x: unknown): x is number[] =>
  Array.isArray(x) &&
  x.length > 0 &&
  x.every((r) => typeof r === "number" && Number.isInteger(r) && r >= 1 && r <= MAX_ROWS);

/** A custom property value as a JSON object of our version; undefined for anything else. */
export function markerObject(value: unknown): Record<string, unknown> | undefined {
  if (typeof value !== "string" || value.length > 10000) return undefined;
  let data: unknown;
  try {
    data = JSON.parse(value);
  } catch {
    return undefined;
  }
  if (typeof data !== "object" || data === null || Array.isArray(data)) return undefined;
  const m = data as Record<string, unknown>;
  return m.v === MARKER_VERSION ? m : undefined;
}

/** The marker in a custom property value; undefined for anything else (garbage, other versions). */
export function parseMarker(value: string): Marker | undefined {
  const m = markerObject(value);
  if (!m) return undefined;
  if (!isTahun(m.tahun) || !isMode(m.mode) || !isSkala(m.skala)) return undefined;
  const katalog = parseKatalog(m.katalog);
  if (m.kind === "rekap") {
    const rekap: RekapMarker = {
      v: 1,
      kind: "rekap",
      tahun: m.tahun,
      mode: m.mode,
      skala: m.skala,
    };
    if (katalog) rekap.katalog = katalog;
    return rekap;
  }
  if (m.kind !== "iki" || typeof m.jabatanId !== "string" || m.jabatanId === "") return undefined;
  const marker: IkiMarker = {
    v: 1,
    kind: "iki",
    jabatanId: m.jabatanId,
    tahun: m.tahun,
    mode: m.mode,
    skala: m.skala,
  };
  if (m.baris !== undefined) {
    if (!isBaris(m.baris)) return undefined;
    marker.baris = m.baris;
  }
  if (katalog) marker.katalog = katalog;
  return marker;
}

/** The catalog's hash when well formed; a marker without it (made before catalogs were named) is still read. */
export function parseKatalog(x: unknown): string | undefined {
  return typeof x === "string" && /^[0-9a-f]{16}$/.test(x) ? x : undefined;
}

/**
 * The worksheet custom property that marks a sheet made by this add-in, so a later rekap finds the
 * IKI sheets again (also after the user renamed them). Value: compact JSON, at most 255 characters
 * (Excel's limit for custom property values outside Excel on the web).
 */
import { MAX_ROWS } from "./a1";
import { MAX_CUSTOM_PROPERTY_CHARS } from "./excel-limits";
import type { FormulaMode, SkalaPredikat } from "./options";
import type { SheetMarker } from "./plan";

export const MARKER_KEY = "IKI-DINSOS";
export const MARKER_VERSION = 1;

/**
 * The catalog a sheet was planned from (CatalogIdentity). The hash always; nomor and instansi while
 * the value stays within 255 characters.
 */
export interface MarkerKatalog {
  hash: string;
  tahun: number;
  nomor?: string;
  instansi?: string;
}

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
  katalog?: MarkerKatalog;
}

export interface RekapMarker {
  v: 1;
  kind: "rekap";
  tahun: number;
  mode: FormulaMode;
  skala: SkalaPredikat;
  katalog?: MarkerKatalog;
}

export type Marker = IkiMarker | RekapMarker;

/**
 * Compact JSON within 255 characters: what is least needed goes first when a value is too long
 * (the catalog's instansi, then its nomor, then the indicator rows, which a rekap can take from the
 * catalog's layout instead).
 */
export function markerValue(marker: Marker): string {
  const candidates: Marker[] = [marker];
  const katalog = marker.katalog;
  if (katalog && (katalog.instansi !== undefined || katalog.nomor !== undefined)) {
    const tanpaInstansi: MarkerKatalog = { ...katalog };
    delete tanpaInstansi.instansi;
    const tanpaNomor: MarkerKatalog = { ...tanpaInstansi };
    delete tanpaNomor.nomor;
    candidates.push({ ...marker, katalog: tanpaInstansi }, { ...marker, katalog: tanpaNomor });
  }
  const last = candidates[candidates.length - 1];
  if (last.kind === "iki" && last.baris) {
    const tanpaBaris: IkiMarker = { ...last };
    delete tanpaBaris.baris;
    candidates.push(tanpaBaris);
  }
  const values = candidates.map((m) => JSON.stringify(m));
  return values.find((v) => v.length <= MAX_CUSTOM_PROPERTY_CHARS) ?? values[values.length - 1];
}

/** The marker's catalog part of a CatalogIdentity. */
export function markerKatalog(id: {
  hash: string;
  tahun: number;
  nomor: string;
  instansi: string;
}): MarkerKatalog {
  return { hash: id.hash, tahun: id.tahun, nomor: id.nomor, instansi: id.instansi };
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

/** The marker in a custom property value; undefined for anything else (garbage, other versions). */
export function parseMarker(value: string): Marker | undefined {
  if (typeof value !== "string" || value.length > 10000) return undefined;
  let data: unknown;
  try {
    data = JSON.parse(value);
  } catch {
    return undefined;
  }
  if (typeof data !== "object" || data === null || Array.isArray(data)) return undefined;
  const m = data as Record<string, unknown>;
  if (m.v !== MARKER_VERSION || !isTahun(m.tahun) || !isMode(m.mode) || !isSkala(m.skala))
    return undefined;
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

/** The catalog part when well formed; a marker without it (made before catalogs were named) is still read. */
export function parseKatalog(x: unknown): MarkerKatalog | undefined {
  if (typeof x !== "object" || x === null || Array.isArray(x)) return undefined;
  const k = x as Record<string, unknown>;
  if (typeof k.hash !== "string" || !/^[0-9a-f]{16}$/.test(k.hash) || !isTahun(k.tahun))
    return undefined;
  const out: MarkerKatalog = { hash: k.hash, tahun: k.tahun };
  if (typeof k.nomor === "string") out.nomor = k.nomor;
  if (typeof k.instansi === "string") out.instansi = k.instansi;
  return out;
}

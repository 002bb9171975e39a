/**
 * The catalogs a workbook's sheets were made from. A sheet's marker names its catalog by hash only
 * (marker.ts); after an import the catalog in use is another one, so the stored sheet keeps, beside
 * it, the earlier catalogs a sheet still names (riwayat): a refresh then matches the sheet's typed
 * values by indicator id against the catalog it came from.
 */
import type { CatalogIndex } from "../catalog/catalog-index";
import { parseMarker } from "./marker";

/** The catalog hashes the IKI sheets and rekap markers name (a marker without one names none). */
export function hashDisebut(markers: (string | undefined)[]): Set<string> {
  const hashes = new Set<string>();
  for (const value of markers) {
    const katalog = value === undefined ? undefined : parseMarker(value)?.katalog;
    if (katalog !== undefined) hashes.add(katalog);
  }
  return hashes;
}

/**
 * The riwayat to store with `baru`: of the catalogs known (`dikenal`: the previously stored one, its
 * riwayat, the built-in one), each named by a sheet's marker and not `baru` itself, once, in the
 * order known. A catalog no sheet names any more is dropped.
 */
export function riwayatUntuk(
  markers: (string | undefined)[],
  dikenal: CatalogIndex[],
  baru: CatalogIndex
): CatalogIndex[] {
  const disebut = hashDisebut(markers);
  disebut.delete(baru.identity().hash);
  const out: CatalogIndex[] = [];
  for (const katalog of dikenal) {
    const hash = katalog.identity().hash;
    if (!disebut.has(hash)) continue;
    disebut.delete(hash);
    out.push(katalog);
  }
  return out;
}

/** The catalogs a port knows of the workbook, for katalogAsal. */
export interface PilihanKatalog {
  /** The catalog in use. */
  dipakai: CatalogIndex;
  /** The workbook's stored catalog, when it has one. */
  tersimpan?: CatalogIndex;
  riwayat: CatalogIndex[];
  bawaan: CatalogIndex;
}

/**
 * The catalog a sheet's marker names (`hash`; none = the built-in one, made before catalogs were
 * named), or undefined when none known has that hash: the sheet cannot be refreshed.
 */
export function katalogAsal(
  hash: string | undefined,
  pilihan: PilihanKatalog
): CatalogIndex | undefined {
  return katalogHash(hash, katalogDikenal(pilihan), pilihan.bawaan);
}

/** The catalog of `hash` among `katalogs` (none: `bawaan`, made before catalogs were named). */
export function katalogHash(
  hash: string | undefined,
  katalogs: CatalogIndex[],
  bawaan: CatalogIndex
): CatalogIndex | undefined {
  return hash === undefined ? bawaan : katalogs.find((k) => k.identity().hash === hash);
}

/** Every catalog known, in the order katalogAsal looks: in use, stored, riwayat, built-in. */
export function katalogDikenal(pilihan: PilihanKatalog): CatalogIndex[] {
  const { dipakai, tersimpan, riwayat, bawaan } = pilihan;
  return [dipakai, ...(tersimpan ? [tersimpan] : []), ...riwayat, bawaan];
}

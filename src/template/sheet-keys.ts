/**
 * The names by which the add-in finds its own sheets, apart from the modules that plan and parse
 * them, so that the pane's first load (which reads them at start) carries nothing more.
 */
import { sheetKey } from "./sheet-names";

/** The worksheet custom property holding a sheet's marker (marker.ts). */
export const MARKER_KEY = "IKI-DINSOS";

/** The very hidden sheet that stores the workbook's catalog (katalog-tersimpan.ts). */
export const NAMA_KATALOG_TERSIMPAN = "IKI-Katalog";

const BASE = sheetKey(NAMA_KATALOG_TERSIMPAN);

/** Cell A1 of the stored catalog: tells our sheet from a user's sheet of the same name. */
export const TANDA_KATALOG_TERSIMPAN = "IKI-KATALOG-TERSIMPAN v1";

/**
 * Whether a sheet may be the stored catalog by its name: "IKI-Katalog" or "IKI-Katalog (n)" (the
 * name it gets beside a user's own "IKI-Katalog"), ignoring case as Excel does. Only its signature
 * in A1 says it is ours.
 */
export function isNamaKatalogTersimpan(name: string): boolean {
  const key = sheetKey(name);
  const rest = key.startsWith(BASE) ? key.slice(BASE.length) : undefined;
  return rest === "" || (rest !== undefined && /^ \(\d+\)$/.test(rest));
}

/** Whether the value of A1 is the stored catalog's signature. */
export const isTandaKatalogTersimpan = (a1: unknown): boolean => a1 === TANDA_KATALOG_TERSIMPAN;

/** Whether a sheet is the stored catalog: named as it and signed in A1 (a user's namesake is not). */
export const isLembarKatalogTersimpan = (name: string, a1: unknown): boolean =>
  isNamaKatalogTersimpan(name) && isTandaKatalogTersimpan(a1);

/**
 * The closed lists as people type them: "Persen", "nilai akhir"/"nilai-akhir"; a typo gets the
 * value it most likely means ("presen" -> persen, "positip" -> positif), never silently.
 */
import type { Agregasi, JenisIndikator, Polaritas } from "../types";
import { closest, nameKey } from "./kata";
import { AGREGASI_LIST, JENIS_LIST, POLARITAS_LIST } from "./layout";
import { NILAI_AKHIR } from "./teks";

/** Edits within which a typed value is taken for a typo of a list value. */
const TYPO = 3;

export type Pilihan<T> = { value: T } | { saran?: string };

function pick<T extends string>(
  text: string,
  shown: readonly string[],
  toValue: (s: string) => T
): Pilihan<T> {
  const hit = shown.find((s) => nameKey(s) === nameKey(text));
  if (hit !== undefined) return { value: toValue(hit) };
  const saran = closest(text, shown, TYPO);
  return saran === undefined ? {} : { saran };
}

export const pickJenis = (text: string): Pilihan<JenisIndikator> =>
  pick(text, JENIS_LIST, (s) => s as JenisIndikator);

export const pickPolaritas = (text: string): Pilihan<Polaritas> =>
  pick(text, POLARITAS_LIST, (s) => s as Polaritas);

export const pickAgregasi = (text: string): Pilihan<Agregasi> =>
  pick(text, AGREGASI_LIST, (s) => (s === NILAI_AKHIR ? "nilai-akhir" : "kumulatif"));

/** How the sheets show an agregasi. */
export const showAgregasi = (a: Agregasi): string => (a === "nilai-akhir" ? NILAI_AKHIR : a);

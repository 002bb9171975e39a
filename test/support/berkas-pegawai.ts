/**
 * Staff files as the pane's reader gives them (BerkasDibaca), made from the filled dinas of the fake
 * Excel (dinas-terisi.ts): each IKI sheet a file of its own, with its marker, formulas and values as
 * a read of the .xlsx gives them. No jest globals: scripts/bench imports it.
 */
import type { BerkasDibaca } from "../../src/gabung/types";
import type { SheetRead } from "../../src/lifecycle/types";
import { MARKER_KEY } from "../../src/template/marker";
import { hostSeeds, ikiMarker, type Dinas } from "./dinas-terisi";

/** The time every file was saved (ms): tests that order two files set their own. */
export const DISIMPAN = Date.UTC(2025, 9, 1);

/** One file per IKI sheet of the dinas, named "<sheet>.xlsx", in tab order. */
export function berkasDinas(dinas: Dinas): BerkasDibaca[] {
  const iki = new Set(dinas.fake.sheets.filter((s) => ikiMarker(s)).map((s) => s.name));
  return (hostSeeds(dinas.fake) ?? [])
    .filter((seed) => iki.has(seed.name))
    .map((seed) => {
      const read: SheetRead = {
        name: seed.name,
        formulas: seed.formulas as SheetRead["formulas"],
        values: seed.values as SheetRead["values"],
      };
      const marker = seed.properties?.[MARKER_KEY];
      if (marker !== undefined) read.marker = marker;
      return { nama: `${seed.name}.xlsx`, disimpan: DISIMPAN, sheets: [read], riwayat: [] };
    });
}

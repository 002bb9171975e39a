/**
 * A formula a user typed in an input cell, carried to the cell's new place: its references to cells
 * of the same sheet follow what they pointed at (a slot to that slot's new cell, by key); a
 * reference whose target has no known new place keeps its text and the formula is listed for the
 * user to check. References to other sheets (after "!") and text in quotes are left alone.
 */
import { columnIndex, columnLetter } from "../template/a1";

/** An A1 reference not preceded by a sheet name or part of a longer name, not a function call. */
const REF = /(?<![A-Za-z0-9_.!'$])(\$?)([A-Z]{1,3})(\$?)([0-9]{1,7})(?![A-Za-z0-9_(!])/g;

export type PetaSel = (row: number, col: number) => { row: number; col: number } | undefined;

/** The formula with each mapped reference rewritten; `utuh` false when some had no new place. */
export function geserRujukan(rumus: string, peta: PetaSel): { rumus: string; utuh: boolean } {
  let utuh = true;
  // Split on string literals ("..." with "" inside): only the parts outside them are rewritten.
  const parts = rumus.split(/("(?:[^"]|"")*")/);
  const out = parts.map((part, i) =>
    i % 2 === 1
      ? part
      : part.replace(REF, (whole, d1: string, kol: string, d2: string, baris: string) => {
          const col = columnIndex(kol);
          if (col === undefined) return whole;
          const ke = peta(Number(baris), col);
          if (!ke) {
            utuh = false;
            return whole;
          }
          return `${d1}${columnLetter(ke.col)}${d2}${ke.row}`;
        })
  );
  return { rumus: out.join(""), utuh };
}

/**
 * The map of a sheet replanned: a cell of an old slot goes where that slot's key is now; any other
 * cell stays where it is when the sheet's layout did not move (`sama`), else has no known place.
 */
export function petaSlot(
  lama: { key: string; row: number; col: number }[],
  baru: { key: string; row: number; col: number }[],
  sama: boolean
): PetaSel {
  const keyDi = new Map(lama.map((s) => [`${s.row}:${s.col}`, s.key]));
  const selDari = new Map(baru.map((s) => [s.key, s]));
  return (row, col) => {
    const key = keyDi.get(`${row}:${col}`);
    if (key === undefined) return sama ? { row, col } : undefined;
    const s = selDari.get(key);
    return s ? { row: s.row, col: s.col } : undefined;
  };
}

/**
 * A typed text as Excel with Indonesian regional settings reads it: "," is the decimal mark and
 * "." groups thousands ("1.000" = 1000, "12,5" = 12,5, "1.234,5" = 1234,5). A dot that does not
 * group three digits ("1.5") makes the entry text, as in Excel: reading it as 1,5 or as 15 would
 * put a number the person did not mean into the capaian.
 */

export type Ketikan =
  | { jenis: "kosong" }
  | { jenis: "angka"; nilai: number }
  /** `titik`: written with a decimal point, which Indonesian Excel does not read as a number. */
  | { jenis: "teks"; alasan: "titik" | "bukan-angka" };

/** Sign, digits (plain or grouped by "." in threes), decimals after ",", exponent, percent. */
const ANGKA_ID = /^([+-]?)(\d{1,3}(?:\.\d{3})+|\d*)(?:,(\d+))?(?:[eE]([+-]?\d+))?(%?)$/;

/** A decimal point where Indonesian Excel wants a comma: "1.5", "12.50", "0.75%". */
const TITIK_DESIMAL = /^[+-]?\d*(?:\.\d+)+%?$/;

export function bacaKetikan(text: string): Ketikan {
  const t = text.trim();
  if (t === "") return { jenis: "kosong" };
  const m = ANGKA_ID.exec(t);
  if (!m || (m[2] === "" && m[3] === undefined)) {
    return { jenis: "teks", alasan: TITIK_DESIMAL.test(t) ? "titik" : "bukan-angka" };
  }
  const [, tanda, bulat, desimal, eksponen, persen] = m;
  const nilai = Number(
    `${tanda}${bulat.replace(/\./g, "") || "0"}.${desimal ?? "0"}e${eksponen ?? 0}`
  );
  return { jenis: "angka", nilai: persen ? nilai / 100 : nilai };
}

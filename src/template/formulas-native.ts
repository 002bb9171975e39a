/**
 * Plain-Excel formulas giving the numbers of src/capaian without the add-in. Only functions that
 * Excel 2016, LibreOffice and HyperFormula share (IF, ISNUMBER, ISERROR, COUNT, SUM, MAX, MIN, ROUND,
 * TRIM, NA, AVERAGE); no dynamic arrays, no LOOKUP tricks; no number literals in E-notation
 * (HyperFormula does not parse them).
 *
 * For valid inputs (numbers >= 0 or blank, which the input cells' validation enforces) they give the
 * same numbers, blanks and error codes as IKI.*: same operation order, so the same doubles. They
 * differ on input the validation should have refused:
 * - text typed in an input cell: IKI.* gives #VALUE!; here a sum or "last filled" ignores it, and a
 *   division by it gives #VALUE!;
 * - a negative pembilang/penyebut/count: IKI.* gives #NUM!; here it is computed;
 * - text in the target of an unfilled row: IKI.* reports #VALUE! at once; here the row stays blank;
 * - text only of spaces counts as blank for IKI.*, as text here;
 * - a target above ~9e307 with negative polarity: IKI.* still computes; here 2 x target overflows.
 */
import { SKALA_BAWAAN } from "../capaian";
import type { Rounding, Scale } from "../capaian";
import type { FormulaSet, TriwulanCells } from "./formulas";
import { pilihNegatif } from "./pilih-polaritas";
import { teks } from "./teks";

/** An error anywhere in the triwulan shows, as IKI.* reports the first error it meets. */
function denganGalat(range: string, body: string): string {
  return `IF(ISERROR(MAX(${range})),MAX(${range}),${body})`;
}

function kumulatifBody(tw: TriwulanCells): string {
  return denganGalat(tw.range, `IF(COUNT(${tw.range})=0,"",SUM(${tw.range}))`);
}

/** The last triwulan holding a number, checked from TW IV down: 0 counts as filled, "" does not. */
function nilaiAkhirBody(tw: TriwulanCells): string {
  let body = '""';
  for (const c of tw.cells) body = `IF(ISNUMBER(${c}),${c},${body})`;
  return denganGalat(tw.range, body);
}

/**
 * The capaian as src/capaian judges it (judged): ROUND(x,9) removes binary noise (90.99999999999999
 * -> 91), as snapNoise's Math.round(x*1e9)/1e9 does; then ROUND(.,0) for the PermenPANRB scale
 * (roundPercent) or ROUND(.,2) for the five-level one (roundShown, the capaian as the cell shows it),
 * both half away from zero. The clamp to +-1000000 keeps x*10^9 finite inside ROUND (HyperFormula
 * multiplies) and changes no band.
 */
function dinilai(c: string, rounding: Rounding): string {
  const snapped = `ROUND(MAX(-1000000,MIN(1000000,${c})),9)`;
  if (rounding === "whole") return `ROUND(${snapped},0)`;
  if (rounding === "shown") return `ROUND(${snapped},2)`;
  return snapped;
}

/** Nested IF over the bands of the scale, highest first; the lowest band (min -Infinity) is the default. */
function tangga(nilai: string, scale: Scale): string {
  const bands = scale.bands;
  let body = `"${bands[bands.length - 1].label}"`;
  for (let i = bands.length - 2; i >= 0; i--)
    body = `IF(${nilai}>=${bands[i].min},"${bands[i].label}",${body})`;
  return body;
}

/** Capaian is blank while the realisasi is, and #N/A when only the target is missing. */
function terisi(r: string, t: string, body: string): string {
  return `IF(${r}="","",IF(${t}="",NA(),${body}))`;
}

const capaianPositif = (r: string, t: string): string => `${r}/${t}*100`;

/**
 * R >= 2T is exactly where (2T-R) <= 0, the floor; testing it first also keeps a huge R over a tiny
 * T from overflowing to -Infinity (#NUM!), where IKI.CAPAIAN floors to 0.
 */
const capaianNegatif = (r: string, t: string): string =>
  `IF(${t}=0,IF(${r}=0,100,0),IF(${r}>=2*${t},0,(2*${t}-${r})/${t}*100))`;

export const formulasNative: FormulaSet = {
  // "" for an empty pembilang; #N/A (NA()) for a pembilang without penyebut; #DIV/0! from the division.
  persen: (p, q) => `=IF(${p}="","",IF(${q}="",NA(),${p}/${q}*100))`,
  penurunan: (awal, akhir) =>
    `=IF(${akhir}="","",IF(${awal}="",NA(),(${awal}-${akhir})/${awal}*100))`,
  kumulatif: (tw) => `=${kumulatifBody(tw)}`,
  nilaiAkhir: (tw) => `=${nilaiAkhirBody(tw)}`,
  realisasiPilihan: (cara, tw) =>
    `=IF(TRIM(${cara})="${teks.agregasi.nilaiAkhir}",${nilaiAkhirBody(tw)},${kumulatifBody(tw)})`,
  capaian: (r, t, polaritas) =>
    `=${terisi(r, t, polaritas === "negatif" ? capaianNegatif(r, t) : capaianPositif(r, t))}`,
  capaianPilihan: (r, t, polaritas) =>
    `=${terisi(r, t, `IF(${pilihNegatif(polaritas)},${capaianNegatif(r, t)},${capaianPositif(r, t)})`)}`,
  predikat: (c, skala) => {
    const scale = SKALA_BAWAAN[skala];
    return `=IF(${c}="","",${tangga(dinilai(c, scale.rounding), scale)})`;
  },
  rata: (range) =>
    `=IF(ISERROR(MAX(${range})),MAX(${range}),IF(COUNT(${range})=0,"",AVERAGE(${range})))`,
};

/**
 * Formulas with the IKI.* custom functions: short, and exactly the maths of src/capaian.
 *
 * Every reference reaches a function through kosong(): some Excel desktop builds pass an empty cell to
 * a custom function as 0 (the web passes null), and a function cannot tell that 0 from a typed one.
 * IF(ref="","",ref) turns an empty cell into "", which the functions read as blank, and leaves a typed
 * 0 a 0. Over a range it is an array operation: Excel 365 and 2021 evaluate it so in any formula
 * written through Office.js; a file stores it as an array formula (needsArrayEvaluation).
 */
import type { FormulaSet } from "./formulas";
import { pilihNegatif } from "./pilih-polaritas";
import { teks } from "./teks";

/** A cell or range with its empty cells as "" (see above). */
export const kosong = (ref: string): string => `IF(${ref}="","",${ref})`;

export const formulasIki: FormulaSet = {
  persen: (p, q) => `=IKI.PERSEN(${kosong(p)},${kosong(q)})`,
  penurunan: (awal, akhir) => `=IKI.PENURUNAN(${kosong(awal)},${kosong(akhir)})`,
  kumulatif: (tw) => `=IKI.KUMULATIF(${kosong(tw.range)})`,
  nilaiAkhir: (tw) => `=IKI.NILAIAKHIR(${kosong(tw.range)})`,
  realisasiPilihan: (cara, tw) =>
    `=IF(TRIM(${cara})="${teks.agregasi.nilaiAkhir}",IKI.NILAIAKHIR(${kosong(tw.range)}),IKI.KUMULATIF(${kosong(tw.range)}))`,
  capaian: (r, t, polaritas) =>
    polaritas === "negatif"
      ? `=IKI.CAPAIAN(${kosong(r)},${kosong(t)},"negatif")`
      : `=IKI.CAPAIAN(${kosong(r)},${kosong(t)})`,
  // The choice becomes "negatif" or "positif" before IKI.CAPAIAN reads it, so a text the list
  // would refuse (pasted in) gives what native mode gives, not #VALUE!.
  capaianPilihan: (r, t, polaritas) =>
    `=IKI.CAPAIAN(${kosong(r)},${kosong(t)},IF(${pilihNegatif(polaritas)},"negatif","positif"))`,
  predikat: (c, skala) =>
    skala === "permenpan"
      ? `=IKI.PREDIKAT(${kosong(c)},"permenpan")`
      : `=IKI.PREDIKAT(${kosong(c)})`,
  rata: (range) => `=IKI.RATA(${kosong(range)})`,
};

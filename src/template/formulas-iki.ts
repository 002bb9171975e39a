/** Formulas with the IKI.* custom functions: short, and exactly the maths of src/capaian. */
import type { FormulaSet } from "./formulas";
import { teks } from "./teks";

export const formulasIki: FormulaSet = {
  persen: (p, q) => `=IKI.PERSEN(${p},${q})`,
  penurunan: (awal, akhir) => `=IKI.PENURUNAN(${awal},${akhir})`,
  kumulatif: (tw) => `=IKI.KUMULATIF(${tw.range})`,
  nilaiAkhir: (tw) => `=IKI.NILAIAKHIR(${tw.range})`,
  realisasiPilihan: (cara, tw) =>
    `=IF(TRIM(${cara})="${teks.agregasi.nilaiAkhir}",IKI.NILAIAKHIR(${tw.range}),IKI.KUMULATIF(${tw.range}))`,
  capaian: (r, t, polaritas) =>
    polaritas === "negatif" ? `=IKI.CAPAIAN(${r},${t},"negatif")` : `=IKI.CAPAIAN(${r},${t})`,
  predikat: (c, skala) =>
    skala === "permenpan" ? `=IKI.PREDIKAT(${c},"permenpan")` : `=IKI.PREDIKAT(${c})`,
  rata: (range) => `=IKI.RATA(${range})`,
};

/** Colours, fonts, number formats and predikat colour bands shared by the IKI and rekap sheets. */
import { SKALA_BAWAAN, rawThreshold } from "../capaian";
import type { CellStyle, ConditionalBand } from "./plan";
import type { SkalaPredikat } from "./options";

export const warna = {
  header: "#D9E1F2",
  /** Cells the user fills in. */
  isian: "#FFF2CC",
  /** Cells computed by formulas. */
  hitung: "#F2F2F2",
  teksRedup: "#595959",
  /** Sheet tabs by the bidang's order in the catalog, repeating after six. */
  tab: ["#1F4E79", "#2E75B6", "#548235", "#BF8F00", "#C55A11", "#7030A0"],
  tabLain: "#808080",
  tabRekap: "#C00000",
  /** The sheets of the editable catalog (export). */
  tabKatalog: "#375623",
};

/** Capaian is a number where 85 means 85%: shown with a literal "%" (Excel's % format would multiply by 100). */
export const FORMAT_CAPAIAN = '0.00"%"';
export const FORMAT_PERSEN = "0.00";
export const FORMAT_ANGKA = "General";
export const FORMAT_TEKS = "@";

export const gaya = {
  kop: {
    bold: true,
    fontSize: 14,
    horizontalAlignment: "Center",
    verticalAlignment: "Center",
  } as CellStyle,
  judul: {
    bold: true,
    fontSize: 12,
    horizontalAlignment: "Center",
    verticalAlignment: "Center",
  } as CellStyle,
  label: { bold: true, verticalAlignment: "Top" } as CellStyle,
  header: {
    bold: true,
    fill: warna.header,
    horizontalAlignment: "Center",
    verticalAlignment: "Center",
    wrap: true,
    borders: "all",
  } as CellStyle,
  tabel: { verticalAlignment: "Top", wrap: true, borders: "all" } as CellStyle,
  catatan: {
    italic: true,
    fontColor: warna.teksRedup,
    wrap: true,
    verticalAlignment: "Top",
  } as CellStyle,
};

/** Colours of each predikat label, best to worst (Excel's "good", "neutral" and "bad" styles and between). */
const WARNA_PREDIKAT: Record<string, { fill: string; fontColor: string }> = {
  "Sangat Baik": { fill: "#C6EFCE", fontColor: "#006100" },
  Baik: { fill: "#E2EFDA", fontColor: "#375623" },
  Cukup: { fill: "#FFEB9C", fontColor: "#9C5700" },
  Kurang: { fill: "#FCE4D6", fontColor: "#C65911" },
  "Sangat Kurang": { fill: "#FFC7CE", fontColor: "#9C0006" },
};

/** Lower bound of the lowest band: a finite number (a plan is JSON), and no capaian is below 0. */
const CAPAIAN_TERENDAH = 0;

/**
 * Colour bands matching the predikat of the scale, derived from its bands (src/capaian/skala.ts):
 * each starts where the predikat's rounding reaches its bound (rawThreshold: five-level 91 -> 90.995,
 * PermenPANRB 101 -> 100.5). A colour rule cannot snap: only a capaian within 1e-9 below a bound can
 * be coloured one band lower than its predikat. Sinks should apply the bands to numbers only (Excel
 * ranks text above every number, so a rule ">= 91" would colour the "" of an unfilled row).
 */
export function pitaCapaian(skala: SkalaPredikat): ConditionalBand[] {
  const scale = SKALA_BAWAAN[skala];
  const bounds = scale.bands.map((band, i) =>
    i === scale.bands.length - 1 ? CAPAIAN_TERENDAH : rawThreshold(scale, band.min)
  );
  return scale.bands.map((band, i) => {
    const pita: ConditionalBand = { min: bounds[i], ...WARNA_PREDIKAT[band.label] };
    if (i > 0) pita.max = bounds[i - 1];
    return pita;
  });
}

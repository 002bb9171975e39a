/** Colours, fonts, number formats and predikat colour bands shared by the IKI and rekap sheets. */
import type { CellStyle, ConditionalBand } from "./plan";
import type { SkalaPredikat } from "./options";

export const warna = {
  header: "#D9E1F2",
  /** Cells the user fills in. */
  isian: "#FFF2CC",
  /** Cells computed by formulas. */
  hitung: "#F2F2F2",
  teksRedup: "#595959",
  tab: {
    "Kepala Dinas": "#1F4E79",
    Sekretariat: "#2E75B6",
    "Bidang Perlindungan dan Jaminan Sosial": "#548235",
    "Bidang Penanganan Fakir Miskin": "#BF8F00",
    "Bidang Rehabilitasi Sosial": "#C55A11",
    "Bidang Pemberdayaan Sosial": "#7030A0",
  } as Record<string, string>,
  tabLain: "#808080",
  tabRekap: "#C00000",
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

const hijauTua: ConditionalBand = { min: 0, fill: "#C6EFCE", fontColor: "#006100" };
const hijau: ConditionalBand = { min: 0, fill: "#E2EFDA", fontColor: "#375623" };
const kuning: ConditionalBand = { min: 0, fill: "#FFEB9C", fontColor: "#9C5700" };
const jingga: ConditionalBand = { min: 0, fill: "#FCE4D6", fontColor: "#C65911" };
const merah: ConditionalBand = { min: 0, fill: "#FFC7CE", fontColor: "#9C0006" };

/** Lowest bound of the lowest band: a finite number (a plan is JSON), below any capaian. */

/**
 * Colour bands matching the predikat of the scale. SKALA_LIMA judges the capaian as shown, rounded
 * half up to 2 decimals, so "shown >= 91" is "capaian >= 90.995". SKALA_PERMENPAN rounds to a whole
 * percent first (half away from zero), so "rounded >= 101" is "capaian >= 100.5". A colour rule cannot
 * snap: only a capaian within 1e-9 below a bound can be coloured one band lower than its predikat.
 * Sinks should apply the bands to numbers only (Excel ranks text above every number, so a rule
 * ">= 91" would colour the "" of an unfilled row).
 */
export function pitaCapaian(skala: SkalaPredikat): ConditionalBand[] {
  const b = skala === "permenpan" ? [100.5, 99.5, 79.5, 59.5] : [90.995, 75.995, 65.995, 50.995];
  return [
    { ...hijauTua, min: b[0] },
    { ...hijau, min: b[1], max: b[0] },
    { ...kuning, min: b[2], max: b[1] },
    { ...jingga, min: b[3], max: b[2] },
    { ...merah, max: b[3] },
  ];
}

/** Sheets that live through the year: read what was typed, plan again, report (pure). */
export type * from "./types";
export {
  rencanaAksi,
  rencanaPerbarui,
  rencanaTahunBerikutnya,
  rencanaUbahRumus,
  tahunTerakhir,
} from "./actions";
export type { MasukanAksi } from "./actions";
export { inputSlots, dibawaKeTahunBerikutnya } from "./slots";
export type { Slot } from "./slots";
export { teksLaporan, barisLembar, adaYangDitulis } from "./laporan-teks";

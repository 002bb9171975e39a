/** A jabatan as the pane names it: its name in title case, and where it sits (unit, bidang). */
import type { Jabatan } from "../../catalog";
import { titleCase } from "../../template/sheet-names";

export function namaJabatan(j: Jabatan): string {
  return titleCase(j.nama);
}

export function tempatJabatan(j: Jabatan): string {
  return j.unit ? `${j.unit}, ${j.bidang}` : j.bidang;
}

/** A jabatan's name as the pane shows it: the catalog's capitals in title case. */
import type { Jabatan } from "../../catalog";
import { titleCase } from "../../template/sheet-names";

export function namaJabatan(j: Jabatan): string {
  return titleCase(j.nama);
}

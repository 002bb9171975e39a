/** IKI.INDIKATOR: a jabatan's indicator table from the catalog, as a 2-D array to spill. */
import type { CatalogIndex, Jabatan } from "../catalog";
import { activeCatalog } from "./active-catalog";
import { IkiError, inputError, isBlank, singleValue } from "../capaian";

export const HEADER_INDIKATOR = ["Kinerja", "Indikator Kinerja", "Formulasi", "Sumber Data"];

/**
 * Many jabatan of the Keputusan have tasks but no indicator table: say so in the sheet rather than
 * with #N/A, which would read as "jabatan not found".
 */
export const TANPA_INDIKATOR =
  "Keputusan tidak memuat tabel indikator untuk jabatan ini; isi indikator sendiri";

function rowsOf(jabatan: Jabatan): string[][] {
  return jabatan.indikator.map((x) => [x.kinerja, x.indikator, x.formulasi, x.sumberData]);
}

function sameRows(a: string[][], b: string[][]): boolean {
  return a.length === b.length && a.every((row, i) => row.every((cell, j) => cell === b[i][j]));
}

/**
 * Look-up by id or exact name (resolveJabatan). A name used by several jabatan (e.g. in two bidang) is
 * answered when all of them have the same indicators, since the table is then the same whatever the
 * choice; otherwise #N/A listing the ids to use instead.
 */
export function daftarIndikator(
  jabatan: unknown,
  katalog: CatalogIndex = activeCatalog()
): string[][] | IkiError {
  const value = singleValue(jabatan, "jabatan");
  if (value instanceof IkiError) return value;
  if (isBlank(value)) {
    return new IkiError(
      "#VALUE!",
      `Argumen "jabatan" kosong; isi nama jabatan seperti tertulis di Keputusan, atau id-nya`
    );
  }
  if (typeof value === "object" && value !== null) return inputError(value, "jabatan");
  if (typeof value !== "string") {
    return new IkiError(
      "#VALUE!",
      `Argumen "jabatan" berisi ${String(value)}; isi nama jabatan (teks) atau id-nya`
    );
  }
  const found = katalog.resolveJabatan(value);
  const shown = value.length > 60 ? `${value.slice(0, 60)}…` : value;
  if (found.length === 0) {
    return new IkiError(
      "#N/A",
      `Jabatan "${shown}" tidak ada di katalog IKI; tulis nama persis seperti di Keputusan, atau gunakan id-nya`
    );
  }
  const rows = rowsOf(found[0]);
  if (found.some((j) => !sameRows(rowsOf(j), rows))) {
    const ids = found.map((j) => `"${j.id}"`).join(", ");
    return new IkiError(
      "#N/A",
      `Nama jabatan "${shown}" dipakai ${found.length} jabatan dengan indikator berbeda; gunakan id: ${ids}`
    );
  }
  if (rows.length === 0) return [HEADER_INDIKATOR.slice(), [TANPA_INDIKATOR, "", "", ""]];
  return [HEADER_INDIKATOR.slice(), ...rows];
}

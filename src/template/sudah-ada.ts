/**
 * What an insert does with jabatan that already have an IKI sheet of its year, decided in one place
 * for every port (Office.js adapter, in-memory preview) from the sheets and markers it has read:
 * the pane asks in the same read as the insert instead of a look-up of its own before it.
 */
import { teks } from "./teks";
import { findIkiSheetsOfYear, type ExistingSheet, type IkiSheetOfYear } from "./workbook-plan";

/**
 * "tanya": write nothing when some of the jabatan have a sheet of the year, report those sheets
 * (the caller asks the user); "buat": make the sheets anyway (second ones on purpose);
 * "lewati": make sheets only for the others.
 */
export type SudahAda = "tanya" | "buat" | "lewati";

export type InsertDecision =
  /** Write the sheets of these jabatan (and the rekap, when requested). */
  | { write: true; jabatanIds: string[]; ada: IkiSheetOfYear[] }
  /** Write nothing: a question ("tanya"), or nothing left once skipped ("lewati", no rekap). */
  | { write: false; ada: IkiSheetOfYear[] };

/** Whether the decision needs each sheet's marker (a port that reads them on demand reads them then). */
export const needsMarkers = (sudahAda: SudahAda = "buat") => sudahAda !== "buat";

/**
 * `ada`: the requested jabatan's IKI sheets of `tahun` in workbook order (empty with "buat", which
 * does not look); with "lewati" the jabatan skipped.
 */
export function decideInsert(
  existing: ExistingSheet[],
  request: { jabatanIds: string[]; tahun: number; rekap: boolean; sudahAda?: SudahAda }
): InsertDecision {
  const { jabatanIds, sudahAda = "buat" } = request;
  if (!needsMarkers(sudahAda)) return { write: true, jabatanIds, ada: [] };
  const ada = findIkiSheetsOfYear(existing, request.tahun, jabatanIds);
  if (ada.length === 0) return { write: true, jabatanIds, ada };
  if (sudahAda === "tanya") return { write: false, ada };
  const sudah = new Set(ada.map((s) => s.jabatanId));
  const sisa = jabatanIds.filter((id) => !sudah.has(id));
  if (sisa.length === 0 && !request.rekap) return { write: false, ada };
  return { write: true, jabatanIds: sisa, ada };
}

/** Why a port refuses a request: the message and the jabatan at fault (InsertError's fields). */
export type RequestRefusal = { pesan: string; jabatanIds: string[] };

/**
 * The checks every port makes before it writes: known jabatan, something to write, and a rekap with
 * no jabatan only over IKI sheets of its year (a rekap over nothing: say what to do). A port that has
 * not read the workbook yet calls it without `existing`, and again with the sheets once it has.
 */
export function checkRequest(
  request: { jabatanIds: string[]; tahun: number; rekap: boolean },
  isJabatan: (id: string) => boolean,
  existing?: ExistingSheet[]
): RequestRefusal | undefined {
  const { jabatanIds, rekap } = request;
  const pesan = teks.permintaanDitolak;
  const unknown = jabatanIds.filter((id) => !isJabatan(id));
  if (unknown.length > 0) return { pesan: pesan.jabatanTidakDikenal(unknown), jabatanIds: unknown };
  if (jabatanIds.length > 0) return undefined;
  if (!rekap) return { pesan: pesan.tidakAdaLembar, jabatanIds: [] };
  if (existing && findIkiSheetsOfYear(existing, request.tahun).length === 0)
    return { pesan: pesan.belumAdaLembarIki(request.tahun), jabatanIds: [] };
  return undefined;
}

/** A port's result with the sheets the decision found, when there are any (InsertResult's `ada`). */
export function withAda<T extends object>(
  result: T,
  ada: IkiSheetOfYear[]
): T & { ada?: IkiSheetOfYear[] } {
  return ada.length > 0 ? { ...result, ada } : result;
}

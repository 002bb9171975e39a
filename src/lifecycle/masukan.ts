/**
 * What both ports give the planner: the catalogs they know in one shape (PilihanKatalog, the same
 * as katalogAsal takes), and the extent of the layout an IKI sheet was made with (from its marker),
 * which the Office.js port reads whole while it only looks for stray values beyond it.
 */
import { katalogAsal, type PilihanKatalog } from "../template/katalog-riwayat";
import { LEBAR_SHEET, ikiLayout } from "../template/layout";
import { parseMarker } from "../template/marker";
import type { MasukanAksi } from "./lembar-dibaca";
import type { SheetRead } from "./types";

/** The planner's input from a port's catalogs, its sheets as read and the Kunci rumus choice. */
export function masukanAksi(
  pilihan: PilihanKatalog,
  sheets: SheetRead[],
  kunci: boolean | undefined
): MasukanAksi {
  const { dipakai, tersimpan, riwayat, bawaan } = pilihan;
  const dikenal = [dipakai, ...(tersimpan ? [tersimpan] : []), ...riwayat];
  const input: MasukanAksi = { katalog: dipakai, dikenal, bawaan, sheets };
  return kunci === undefined ? input : { ...input, kunci };
}

/** Rows and columns of the layout an IKI sheet's marker names; undefined when its catalog is not known. */
export function luasSusunan(
  marker: string | undefined,
  pilihan: PilihanKatalog
): { rows: number; columns: number } | undefined {
  const m = parseMarker(marker ?? "");
  if (m?.kind !== "iki") return undefined;
  const katalog = katalogAsal(m.katalog, pilihan);
  const jabatan = katalog?.getJabatan(m.jabatanId);
  if (!katalog || !jabatan) return undefined;
  // The plan of a sheet ends with the signature's NIP row and is the layout's width.
  return { rows: ikiLayout(jabatan).ttdNip, columns: LEBAR_SHEET };
}

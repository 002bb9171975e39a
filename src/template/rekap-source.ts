/**
 * Where the rekap reads an IKI sheet: sheet-qualified references to each indicator's cells, from the
 * sheet's marker and its current name (so a renamed sheet still works).
 */
import type { CatalogIndex } from "../catalog/catalog-index";
import type { Jabatan } from "../catalog/types";
import { cell, sheetRef } from "./a1";
import { BARIS_IDENTITAS, KOLOM, KOLOM_IDENTITAS, ikiLayout } from "./layout";
import type { IkiMarker } from "./marker";

export interface SelIndikatorRekap {
  /** The indicator's row on the IKI sheet. */
  baris: number;
  /** A1 on the IKI sheet, for a hyperlink. */
  sel: string;
  indikator: string;
  satuan: string;
  target: string;
  realisasi: string;
  capaian: string;
  predikat: string;
}

export interface SumberRekap {
  sheet: string;
  jabatanId: string;
  /** From the catalog; "" for a jabatan the catalog no longer knows. */
  bidang: string;
  /** Reference to the Jabatan cell of the identity block. */
  jabatan: string;
  /** Reference to the Nama cell of the identity block (follows the user's edits). */
  nama: string;
  indikator: SelIndikatorRekap[];
}

function sumber(sheet: string, jabatanId: string, bidang: string, baris: number[]): SumberRekap {
  const ref = (row: number, col: number) => sheetRef(sheet, cell(row, col));
  return {
    sheet,
    jabatanId,
    bidang,
    jabatan: ref(BARIS_IDENTITAS.jabatan, KOLOM_IDENTITAS.nilaiDari),
    nama: ref(BARIS_IDENTITAS.nama, KOLOM_IDENTITAS.nilaiDari),
    indikator: baris.map((r) => ({
      baris: r,
      sel: cell(r, KOLOM.indikator),
      indikator: ref(r, KOLOM.indikator),
      satuan: ref(r, KOLOM.satuan),
      target: ref(r, KOLOM.target),
      realisasi: ref(r, KOLOM.realisasi),
      capaian: ref(r, KOLOM.capaian),
      predikat: ref(r, KOLOM.predikat),
    })),
  };
}

/**
 * The rekap's view of an existing IKI sheet. The rows come from the marker (written when the sheet
 * was made), else from the layout of the catalog's jabatan; undefined when neither is known.
 */
export function rekapSumber(
  marker: IkiMarker,
  sheetName: string,
  katalog: CatalogIndex
): SumberRekap | undefined {
  const jabatan = katalog.getJabatan(marker.jabatanId);
  // The catalog's layout stands in for missing rows only when the sheet came from this very catalog
  // (or from before catalogs were named): a revised jabatan may have other rows. The bidang is a
  // label only, so the catalog in use gives it even for a sheet of an earlier revision.
  const sameCatalog = marker.katalog === undefined || marker.katalog === katalog.identity().hash;
  const layout = sameCatalog && jabatan ? ikiLayout(jabatan).blok.map((b) => b.baris) : undefined;
  const baris = marker.baris ?? layout;
  if (!baris) return undefined;
  return sumber(sheetName, marker.jabatanId, jabatan?.bidang ?? "", baris);
}

/** The rekap's view of a sheet planned now. */
export function rekapSumberBaru(jabatan: Jabatan, sheetName: string): SumberRekap {
  return sumber(
    sheetName,
    jabatan.id,
    jabatan.bidang,
    ikiLayout(jabatan).blok.map((b) => b.baris)
  );
}

/**
 * The IKI sheets of one staff file: by their marker when the file kept it and its catalog is known,
 * else by their content (kenali.ts); each read against the plan it was made from, re-laid when the
 * user inserted rows. Other sheets (a rekap, the stored catalog, the user's own) are only named.
 */
import type { CatalogIndex } from "../catalog/catalog-index";
import type { Jabatan } from "../catalog/types";
import { optionsDariMarker } from "../lifecycle/replan";
import { isiSel } from "../lifecycle/sel";
import type { SheetRead } from "../lifecycle/types";
import { planIkiSheet } from "../template/iki-sheet";
import { BARIS_IDENTITAS, KOLOM_IDENTITAS } from "../template/layout";
import { parseKatalogMarker } from "../template/katalog-marker";
import { katalogHash } from "../template/katalog-riwayat";
import { isLembarKatalogTersimpan } from "../template/sheet-keys";
import { parseMarker, type IkiMarker } from "../template/marker";
import { bacaSesuai, kenaliLembar, miripIki } from "./kenali";
import type { BarisSisipan } from "./sejajar";
import type { Dikenali } from "./types";

/** A recognised IKI sheet of a staff file. */
export interface Calon {
  /** The file's name and when it was saved. */
  berkas: string;
  /** The file's place in the merge's list (two files may share a name). */
  berkasKe: number;
  disimpan?: number;
  /** Order over every file and sheet: of two equal, the later wins. */
  urutan: number;
  sheet: string;
  dikenali: Dikenali;
  /** The catalog (hash) its marker named, when no catalog known has it. */
  katalogPenanda?: string;
  marker: IkiMarker;
  /** The jabatan and catalog it was made of; undefined when its catalog is not known. */
  sumber?: { jabatan: Jabatan; katalog: CatalogIndex };
  /** The sheet laid onto the rows of its plan; undefined when its rows cannot be matched. */
  read?: SheetRead;
  sisipan: BarisSisipan[];
  /** Typed formulas pointing at inserted rows (cells of the re-laid sheet). */
  periksa: string[];
  /** The pegawai's name as typed ("" when empty). */
  nama: string;
}

const hashOf = (k: CatalogIndex) => k.identity().hash;

/** Each catalog once, in order. */
export function unik(katalogs: CatalogIndex[]): CatalogIndex[] {
  const seen = new Set<string>();
  return katalogs.filter((k) => !seen.has(hashOf(k)) && seen.add(hashOf(k)) !== undefined);
}

export function namaPegawai(read: SheetRead): string {
  const isi = isiSel(read, BARIS_IDENTITAS.nama, KOLOM_IDENTITAS.nilaiDari);
  return isi && "nilai" in isi ? String(isi.nilai).trim() : "";
}

/** The sheet's jabatan and catalog, and the sheet re-laid onto its plan when needed. */
function bacaCalon(
  read: SheetRead,
  marker: IkiMarker,
  katalog: CatalogIndex | undefined
): Pick<Calon, "sumber" | "read" | "sisipan" | "periksa" | "nama"> {
  const jabatan = katalog?.getJabatan(marker.jabatanId);
  if (!katalog || !jabatan) return { sisipan: [], periksa: [], nama: namaPegawai(read) };
  const lama = planIkiSheet(jabatan, optionsDariMarker(marker, undefined), read.name, katalog);
  const sesuai = bacaSesuai(read, lama, jabatan);
  const sumber = { jabatan, katalog };
  if (!sesuai) return { sumber, sisipan: [], periksa: [], nama: namaPegawai(read) };
  const { read: r, sisipan, periksa } = sesuai;
  return { sumber, read: r, sisipan, periksa, nama: namaPegawai(r) };
}

/** What one sheet is: a recognised IKI sheet, or another sheet (its name). */
type Dikenal = Pick<Calon, "marker" | "dikenali" | "katalogPenanda"> & { katalog?: CatalogIndex };

function kenaliSatu(
  read: SheetRead,
  katalogs: CatalogIndex[],
  bawaan: CatalogIndex
): Dikenal | undefined {
  const penanda = read.marker === undefined ? undefined : parseMarker(read.marker);
  if (penanda?.kind === "rekap") return undefined;
  let katalogPenanda: string | undefined;
  if (penanda?.kind === "iki") {
    const katalog = katalogHash(penanda.katalog, katalogs, bawaan);
    if (katalog?.getJabatan(penanda.jabatanId))
      return { marker: penanda, dikenali: "penanda", katalog };
    if (!katalog) katalogPenanda = penanda.katalog;
  }
  const ada = katalogPenanda === undefined ? {} : { katalogPenanda };
  const marker = kenaliLembar(read, katalogs);
  if (marker) {
    const katalog = katalogHash(marker.katalog, katalogs, bawaan);
    return { marker, dikenali: "isi", katalog, ...ada };
  }
  // An IKI marker naming a catalog or jabatan not known, the content not recognised: reported.
  return penanda?.kind === "iki" ? { marker: penanda, dikenali: "penanda", ...ada } : undefined;
}

/** The recognised sheets of a file and the names of the others. */
export function lembarBerkas(
  berkas: { nama: string; disimpan?: number; sheets: SheetRead[] },
  katalogs: CatalogIndex[],
  bawaan: CatalogIndex,
  urutan: { berkasKe: number; lembar: number }
): { calon: Calon[]; lainnya: string[]; tidakDikenali: string[] } {
  const calon: Calon[] = [];
  const lainnya: string[] = [];
  const tidakDikenali: string[] = [];
  for (const read of berkas.sheets) {
    // The stored catalog was read with the file (BerkasDibaca.tersimpan): nothing to report.
    if (parseKatalogMarker(read.marker)?.kind === "katalog-tersimpan") continue;
    if (isLembarKatalogTersimpan(read.name, read.values[0]?.[0])) continue;
    const dikenal = kenaliSatu(read, katalogs, bawaan);
    if (!dikenal) {
      // Not a rekap and looking like an IKI sheet: a problem of its own, not one of the others.
      const rekap = read.marker !== undefined && parseMarker(read.marker)?.kind === "rekap";
      (!rekap && miripIki(read) ? tidakDikenali : lainnya).push(read.name);
      continue;
    }
    const { katalog, ...dikenali } = dikenal;
    calon.push({
      berkas: berkas.nama,
      berkasKe: urutan.berkasKe,
      ...(berkas.disimpan !== undefined ? { disimpan: berkas.disimpan } : {}),
      urutan: urutan.lembar + calon.length,
      sheet: read.name,
      ...dikenali,
      ...bacaCalon(read, dikenali.marker, katalog),
    });
  }
  return { calon, lainnya, tidakDikenali };
}

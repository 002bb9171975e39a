/** Collecting the problems of an import (all of them, never stopping at the first) and showing one. */
import { FORMAT } from "./teks";
import type { Masalah } from "./types";

/** Where a problem is: sheet, and row and column header when it concerns one cell or row. */
export interface Place {
  sheet: string;
  row?: number;
  column?: string;
}

type Pesan = { pesan: string; perbaikan: string };

export class Report {
  readonly masalah: Masalah[] = [];
  readonly peringatan: Masalah[] = [];

  error(place: Place, pesan: Pesan): void {
    this.masalah.push(masalahAt(place, pesan));
  }

  warn(place: Place, pesan: Pesan): void {
    this.peringatan.push(masalahAt(place, pesan));
  }
}

function masalahAt(place: Place, pesan: Pesan): Masalah {
  return {
    sheet: place.sheet,
    ...(place.row !== undefined ? { row: place.row } : {}),
    ...(place.column !== undefined ? { column: place.column } : {}),
    ...pesan,
  };
}

/** One line for a terminal or the pane: "Indikator, baris 12, kolom Jenis: ... Perbaikan: ...". */
export function formatMasalah(m: Masalah): string {
  const where = [m.sheet];
  if (m.row !== undefined) where.push(FORMAT.baris(m.row));
  if (m.column !== undefined) where.push(FORMAT.kolom(m.column));
  return `${where.join(", ")}: ${m.pesan} ${FORMAT.perbaikan} ${m.perbaikan}`;
}

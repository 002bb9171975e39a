/** Collecting the problems of an import (all of them, never stopping at the first) and showing one. */
import { FORMAT, PERINGATAN } from "./teks";
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
  /** Cells already holding an error: one error per cell (an Excel error value is not also "empty"). */
  private readonly cells = new Set<string>();

  error(place: Place, pesan: Pesan): void {
    if (place.row !== undefined && place.column !== undefined) {
      const cell = `${place.sheet}\n${place.row}\n${place.column}`;
      if (this.cells.has(cell)) return;
      this.cells.add(cell);
    }
    this.masalah.push(masalahAt(place, pesan));
  }

  warn(place: Place, pesan: Pesan): void {
    this.peringatan.push(masalahAt(place, pesan));
  }
}

/**
 * Defaults put in empty optional cells, said once per column and value with the count and the
 * first rows: one line per row would bury the errors under thousands of warnings.
 */
export class DefaultsUsed {
  private readonly groups = new Map<string, { column: string; nilai: string; rows: number[] }>();

  add(column: string, nilai: string, row: number): void {
    const key = `${column}\n${nilai}`;
    const group = this.groups.get(key) ?? { column, nilai, rows: [] };
    group.rows.push(row);
    this.groups.set(key, group);
  }

  warn(sheet: string, report: Report): void {
    for (const { column, nilai, rows } of this.groups.values())
      report.warn({ sheet, row: rows[0], column }, PERINGATAN.nilaiBawaan(column, nilai, rows));
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

/** Staff files as the readers give them: sheets planned from the catalog, filled like a pegawai would. */
import type { CatalogIndex } from "../../src/catalog/catalog-index";
import type { Jabatan } from "../../src/catalog/types";
import type { BerkasDibaca, MasukanGabung } from "../../src/gabung/types";
import { geserRujukan } from "../../src/lifecycle/geser-rujukan";
import { inputSlots } from "../../src/lifecycle/slots";
import type { Isi, SheetRead } from "../../src/lifecycle/types";
import { planIkiSheet } from "../../src/template/iki-sheet";
import type { FormulaMode, SkalaPredikat } from "../../src/template/options";
import type { SheetPlan } from "../../src/template/plan";
import { namaDasarSheet } from "../../src/template/sheet-names";
import { katalog as bawaan } from "../support/builtin-catalog";
import { bacaDariRencana, isiSemua, type Ketikan } from "../lifecycle/support";

export { bawaan };

export interface LembarPegawai {
  jabatan: Jabatan;
  plan: SheetPlan;
  ketik: Ketikan;
  read: SheetRead;
}

export interface Pilihan {
  tahun?: number;
  mode?: FormulaMode;
  skala?: SkalaPredikat;
  katalog?: CatalogIndex;
  /** The pegawai's name typed in C5 (else isiSemua's). */
  nama?: string;
  /** Values typed in slots over isiSemua's, by key. */
  ketik?: Map<string, Isi>;
  /** Cells typed outside the slots, by "row:col". */
  lain?: Map<string, Isi>;
}

export function lembarPegawai(jabatan: Jabatan, seed: number, p: Pilihan = {}): LembarPegawai {
  const katalog = p.katalog ?? bawaan;
  const options = {
    tahun: p.tahun ?? 2025,
    mode: p.mode ?? "iki",
    skala: p.skala ?? "lima",
    identitas: { nama: "", nip: "", pangkatGolongan: "", penilaiNama: "", penilaiNip: "" },
  } as const;
  const plan = planIkiSheet(jabatan, options, namaDasarSheet(jabatan, katalog), katalog);
  const ketik = isiSemua(jabatan, seed);
  if (p.nama !== undefined) ketik.set("identitas.nama", { nilai: p.nama });
  for (const [key, isi] of p.ketik ?? []) ketik.set(key, isi);
  const read = bacaDariRencana(plan, inputSlots(jabatan), ketik, p.lain);
  return { jabatan, plan, ketik, read };
}

export function berkas(nama: string, sheets: SheetRead[], disimpan?: number): BerkasDibaca {
  return { nama, sheets, riwayat: [], ...(disimpan !== undefined ? { disimpan } : {}) };
}

export function masukan(b: BerkasDibaca[], lain: Partial<MasukanGabung> = {}): MasukanGabung {
  return { katalog: bawaan, bawaan, dikenal: [], sheets: [], berkas: b, ...lain };
}

/** The sheet without its marker (a re-save by LibreOffice). */
export const tanpaPenanda = (read: SheetRead): SheetRead => {
  const copy = { ...read };
  delete copy.marker;
  return copy;
};

/** A plan cell as an Isi, to compare with what was typed. */
export const asIsi = (c: unknown): Isi | undefined =>
  c === null || c === undefined || c === ""
    ? undefined
    : typeof c === "object"
      ? { rumus: (c as { formula: string }).formula }
      : { nilai: c as string | number | boolean };

/**
 * The sheet with a row inserted after row `setelah` (1-based), holding `isi` from column A; every
 * formula's references below it move down a row, as Excel does on an insert.
 */
export function sisipkan(
  read: SheetRead,
  setelah: number,
  isi: (string | number)[] = []
): SheetRead {
  const add = <T>(rows: T[][], row: T[]) => [
    ...rows.slice(0, setelah),
    row,
    ...rows.slice(setelah),
  ];
  const turun = (row: number, col: number) => ({ row: row > setelah ? row + 1 : row, col });
  const geser = read.formulas.map((r) =>
    r.map((f) => (typeof f === "string" && f.startsWith("=") ? geserRujukan(f, turun).rumus : f))
  );
  return { ...read, formulas: add(geser, [...isi]), values: add(read.values, [...isi]) };
}

/** The sheet with row `baris` (1-based) deleted. */
export function hapusBaris(read: SheetRead, baris: number): SheetRead {
  const del = <T>(rows: T[][]) => rows.filter((_, i) => i !== baris - 1);
  return { ...read, formulas: del(read.formulas), values: del(read.values) };
}

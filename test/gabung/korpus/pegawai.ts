/**
 * One staff file of the corpus as a pegawai leaves it: the command line's own plans for one jabatan
 * (sometimes with its rekap), identity typed, fillInputs' numbers (0, blanks, decimals), texts in
 * Keterangan, the typed rows of a jabatan without indicators, a note typed below the sheet; what
 * was typed is recorded by slot key (the source catalog's slots), the note by cell.
 */
import type { CatalogIndex } from "../../../src/catalog/catalog-index";
import type { Jabatan } from "../../../src/catalog/types";
import { inputSlots } from "../../../src/lifecycle/slots";
import type { Isi } from "../../../src/lifecycle/types";
import { cell } from "../../../src/template/a1";
import type { FormulaMode } from "../../../src/template/options";
import type { PlanCell, SheetPlan } from "../../../src/template/plan";
import { planWorkbook } from "../../../src/template/workbook-plan";
import { options } from "../../template/support";
import { fillInputs } from "../../xlsx/support";

export const KOSONG = { nama: "", nip: "", pangkatGolongan: "", penilaiNama: "", penilaiNip: "" };

export interface Pegawai {
  katalog: CatalogIndex;
  jabatan: Jabatan;
  tahun: number;
  mode: FormulaMode;
  rekap: boolean;
  nama: string;
  seed: number;
  /** The catalog is stored in the file (a catalog other than the built-in). */
  tersimpan?: boolean;
}

export interface LembarPegawai {
  /** Every sheet of the file. */
  plans: SheetPlan[];
  /** Index of the IKI sheet in `plans`. */
  iki: number;
  /** What was typed, by slot key of `jabatan` in the file's catalog. */
  ketikan: Map<string, Isi>;
  /** Text typed outside the table: A1 -> text. */
  catatan: Map<string, string>;
}

/** A deterministic 18-digit NIP (a valid birth date, sex digit 1 or 2). */
function nipDari(seed: number): string {
  const tahun = 1965 + (seed % 30);
  const bulan = String(1 + (seed % 12)).padStart(2, "0");
  const hari = String(1 + (seed % 28)).padStart(2, "0");
  const tmt = `${2000 + (seed % 20)}0${1 + (seed % 9)}`;
  return `${tahun}${bulan}${hari}${tmt}${1 + (seed % 2)}${String(seed % 1000).padStart(3, "0")}`;
}

/** Texts a pegawai types: identity, remarks on every other indicator, the typed rows' definitions. */
function ketikTeks(p: Pegawai, cells: PlanCell[][]): void {
  const identitas: Record<string, string> = {
    "identitas.nama": p.nama,
    "identitas.nip": nipDari(p.seed),
    "identitas.pangkat": p.seed % 2 ? "Penata / III c" : "Pengatur Tk. I / II d",
    "identitas.penilaiNama": `Drs. Penilai ${p.seed % 7}`,
    "identitas.penilaiNip": nipDari(p.seed + 11),
  };
  inputSlots(p.jabatan).forEach((s, i) => {
    const teks =
      identitas[s.key] ??
      (s.key.endsWith(":keterangan") && i % 2 === 0
        ? `Keterangan ${p.seed}-${i}`
        : /^isian:[1-3]:(kinerja|indikator|satuan)$/.test(s.key)
          ? `${s.isian} ketikan ${p.seed}`
          : undefined);
    if (teks !== undefined) cells[s.row - 1][s.col] = teks;
  });
}

export function buatPegawai(p: Pegawai): LembarPegawai {
  const planned = planWorkbook({
    katalog: p.katalog,
    jabatan: [p.jabatan],
    options: options({ mode: p.mode, tahun: p.tahun, identitas: KOSONG }),
    rekap: p.rekap,
    existing: [],
    ...(p.tersimpan ? { katalogTersimpan: true } : {}),
  });
  const iki = planned.findIndex((x) => x.kind === "iki");
  const asli = planned[iki];
  const filled = fillInputs([asli], "lima", p.seed, p.katalog).plans[0];
  const cells = filled.cells.map((row) => [...row]);
  ketikTeks(p, cells);
  const ketikan = new Map<string, Isi>();
  for (const s of inputSlots(p.jabatan)) {
    const v = cells[s.row - 1][s.col];
    if (v !== null && v !== "" && v !== asli.cells[s.row - 1][s.col] && typeof v !== "object")
      ketikan.set(s.key, { nilai: v });
  }
  // A note typed two rows below the sheet, in column B.
  const width = cells[0].length;
  const catatan = new Map<string, string>();
  const teks = `Catatan pegawai ${p.seed}: data TW IV menyusul`;
  cells.push(Array<PlanCell>(width).fill(null), Array<PlanCell>(width).fill(null));
  cells[cells.length - 1][1] = teks;
  catatan.set(cell(cells.length, 1), teks);
  const plans = planned.map((x, i) => (i === iki ? { ...filled, cells } : x));
  return { plans, iki, ketikan, catatan };
}

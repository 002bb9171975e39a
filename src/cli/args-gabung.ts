/**
 * `--gabung A.xlsx B.xlsx folder/ "data/*.xlsx" -o dinas.xlsx`: the staff files merged into one
 * workbook, with --tahun, --rumus, --katalog, --tanpa-kunci and --force. Pure, as args.ts: the
 * arguments stay as typed (gabung-masukan.ts finds the files).
 */
import type { FormulaMode } from "../template/options";
import { bacaTahun } from "../template/tahun";
import type { Command, Given } from "./args";
import { pesanGabung as pesan } from "./teks-gabung";
import { pesan as pesanUmum } from "./teks";

export const GABUNG_FLAGS = ["gabung"] as const;

export interface GabungCommand {
  kind: "gabung";
  /** Files, folders and patterns, as typed. */
  masukan: string[];
  katalog?: string;
  /** undefined: beside the first file (gabung.ts). */
  keluaran?: string;
  force: boolean;
  /** undefined: the year most sheets have. */
  tahun?: number;
  /** undefined: the mode most sheets have. */
  mode?: FormulaMode;
  /** --tanpa-kunci. */
  kunci?: false;
}

const galat = (teks: string): Command => ({ kind: "galat", pesan: teks });
const RUMUS: Record<string, FormulaMode> = { biasa: "native", native: "native", iki: "iki" };
const BOLEH_NILAI = new Set(["tahun", "rumus", "katalog", "keluaran"]);
const BOLEH_FLAG = new Set(["gabung", "force", "tanpa-kunci"]);

/** The merge command of `given`, a mistake in it, or undefined when --gabung was not asked for. */
export function readGabung(
  given: Given,
  withKatalog: <C extends Command>(c: C) => C,
  keluaran: string | undefined
): Command | undefined {
  if (!given.flags.has("gabung")) return undefined;
  const lain = [
    ...Object.keys(given.values).filter((k) => !BOLEH_NILAI.has(k)),
    ...[...given.flags].filter((f) => !BOLEH_FLAG.has(f)),
  ];
  if (lain.length > 0) return galat(pesan.denganLain(lain.map((k) => `--${k}`)));
  const masukan = given.positionals.map((p) => p.trim()).filter((p) => p !== "");
  if (masukan.length === 0) return galat(pesan.tanpaBerkas);
  const command: GabungCommand = withKatalog({
    kind: "gabung",
    masukan,
    force: given.flags.has("force"),
  });
  const tahunTeks = given.values.tahun?.[0];
  if (tahunTeks !== undefined) {
    const dibaca = bacaTahun(tahunTeks);
    if ("pesan" in dibaca) return galat(pesanUmum.tahunSalah(tahunTeks, dibaca.pesan));
    command.tahun = dibaca.tahun;
  }
  const rumusTeks = given.values.rumus?.[0];
  if (rumusTeks !== undefined) {
    const mode = RUMUS[rumusTeks.trim().toLowerCase()];
    if (!mode) return galat(pesan.rumusSalah(rumusTeks));
    command.mode = mode;
  }
  if (given.flags.has("tanpa-kunci")) command.kunci = false;
  if (keluaran !== undefined) command.keluaran = keluaran.trim();
  return command;
}

/**
 * The lifecycle commands' arguments: `--perbarui IN.xlsx`, `--tahun-berikutnya IN.xlsx [--bawa-target]`,
 * `--ubah-rumus biasa|iki IN.xlsx`, each with -o, --force, --tanpa-kunci (and --katalog for the first
 * two). Pure, as args.ts.
 */
import type { AksiLembar } from "../lifecycle/types";
import type { FormulaMode } from "../template/options";
import type { Command, Given } from "./args";
import { pesanRawat as pesan } from "./teks-rawat";

export const RAWAT_FLAGS = ["bawa-target"] as const;
export const RAWAT_VALUED = ["perbarui", "tahun-berikutnya", "ubah-rumus"] as const;
type Kunci = (typeof RAWAT_VALUED)[number];

export interface RawatCommand {
  kind: "rawat";
  aksi: AksiLembar;
  /** IN.xlsx, never written. */
  masukan: string;
  katalog?: string;
  keluaran?: string;
  force: boolean;
  /** --tanpa-kunci. */
  kunci?: false;
}

const galat = (teks: string): Command => ({ kind: "galat", pesan: teks });
const RUMUS: Record<string, FormulaMode> = { biasa: "native", native: "native", iki: "iki" };

/** What else may come with each command. */
function lainYangTidakDipakai(given: Given, key: Kunci): string[] {
  const valued = new Set<string>([key, "keluaran", ...(key === "ubah-rumus" ? [] : ["katalog"])]);
  const flags = new Set<string>(["force", "tanpa-kunci"]);
  if (key === "tahun-berikutnya") flags.add("bawa-target");
  return [
    ...Object.keys(given.values).filter((k) => !valued.has(k)),
    ...[...given.flags].filter((f) => !flags.has(f)),
  ].map((k) => `--${k}`);
}

function aksiDari(
  given: Given,
  key: Kunci,
  nilai: string
): { aksi: AksiLembar; masukan: string } | Command {
  if (key !== "ubah-rumus") {
    if (given.positionals.length > 0) return galat(pesan.argumenLebih(given.positionals[0]));
    const aksi: AksiLembar =
      key === "perbarui"
        ? { kind: "perbarui" }
        : { kind: "tahun-berikutnya", bawaTarget: given.flags.has("bawa-target") };
    return { aksi, masukan: nilai };
  }
  const mode = RUMUS[nilai.toLowerCase()];
  if (!mode) return galat(pesan.rumusSalah(nilai));
  if (given.positionals.length !== 1) return galat(pesan.perluSatuBerkas(given.positionals));
  return { aksi: { kind: "ubah-rumus", mode }, masukan: given.positionals[0].trim() };
}

/** The lifecycle command of `given`, a mistake in it, or undefined when none was asked for. */
export function readRawat(
  given: Given,
  withKatalog: <C extends Command>(c: C) => C,
  keluaran: string | undefined
): Command | undefined {
  const dipilih = RAWAT_VALUED.filter((k) => given.values[k] !== undefined);
  if (dipilih.length === 0)
    return given.flags.has("bawa-target") ? galat(pesan.bawaTargetSendiri) : undefined;
  if (dipilih.length > 1) return galat(pesan.satuSaja(dipilih.map((k) => `--${k}`)));
  const key = dipilih[0];
  const lain = lainYangTidakDipakai(given, key);
  if (lain.length > 0) return galat(pesan.denganLain(`--${key}`, lain));
  const dibaca = aksiDari(given, key, (given.values[key]?.[0] ?? "").trim());
  if ("kind" in dibaca) return dibaca;
  if (!/\.xlsx$/i.test(dibaca.masukan)) return galat(pesan.bukanXlsx(dibaca.masukan));
  const command: RawatCommand = withKatalog({
    kind: "rawat",
    ...dibaca,
    force: given.flags.has("force"),
  });
  if (given.flags.has("tanpa-kunci")) command.kunci = false;
  if (keluaran !== undefined) command.keluaran = keluaran.trim();
  return command;
}

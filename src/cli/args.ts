/**
 * The CLI's arguments as a command, read with Node's util.parseArgs. Pure: no file system, no catalog
 * look-ups, no output. Messages are in Bahasa Indonesia and name the option as the user typed it.
 */
import { parseArgs as readArgv } from "node:util";
import type { FormulaMode, SkalaPredikat, TemplateOptions } from "../template/options";
import { nipProblem, normalizeNip } from "../template/nip";
import { bacaTahun } from "../template/tahun";
import { GABUNG_FLAGS, readGabung, type GabungCommand } from "./args-gabung";
import { readRawat, RAWAT_FLAGS, RAWAT_VALUED, type RawatCommand } from "./args-rawat";
import { pesan } from "./teks";

/** What the user asked to be put in the workbook, before catalog look-ups. */
export interface Pilihan {
  semua: boolean;
  jabatan: string[];
  bidang: string[];
}

export type Command =
  | { kind: "bantuan" }
  /** `katalog`: --katalog FILE, the catalog to use instead of the built-in one (every command). */
  | { kind: "daftar"; katalog?: string }
  /** --ekspor-katalog: the catalog in use as an editable workbook (docs/katalog.md). */
  | { kind: "ekspor"; katalog?: string; keluaran?: string; force: boolean }
  | {
      kind: "tulis";
      katalog?: string;
      pilihan: Pilihan;
      options: TemplateOptions;
      /** undefined: a rekap when more than one jabatan. */
      rekap?: boolean;
      /** undefined: a name made from the choice and the year. */
      keluaran?: string;
      force: boolean;
      /** --boleh-ganda: a jabatan asked twice gets a second sheet (e.g. for a second person). */
      bolehGanda?: true;
    }
  /** --perbarui / --tahun-berikutnya / --ubah-rumus (args-rawat.ts): IN.xlsx kept, OUT written. */
  | RawatCommand
  | GabungCommand
  | { kind: "galat"; pesan: string };

type Flag =
  | "semua"
  | "rekap"
  | "tanpa-rekap"
  | "force"
  | "daftar"
  | "bantuan"
  | "boleh-ganda"
  | "ekspor-katalog"
  | "tanpa-kunci"
  | (typeof RAWAT_FLAGS | typeof GABUNG_FLAGS)[number];
type Valued =
  | "jabatan"
  | "bidang"
  | "tahun"
  | "nama"
  | "nip"
  | "pangkat"
  | "penilai"
  | "nip-penilai"
  | "skala"
  | "rumus"
  | "keluaran"
  | "katalog"
  | (typeof RAWAT_VALUED)[number];

/** Every option parseArgs knows, by long name; the values of each are checked here, not by parseArgs. */
const OPTIONS = {
  semua: { type: "boolean", short: "a" },
  rekap: { type: "boolean" },
  "tanpa-rekap": { type: "boolean" },
  force: { type: "boolean", short: "f" },
  daftar: { type: "boolean" },
  "boleh-ganda": { type: "boolean" },
  "ekspor-katalog": { type: "boolean" },
  "tanpa-kunci": { type: "boolean" },
  "bawa-target": { type: "boolean" },
  gabung: { type: "boolean" },
  perbarui: { type: "string" },
  "tahun-berikutnya": { type: "string" },
  "ubah-rumus": { type: "string" },
  katalog: { type: "string" },
  help: { type: "boolean", short: "h" },
  bantuan: { type: "boolean" },
  jabatan: { type: "string", short: "j" },
  bidang: { type: "string", short: "b" },
  tahun: { type: "string", short: "t" },
  nama: { type: "string" },
  nip: { type: "string" },
  pangkat: { type: "string" },
  penilai: { type: "string" },
  "nip-penilai": { type: "string" },
  skala: { type: "string" },
  rumus: { type: "string" },
  keluaran: { type: "string", short: "o" },
  output: { type: "string" },
} as const;

/** Second names of one option. */
const ALIAS: Record<string, Flag | Valued> = { help: "bantuan", output: "keluaran" };

/** Options that may be given several times; the others only once. */
const REPEATABLE = new Set<Valued>(["jabatan", "bidang"]);

const HELP = new Set(["-h", "--help", "--bantuan"]);

/** The problem alone: main adds the hint, naming the command the user actually ran. */
const galat = (teks: string): Command => ({ kind: "galat", pesan: teks });

/** The options as given: flags, values in order, and the name each valued option was typed with. */
export interface Given {
  flags: Set<Flag>;
  /** Arguments without an option: the file of --ubah-rumus, the files of --gabung. */
  positionals: string[];
  values: Partial<Record<Valued, string[]>>;
  nameOf: Partial<Record<Valued, string>>;
}

/** Reads argv token by token, so each mistake is reported with the option as typed. */
function readGiven(argv: string[]): Given | Command {
  const { tokens } = readArgv({
    args: argv,
    options: OPTIONS,
    strict: false,
    allowPositionals: true,
    tokens: true,
  });
  const given: Given = { flags: new Set(), values: {}, nameOf: {}, positionals: [] };
  for (const token of tokens) {
    if (token.kind === "positional") {
      given.positionals.push(token.value);
      continue;
    }
    if (token.kind === "option-terminator") return galat(pesan.pilihanTidakDikenal("--"));
    // "-t=2025" would give the year "=2025" (only long options take "="): refused, not guessed.
    if (!token.rawName.startsWith("--") && token.inlineValue && token.value?.startsWith("="))
      return galat(pesan.pilihanTidakDikenal(argv[token.index]));
    const spec = (OPTIONS as Record<string, { type: string }>)[token.name];
    if (!spec) return galat(pesan.pilihanTidakDikenal(token.rawName));
    const key = ALIAS[token.name] ?? (token.name as Flag | Valued);
    if (spec.type === "boolean") {
      if (token.value !== undefined) return galat(pesan.tanpaNilai(token.rawName));
      given.flags.add(key as Flag);
      continue;
    }
    // parseArgs takes the next argument as the value even when it looks like an option.
    const value = token.value;
    if (value === undefined || (!token.inlineValue && value.startsWith("-") && value.length > 1))
      return galat(pesan.perluNilai(token.rawName));
    const list = (given.values[key as Valued] ??= []);
    if (list.length > 0 && !REPEATABLE.has(key as Valued))
      return galat(pesan.duaKali(token.rawName));
    list.push(value);
    given.nameOf[key as Valued] = token.rawName;
  }
  return given;
}

function readPilihan({ flags, values, nameOf }: Given): Pilihan | Command {
  const pilihan: Pilihan = {
    semua: flags.has("semua"),
    jabatan: values.jabatan ?? [],
    bidang: values.bidang ?? [],
  };
  for (const key of ["jabatan", "bidang"] as const) {
    if (pilihan[key].some((x) => x.trim() === ""))
      return galat(pesan.perluNilai(nameOf[key] ?? `--${key}`));
  }
  if (pilihan.semua && (pilihan.jabatan.length > 0 || pilihan.bidang.length > 0))
    return galat(pesan.semuaDanLain);
  if (!pilihan.semua && pilihan.jabatan.length === 0 && pilihan.bidang.length === 0)
    return galat(pesan.belumMemilih);
  if (flags.has("rekap") && flags.has("tanpa-rekap")) return galat(pesan.rekapBertentangan);
  return pilihan;
}

/** The pane's NIP rule (src/template/nip.ts); the result is 18 digits, or "" when not given. */
function readNip(opsi: string, nilai: string, tahunIni: number): string | Command {
  const masalah = nipProblem(nilai, new Date(tahunIni, 0, 1));
  return masalah ? galat(pesan.nipSalah(opsi, nilai, masalah)) : normalizeNip(nilai);
}

/** One word of a closed list, any case: the canonical value, or undefined when unknown. */
function oneOf<T extends string>(text: string, words: Record<string, T>): T | undefined {
  return words[text.trim().toLowerCase()];
}

const SKALA: Record<string, SkalaPredikat> = {
  lima: "lima",
  "5": "lima",
  permenpan: "permenpan",
  permenpanrb: "permenpan",
};
const RUMUS: Record<string, FormulaMode> = { biasa: "native", native: "native", iki: "iki" };

/** Year, scale, formula mode and identity, with their defaults. */
function readOptions(given: Given, tahunIni: number): TemplateOptions | Command {
  const one = (key: Valued): string | undefined => given.values[key]?.[0];
  const tahunTeks = one("tahun");
  const dibaca = tahunTeks === undefined ? { tahun: tahunIni } : bacaTahun(tahunTeks);
  if ("pesan" in dibaca) return galat(pesan.tahunSalah(tahunTeks ?? "", dibaca.pesan));
  const skalaTeks = one("skala");
  const skala = skalaTeks === undefined ? "lima" : oneOf(skalaTeks, SKALA);
  if (!skala) return galat(pesan.skalaSalah(skalaTeks ?? ""));
  const rumusTeks = one("rumus");
  const mode = rumusTeks === undefined ? "native" : oneOf(rumusTeks, RUMUS);
  if (!mode) return galat(pesan.rumusSalah(rumusTeks ?? ""));
  const nip = readNip(given.nameOf.nip ?? "--nip", one("nip") ?? "", tahunIni);
  if (typeof nip !== "string") return nip;
  const penilaiNip = readNip(
    given.nameOf["nip-penilai"] ?? "--nip-penilai",
    one("nip-penilai") ?? "",
    tahunIni
  );
  if (typeof penilaiNip !== "string") return penilaiNip;
  const teks = (key: Valued) => (one(key) ?? "").trim();
  return {
    tahun: dibaca.tahun,
    identitas: {
      nama: teks("nama"),
      nip,
      pangkatGolongan: teks("pangkat"),
      penilaiNama: teks("penilai"),
      penilaiNip,
    },
    skala,
    mode,
    // "Kunci rumus" is on unless asked off; absent means on.
    ...(given.flags.has("tanpa-kunci") ? { kunci: false } : {}),
  };
}

const isCommand = (x: object): x is Command => "kind" in x;

/** --katalog FILE: a .json or .xlsx catalog (read by main: this module touches no file). */
function readKatalog(given: Given): string | undefined | Command {
  const file = given.values.katalog?.[0]?.trim();
  if (file === undefined) return undefined;
  if (!/\.(json|xlsx)$/i.test(file)) return galat(pesan.katalogBukanBerkas(file));
  return file;
}

/** --ekspor-katalog writes the catalog, not IKI sheets: a choice of jabatan or sheet content is refused. */
function readEkspor(
  given: Given,
  withKatalog: <C extends Command>(c: C) => C,
  keluaran: string | undefined
): Command {
  const lain = Object.keys(given.values).filter((k) => k !== "katalog" && k !== "keluaran");
  const flags = [...given.flags].filter((f) => f !== "ekspor-katalog" && f !== "force");
  if (lain.length > 0 || flags.length > 0)
    return galat(pesan.eksporDenganLain([...lain, ...flags].map((k) => `--${k}`)));
  const command = withKatalog<Command>({ kind: "ekspor", force: given.flags.has("force") });
  if (keluaran !== undefined && command.kind === "ekspor") command.keluaran = keluaran.trim();
  return command;
}

/**
 * argv without "node script". `--opsi nilai` and `--opsi=nilai` both work; --help wins over anything
 * else, so a user who asks for help gets it even with a mistake elsewhere on the line.
 */
export function parseArgs(argv: string[], tahunIni: number): Command {
  if (argv.some((a) => HELP.has(a))) return { kind: "bantuan" };
  const given = readGiven(argv);
  if (isCommand(given)) return given;
  if (given.flags.has("bantuan")) return { kind: "bantuan" };
  const katalog = readKatalog(given);
  if (typeof katalog === "object") return katalog;
  const withKatalog = <C extends Command>(c: C): C => (katalog ? { ...c, katalog } : c);
  const keluaran = given.values.keluaran?.[0];
  if (keluaran !== undefined && !/\.xlsx$/i.test(keluaran.trim()))
    return galat(pesan.bukanXlsx(keluaran));
  const gabung = readGabung(given, withKatalog, keluaran);
  if (gabung) return gabung;
  const rawat = readRawat(given, withKatalog, keluaran);
  if (rawat) return rawat;
  if (given.positionals.length > 0) return galat(pesan.argumenLebih(given.positionals[0]));
  if (given.flags.has("daftar")) return withKatalog({ kind: "daftar" });
  if (given.flags.has("ekspor-katalog")) return readEkspor(given, withKatalog, keluaran);

  const pilihan = readPilihan(given);
  if (isCommand(pilihan)) return pilihan;
  const options = readOptions(given, tahunIni);
  if (isCommand(options)) return options;

  const command: Command = withKatalog({
    kind: "tulis",
    pilihan,
    options,
    force: given.flags.has("force"),
  });
  if (given.flags.has("boleh-ganda")) command.bolehGanda = true;
  if (given.flags.has("rekap")) command.rekap = true;
  if (given.flags.has("tanpa-rekap")) command.rekap = false;
  if (keluaran !== undefined) command.keluaran = keluaran.trim();
  return command;
}

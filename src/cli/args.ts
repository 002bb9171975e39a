/** The CLI's arguments as a command. Pure: no file system, no catalog look-ups, no output. */
import type { FormulaMode, SkalaPredikat, TemplateOptions } from "../template/options";
import { nipProblem, normalizeNip } from "../template/nip";
import { bacaTahun } from "../template/tahun";
import { pesan } from "./teks";

/** What the user asked to be put in the workbook, before catalog look-ups. */
export interface Pilihan {
  semua: boolean;
  jabatan: string[];
  bidang: string[];
}

export type Command =
  | { kind: "bantuan" }
  | { kind: "daftar" }
  | {
      kind: "tulis";
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
  | { kind: "galat"; pesan: string };

type Flag = "semua" | "rekap" | "tanpaRekap" | "force" | "daftar" | "bantuan" | "bolehGanda";
type Valued =
  | "jabatan"
  | "bidang"
  | "tahun"
  | "nama"
  | "nip"
  | "pangkat"
  | "penilai"
  | "nipPenilai"
  | "skala"
  | "rumus"
  | "keluaran";

const FLAGS: Record<string, Flag> = {
  "-a": "semua",
  "--semua": "semua",
  "--rekap": "rekap",
  "--tanpa-rekap": "tanpaRekap",
  "-f": "force",
  "--force": "force",
  "--daftar": "daftar",
  "--boleh-ganda": "bolehGanda",
  "-h": "bantuan",
  "--help": "bantuan",
  "--bantuan": "bantuan",
};

const VALUED: Record<string, Valued> = {
  "-j": "jabatan",
  "--jabatan": "jabatan",
  "-b": "bidang",
  "--bidang": "bidang",
  "-t": "tahun",
  "--tahun": "tahun",
  "--nama": "nama",
  "--nip": "nip",
  "--pangkat": "pangkat",
  "--penilai": "penilai",
  "--nip-penilai": "nipPenilai",
  "--skala": "skala",
  "--rumus": "rumus",
  "-o": "keluaran",
  "--keluaran": "keluaran",
  "--output": "keluaran",
};

/** Options that may be given several times; the others only once. */
const REPEATABLE = new Set<Valued>(["jabatan", "bidang"]);

/** The problem alone: main adds the hint, naming the command the user actually ran. */
const galat = (teks: string): Command => ({ kind: "galat", pesan: teks });

/** The pane's NIP rule (src/template/nip.ts); the result is 18 digits, or "" when not given. */
function readNip(opsi: string, nilai: string, tahunIni: number): string | Command {
  const masalah = nipProblem(nilai, new Date(tahunIni, 0, 1));
  return masalah ? galat(pesan.nipSalah(opsi, nilai, masalah)) : normalizeNip(nilai);
}

/**
 * argv without "node script". `--opsi nilai` and `--opsi=nilai` both work; --help wins over anything
 * else, so a user who asks for help gets it even with a mistake elsewhere on the line.
 */
export function parseArgs(argv: string[], tahunIni: number): Command {
  if (argv.some((a) => FLAGS[a] === "bantuan")) return { kind: "bantuan" };
  const flags = new Set<Flag>();
  const values: Partial<Record<Valued, string[]>> = {};
  const nameOf: Partial<Record<Valued, string>> = {};
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const eq = arg.startsWith("--") ? arg.indexOf("=") : -1;
    const opsi = eq > 0 ? arg.slice(0, eq) : arg;
    if (FLAGS[opsi]) {
      if (eq > 0) return galat(pesan.tanpaNilai(opsi));
      flags.add(FLAGS[opsi]);
      continue;
    }
    const key = VALUED[opsi];
    if (!key)
      return galat(arg.startsWith("-") ? pesan.pilihanTidakDikenal(opsi) : pesan.argumenLebih(arg));
    let nilai: string;
    if (eq > 0) nilai = arg.slice(eq + 1);
    else if (i + 1 < argv.length && !(argv[i + 1].startsWith("-") && argv[i + 1].length > 1))
      nilai = argv[++i];
    else return galat(pesan.perluNilai(opsi));
    const list = (values[key] ??= []);
    if (list.length > 0 && !REPEATABLE.has(key)) return galat(pesan.duaKali(opsi));
    list.push(nilai);
    nameOf[key] = opsi;
  }
  if (flags.has("daftar")) return { kind: "daftar" };

  const one = (key: Valued): string | undefined => values[key]?.[0];
  const pilihan: Pilihan = {
    semua: flags.has("semua"),
    jabatan: values.jabatan ?? [],
    bidang: values.bidang ?? [],
  };
  for (const [key, list] of [
    ["jabatan", pilihan.jabatan],
    ["bidang", pilihan.bidang],
  ] as const) {
    if (list.some((x) => x.trim() === ""))
      return galat(pesan.perluNilai(nameOf[key] ?? `--${key}`));
  }
  if (pilihan.semua && (pilihan.jabatan.length > 0 || pilihan.bidang.length > 0))
    return galat(pesan.semuaDanLain);
  if (!pilihan.semua && pilihan.jabatan.length === 0 && pilihan.bidang.length === 0)
    return galat(pesan.belumMemilih);
  if (flags.has("rekap") && flags.has("tanpaRekap")) return galat(pesan.rekapBertentangan);

  let tahun = tahunIni;
  const tahunTeks = one("tahun");
  if (tahunTeks !== undefined) {
    const dibaca = bacaTahun(tahunTeks);
    if ("pesan" in dibaca) return galat(pesan.tahunSalah(tahunTeks, dibaca.pesan));
    tahun = dibaca.tahun;
  }
  let skala: SkalaPredikat = "lima";
  const skalaTeks = one("skala");
  if (skalaTeks !== undefined) {
    const s = skalaTeks.trim().toLowerCase();
    if (s === "lima" || s === "5") skala = "lima";
    else if (s === "permenpan" || s === "permenpanrb") skala = "permenpan";
    else return galat(pesan.skalaSalah(skalaTeks));
  }
  let mode: FormulaMode = "native";
  const rumusTeks = one("rumus");
  if (rumusTeks !== undefined) {
    const r = rumusTeks.trim().toLowerCase();
    if (r === "biasa" || r === "native") mode = "native";
    else if (r === "iki") mode = "iki";
    else return galat(pesan.rumusSalah(rumusTeks));
  }
  const nip = readNip(nameOf.nip ?? "--nip", one("nip") ?? "", tahunIni);
  if (typeof nip !== "string") return nip;
  const penilaiNip = readNip(
    nameOf.nipPenilai ?? "--nip-penilai",
    one("nipPenilai") ?? "",
    tahunIni
  );
  if (typeof penilaiNip !== "string") return penilaiNip;
  const keluaran = one("keluaran");
  if (keluaran !== undefined && !/\.xlsx$/i.test(keluaran.trim()))
    return galat(pesan.bukanXlsx(keluaran));

  const command: Command = {
    kind: "tulis",
    pilihan,
    options: {
      tahun,
      identitas: {
        nama: (one("nama") ?? "").trim(),
        nip,
        pangkatGolongan: (one("pangkat") ?? "").trim(),
        penilaiNama: (one("penilai") ?? "").trim(),
        penilaiNip,
      },
      skala,
      mode,
    },
    force: flags.has("force"),
  };
  if (flags.has("bolehGanda")) command.bolehGanda = true;
  if (flags.has("rekap")) command.rekap = true;
  if (flags.has("tanpaRekap")) command.rekap = false;
  if (keluaran !== undefined) command.keluaran = keluaran.trim();
  return command;
}

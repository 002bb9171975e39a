/**
 * The staff files of --gabung from what the user typed: a file as it is, a folder with every .xlsx
 * inside it (sub-folders too), a pattern with * and ? in the file-name part (Windows cmd does not
 * expand them). In a folder or a pattern, Office's lock files ("~$buku.xlsx", made while a file is
 * open), OUT itself and earlier merges under their default name are skipped, each said with its
 * reason (gabung.ts also skips a found file holding a "Laporan penggabungan" sheet); a file named
 * twice is read once. Every mistake is a sentence for the user.
 */
import * as fs from "fs";
import * as path from "path";
import { reasonOf } from "./berkas";
import { pesanGabung as pesan } from "./teks-gabung";

const isXlsx = (name: string) => /\.xlsx$/i.test(name);
const isLock = (name: string) => name.startsWith("~$");
/**
 * A merge's own output under its default name (teks-gabung.ts namaKeluaran*): found in a folder or
 * by a pattern it is skipped (and said), so the same command can run again every quarter; named
 * on its own it is read like any staff file (a bidang's merge merged again into the dinas').
 */
const isHasilGabung = (name: string) => /(^|-)gabungan-\d{4}\.xlsx$/i.test(name);
const tanpaHurufBesar = () => process.platform === "win32" || process.platform === "darwin";

/** A file's identity for "the same file": its real path (case ignored where the disk ignores it). */
export function kunciBerkas(file: string): string {
  let nyata: string;
  try {
    nyata = fs.realpathSync(file);
  } catch {
    nyata = path.resolve(file);
  }
  return tanpaHurufBesar() ? nyata.toLowerCase() : nyata;
}

/** "*" any run of characters, "?" one; everything else literal. */
export function polaRegExp(pola: string): RegExp {
  const body = pola.replace(/[.+^${}()|[\]\\*?]/g, (c) =>
    c === "*" ? ".*" : c === "?" ? "." : `\\${c}`
  );
  return new RegExp(`^${body}$`, tanpaHurufBesar() ? "i" : "");
}

const byName = (a: string, b: string) => a.localeCompare(b, "en");

/** Why a file found in a folder or by a pattern is not read. */
export type AlasanLewat = "kunci" | "keluaran" | "hasil";
export interface Dilewati {
  file: string;
  alasan: AlasanLewat;
}

/** Every .xlsx under `folder`, depth first, names sorted (lock files too: skipped and said later). */
function isiFolder(folder: string): string[] {
  const out: string[] = [];
  const entries = fs.readdirSync(folder, { withFileTypes: true });
  entries.sort((a, b) => byName(a.name, b.name));
  for (const e of entries) {
    const full = path.join(folder, e.name);
    if (e.isDirectory()) out.push(...isiFolder(full));
    else if (e.isFile() && isXlsx(e.name)) out.push(full);
  }
  return out;
}

/** The files a pattern names, or the mistake. */
function cocokPola(arg: string, full: string): string[] | string {
  const folder = path.dirname(full);
  if (/[*?]/.test(folder)) return pesan.polaDiFolder(arg);
  const re = polaRegExp(path.basename(full));
  let names: string[];
  try {
    names = fs.readdirSync(folder);
  } catch (error) {
    return pesan.tidakTerbaca(arg, reasonOf(error));
  }
  const files = names
    .filter((n) => re.test(n))
    .map((n) => path.join(folder, n))
    .filter((f) => fs.statSync(f, { throwIfNoEntry: false })?.isFile())
    .sort(byName);
  return files.length > 0 ? files : pesan.polaTanpaHasil(arg);
}

/** Why a found file is skipped, or undefined when it is read. */
function alasanLewat(file: string, keluaran: string | undefined): AlasanLewat | undefined {
  const name = path.basename(file);
  if (isLock(name)) return "kunci";
  if (keluaran !== undefined && kunciBerkas(file) === keluaran) return "keluaran";
  return isHasilGabung(name) ? "hasil" : undefined;
}

/** Found files split into those read and those skipped (with the reason). */
function pilah(found: string[], keluaran: string | undefined) {
  const files: string[] = [];
  const dilewati: Dilewati[] = [];
  for (const file of found) {
    const alasan = alasanLewat(file, keluaran);
    if (alasan) dilewati.push({ file, alasan });
    else files.push(file);
  }
  return { files, dilewati };
}

/** One argument's files (`cari`: found in a folder or by a pattern), or the mistake. */
function satuArgumen(
  arg: string,
  cwd: string,
  keluaran: string | undefined
): { files: string[]; dilewati: Dilewati[]; cari: boolean } | string {
  const full = path.resolve(cwd, arg);
  let stat: fs.Stats | undefined;
  try {
    stat = fs.statSync(full, { throwIfNoEntry: false });
  } catch (error) {
    return pesan.tidakTerbaca(arg, reasonOf(error));
  }
  if (stat?.isDirectory()) {
    const found = isiFolder(full);
    if (found.every((f) => isLock(path.basename(f)))) return pesan.folderKosong(arg);
    return { ...pilah(found, keluaran), cari: true };
  }
  if (stat) {
    if (keluaran !== undefined && kunciBerkas(full) === keluaran)
      return pesan.keluaranJugaMasukan(arg);
    return { files: [full], dilewati: [], cari: false };
  }
  if (!/[*?]/.test(arg)) return pesan.tidakAda(arg);
  const files = cocokPola(arg, full);
  if (typeof files === "string") return files;
  return { ...pilah(files, keluaran), cari: true };
}

/**
 * The files of `args` (relative to `cwd`; absolute, in the order given, a folder's and a pattern's
 * sorted by name), or the first mistake. `keluaran`: OUT's absolute path when the user gave it:
 * skipped inside a folder or pattern, refused when named as an input. `dicari`: the files read that
 * were found in a folder or by a pattern (an earlier merge among them is skipped once read).
 */
export function kumpulkanBerkas(
  args: string[],
  cwd: string,
  keluaran?: string
): { berkas: string[]; dilewati: Dilewati[]; dicari: Set<string> } | { galat: string } {
  const berkas: string[] = [];
  const dilewati: Dilewati[] = [];
  const dicari = new Set<string>();
  const seen = new Set<string>();
  const kunciKeluaran = keluaran === undefined ? undefined : kunciBerkas(keluaran);
  for (const arg of args) {
    const found = satuArgumen(arg, cwd, kunciKeluaran);
    if (typeof found === "string") return { galat: found };
    dilewati.push(...found.dilewati.filter((d) => !dilewati.some((x) => x.file === d.file)));
    for (const f of found.files) {
      const k = kunciBerkas(f);
      if (seen.has(k)) continue;
      seen.add(k);
      berkas.push(f);
      if (found.cari) dicari.add(f);
    }
  }
  return berkas.length > 0 ? { berkas, dilewati, dicari } : { galat: pesan.tanpaBerkas };
}

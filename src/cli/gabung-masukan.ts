/**
 * The staff files of --gabung from what the user typed: a file as it is, a folder with every .xlsx
 * inside it (sub-folders too), a pattern with * and ? in the file-name part (Windows cmd does not
 * expand them). Office's lock files ("~$buku.xlsx", made while a file is open), OUT itself and,
 * in a folder or a pattern, earlier merges under their default name are skipped; a file named
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
export const isHasilGabung = (name: string) => /(^|-)gabungan-\d{4}\.xlsx$/i.test(name);
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

/** Every .xlsx under `folder`, depth first, names sorted; lock files skipped. */
function isiFolder(folder: string): string[] {
  const out: string[] = [];
  const entries = fs.readdirSync(folder, { withFileTypes: true });
  entries.sort((a, b) => byName(a.name, b.name));
  for (const e of entries) {
    const full = path.join(folder, e.name);
    if (e.isDirectory()) out.push(...isiFolder(full));
    else if (e.isFile() && isXlsx(e.name) && !isLock(e.name)) out.push(full);
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
    .filter((n) => re.test(n) && !isLock(n))
    .map((n) => path.join(folder, n))
    .filter((f) => fs.statSync(f, { throwIfNoEntry: false })?.isFile())
    .sort(byName);
  return files.length > 0 ? files : pesan.polaTanpaHasil(arg);
}

/** One argument's files (`cari`: found in a folder or by a pattern), or the mistake. */
function satuArgumen(
  arg: string,
  cwd: string,
  keluaran: string | undefined
): { files: string[]; cari: boolean } | string {
  const full = path.resolve(cwd, arg);
  let stat: fs.Stats | undefined;
  try {
    stat = fs.statSync(full, { throwIfNoEntry: false });
  } catch (error) {
    return pesan.tidakTerbaca(arg, reasonOf(error));
  }
  if (stat?.isDirectory()) {
    const files = isiFolder(full).filter(
      (f) => keluaran === undefined || kunciBerkas(f) !== keluaran
    );
    return files.length > 0 ? { files, cari: true } : pesan.folderKosong(arg);
  }
  if (stat) {
    if (keluaran !== undefined && kunciBerkas(full) === keluaran)
      return pesan.keluaranJugaMasukan(arg);
    return { files: [full], cari: false };
  }
  if (!/[*?]/.test(arg)) return pesan.tidakAda(arg);
  const files = cocokPola(arg, full);
  if (typeof files === "string") return files;
  return {
    files: files.filter((f) => keluaran === undefined || kunciBerkas(f) !== keluaran),
    cari: true,
  };
}

/**
 * The files of `args` (relative to `cwd`; absolute, in the order given, a folder's and a pattern's
 * sorted by name), or the first mistake. `keluaran`: OUT's absolute path
 * when the user gave it: skipped inside a folder or pattern, refused when named as an input.
 */
export function kumpulkanBerkas(
  args: string[],
  cwd: string,
  keluaran?: string
): { berkas: string[]; dilewati: string[] } | { galat: string } {
  const berkas: string[] = [];
  const dilewati: string[] = [];
  const seen = new Set<string>();
  const kunciKeluaran = keluaran === undefined ? undefined : kunciBerkas(keluaran);
  for (const arg of args) {
    const found = satuArgumen(arg, cwd, kunciKeluaran);
    if (typeof found === "string") return { galat: found };
    for (const f of found.files) {
      if (found.cari && isHasilGabung(path.basename(f))) {
        dilewati.push(f);
        continue;
      }
      const k = kunciBerkas(f);
      if (seen.has(k)) continue;
      seen.add(k);
      berkas.push(f);
    }
  }
  return berkas.length > 0 ? { berkas, dilewati } : { galat: pesan.tanpaBerkas };
}

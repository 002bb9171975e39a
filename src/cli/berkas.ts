/**
 * The output file of every command: its name as the user recognises it, the checks before the work
 * (folder exists, no file there without --force) and the all-or-nothing write (atomic-write.ts).
 */
import * as fs from "fs";
import * as path from "path";
import { codeOf, fsError, writeAtomically, type WriteFs } from "./atomic-write";
import type { Output } from "./output";
import { pesan } from "./teks";

/** 3: --gabung merged, with problems in its report (or found nothing to merge). */
export const EXIT = { ok: 0, io: 1, usage: 2, masalah: 3 } as const;

/** The reason of a file system error as a sentence; every code a user can meet has its own. */
export function reasonOf(error: unknown): string {
  const code = codeOf(error) ?? "";
  return pesan.sebab[code] ?? pesan.sebabLain(code || String(error));
}

/** The target as the user will recognise it: relative to the folder they are in, when inside it. */
export function shownPath(file: string, cwd: string): string {
  const relative = path.relative(cwd, file);
  return relative === "" || relative.startsWith("..") || path.isAbsolute(relative)
    ? file
    : relative;
}

/** Checked before the work, so a mistake costs no waiting; the write checks again. */
export function checkTarget(file: string, shown: string, force: boolean, io: Output): number {
  const folder = path.dirname(file);
  if (!fs.existsSync(folder)) {
    io.err(pesan.folderTidakAda(folder));
    return EXIT.io;
  }
  let existing: fs.Stats | undefined;
  try {
    existing = fs.statSync(file, { throwIfNoEntry: false });
    if (existing?.isDirectory()) throw fsError("EISDIR");
  } catch (error) {
    // A name too long, a part of the path that is a file, a folder that may not be read.
    io.err(pesan.tidakDapatDitulis(shown, reasonOf(error)));
    return EXIT.io;
  }
  if (existing && !force) {
    io.err(pesan.sudahAda(shown));
    return EXIT.usage;
  }
  return EXIT.ok;
}

/** Writes `bytes` to `file` all or nothing; the exit code, with the reason said in `io`. */
export async function writeOutput(
  target: { file: string; shown: string; force: boolean },
  bytes: Uint8Array,
  io: Output,
  writeFs: WriteFs
): Promise<number> {
  const { file, shown, force } = target;
  try {
    await writeAtomically(file, bytes, {
      replace: force,
      fs: writeFs,
      onSignal: () => io.err(pesan.dihentikan(shown)),
    });
  } catch (error) {
    if (codeOf(error) === "EEXIST") {
      io.err(pesan.sudahAda(shown));
      return EXIT.usage;
    }
    io.err(pesan.tidakDapatDitulis(shown, reasonOf(error)));
    return EXIT.io;
  }
  return EXIT.ok;
}

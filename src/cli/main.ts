#!/usr/bin/env node
/**
 * `npm run workbook -- ...`: writes IKI workbooks as .xlsx from the sheet plans of the add-in.
 * The I/O around the pure parts: arguments (args.ts), catalog choice (select.ts), plans
 * (src/template), cached results (src/xlsx/cached-values.ts, the project's own evaluator), the ExcelJS sink and
 * the all-or-nothing file write (atomic-write.ts).
 */
import * as fs from "fs";
import * as path from "path";
import { planWorkbook, titleCase } from "../template";
import { builtInCatalog, type CatalogIndex } from "../catalog";
import type { Jabatan } from "../catalog/types";
import { computeResults } from "../xlsx/cached-values";
import { writeXlsx } from "../xlsx/write-workbook";
import { parseArgs, type Command } from "./args";
import { codeOf, fsError, nodeFs, writeAtomically, type WriteFs } from "./atomic-write";
import { terminal, type Output } from "./output";
import { perintahDari } from "./perintah";
import { daftarJabatan, jabatanDenganGanda, selectJabatan } from "./select";
import { bantuan, pesan } from "./teks";

export const EXIT = { ok: 0, io: 1, usage: 2 } as const;

/** What main reads from around it; tests replace any part. */
export interface Surroundings {
  /** For naming the command the user ran in hints (perintah.ts). */
  env: Record<string, string | undefined>;
  /** process.argv[1]. */
  script?: string;
  fs: WriteFs;
}

const processSurroundings = (): Surroundings => ({
  env: process.env,
  script: process.argv[1],
  fs: nodeFs,
});

type WriteCommand = Extract<Command, { kind: "tulis" }>;

/** The reason of a file system error as a sentence; every code a user can meet has its own. */
export function reasonOf(error: unknown): string {
  const code = codeOf(error) ?? "";
  return pesan.sebab[code] ?? pesan.sebabLain(code || String(error));
}

/** The target as the user will recognise it: relative to the folder they are in, when inside it. */
function shownPath(file: string, cwd: string): string {
  const relative = path.relative(cwd, file);
  return relative === "" || relative.startsWith("..") || path.isAbsolute(relative)
    ? file
    : relative;
}

/** Checked before the work, so a mistake costs no waiting; the write checks again. */
function checkTarget(file: string, shown: string, force: boolean, io: Output): number {
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

/** Plans, computes and writes the workbook; reports in `io`; returns the exit code. */
async function writeWorkbook(
  command: WriteCommand,
  { katalog, jabatan, slug }: { katalog: CatalogIndex; jabatan: Jabatan[]; slug: string },
  io: Output,
  now: Date,
  cwd: string,
  surroundings: Surroundings
): Promise<number> {
  const file = path.resolve(cwd, command.keluaran ?? `IKI-${slug}-${command.options.tahun}.xlsx`);
  const shown = shownPath(file, cwd);
  const checked = checkTarget(file, shown, command.force, io);
  if (checked !== EXIT.ok) return checked;
  const rekap = command.rekap ?? jabatan.length > 1;
  const plans = planWorkbook({
    katalog,
    jabatan,
    options: command.options,
    rekap,
    existing: [],
  });
  io.err(pesan.menulis(plans.length, shown));
  const bytes = await writeXlsx(plans, { results: computeResults(plans), created: now });
  try {
    await writeAtomically(file, bytes, {
      replace: command.force,
      fs: surroundings.fs,
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
  const iki = plans.filter((p) => p.kind === "iki").length;
  io.out(pesan.selesai(shown, plans.length, iki, rekap, Math.ceil(bytes.length / 1024)));
  if (command.options.mode === "iki") io.out(pesan.catatanRumusIki);
  if (plans.some((p) => p.charts.length > 0)) io.out(pesan.catatanGrafik);
  return EXIT.ok;
}

/**
 * The folder the user typed the command in. `npm run workbook` starts scripts/workbook.js in the
 * package's folder and keeps the user's folder in INIT_CWD, so `-o laporan.xlsx` must land there.
 * Only for the script npm itself started: a process that merely inherits INIT_CWD (spawned by a test
 * under `npm test`, or by another npm script after a cd) keeps its own folder.
 */
function userFolder(env: NodeJS.ProcessEnv = process.env): string {
  const startedByNpm = /\bworkbook\.js\b/.test(env.npm_lifecycle_script ?? "");
  return startedByNpm && env.INIT_CWD ? env.INIT_CWD : process.cwd();
}

/** Runs the CLI; returns the exit code. Everything it reads from outside is injectable for tests. */
export async function main(
  argv: string[],
  io: Output = terminal,
  now = new Date(),
  cwd = userFolder(),
  surroundings: Partial<Surroundings> = {}
): Promise<number> {
  const around = { ...processSurroundings(), ...surroundings };
  const perintah = perintahDari(around.env, around.script, cwd);
  const command = parseArgs(argv, now.getFullYear());
  const katalog = builtInCatalog;
  if (command.kind === "bantuan") {
    io.out(bantuan);
    return EXIT.ok;
  }
  if (command.kind === "daftar") {
    io.out(daftarJabatan(katalog));
    return EXIT.ok;
  }
  if (command.kind === "galat") {
    io.err(`${command.pesan}\n${pesan.lihatBantuan(perintah)}`);
    return EXIT.usage;
  }
  const selection = selectJabatan(command.pilihan, katalog, perintah);
  if ("galat" in selection) {
    io.err(selection.galat);
    return EXIT.usage;
  }
  for (const t of selection.tebakan)
    io.err(pesan.jabatanDitebak(t.teks, t.jabatan.nama, t.jabatan.id));
  if (selection.ganda.length > 0 && !command.bolehGanda) {
    io.err(
      pesan.jabatanDiulang(
        selection.ganda.map((g) => ({ nama: titleCase(g.jabatan.nama), kali: g.kali }))
      )
    );
    return EXIT.usage;
  }
  const jabatan = command.bolehGanda ? jabatanDenganGanda(selection) : selection.jabatan;
  try {
    const chosen = { katalog, jabatan, slug: selection.slug };
    return await writeWorkbook(command, chosen, io, now, cwd, around);
  } catch (error) {
    io.err(pesan.gagal(error instanceof Error ? error.message : String(error)));
    return EXIT.io;
  }
}

if (require.main === module) {
  main(process.argv.slice(2)).then(
    (code) => (process.exitCode = code),
    (error) => {
      terminal.err(pesan.gagal(String(error)));
      process.exitCode = EXIT.io;
    }
  );
}

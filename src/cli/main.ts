#!/usr/bin/env node
/**
 * `npm run workbook -- ...`: writes IKI workbooks as .xlsx from the sheet plans of the add-in.
 * The I/O around the pure parts: arguments (args.ts), catalog choice (select.ts), plans
 * (src/template), cached results (src/xlsx/cached-values.ts, the project's own evaluator), the ExcelJS sink and
 * the all-or-nothing file write (atomic-write.ts).
 */
import * as path from "path";
import { planKatalogSheets, planWorkbook, titleCase } from "../template";
import { builtInCatalog, type CatalogIndex } from "../catalog";
import { catalogToTables } from "../catalog/tabel";
import type { Jabatan } from "../catalog/types";
import { computeResults } from "../xlsx/cached-values";
import { writeXlsx } from "../xlsx/write-workbook";
import { parseArgs, type Command } from "./args";
import { nodeFs } from "./atomic-write";
import { EXIT, checkTarget, reasonOf, shownPath, writeOutput } from "./berkas";
import { bacaKatalog } from "./katalog-berkas";
import { terminal, type Output } from "./output";
import { perintahDari } from "./perintah";
import { daftarJabatan, jabatanDenganGanda, selectJabatan, slugOf } from "./select";
import { bantuan, pesan } from "./teks";
import { creatorOf, type KatalogDipakai, type Run, type Surroundings } from "./konteks";

export type { Surroundings };
import { rawatBerkas } from "./rawat";
import { gabungBerkas } from "./gabung";

export { EXIT, reasonOf };

const processSurroundings = (): Surroundings => ({
  env: process.env,
  script: process.argv[1],
  fs: nodeFs,
});

type WriteCommand = Extract<Command, { kind: "tulis" }>;
type ExportCommand = Extract<Command, { kind: "ekspor" }>;

/** Plans, computes and writes the workbook; reports in `io`; returns the exit code. */
async function writeWorkbook(
  command: WriteCommand,
  { katalog, dariBerkas }: KatalogDipakai,
  { jabatan, slug }: { jabatan: Jabatan[]; slug: string },
  run: Run
): Promise<number> {
  const { io, now, cwd } = run;
  // A catalog from a file names its instansi in the default name (--semua already does).
  const instansi = slugOf(katalog.catalog.instansi.nama);
  const nama = dariBerkas && slug !== instansi ? `${instansi}-${slug}` : slug;
  const file = path.resolve(cwd, command.keluaran ?? `IKI-${nama}-${command.options.tahun}.xlsx`);
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
    katalogTersimpan: dariBerkas,
  });
  io.err(pesan.menulis(plans.length, shown));
  const bytes = await writeXlsx(plans, {
    results: computeResults(plans),
    created: now,
    creator: creatorOf(katalog),
  });
  const written = await writeOutput(
    { file, shown, force: command.force },
    bytes,
    io,
    run.surroundings.fs
  );
  if (written !== EXIT.ok) return written;
  const iki = plans.filter((p) => p.kind === "iki").length;
  const kb = Math.ceil(bytes.length / 1024);
  io.out(pesan.selesai(shown, plans.length, iki, rekap, kb, dariBerkas));
  if (command.options.mode === "iki") io.out(pesan.catatanRumusIki);
  return EXIT.ok;
}

/** --ekspor-katalog: the catalog in use as the editable layout (src/catalog/tabel). */
async function exportKatalog(command: ExportCommand, katalog: CatalogIndex, run: Run) {
  const { io, now, cwd } = run;
  const instansi = slugOf(katalog.catalog.instansi.nama);
  const file = path.resolve(
    cwd,
    command.keluaran ?? `Katalog-IKI-${instansi}-${katalog.catalog.tahun}.xlsx`
  );
  const shown = shownPath(file, cwd);
  const checked = checkTarget(file, shown, command.force, io);
  if (checked !== EXIT.ok) return checked;
  const plans = planKatalogSheets(catalogToTables(katalog.catalog), []);
  io.err(pesan.menulis(plans.length, shown));
  const bytes = await writeXlsx(plans, { created: now, creator: creatorOf(katalog) });
  const written = await writeOutput(
    { file, shown, force: command.force },
    bytes,
    io,
    run.surroundings.fs
  );
  if (written === EXIT.ok)
    io.out(pesan.eksporSelesai(shown, plans.length, Math.ceil(bytes.length / 1024)));
  return written;
}

/** --katalog FILE read and checked: every problem said, or the catalog; the built-in one without it. */
async function katalogDari(
  file: string | undefined,
  { io, cwd }: Run
): Promise<KatalogDipakai | number> {
  if (file === undefined) return { katalog: builtInCatalog, dariBerkas: false, riwayat: [] };
  const full = path.resolve(cwd, file);
  const shown = shownPath(full, cwd);
  const dibaca = await bacaKatalog(full, shown);
  if ("masalah" in dibaca) {
    io.err([dibaca.judul, ...dibaca.masalah.map((m) => `- ${m}`)].join("\n"));
    return EXIT.usage;
  }
  const { peringatan } = dibaca;
  if (peringatan.length > 0) {
    const judul = pesan.katalog.peringatan(shown, peringatan.length);
    io.err([judul, ...peringatan.map((p) => `- ${p}`)].join("\n"));
  }
  const { instansi, nomor, tahun } = dibaca.katalog.identity();
  io.err(pesan.katalog.dipakai(instansi, nomor, tahun, dibaca.katalog.jabatan.length));
  return { katalog: dibaca.katalog, dariBerkas: true, riwayat: dibaca.riwayat };
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
  if (command.kind === "bantuan") {
    io.out(bantuan);
    return EXIT.ok;
  }
  if (command.kind === "galat") {
    io.err(`${command.pesan}\n${pesan.lihatBantuan(perintah)}`);
    return EXIT.usage;
  }
  const run: Run = { io, now, cwd, surroundings: around };
  const dipakai = await katalogDari(command.katalog, run);
  if (typeof dipakai === "number") return dipakai;
  if (command.kind === "daftar") {
    io.out(daftarJabatan(dipakai.katalog));
    return EXIT.ok;
  }
  try {
    if (command.kind === "ekspor") return await exportKatalog(command, dipakai.katalog, run);
    if (command.kind === "rawat") return await rawatBerkas(command, dipakai, run);
    if (command.kind === "gabung") return await gabungBerkas(command, dipakai, run);
    return await writeChosen(command, dipakai, perintah, run);
  } catch (error) {
    io.err(pesan.gagal(error instanceof Error ? error.message : String(error)));
    return EXIT.io;
  }
}

/** A file name as typed again: quoted when it holds a space (as pesan.jabatanDitebak quotes). */
function kutip(file: string): string {
  return /\s/.test(file) ? `"${file}"` : file;
}

/** The jabatan of the command from the catalog in use, then the workbook. */
async function writeChosen(
  command: WriteCommand,
  dipakai: KatalogDipakai,
  perintah: string,
  run: Run
): Promise<number> {
  const { io } = run;
  // The hint "--daftar" must list the catalog the user chose, not the built-in one.
  const denganKatalog =
    command.katalog === undefined ? perintah : `${perintah} --katalog ${kutip(command.katalog)}`;
  const selection = selectJabatan(command.pilihan, dipakai.katalog, denganKatalog);
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
  return writeWorkbook(command, dipakai, { jabatan, slug: selection.slug }, run);
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

#!/usr/bin/env node
/**
 * `npm run workbook -- ...`: writes IKI workbooks as .xlsx from the sheet plans of the add-in.
 * The I/O around the pure parts: arguments (args.ts), catalog choice (select.ts), plans
 * (src/template), cached results (src/xlsx/cached-values.ts, HyperFormula) and the ExcelJS sink.
 */
import * as fs from "fs";
import * as path from "path";
import { planWorkbook, titleCase } from "../template";
import type { SheetPlan } from "../template/plan";
import type { ResultLookup } from "../xlsx/write-workbook";
import { writeXlsx } from "../xlsx/write-workbook";
import { parseArgs } from "./args";
import { terminal, type Output } from "./output";
import { daftarJabatan, jabatanDenganGanda, selectJabatan } from "./select";
import { bantuan, pesan } from "./teks";

export const EXIT = { ok: 0, io: 1, usage: 2 } as const;

/** Cached results from HyperFormula, or undefined when it is not installed (a devDependency). */
async function results(plans: SheetPlan[]): Promise<ResultLookup | undefined> {
  try {
    const { computeResults } = await import("../xlsx/cached-values");
    return computeResults(plans);
  } catch (error) {
    const e = error as { code?: string; message?: string };
    if (e.code === "MODULE_NOT_FOUND" && /hyperformula/.test(e.message ?? "")) return undefined;
    throw error;
  }
}

function sebab(error: unknown): string {
  const code = (error as { code?: string }).code ?? "";
  return pesan.sebab[code] ?? pesan.sebabLain(code || String(error));
}

/** Runs the CLI; returns the exit code. `now` and `io` are injectable for tests. */
export async function main(
  argv: string[],
  io: Output = terminal,
  now = new Date(),
  cwd = process.cwd()
): Promise<number> {
  const command = parseArgs(argv, now.getFullYear());
  if (command.kind === "bantuan") {
    io.out(bantuan);
    return EXIT.ok;
  }
  if (command.kind === "daftar") {
    io.out(daftarJabatan());
    return EXIT.ok;
  }
  if (command.kind === "galat") {
    io.err(command.pesan);
    return EXIT.usage;
  }
  const selection = selectJabatan(command.pilihan);
  if ("galat" in selection) {
    io.err(selection.galat);
    return EXIT.usage;
  }
  if (selection.ganda.length > 0 && !command.bolehGanda) {
    io.err(
      pesan.jabatanDiulang(
        selection.ganda.map((g) => ({ nama: titleCase(g.jabatan.nama), kali: g.kali }))
      )
    );
    return EXIT.usage;
  }
  const jabatan = command.bolehGanda ? jabatanDenganGanda(selection) : selection.jabatan;
  const tahun = command.options.tahun;
  const file = path.resolve(cwd, command.keluaran ?? `IKI-${selection.slug}-${tahun}.xlsx`);
  const relative = path.relative(cwd, file);
  const shown = relative === "" || relative.startsWith("..") ? file : relative;
  // Checked before the work, so a mistake costs no waiting; the final write checks again ("wx").
  if (!command.force && fs.existsSync(file)) {
    io.err(pesan.sudahAda(shown));
    return EXIT.usage;
  }
  const folder = path.dirname(file);
  if (!fs.existsSync(folder)) {
    io.err(pesan.folderTidakAda(folder));
    return EXIT.io;
  }
  const rekap = command.rekap ?? jabatan.length > 1;
  try {
    const plans = planWorkbook({
      jabatan,
      options: command.options,
      rekap,
      existing: [],
    });
    io.err(pesan.menulis(plans.length, shown));
    const lookup = await results(plans);
    if (!lookup) io.err(pesan.tanpaNilaiTersimpan);
    const bytes = await writeXlsx(plans, { results: lookup, created: now });
    try {
      fs.writeFileSync(file, bytes, { flag: command.force ? "w" : "wx" });
    } catch (error) {
      if ((error as { code?: string }).code === "EEXIST") {
        io.err(pesan.sudahAda(shown));
        return EXIT.usage;
      }
      io.err(pesan.tidakDapatDitulis(shown, sebab(error)));
      return EXIT.io;
    }
    const iki = plans.filter((p) => p.kind === "iki").length;
    io.out(pesan.selesai(shown, plans.length, iki, rekap, Math.ceil(bytes.length / 1024)));
    if (command.options.mode === "iki") io.out(pesan.catatanRumusIki);
    if (plans.some((p) => p.charts.length > 0)) io.out(pesan.catatanGrafik);
    return EXIT.ok;
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

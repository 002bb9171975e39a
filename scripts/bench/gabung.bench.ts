// --gabung on the command line: the 50 staff files of the test corpus (test/gabung/korpus, without
// the LibreOffice re-save) merged into one workbook. The whole command (target: under 10 s), then
// its parts: reading the files, planning, computing the cached results and writing the .xlsx.
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { builtInCatalog } from "../../src/catalog";
import { main } from "../../src/cli/main";
import { bacaSemua } from "../../src/cli/gabung";
import { kumpulkanBerkas } from "../../src/cli/gabung-masukan";
import { rencanaGabung } from "../../src/gabung/rencana";
import { computeResults } from "../../src/xlsx/cached-values";
import { writeXlsx } from "../../src/xlsx/write-workbook";
import { buatKorpus } from "../../test/gabung/korpus/korpus";
import type { Figure } from "./types";

const ms = (t0: number) => Math.round(performance.now() - t0);
const perDetik = (n: number, t: number) => Math.round((n * 1000) / Math.max(t, 1));

const isi = (c: unknown) => c !== null && c !== "";

/** The command's parts one by one on the same files: read, plan, cached results, write. */
async function bagian(dir: string): Promise<Figure[]> {
  const found = kumpulkanBerkas(["korpus"], dir);
  if ("galat" in found) throw new Error(found.galat);
  let t0 = performance.now();
  const berkas = await bacaSemua(found.berkas, dir);
  const baca = ms(t0);
  const dibaca = berkas
    .flatMap((b) => ("sheets" in b ? b.sheets : []))
    .reduce((n, s) => n + s.formulas.flat().filter(isi).length, 0);
  t0 = performance.now();
  const { plans } = rencanaGabung({
    katalog: builtInCatalog,
    bawaan: builtInCatalog,
    dikenal: [],
    sheets: [],
    berkas,
    mode: "native",
    bukuBaru: true,
  });
  const rencana = ms(t0);
  t0 = performance.now();
  const results = computeResults(plans);
  const hitung = ms(t0);
  t0 = performance.now();
  const bytes = await writeXlsx(plans, { results, created: new Date(2026, 0, 15) });
  const tulis = ms(t0);
  const ditulis = plans.reduce((n, p) => n + p.cells.flat().filter(isi).length, 0);
  const kb = `${Math.ceil(bytes.length / 1024)} KB`;
  return [
    { name: "read 50 files (bacaBerkasPegawai)", value: baca, unit: "ms" },
    { name: "filled cells read per second", value: perDetik(dibaca, baca), unit: "cells/s" },
    { name: "plan (rencanaGabung)", value: rencana, unit: "ms" },
    { name: "cached results (computeResults)", value: hitung, unit: "ms" },
    { name: "write .xlsx (writeXlsx)", value: tulis, unit: "ms", note: kb },
    {
      name: "filled cells written per second",
      value: perDetik(ditulis, tulis + hitung),
      unit: "cells/s",
      note: `${ditulis} cells`,
    },
  ];
}

export async function run(): Promise<Figure[]> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "iki-bench-gabung-"));
  try {
    const korpus = await buatKorpus(path.join(dir, "korpus"));
    const quiet = { out: () => undefined, err: () => undefined };
    const argv = ["--gabung", "korpus", "--rumus", "biasa", "-o", "gabungan.xlsx"];
    const t0 = performance.now();
    const code = await main(argv, quiet, new Date(2026, 0, 15), dir, {
      env: {},
      script: undefined,
    });
    const total = ms(t0);
    if (code !== 3) throw new Error(`--gabung exited ${code}, not 3 (the corpus has problems)`);
    const note = `${korpus.berkas.length} files, planted problems: exit 3`;
    const whole = {
      name: "--gabung, whole command (target < 10 s)",
      value: total,
      unit: "ms",
      note,
    };
    return [whole, ...(await bagian(dir))];
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/** Plan build time for the whole dinas (all 50 jabatan + rekap) and the size of what it plans. */
import { builtInCatalog } from "../../src/catalog";
import { planWorkbook } from "../../src/template";
import type { TemplateOptions } from "../../src/template/options";
import type { Figure } from "./types";

const RUNS = 15;

function options(mode: TemplateOptions["mode"]): TemplateOptions {
  return {
    tahun: 2025,
    identitas: {
      nama: "Nama Pegawai",
      nip: "198001012005011001",
      pangkatGolongan: "Penata / III c",
      penilaiNama: "Nama Penilai",
      penilaiNip: "197001011995031001",
    },
    skala: "lima",
    mode,
  };
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
}

export async function run(): Promise<Figure[]> {
  const figures: Figure[] = [];
  for (const mode of ["iki", "native"] as const) {
    const input = {
      katalog: builtInCatalog,
      jabatan: builtInCatalog.jabatan,
      options: options(mode),
      rekap: true,
      existing: [],
    };
    planWorkbook(input); // warm-up (JIT, catalog load)
    const times: number[] = [];
    let plans = planWorkbook(input);
    for (let i = 0; i < RUNS; i++) {
      const t = process.hrtime.bigint();
      plans = planWorkbook(input);
      times.push(Number(process.hrtime.bigint() - t) / 1e6);
    }
    const ms = median(times);
    let cells = 0;
    let formulas = 0;
    let formatEntries = 0;
    for (const p of plans) {
      cells += p.cells.length * (p.cells[0]?.length ?? 0);
      formulas += p.cells.flat().filter((c) => c !== null && typeof c === "object").length;
      formatEntries +=
        p.formats.length +
        p.merges.length +
        p.validations.length +
        (p.listValidations?.length ?? 0) +
        p.conditionalFormats.length;
    }
    const note = `${plans.length} sheets, median of ${RUNS}`;
    figures.push(
      {
        name: `${mode}: plan build time, whole dinas + rekap`,
        value: Number(ms.toFixed(2)),
        unit: "ms",
        note,
      },
      { name: `${mode}: cells planned`, value: cells, unit: "cells" },
      { name: `${mode}: formulas planned`, value: formulas, unit: "formulas" },
      {
        name: `${mode}: format entries (formats, merges, validations, conditional)`,
        value: formatEntries,
        unit: "entries",
      },
      { name: `${mode}: planning speed`, value: Math.round(cells / (ms / 1000)), unit: "cells/s" }
    );
  }
  return figures;
}

// The whole-dinas workbook (every jabatan of the catalog + rekap, native formulas) written as .xlsx:
// time per phase (plans, cached results by src/formula, ExcelJS + package edits), peak memory and
// file size. Memory is sampled every 5 ms and at each phase end (a synchronous phase shows only at
// its end, so the peak is a lower bound); each run starts after a GC when --expose-gc is given.
import { builtInCatalog } from "../../src/catalog";
import { planWorkbook } from "../../src/template";
import { computeResults } from "../../src/xlsx/cached-values";
import { writeXlsx } from "../../src/xlsx/write-workbook";
import { options as templateOptions } from "../../test/template/support";
import type { Figure } from "./types";

const RUNS = 3;
const options = templateOptions({ mode: "native" });

const median = (t: number[]) => [...t].sort((a, b) => a - b)[Math.floor(t.length / 2)];
const mb = (bytes: number) => Math.round((bytes / 1024 / 1024) * 10) / 10;

export async function run(): Promise<Figure[]> {
  const times = {
    plan: [] as number[],
    results: [] as number[],
    write: [] as number[],
    total: [] as number[],
  };
  let peakRss = 0;
  let peakHeap = 0;
  const base = process.memoryUsage();
  const sample = () => {
    const m = process.memoryUsage();
    peakRss = Math.max(peakRss, m.rss);
    peakHeap = Math.max(peakHeap, m.heapUsed);
  };
  const timer = setInterval(sample, 5);
  let size = 0;
  let sheets = 0;
  try {
    for (let i = 0; i < RUNS; i++) {
      (globalThis as { gc?: () => void }).gc?.();
      const t0 = performance.now();
      const plans = planWorkbook({
        katalog: builtInCatalog,
        jabatan: builtInCatalog.jabatan,
        options,
        rekap: true,
        existing: [],
      });
      sample();
      const t1 = performance.now();
      const results = computeResults(plans);
      sample();
      const t2 = performance.now();
      const bytes = await writeXlsx(plans, { results, created: new Date(2025, 0, 1) });
      sample();
      const t3 = performance.now();
      times.plan.push(t1 - t0);
      times.results.push(t2 - t1);
      times.write.push(t3 - t2);
      times.total.push(t3 - t0);
      size = bytes.length;
      sheets = plans.length;
    }
  } finally {
    clearInterval(timer);
  }
  const note = `median of ${RUNS}, ${sheets} sheets`;
  return [
    { name: "whole dinas: total", value: Math.round(median(times.total)), unit: "ms", note },
    { name: "whole dinas: plans", value: Math.round(median(times.plan)), unit: "ms" },
    {
      name: "whole dinas: cached results (src/formula)",
      value: Math.round(median(times.results)),
      unit: "ms",
    },
    {
      name: "whole dinas: ExcelJS write + package edits",
      value: Math.round(median(times.write)),
      unit: "ms",
    },
    { name: "whole dinas: file size", value: size, unit: "bytes" },
    { name: "peak rss", value: mb(peakRss), unit: "MB", note: `${mb(base.rss)} MB before` },
    {
      name: "peak heapUsed",
      value: mb(peakHeap),
      unit: "MB",
      note: `${mb(base.heapUsed)} MB before`,
    },
  ];
}

// The command line's file side of the lifecycle actions on the whole-dinas workbook (every jabatan of
// the catalog + rekap + stored catalog, native formulas): reading IN as SheetRead[] (readXlsxWorkbook)
// and writing OUT from IN (writeXlsx with `dasar`): the rekap replanned in place over the kept IKI
// sheets (cached results from their read values), and the same with every IKI sheet superseded.
import { builtInCatalog } from "../../src/catalog";
import { planWorkbook } from "../../src/template";
import { computeResults } from "../../src/xlsx/cached-values";
import { readXlsxWorkbook } from "../../src/xlsx/read-workbook";
import { writeXlsx } from "../../src/xlsx/write-workbook";
import { options as templateOptions } from "../../test/template/support";
import type { Figure } from "./types";

const RUNS = 3;
const created = new Date(2025, 0, 1);

const median = (t: number[]) => [...t].sort((a, b) => a - b)[Math.floor(t.length / 2)];

async function timed<T>(times: number[], work: () => Promise<T>): Promise<T> {
  const t0 = performance.now();
  const out = await work();
  times.push(performance.now() - t0);
  return out;
}

export async function run(): Promise<Figure[]> {
  const plans = planWorkbook({
    katalog: builtInCatalog,
    jabatan: builtInCatalog.jabatan,
    options: templateOptions({ mode: "native" }),
    rekap: true,
    existing: [],
    katalogTersimpan: true,
  });
  const dasar = await writeXlsx(plans, { results: computeResults(plans), created });
  const rekap = plans.find((p) => p.kind === "rekap")!;
  const iki = plans.filter((p) => p.kind === "iki").map((p) => ({ ...p, supersedes: [p.name] }));
  const times = { read: [] as number[], rekap: [] as number[], semua: [] as number[] };
  let size = 0;
  for (let i = 0; i < RUNS; i++) {
    const sheets = await timed(times.read, () => readXlsxWorkbook(dasar));
    const replan = [{ ...rekap, replace: true as const }];
    await timed(times.rekap, async () => {
      const results = computeResults(replan, sheets);
      return writeXlsx(replan, { dasar, results, created });
    });
    const out = await timed(times.semua, async () => {
      const all = [...iki, ...replan];
      return writeXlsx(all, { dasar, results: computeResults(all, sheets), created });
    });
    size = out.bytes.length;
  }
  const note = `median of ${RUNS}, ${plans.length} sheets (${iki.length} IKI), ${dasar.length} bytes in`;
  return [
    { name: "read IN (readXlsxWorkbook)", value: Math.round(median(times.read)), unit: "ms", note },
    {
      name: "write OUT from IN: rekap replanned, IKI sheets kept",
      value: Math.round(median(times.rekap)),
      unit: "ms",
    },
    {
      name: "write OUT from IN: every IKI sheet superseded + rekap",
      value: Math.round(median(times.semua)),
      unit: "ms",
    },
    { name: "OUT file size", value: size, unit: "bytes" },
  ];
}

// IKI.PERSEN over two 1000 x 1000 ranges (as Excel passes them: 2-D arrays, blanks null) against a
// plain loop summing the same arrays. Goal: the wrapper within 2x of the plain loop.
import "../../test/support/custom-functions-stub";
import { persen } from "../../src/functions/functions";
import type { Figure } from "./types";

const SIZE = 1000;

/** Deterministic numbers with about 5% blanks (an LCG, so runs are comparable). */
function makeRange(seed: number): unknown[][] {
  let x = seed;
  const next = () => (x = (x * 1664525 + 1013904223) >>> 0) / 2 ** 32;
  const rows: unknown[][] = [];
  for (let r = 0; r < SIZE; r++) {
    const row: unknown[] = new Array(SIZE);
    for (let c = 0; c < SIZE; c++) row[c] = next() < 0.05 ? null : Math.floor(next() * 1000);
    rows.push(row);
  }
  return rows;
}

function plainSum(range: unknown[][]): number {
  let s = 0;
  for (let r = 0; r < range.length; r++) {
    const row = range[r];
    for (let c = 0; c < row.length; c++) {
      const v = row[c];
      if (typeof v === "number") s += v;
    }
  }
  return s;
}

const ms = (fn: () => unknown): number => {
  const start = process.hrtime.bigint();
  fn();
  return Number(process.hrtime.bigint() - start) / 1e6;
};
const median = (t: number[]) => [...t].sort((a, b) => a - b)[Math.floor(t.length / 2)];

/**
 * Median milliseconds of both, after warm-up. The runs alternate so that load from other processes on
 * the machine falls on both sides alike.
 */
function timeBoth(a: () => unknown, b: () => unknown, reps: number): [number, number] {
  for (let i = 0; i < 3; i++) {
    a();
    b();
  }
  const ta: number[] = [];
  const tb: number[] = [];
  for (let i = 0; i < reps; i++) {
    ta.push(ms(a));
    tb.push(ms(b));
  }
  return [median(ta), median(tb)];
}

export async function run(): Promise<Figure[]> {
  const pembilang = makeRange(1);
  const penyebut = makeRange(2);
  const cells = 2 * SIZE * SIZE;
  const expected = (plainSum(pembilang) / plainSum(penyebut)) * 100;
  const result = persen(pembilang, penyebut);
  if (result !== expected) throw new Error(`persen gave ${String(result)}, plain loop ${expected}`);

  const reps = 15;
  const [plainMs, persenMs] = timeBoth(
    () => (plainSum(pembilang) / plainSum(penyebut)) * 100,
    () => persen(pembilang, penyebut),
    reps
  );
  const ratio = persenMs / plainMs;
  return [
    {
      name: "IKI.PERSEN wrapper",
      value: Math.round(cells / (persenMs / 1000)),
      unit: "cells/s",
      note: `2 x ${SIZE}x${SIZE}, 5% blank, median of ${reps}, alternating`,
    },
    { name: "plain sum loop", value: Math.round(cells / (plainMs / 1000)), unit: "cells/s" },
    {
      name: "wrapper time / plain loop time",
      value: ratio,
      unit: "x",
      note: ratio <= 2 ? "goal <= 2: met" : "goal <= 2: NOT met",
    },
  ];
}

/** A sheet of the strict fake Excel as Office.js `values` would read it (from A1), for the readers. */
import type { FakeSheet } from "./fake-excel";

export function fakeValues(sheet: FakeSheet): (string | number | boolean | null)[][] {
  const grid: (string | number | boolean | null)[][] = [];
  for (const [address, cell] of sheet.cells) {
    const m = /^([A-Z]+)(\d+)$/.exec(address);
    if (!m) throw new Error(`unexpected address ${address}`);
    const col = [...m[1]].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
    const row = Number(m[2]) - 1;
    while (grid.length <= row) grid.push([]);
    grid[row][col] = cell.value;
  }
  const width = Math.max(...grid.map((r) => r.length));
  return grid.map((r) => Array.from({ length: width }, (_, c) => r[c] ?? null));
}

/**
 * How an IKI sheet prints: A4 landscape, one page wide, the table header repeated on every page,
 * every row at a planned height (so the page estimate holds in any program), and a manual page
 * break that keeps the signature block on one page, led by the last indicator so no page shows
 * signatures under an empty table header.
 */
import { LEBAR_KOLOM, type IkiLayout } from "./layout";
import type { PrintPlan } from "./plan";
import { keepTogether, type PrintGeometry } from "./print-pages";
import type { SheetBuilder } from "./sheet-builder";

/** Height of a row without wrapped text: Excel's default for Calibri 11. */
export const TINGGI_BAWAAN = 15;

/** Gives every row without a planned height the default one, and returns all heights by row. */
function semuaTinggi(b: SheetBuilder): number[] {
  const heights = new Array<number>(b.rowCount).fill(TINGGI_BAWAAN);
  const planned = new Set<number>();
  for (const h of b.rowHeights) {
    heights[h.row - 1] = h.height;
    planned.add(h.row);
  }
  for (let row = 1; row <= b.rowCount; row++) if (!planned.has(row)) b.height(row, TINGGI_BAWAAN);
  return heights;
}

/** The print plan of an IKI sheet; call it when every row of the sheet is planned. */
export function cetakIki(b: SheetBuilder, layout: IkiLayout): PrintPlan {
  const geometry: PrintGeometry = {
    columnWidths: LEBAR_KOLOM,
    heights: semuaTinggi(b),
    orientation: "landscape",
    titleRows: { from: layout.header, to: layout.header + 1 },
  };
  const terakhir = layout.blok[layout.blok.length - 1];
  const putus = keepTogether(
    geometry,
    terakhir?.baris ?? layout.tempat,
    layout.tempat,
    layout.ttdNip
  );
  return {
    orientation: "landscape",
    paper: "A4",
    fitToPagesWide: 1,
    titleRows: `$${layout.header}:$${layout.header + 1}`,
    ...(putus !== undefined ? { rowBreaks: [putus] } : {}),
  };
}

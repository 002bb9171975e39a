/**
 * Heights of the rows of an indicator block: Excel does not autofit rows whose text sits in merged
 * cells, so the planner sizes them from the texts (text-height.ts) and none is cut on screen or paper.
 */
import type { Indikator } from "../catalog/types";
import { KOLOM, LEBAR_KOLOM, type BlokIndikator } from "./layout";
import type { SheetBuilder } from "./sheet-builder";
import { teks } from "./teks";
import { tinggiUntuk, type TeksSel } from "./text-height";

/** Heights: the block's rows together show the merged texts; each row its own formulasi text. */
export function tinggiBlok(b: SheetBuilder, blok: BlokIndikator, ind: Indikator): void {
  const r = blok.baris;
  const rows = blok.akhir - blok.baris + 1;
  const sendiri = [
    tinggiUntuk([
      { text: ind.formulasi, width: LEBAR_KOLOM[KOLOM.formulasi] },
      { text: ind.satuan ?? "", width: LEBAR_KOLOM[KOLOM.satuan] },
      ...(rows === 1 ? merged(ind) : []),
    ]),
  ];
  for (let row = r + 1; row <= blok.akhir; row++) {
    const label = String(b.peek(row, KOLOM.formulasi) ?? "");
    sendiri.push(tinggiUntuk([{ text: label, width: LEBAR_KOLOM[KOLOM.formulasi] }]));
  }
  const perlu = rows > 1 ? tinggiUntuk(merged(ind)) : 0;
  const kurang = perlu - sendiri.reduce((a, x) => a + x, 0);
  if (kurang > 0) sendiri[0] += kurang;
  sendiri.forEach((h, i) => b.height(r + i, h));
}

/** The texts merged over all rows of a block (every wrapped one, so none is cut). */
function merged(ind: Indikator): TeksSel[] {
  const cara = ind.agregasi === "kumulatif" ? teks.agregasi.kumulatif : teks.agregasi.nilaiAkhir;
  const keterangan = ind.polaritas === "negatif" ? teks.polaritasNegatif : "";
  return [
    { text: ind.indikator, width: LEBAR_KOLOM[KOLOM.indikator] },
    { text: ind.sumberData, width: LEBAR_KOLOM[KOLOM.sumberData] },
    { text: ind.kinerja, width: LEBAR_KOLOM[KOLOM.kinerja] },
    { text: cara, width: LEBAR_KOLOM[KOLOM.cara] },
    { text: keterangan, width: LEBAR_KOLOM[KOLOM.keterangan] },
  ];
}

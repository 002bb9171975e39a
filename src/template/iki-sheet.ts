/**
 * The IKI sheet of one jabatan as a plan: kop, identity, tugas, indicator table, notes, signatures.
 * The table's frame is planned here, its rows in iki-rows.ts, the parts around it in iki-frame.ts,
 * the print setup in iki-print.ts.
 */
import type { CatalogIndex } from "../catalog/catalog-index";
import type { Jabatan } from "../catalog/types";
import { catatan, tugasDanFungsi, kopDanIdentitas, SELEBAR, tandaTangan } from "./iki-frame";
import { cetakIki } from "./iki-print";
import { barisIndikator, barisIsian, TRIWULAN } from "./iki-rows";
import { KOLOM, LEBAR_KOLOM, ikiLayout, type BlokIndikator, type IkiLayout } from "./layout";
import { sheetMarker } from "./marker";
import { dikunci, type TemplateOptions } from "./options";
import type { SheetPlan } from "./plan";
import { rect, type Span } from "./rect";
import { SheetBuilder } from "./sheet-builder";
import { gaya, pitaCapaian, warna } from "./styles";
import { teks } from "./teks";

export function planIkiSheet(
  jabatan: Jabatan,
  options: TemplateOptions,
  name: string,
  katalog: CatalogIndex
): SheetPlan {
  const layout = ikiLayout(jabatan);
  const b = new SheetBuilder(LEBAR_KOLOM);

  kopDanIdentitas(b, jabatan, options, katalog);
  tugasDanFungsi(b, jabatan, layout, katalog);
  tabel(b, layout, options);
  catatan(b, layout, options);
  tandaTangan(b, layout, options, katalog);
  const bidang = katalog.listBidang().indexOf(jabatan.bidang);

  return b.build({
    name,
    kind: "iki",
    jabatanId: jabatan.id,
    print: cetakIki(b, layout),
    // The first three columns (No, Kinerja, Indikator) stay in view while scrolling right; rows are
    // not frozen: the table starts below the tugas list, too low for a frozen header to leave room.
    freeze: { rows: 0, columns: 3 },
    tabColor: bidang < 0 ? warna.tabLain : warna.tab[bidang % warna.tab.length],
    protect: dikunci(options),
    marker: sheetMarker({
      v: 1,
      kind: "iki",
      jabatanId: jabatan.id,
      tahun: options.tahun,
      mode: options.mode,
      skala: options.skala,
      baris: layout.blok.map((x) => x.baris),
      katalog: katalog.identity().hash,
    }),
  });
}

/** The indicator table: two header rows, then one block per indicator (or empty rows to fill). */
function tabel(b: SheetBuilder, layout: IkiLayout, options: TemplateOptions): void {
  tabelHeader(b, layout.header);
  const isi: Span = [layout.header + 2, layout.tabelAkhir];
  b.format(rect(isi, SELEBAR), gaya.tabel);
  b.format(rect(isi, KOLOM.no), { horizontalAlignment: "Center" });
  b.format(rect(isi, KOLOM.satuan), { horizontalAlignment: "Center" });
  b.format(rect(isi, [KOLOM.cara, KOLOM.predikat]), { horizontalAlignment: "Center" });
  kinerjaBersama(b, layout.blok);
  for (const blok of layout.blok) {
    if (blok.indikator) barisIndikator(b, blok, blok.indikator, options);
    else barisIsian(b, blok, options);
  }
  b.colourBands(rect(isi, KOLOM.capaian), pitaCapaian(options.skala));
}

function tabelHeader(b: SheetBuilder, h: number): void {
  const kol = teks.kolom;
  const tegak: [number, string][] = [
    [KOLOM.no, kol.no],
    [KOLOM.kinerja, kol.kinerja],
    [KOLOM.indikator, kol.indikator],
    [KOLOM.formulasi, kol.formulasi],
    [KOLOM.sumberData, kol.sumberData],
    [KOLOM.satuan, kol.satuan],
    [KOLOM.target, kol.target],
    [KOLOM.capaian, kol.capaian],
    [KOLOM.predikat, kol.predikat],
    [KOLOM.keterangan, kol.keterangan],
  ];
  for (const [col, label] of tegak) b.mergeWith(rect([h, h + 1], col), label);
  b.mergeWith(rect(h, TRIWULAN), kol.realisasiTriwulan);
  KOLOM.triwulan.forEach((col, i) => b.set(h + 1, col, kol.triwulan[i]));
  b.mergeWith(rect(h, [KOLOM.cara, KOLOM.realisasi]), kol.realisasiSetahun);
  b.set(h + 1, KOLOM.cara, kol.cara);
  b.set(h + 1, KOLOM.realisasi, kol.nilai);
  b.format(rect([h, h + 1], SELEBAR), gaya.header);
  b.height(h, 20);
  b.height(h + 1, 20);
}

/** Consecutive indicators of the same kinerja share one merged Kinerja cell, as in the Keputusan. */
function kinerjaBersama(b: SheetBuilder, blok: BlokIndikator[]): void {
  let i = 0;
  while (i < blok.length) {
    const kinerja = blok[i].indikator?.kinerja;
    let j = i;
    if (kinerja !== undefined) {
      while (j + 1 < blok.length && blok[j + 1].indikator?.kinerja === kinerja) j++;
      b.mergeWith(rect([blok[i].baris, blok[j].akhir], KOLOM.kinerja), kinerja);
    }
    i = j + 1;
  }
}

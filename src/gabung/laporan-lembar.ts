/**
 * The sheet "Laporan penggabungan": the report's lines, one per row in column A, wrapped, a heading
 * row per file. Its marker ({v:1, kind:"laporan", tahun}; parseMarker ignores the kind) lets the next
 * merge of the same year rewrite it in place.
 */
import { MARKER_KEY, markerObject } from "../template/marker";
import type { SheetMarker, SheetPlan } from "../template/plan";
import { rect } from "../template/rect";
import { SheetBuilder } from "../template/sheet-builder";
import { validatePlan } from "../template/validate-plan";
import type { BarisLaporan } from "./laporan-teks";

interface LaporanMarker {
  v: 1;
  kind: "laporan";
  tahun: number;
}

/** Column A's width in characters: a line of the report fits a landscape page. */
const LEBAR = 130;

export function laporanMarker(tahun: number): SheetMarker {
  const marker: LaporanMarker = { v: 1, kind: "laporan", tahun };
  return { key: MARKER_KEY, value: JSON.stringify(marker) };
}

export function parseLaporanMarker(value: string | undefined): LaporanMarker | undefined {
  const m = markerObject(value);
  if (!m || m.kind !== "laporan" || typeof m.tahun !== "number" || !Number.isInteger(m.tahun))
    return undefined;
  return { v: 1, kind: "laporan", tahun: m.tahun };
}

/** The first sheet holding the report of `tahun`, whatever its name. */
export function cariLaporan(
  sheets: { name: string; marker?: string }[],
  tahun: number
): string | undefined {
  return sheets.find((s) => parseLaporanMarker(s.marker)?.tahun === tahun)?.name;
}

/** The report sheet; `replace` rewrites the year's earlier report in place. */
export function planLaporanGabung(
  baris: BarisLaporan[],
  tahun: number,
  name: string,
  replace: boolean
): SheetPlan {
  const b = new SheetBuilder([LEBAR]);
  baris.forEach((x, i) => {
    const row = i + 1;
    b.mergeWrapped(rect(row, 0), x.teks, x.jenis !== "isi");
    if (x.jenis === "judul") b.format(rect(row, 0), { bold: true, fontSize: 12 });
    else if (x.jenis === "berkas") b.format(rect(row, 0), { bold: true, fill: "#DDEBF7" });
    else if (x.jenis === "ringkasan") b.format(rect(row, 0), { bold: true });
  });
  b.format(rect([1, Math.max(baris.length, 1)], 0), { wrap: true, verticalAlignment: "Top" });
  const plan = b.build({
    name,
    kind: "laporan",
    print: { orientation: "landscape", paper: "A4", fitToPagesWide: 1 },
    freeze: { rows: 2, columns: 0 },
    marker: laporanMarker(tahun),
  });
  return validatePlan(replace ? { ...plan, replace: true } : plan);
}

/**
 * A jabatan that lists fungsi shows them under the tugas, exactly like the tugas ("FUNGSI", lettered
 * rows, wrapped heights); everything below moves down by the block, the marker and the rekap follow,
 * and the signatures still print together. Without fungsi (absent or empty) the plan is today's.
 */
import { builtInCatalog } from "../../src/catalog";
import { catalog } from "../support/builtin-catalog";
import type { Jabatan } from "../../src/catalog/types";
import {
  cell,
  ikiLayout,
  KOLOM,
  MARKER_KEY,
  parseMarker,
  rekapSumber,
  type IkiLayout,
  type IkiMarker,
  type SheetPlan,
} from "../../src/template";
import { straddles, type PrintGeometry } from "../../src/template/print-pages";
import { LEBAR_KOLOM } from "../../src/template/layout";
import { MemoryWorkbook } from "../../src/preview/memory-workbook";
import { beda, isi, KOSONG, type Blok } from "./plans";
import { denganFungsi, FUNGSI_UJI, JABATAN_SINTETIS, planSatu } from "./support";

const denganIndikator = catalog.jabatan.find((j) => j.indikator.length > 2) as Jabatan;
const tanpaIndikator = catalog.jabatan.find((j) => j.indikator.length === 0) as Jabatan;
const CONTOH = [catalog.jabatan[0], denganIndikator, tanpaIndikator, JABATAN_SINTETIS];

const heightOf = (p: SheetPlan, row: number) => p.rowHeights.find((h) => h.row === row)?.height;
const merged = (p: SheetPlan, from: number, to: number, row: number) =>
  p.merges.includes(`${cell(row, from)}:${cell(row, to)}`);

describe("a jabatan without fungsi", () => {
  it.each(CONTOH.map((j) => [j.id, j] as const))(
    "%s: absent or empty fungsi give exactly today's layout and plan",
    (_id, j) => {
      expect("fungsi" in ikiLayout(j)).toBe(false);
      expect(ikiLayout({ ...j, fungsi: [] })).toEqual(ikiLayout(j));
      for (const mode of ["iki", "native"] as const)
        expect(planSatu({ ...j, fungsi: [] }, mode)).toEqual(planSatu(j, mode));
    }
  );
});

describe.each(CONTOH.map((j) => [j.id, denganFungsi(j)] as const))("%s with fungsi", (_id, j) => {
  const p = planSatu(j);
  const l = ikiLayout(j);
  const f = l.fungsi as NonNullable<IkiLayout["fungsi"]>;
  const teksDi = (row: number, col: number) => p.cells[row - 1][col];

  it("shows FUNGSI one blank row under the last tugas, then its items lettered a., b., ... in order", () => {
    expect(f).toEqual({
      judul: l.tugasSampai + 2,
      dari: l.tugasSampai + 3,
      sampai: l.tugasSampai + 2 + FUNGSI_UJI.length,
    });
    expect(p.cells[l.tugasSampai].every((c) => c === "")).toBe(true);
    expect(teksDi(f.judul, 0)).toBe("FUNGSI");
    expect(merged(p, 0, 1, f.judul)).toBe(true);
    FUNGSI_UJI.forEach((t, i) => {
      expect([teksDi(f.dari + i, 0), teksDi(f.dari + i, 1)]).toEqual([
        `${String.fromCharCode(97 + i)}.`,
        t,
      ]);
      expect(merged(p, 1, 15, f.dari + i)).toBe(true);
    });
    // The tugas are untouched above it.
    expect(teksDi(l.tugasJudul, 0)).toBe("TUGAS");
    j.tugas.forEach((t, i) => expect(teksDi(l.tugasDari + i, 1)).toBe(t));
  });

  it("styles and sizes the fungsi exactly as the tugas", () => {
    // The same texts as tugas: the rows get the same heights and the same formats.
    const sebagaiTugas = planSatu({ ...j, id: `${j.id}-t`, tugas: FUNGSI_UJI, fungsi: undefined });
    const lt = ikiLayout({ ...j, tugas: FUNGSI_UJI, fungsi: undefined });
    FUNGSI_UJI.forEach((_t, i) =>
      expect(heightOf(p, f.dari + i)).toBe(heightOf(sebagaiTugas, lt.tugasDari + i))
    );
    // The long one wraps: taller than a one-line fungsi.
    expect(heightOf(p, f.dari + 2)).toBeGreaterThan(heightOf(p, f.dari) as number);
    const gaya = (x: SheetPlan, judul: number, n: number) =>
      x.formats
        .filter((g) =>
          [
            `${cell(judul, 0)}:${cell(judul, 1)}`,
            `${cell(judul + 1, 0)}:${cell(judul + n, 0)}`,
            `${cell(judul + 1, 1)}:${cell(judul + n, 15)}`,
          ].includes(g.range)
        )
        .map((g) => g.style);
    expect(gaya(p, f.judul, FUNGSI_UJI.length)).toEqual(
      gaya(sebagaiTugas, lt.tugasJudul, FUNGSI_UJI.length)
    );
    expect(gaya(p, f.judul, FUNGSI_UJI.length)).toHaveLength(3);
  });

  it("moves everything below down by the block, and the table follows", () => {
    const tanpa = ikiLayout({ ...j, fungsi: undefined });
    const geser = FUNGSI_UJI.length + 2;
    const baris = (x: IkiLayout) => [
      x.catatanIsian,
      x.header,
      x.tabelAkhir,
      x.catatanJudul,
      x.tempat,
      x.ttdNama,
      x.ttdNip,
      ...x.blok.flatMap((b) => [b.baris, b.pembilang, b.penyebut, b.akhir]),
    ];
    expect(baris(l)).toEqual(baris(tanpa).map((r) => (r === undefined ? r : r + geser)));
    expect(teksDi(l.header, KOLOM.no)).toBe("No");
    expect(p.print.titleRows).toBe(`$${l.header}:$${l.header + 1}`);
  });

  it("marks its rows, so a rekap finds them even from a catalog jabatan without fungsi", () => {
    const marker = parseMarker(p.marker.value) as IkiMarker;
    expect(p.marker.key).toBe(MARKER_KEY);
    expect(marker.baris).toEqual(l.blok.map((b) => b.baris));
    // Under the catalog's own id (whose layout has no fungsi) the rekap still reads the marked rows.
    const asli = CONTOH.find((x) => j.id === `${x.id}-fungsi`) as Jabatan;
    const sumber = rekapSumber({ ...marker, jabatanId: asli.id }, p.name, builtInCatalog) ?? {
      indikator: [],
    };
    expect(sumber.indikator.map((x) => x.baris)).toEqual(l.blok.map((b) => b.baris));
    expect(l.blok[0].baris).not.toBe(ikiLayout(asli).blok[0].baris);
  });

  it("computes as src/capaian on the moved rows, in both modes", () => {
    for (const mode of ["iki", "native"] as const) {
      const x = planSatu(j, mode);
      const wb = new MemoryWorkbook();
      wb.apply([x]);
      const input = {
        ...KOSONG,
        target: 80,
        tw: [30, 0, 25, null],
        pembilang: [3, 4, null, null],
        penyebut: [10, 5, null, null],
        polaritas: "negatif",
      };
      const blok: Blok[] = l.blok.map((b) => ({ ...b, sheet: x.name }));
      blok.forEach((b) => isi(wb, b, input));
      expect(blok.flatMap((b) => beda(wb, b, input, "lima"))).toEqual([]);
      expect(wb.getValue(x.name, cell(blok[0].baris, KOLOM.capaian))).not.toBe("");
    }
  });
});

describe("printing a jabatan with fungsi", () => {
  /** The Kepala Dinas with 1..24 fungsi: one row longer each, so the signatures meet every page edge. */
  const varian = Array.from({ length: 24 }, (_, i) =>
    denganFungsi(
      { ...catalog.jabatan[0], id: `${catalog.jabatan[0].id}-${i}` },
      Array.from({ length: i + 1 }, (_, n) => FUNGSI_UJI[n % FUNGSI_UJI.length])
    )
  );

  it("keeps the signature block on one page at every plausible scale", () => {
    let dipisah = 0;
    for (const j of varian) {
      const p = planSatu(j);
      const l = ikiLayout(j);
      const heights = Array.from({ length: p.cells.length }, (_, i) => heightOf(p, i + 1) ?? 15);
      const g: PrintGeometry = {
        columnWidths: LEBAR_KOLOM,
        heights,
        orientation: "landscape",
        titleRows: { from: l.header, to: l.header + 1 },
      };
      expect([j.id, straddles(g, l.tempat, l.ttdNip, p.print.rowBreaks ?? [])]).toEqual([
        j.id,
        false,
      ]);
      if (p.print.rowBreaks) dipisah++;
    }
    // Some variant needed the planned break: the check above is not vacuous.
    expect(dipisah).toBeGreaterThan(0);
  });
});

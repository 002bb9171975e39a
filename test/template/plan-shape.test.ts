/** Every plan is well-formed: a rectangular grid, valid addresses inside it, no overlapping merges,
 * every input cell validated, print and freeze set, formulas in the functions each mode allows. */
import { builtInCatalog } from "../../src/catalog";
import { catalog } from "../support/builtin-catalog";
import {
  BARIS_IDENTITAS,
  cell,
  ikiLayout,
  KOLOM,
  MARKER_KEY,
  parseMarker,
  planWorkbook,
  requireA1,
  type A1Range,
  type SheetPlan,
} from "../../src/template";
import { cellAddress, parseA1, rangeHas, rangesOverlap, topLeftCell } from "../../src/template/a1";
import { MemoryWorkbook } from "../../src/preview/memory-workbook";
import { warna } from "../../src/template/styles";
import { JABATAN_SINTETIS, MODES, options, SKALA } from "./support";

const JABATAN = [...catalog.jabatan, JABATAN_SINTETIS];
const PLANS: [string, SheetPlan][] = MODES.flatMap((mode) =>
  SKALA.flatMap((skala) =>
    planWorkbook({
      katalog: builtInCatalog,
      jabatan: JABATAN,
      options: options({ mode, skala }),
      rekap: true,
      existing: [],
    }).map((p): [string, SheetPlan] => [`${mode}/${skala}: ${p.name}`, p])
  )
);

/** A cell or rectangle written top-left corner first, inside the grid (0-based indexes). */
function inside(plan: SheetPlan, a1: string): A1Range {
  const r = parseA1(a1);
  if (!r || r.kind !== "cells") throw new Error(`"${a1}" is not an A1 range`);
  expect([a1, topLeftCell(a1)]).toEqual([a1, a1.split(":")[0].replace(/\$/g, "")]);
  expect(r.lastRow).toBeLessThan(plan.cells.length);
  expect(r.lastColumn).toBeLessThan(plan.cells[0].length);
  return r;
}

/** Text outside string literals of a formula. */
const code = (formula: string) => formula.replace(/"(?:[^"]|"")*"/g, '""');
const functionsOf = (formula: string) =>
  [...code(formula).matchAll(/([A-Z][A-Z0-9.]*)\(/g)].map((m) => m[1]);
const NATIVE = new Set([
  "IF",
  "ISNUMBER",
  "ISERROR",
  "COUNT",
  "SUM",
  "MAX",
  "MIN",
  "ROUND",
  "TRIM",
  "NA",
  "AVERAGE",
]);

function formulas(plan: SheetPlan): string[] {
  return plan.cells.flatMap((row) =>
    row.flatMap((c) => (c !== null && typeof c === "object" ? [c.formula] : []))
  );
}

describe.each(PLANS)("%s", (_label, plan) => {
  it("has a rectangular grid", () => {
    expect(plan.cells.length).toBeGreaterThan(5);
    const width = plan.cells[0].length;
    expect(plan.cells.every((row) => row.length === width)).toBe(true);
    expect(plan.columnWidths.length).toBe(width);
  });

  it("addresses valid A1 ranges inside the grid", () => {
    for (const m of plan.merges) inside(plan, m);
    for (const f of plan.formats) inside(plan, f.range);
    for (const v of plan.validations) inside(plan, v.range);
    for (const v of plan.listValidations ?? []) inside(plan, v.range);
    for (const c of plan.conditionalFormats) inside(plan, c.range);
    for (const h of plan.hyperlinks) inside(plan, h.cell);
    for (const c of plan.charts) {
      const cat = inside(plan, c.categories);
      const val = inside(plan, c.values);
      expect(cat.lastRow - cat.firstRow).toBe(val.lastRow - val.firstRow);
      expect(cat.firstColumn).toBe(cat.lastColumn);
      const tl = parseA1(c.topLeft);
      const br = parseA1(c.bottomRight);
      expect(
        tl &&
          br &&
          br.lastRow > tl.firstRow &&
          br.lastColumn > tl.firstColumn &&
          br.lastColumn < 40 &&
          br.lastRow < 999
      ).toBe(true);
    }
    for (const h of plan.rowHeights) {
      expect(h.row).toBeGreaterThanOrEqual(1);
      expect(h.row).toBeLessThanOrEqual(plan.cells.length);
      expect(h.height).toBeGreaterThan(0);
      expect(h.height).toBeLessThanOrEqual(409);
    }
  });

  it("has no overlapping merges, and text only in the top-left cell of a merge", () => {
    const merges = plan.merges.map(requireA1);
    const salah: string[] = [];
    for (let i = 0; i < merges.length; i++) {
      for (let j = i + 1; j < merges.length; j++)
        if (rangesOverlap(merges[i], merges[j]))
          salah.push(`${plan.merges[i]} overlaps ${plan.merges[j]}`);
      const m = merges[i];
      for (let r = m.firstRow; r <= m.lastRow; r++) {
        for (let c = m.firstColumn; c <= m.lastColumn; c++) {
          if ((r !== m.firstRow || c !== m.firstColumn) && plan.cells[r][c] !== "")
            salah.push(`${cellAddress(r, c)} inside ${plan.merges[i]} holds a value`);
        }
      }
    }
    expect(salah).toEqual([]);
  });

  it("validates every input cell (null) and only input cells", () => {
    const ranges = plan.validations.map((v) => requireA1(v.range));
    const salah: string[] = [];
    plan.cells.forEach((row, r) =>
      row.forEach((value, c) => {
        const covered = ranges.some((x) => rangeHas(x, r, c));
        if (covered !== (value === null))
          salah.push(`${cell(r + 1, c)}: input ${value === null}, validated ${covered}`);
      })
    );
    expect(salah).toEqual([]);
    const inputs = plan.cells.flat().filter((v) => v === null).length;
    expect(plan.kind === "iki" ? inputs > 0 : inputs === 0).toBe(true);
    for (const v of plan.validations) {
      expect(v.min).toBe(0);
      expect(v.prompt.length).toBeGreaterThan(10);
      expect(v.errorMessage.length).toBeGreaterThan(10);
    }
    for (const l of plan.listValidations ?? []) {
      const r = requireA1(l.range);
      expect(l.list).toContain(plan.cells[r.firstRow][r.firstColumn]);
    }
  });

  it("sets print (A4 landscape, one page wide, header rows repeated) and freeze panes", () => {
    expect(plan.print).toMatchObject({ orientation: "landscape", paper: "A4", fitToPagesWide: 1 });
    const m = /^\$(\d+):\$(\d+)$/.exec(plan.print.titleRows ?? "");
    expect(m).not.toBeNull();
    expect(plan.cells[Number((m as RegExpExecArray)[1]) - 1][0]).toBe("No");
    expect(plan.freeze.rows + plan.freeze.columns).toBeGreaterThan(0);
  });

  it("writes en-US formulas in the functions of its mode", () => {
    const mode = plan.marker.value.includes('"mode":"native"') ? "native" : "iki";
    for (const f of formulas(plan)) {
      expect(f.startsWith("=")).toBe(true);
      expect(code(f)).not.toContain(";");
      expect((code(f).match(/\(/g) ?? []).length).toBe((code(f).match(/\)/g) ?? []).length);
      for (const fn of functionsOf(f)) {
        if (mode === "native") expect([f, NATIVE.has(fn)]).toEqual([f, true]);
        else expect([f, NATIVE.has(fn) || fn.startsWith("IKI.")]).toEqual([f, true]);
      }
    }
    if (plan.kind === "iki")
      expect(formulas(plan).some((f) => f.includes("IKI."))).toBe(mode === "iki");
  });

  it("carries a parseable marker within 255 characters", () => {
    expect(plan.marker.key).toBe(MARKER_KEY);
    expect(plan.marker.value.length).toBeLessThanOrEqual(255);
    const m = parseMarker(plan.marker.value);
    expect(m?.kind).toBe(plan.kind);
    if (m?.kind === "iki") expect(m.jabatanId).toBe(plan.jabatanId);
  });
});

describe("IKI sheet contents", () => {
  const kd = planWorkbook({
    katalog: builtInCatalog,
    jabatan: [catalog.jabatan[0]],
    options: options({ tahun: 2031 }),
    rekap: false,
    existing: [],
  })[0];
  const teksSemua = kd.cells.flat().filter((c): c is string => typeof c === "string");

  it("has the kop, the title with the year, identity, tugas, table headers and signature blocks", () => {
    for (const t of [
      "PEMERINTAH KABUPATEN MALANG",
      "DINAS SOSIAL",
      "INDIKATOR KINERJA INDIVIDU TAHUN 2031",
      "Nama",
      "NIP",
      "Pangkat/Gol. Ruang",
      "Jabatan",
      "Unit Kerja",
      "Pejabat Penilai",
      "TUGAS",
      "Realisasi per Triwulan",
      "TW I",
      "TW IV",
      "Capaian (%)",
      "Predikat",
      "Keterangan",
      "Pegawai yang dinilai",
    ]) {
      expect(teksSemua).toContain(t);
    }
    expect(teksSemua).toContain(catalog.jabatan[0].tugas[0]);
    expect(kd.cells[BARIS_IDENTITAS.jabatan - 1][2]).toBe(catalog.jabatan[0].nama);
  });

  it("shows capaian as 0.00 with a literal % and identity values as text", () => {
    const n = cell(ikiLayout(catalog.jabatan[0]).blok[0].baris, KOLOM.capaian);
    expect(kd.formats.some((f) => f.range === n && f.style.numberFormat === '0.00"%"')).toBe(true);
    expect(kd.formats.some((f) => f.range === "C5:G11" && f.style.numberFormat === "@")).toBe(true);
  });

  it("gives a jabatan without indicators five empty rows, stated on the sheet, with a Cara and a polaritas choice", () => {
    const j = catalog.jabatan.find((x) => x.indikator.length === 0)!;
    const plan = planWorkbook({
      katalog: builtInCatalog,
      jabatan: [j],
      options: options(),
      rekap: false,
      existing: [],
    })[0];
    const layout = ikiLayout(j);
    expect(layout.blok).toHaveLength(5);
    const catatan = plan.cells[(layout.catatanIsian as number) - 1][0];
    expect(catatan).toMatch(/tidak memuat indikator/);
    expect(catatan).toMatch(/kolom "Keterangan" pilih polaritas/);
    const lists = plan.listValidations ?? [];
    const pilihan = (items: string[]) =>
      lists.filter((l) => l.list.join() === items.join()).map((l) => l.range);
    expect(pilihan(["kumulatif", "nilai akhir"])).toEqual(
      layout.blok.map((b) => cell(b.baris, KOLOM.cara))
    );
    expect(pilihan(["positif", "negatif"])).toEqual(
      layout.blok.map((b) => cell(b.baris, KOLOM.keterangan))
    );
    expect(lists).toHaveLength(2 * layout.blok.length);
    // Default positif, an input cell (yellow) like the Cara.
    for (const b of layout.blok) {
      expect(plan.cells[b.baris - 1][KOLOM.keterangan]).toBe("positif");
      const gaya = plan.formats.filter((f) => f.range === cell(b.baris, KOLOM.keterangan));
      expect(gaya.at(-1)?.style.fill).toBe(warna.isian);
    }
  });
});

describe("memory workbook keeps identity text as text", () => {
  it.each([
    "=1+1",
    "+62 812 3456",
    "-5",
    "@budi",
    "'kutip",
    "198001012005011001",
    "TRUE",
    "50%",
    "#N/A",
    "1/2/2024",
  ])("%s", (text) => {
    const opts = options({
      identitas: {
        nama: text,
        nip: text,
        pangkatGolongan: text,
        penilaiNama: text,
        penilaiNip: text,
      },
    });
    const wb = new MemoryWorkbook();
    const plan = planWorkbook({
      katalog: builtInCatalog,
      jabatan: [catalog.jabatan[1]],
      options: opts,
      rekap: false,
      existing: [],
    })[0];
    wb.apply([plan]);
    for (const row of Object.values(BARIS_IDENTITAS).filter(
      (r) => r !== BARIS_IDENTITAS.jabatan && r !== BARIS_IDENTITAS.unitKerja
    )) {
      expect(wb.getValue(plan.name, cell(row, 2))).toBe(text);
    }
    // The signature block repeats them through formulas, still as text.
    const ttd = ikiLayout(catalog.jabatan[1]).ttdNama;
    expect(wb.getValue(plan.name, cell(ttd, KOLOM.realisasi))).toBe(text);
    expect(wb.getValue(plan.name, cell(ttd + 1, KOLOM.realisasi))).toBe(`NIP. ${text}`);
  });
});

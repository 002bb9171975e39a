/** The rekap: live references to the IKI sheets, rebuilt over every marked sheet (renamed ones too). */
import { builtInCatalog } from "../../src/catalog";
import * as iki from "../../src/capaian";
import { catalog, getJabatan } from "../support/builtin-catalog";
import { MemoryWorkbookPort } from "../../src/preview/memory-port";
import { MemoryWorkbook } from "../../src/preview/memory-workbook";
import {
  BARIS_HEADER_REKAP,
  cell,
  ikiLayout,
  KOLOM,
  KOLOM_REKAP,
  MARKER_KEY,
  parseMarker,
  planWorkbook,
  rekapSumber,
} from "../../src/template";
import { InsertError } from "../../src/workbook/port";
import { JABATAN_SINTETIS, MODES, options } from "./support";

const KD = "kepala-dinas-sosial";
const SEK = "sekretaris-dinas-sosial";
const KOSONG = "arsiparis";

/** The Lembar column of the rekap, row by row. */
function lembar(wb: MemoryWorkbook, rekap: string): string[] {
  const out: string[] = [];
  for (let r = BARIS_HEADER_REKAP + 1; ; r++) {
    const v = wb.getValue(rekap, cell(r, KOLOM_REKAP.lembar));
    if (typeof v !== "string" || v === "") return out;
    out.push(v);
  }
}

describe.each(MODES)("rekap, mode %s", (mode) => {
  it("is live: a realisasi typed in an IKI sheet changes the rekap's realisasi, capaian, predikat and mean", async () => {
    const port = new MemoryWorkbookPort();
    const res = await port.insert({
      jabatanIds: [KD, SEK, KOSONG],
      options: options({ mode }),
      rekap: true,
    });
    const wb = port.workbook;
    const rekap = res.rekap as string;
    expect(res.created).toEqual([
      "Kepala Dinas Sosial",
      "Sekretaris Dinas Sosial",
      "Arsiparis",
      "Rekap IKI 2025",
    ]);
    expect(lembar(wb, rekap)).toEqual([
      "Kepala Dinas Sosial",
      ...Array(3).fill("Sekretaris Dinas Sosial"),
      ...Array(5).fill("Arsiparis"),
    ]);
    const row = BARIS_HEADER_REKAP + 2; // the Sekretaris' first indicator
    const at = (col: number) => wb.getValue(rekap, cell(row, col));
    expect([
      at(KOLOM_REKAP.realisasi),
      at(KOLOM_REKAP.capaian),
      at(KOLOM_REKAP.predikat),
      at(KOLOM_REKAP.target),
    ]).toEqual(["", "", "", ""]);
    expect(at(KOLOM_REKAP.indikator)).toBe(getJabatan(SEK)!.indikator[0].indikator);
    expect(at(KOLOM_REKAP.jabatan)).toBe(getJabatan(SEK)!.nama);

    const b = ikiLayout(getJabatan(SEK)!).blok[0];
    wb.setCell("Sekretaris Dinas Sosial", cell(b.baris, KOLOM.target), 90);
    wb.setCell("Sekretaris Dinas Sosial", cell(b.pembilang!, KOLOM.triwulan[1]), 45);
    wb.setCell("Sekretaris Dinas Sosial", cell(b.penyebut!, KOLOM.triwulan[1]), 60);
    expect(at(KOLOM_REKAP.target)).toBe(90);
    expect(at(KOLOM_REKAP.realisasi)).toBe(75);
    expect(at(KOLOM_REKAP.capaian)).toBe(iki.capaian(75, 90));
    expect(at(KOLOM_REKAP.predikat)).toBe(iki.predikat(iki.capaian(75, 90)));
    // The summary row of the Sekretaris (second sheet): the mean of its capaian.
    expect(wb.getValue(rekap, cell(BARIS_HEADER_REKAP + 2, KOLOM_REKAP.ringkasanRata))).toBe(
      iki.capaian(75, 90)
    );

    wb.setCell("Sekretaris Dinas Sosial", cell(b.pembilang!, KOLOM.triwulan[2]), 60);
    wb.setCell("Sekretaris Dinas Sosial", cell(b.penyebut!, KOLOM.triwulan[2]), 60);
    expect(at(KOLOM_REKAP.capaian)).toBe(iki.capaian(100, 90));
  });

  it("an empty-row sheet shows in the rekap once the user fills a row", async () => {
    const port = new MemoryWorkbookPort();
    const { rekap } = await port.insert({
      jabatanIds: [KOSONG],
      options: options({ mode }),
      rekap: true,
    });
    const wb = port.workbook;
    const r = ikiLayout(getJabatan(KOSONG)!).blok[1].baris;
    wb.setCell("Arsiparis", cell(r, KOLOM.indikator), "Jumlah arsip tertata");
    wb.setCells("Arsiparis", cell(r, KOLOM.target), [[100, 20, 30, null, null]]);
    const row = BARIS_HEADER_REKAP + 2;
    expect(wb.getValue(rekap!, cell(row, KOLOM_REKAP.indikator))).toBe("Jumlah arsip tertata");
    expect(wb.getValue(rekap!, cell(row, KOLOM_REKAP.capaian))).toBe(50);
    expect(wb.getValue(rekap!, cell(row - 1, KOLOM_REKAP.indikator))).toBe("");
  });
});

describe("rebuilding the rekap", () => {
  it("picks up every marked IKI sheet (renamed too) and ignores unmarked, garbage and rekap markers", async () => {
    const port = new MemoryWorkbookPort();
    const wb = port.workbook;
    wb.addSheet("Lembar1");
    await port.insert({ jabatanIds: [KD, SEK], options: options(), rekap: true });
    wb.renameSheet("Sekretaris Dinas Sosial", "Sekdin O'Brien");
    wb.addSheet("Sampah");
    wb.setProperty("Sampah", MARKER_KEY, "{not json");
    wb.addSheet("Versi Lain");
    wb.setProperty(
      "Versi Lain",
      MARKER_KEY,
      JSON.stringify({ v: 9, kind: "iki", jabatanId: KD, tahun: 2025, mode: "iki", skala: "lima" })
    );
    wb.addSheet("Salinan Tanpa Penanda");
    await port.insert({ jabatanIds: [KOSONG], options: options(), rekap: false });

    const res = await port.rebuildRekap(options({ mode: "native" }));
    // The year's rekap is updated in place, not added again.
    expect(res).toEqual({ created: [], rekap: "Rekap IKI 2025", rekapDiperbarui: true });
    const rekap = res.rekap as string;
    expect([...new Set(lembar(wb, rekap))]).toEqual([
      "Kepala Dinas Sosial",
      "Sekdin O'Brien",
      "Arsiparis",
    ]);
    expect(wb.getFormula(rekap, cell(BARIS_HEADER_REKAP + 2, KOLOM_REKAP.capaian))).toContain(
      "'Sekdin O''Brien'!"
    );

    // Live through the renamed sheet.
    const b = ikiLayout(getJabatan(SEK)!).blok[2];
    wb.setCell("Sekdin O'Brien", cell(b.baris, KOLOM.target), 100);
    wb.setCells("Sekdin O'Brien", cell(b.pembilang!, KOLOM.triwulan[0]), [
      [9, null, null, null],
      [10, null, null, null],
    ]);
    expect(wb.getValue(rekap, cell(BARIS_HEADER_REKAP + 4, KOLOM_REKAP.capaian))).toBe(
      iki.capaian(iki.persen(9, 10), 100)
    );
    expect(wb.sheetNames().filter((n) => n.startsWith("Rekap"))).toEqual(["Rekap IKI 2025"]);
    expect(parseMarker(wb.getProperty(rekap, MARKER_KEY)!)?.kind).toBe("rekap");
  });

  it("plans a rekap over the existing IKI sheets of its own year only when no jabatan is given", () => {
    const ikiMarker = (tahun: number) =>
      JSON.stringify({ v: 1, kind: "iki", jabatanId: KD, tahun, mode: "iki", skala: "lima" });
    const existing = [
      { name: "Punya Budi 2024", marker: ikiMarker(2024) },
      { name: "Punya Budi", marker: ikiMarker(2025) },
      { name: "Punya Budi 2026", marker: ikiMarker(2026) },
      { name: "Lembar2" },
      { name: "Rusak", marker: "]]" },
    ];
    const plans = planWorkbook({
      katalog: builtInCatalog,
      jabatan: [],
      options: options(),
      rekap: true,
      existing,
    });
    expect(plans).toHaveLength(1);
    expect(plans[0].kind).toBe("rekap");
    expect(plans[0].hyperlinks.map((h) => h.sheet)).toEqual(["Punya Budi"]);
    expect(plans[0].charts).toHaveLength(1);
  });

  it("finds the cells from the marker's rows, so a jabatan unknown to the catalog still works", () => {
    const plan = planWorkbook({
      katalog: builtInCatalog,
      jabatan: [JABATAN_SINTETIS],
      options: options(),
      rekap: false,
      existing: [],
    })[0];
    const marker = parseMarker(plan.marker.value);
    expect(marker?.kind).toBe("iki");
    const sumber = rekapSumber(marker as never, "Uji", builtInCatalog);
    expect(sumber?.indikator.map((i) => i.baris)).toEqual(
      ikiLayout(JABATAN_SINTETIS).blok.map((b) => b.baris)
    );
    expect(sumber?.indikator[0].capaian).toBe(
      `'Uji'!${cell(ikiLayout(JABATAN_SINTETIS).blok[0].baris, KOLOM.capaian)}`
    );
    // Without rows, the catalog's layout gives them; without both, nothing.
    expect(
      rekapSumber(
        { v: 1, kind: "iki", jabatanId: KD, tahun: 2025, mode: "iki", skala: "lima" },
        "X",
        builtInCatalog
      )?.indikator.map((i) => i.baris)
    ).toEqual(ikiLayout(catalog.jabatan[0]).blok.map((b) => b.baris));
    expect(
      rekapSumber(
        { v: 1, kind: "iki", jabatanId: "tidak-ada", tahun: 2025, mode: "iki", skala: "lima" },
        "X",
        builtInCatalog
      )
    ).toBeUndefined();
  });

  it("refuses to rebuild a rekap when the workbook has no IKI sheet", async () => {
    const port = new MemoryWorkbookPort();
    port.workbook.addSheet("Lembar1");
    await expect(port.rebuildRekap(options())).rejects.toBeInstanceOf(InsertError);
    expect(await port.listSheets()).toEqual(["Lembar1"]);
  });
});

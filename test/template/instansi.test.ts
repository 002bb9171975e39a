/**
 * What a sheet says about its instansi comes from the catalog in use (issue 12): the built-in
 * catalog's texts are pinned here, and another instansi (Kecamatan Pakisaji 2019) gets its own.
 */
import fs from "node:fs";
import path from "node:path";
import { assertValidCatalog, builtInCatalog, CatalogIndex, type Catalog } from "../../src/catalog";
import { selectJabatan } from "../../src/cli/select";
import { BARIS_IDENTITAS, KOLOM_IDENTITAS, ikiLayout } from "../../src/template/layout";
import { parseMarker, type IkiMarker } from "../../src/template/marker";
import { rekapSumber } from "../../src/template/rekap-source";
import type { SheetPlan } from "../../src/template/plan";
import { validatePlan } from "../../src/template/validate-plan";
import { planWorkbook } from "../../src/template/workbook-plan";
import { MODES, options, SKALA } from "./support";

const text = (plan: SheetPlan, row: number, col = 0) => plan.cells[row - 1][col];
const unitKerja = (plan: SheetPlan) =>
  text(plan, BARIS_IDENTITAS.unitKerja, KOLOM_IDENTITAS.nilaiDari);
const findText = (plan: SheetPlan, re: RegExp) =>
  plan.cells.flat().filter((c): c is string => typeof c === "string" && re.test(c));

function plan(katalog: CatalogIndex, ids: string[]) {
  const jabatan = ids.map((id) => katalog.getJabatan(id)!);
  return planWorkbook({ katalog, jabatan, options: options(), rekap: true, existing: [] });
}

describe("the built-in catalog keeps today's texts", () => {
  const ids = [
    "kepala-dinas-sosial",
    "kepala-sub-bagian-umum-dan-kepegawaian",
    "pengadministrasi-umum-rehabilitasi-sosial",
  ];
  const plans = plan(builtInCatalog, ids);

  it("kop, unit kerja, place of signing and the rekap's title", () => {
    const [kadis, kasubag, pengadm, rekap] = plans;
    expect([text(kadis, 1), text(kadis, 2)]).toEqual([
      "PEMERINTAH KABUPATEN MALANG",
      "DINAS SOSIAL",
    ]);
    expect(unitKerja(kadis)).toBe("Dinas Sosial Kabupaten Malang");
    expect(unitKerja(kasubag)).toBe(
      "Sub Bagian Umum dan Kepegawaian, Sekretariat, Dinas Sosial Kabupaten Malang"
    );
    expect(unitKerja(pengadm)).toBe("Bidang Rehabilitasi Sosial, Dinas Sosial Kabupaten Malang");
    expect(findText(kadis, /^Malang, \.+ 2025$/)).toHaveLength(1);
    expect(text(rekap, 2)).toBe("DINAS SOSIAL KABUPATEN MALANG TAHUN 2025");
    expect(findText(pengadm, /^Keputusan Kepala Dinas Sosial tidak memuat indikator/)).toHaveLength(
      1
    );
  });

  it("one tab colour per bidang, in the catalog's order", () => {
    const byBidang = new Map<string, string | undefined>();
    for (const p of plan(
      builtInCatalog,
      builtInCatalog.jabatan.map((j) => j.id)
    ))
      if (p.kind === "iki")
        byBidang.set(builtInCatalog.getJabatan(p.jabatanId!)!.bidang, p.tabColor);
    expect([...byBidang]).toEqual([
      ["Kepala Dinas", "#1F4E79"],
      ["Sekretariat", "#2E75B6"],
      ["Bidang Perlindungan dan Jaminan Sosial", "#548235"],
      ["Bidang Penanganan Fakir Miskin", "#BF8F00"],
      ["Bidang Rehabilitasi Sosial", "#C55A11"],
      ["Bidang Pemberdayaan Sosial", "#7030A0"],
    ]);
  });

  it.each(MODES.flatMap((mode) => SKALA.map((skala) => [mode, skala] as const)))(
    "every marker (%s, %s) names the catalog, keeps its rows and fits 255 characters",
    (mode, skala) => {
      const all = planWorkbook({
        katalog: builtInCatalog,
        jabatan: builtInCatalog.jabatan,
        options: options({ mode, skala }),
        rekap: true,
        existing: [],
      });
      for (const p of all) {
        expect(p.marker.value.length).toBeLessThanOrEqual(255);
        const m = parseMarker(p.marker.value)!;
        expect(m.katalog).toBe(builtInCatalog.identity().hash);
        if (m.kind === "iki")
          expect(m.baris).toEqual(
            ikiLayout(builtInCatalog.getJabatan(m.jabatanId)!).blok.map((b) => b.baris)
          );
      }
    }
  );
});

describe("another instansi: Kecamatan Pakisaji 2019", () => {
  const data = JSON.parse(
    fs.readFileSync(path.join(__dirname, "../fixtures/katalog/pakisaji-2019.json"), "utf8")
  ) as Catalog;
  // Synthetic, not from the Keputusan (only its first jabatan could be read): the Camat, whose
  // bidang is the pimpinan's, without indicators, to reach the texts of such a sheet.
  const camat = {
    ...data.jabatan[0],
    id: "camat-uji",
    urutan: 2,
    nama: "CAMAT (UJI)",
    bidang: "Camat",
    indikator: [],
  };
  const katalog = new CatalogIndex(
    assertValidCatalog({ ...data, jabatan: [...data.jabatan, camat] })
  );
  const [sekcam, camatPlan, rekap] = plan(katalog, ["sekretaris-kecamatan", "camat-uji"]);

  it("prints its own kop, unit kerja, place of signing and rekap title", () => {
    expect([text(sekcam, 1), text(sekcam, 2)]).toEqual([
      "PEMERINTAH KABUPATEN MALANG",
      "KECAMATAN PAKISAJI",
    ]);
    expect(unitKerja(sekcam)).toBe("Sekretariat, Kecamatan Pakisaji Kabupaten Malang");
    expect(unitKerja(camatPlan)).toBe("Kecamatan Pakisaji Kabupaten Malang");
    expect(findText(sekcam, /^Pakisaji, \.+ 2025$/)).toHaveLength(1);
    expect(findText(camatPlan, /^Keputusan Camat Pakisaji tidak memuat indikator/)).toHaveLength(1);
    expect(text(rekap, 2)).toBe("KECAMATAN PAKISAJI KABUPATEN MALANG TAHUN 2025");
    // "IKI Dinas Sosial" in note 5 is the add-in's product name (manifest), not the instansi.
    const lain = findText(sekcam, /Dinas Sosial|DINAS SOSIAL/).filter(
      (t) => !/add-in IKI Dinas Sosial;/.test(t)
    );
    expect(lain).toEqual([]);
  });

  it("colours tabs by its own bidang and names its catalog on every marker", () => {
    expect([sekcam.tabColor, camatPlan.tabColor]).toEqual(["#1F4E79", "#2E75B6"]);
    for (const p of [sekcam, camatPlan, rekap])
      expect(parseMarker(p.marker.value)?.katalog).toBe(katalog.identity().hash);
    expect(katalog.identity().hash).not.toBe(builtInCatalog.identity().hash);
  });

  it("the command line picks from it: --semua names the file after the instansi", () => {
    const s = selectJabatan({ semua: true, jabatan: [], bidang: [] }, katalog);
    expect(s).toEqual(expect.objectContaining({ slug: "kecamatan-pakisaji" }));
    expect(
      selectJabatan({ semua: false, jabatan: ["sekretaris dinas"], bidang: [] }, katalog)
    ).toEqual({
      galat: expect.stringMatching(/Jabatan tidak dikenal: "sekretaris dinas"/),
    });
  });
});

test("validatePlan refuses a marker Excel would cut", () => {
  const [p] = plan(builtInCatalog, ["kepala-dinas-sosial"]);
  expect(() => validatePlan({ ...p, marker: { ...p.marker, value: "x".repeat(256) } })).toThrow(
    /marker of "Kepala Dinas Sosial" over 255 characters: 256/
  );
});

describe("a rekap over sheets of another revision of the catalog", () => {
  const [sheet] = plan(builtInCatalog, ["kepala-sub-bagian-umum-dan-kepegawaian"]);
  const marker = parseMarker(sheet.marker.value);
  const revisi = new CatalogIndex({ ...builtInCatalog.catalog, nomor: "188.4/99/KEP/2025" });

  it("keeps the bidang from the catalog in use and the rows from the sheet's marker", () => {
    const s = rekapSumber(marker as IkiMarker, "Kasubag", revisi);
    expect(s?.bidang).toBe("Sekretariat");
    expect(s?.indikator.map((i) => i.baris)).toEqual((marker as IkiMarker).baris);
  });

  it("never takes rows from another catalog's layout", () => {
    const tanpaBaris = { ...(marker as IkiMarker), baris: undefined };
    expect(rekapSumber(tanpaBaris, "Kasubag", revisi)).toBeUndefined();
    expect(rekapSumber(tanpaBaris, "Kasubag", builtInCatalog)?.bidang).toBe("Sekretariat");
  });
});

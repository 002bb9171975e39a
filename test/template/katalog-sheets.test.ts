/**
 * The catalog's sheets as plans: the editable tables (export) and the hidden stored catalog, read
 * back from the values a workbook gives (SheetValues), checked by signature and hash.
 */
import { builtInCatalog, canonicalJson } from "../../src/catalog";
import { catalogToTables, tablesToCatalog } from "../../src/catalog/tabel";
import type { CatalogTable, SheetValues } from "../../src/catalog/tabel/types";
import {
  BARIS_TAMBAHAN,
  MARKER_KEY,
  NAMA_KATALOG_TERSIMPAN,
  katalogSheetsForImport,
  parseKatalogMarker,
  parseMarker,
  planKatalogSheets,
  planStoredCatalog,
  planWorkbook,
  readStoredCatalog,
} from "../../src/template";
import { potongBagian, PANJANG_BAGIAN } from "../../src/template/katalog-tersimpan";
import type { SheetPlan } from "../../src/template/plan";
import { validatePlan } from "../../src/template/validate-plan";
import { teks } from "../../src/template/teks";
import { options } from "./support";
import { MemoryWorkbook } from "../../src/preview/memory-workbook";

const jabatan: CatalogTable = {
  sheet: "Jabatan",
  petunjuk: "Satu baris per jabatan.",
  header: ["Urutan", "Id", "Nama", "Bidang"],
  rows: [
    [1, "kepala", "KEPALA", "Kepala Dinas"],
    [2, "=sekretaris", "SEKRETARIS", null],
  ],
  widths: [8, 20, 40, 30],
  lists: [],
  textColumns: [1, 2, 3],
};
const indikator: CatalogTable = {
  sheet: "Indikator",
  petunjuk: "Satu baris per indikator.",
  header: ["Id Jabatan", "Jenis", "Polaritas"],
  rows: [["kepala", "persen", "positif"]],
  widths: [20, 12, 12],
  lists: [
    { column: 1, values: ["persen", "penurunan", "jumlah"] },
    { column: 2, values: ["positif", "negatif"] },
  ],
  textColumns: [0],
};

/** The plan's grid as the values a workbook would give back. */
const values = (plan: SheetPlan): SheetValues => ({
  name: plan.name,
  values: plan.cells.map((row) => row.map((c) => (c !== null && typeof c === "object" ? null : c))),
});

describe("planKatalogSheets", () => {
  it("writes each table under its own name: petunjuk, styled frozen header, data, text formats and drop-downs below the data", () => {
    const [j, i] = planKatalogSheets([jabatan, indikator], []);
    expect([j.name, i.name]).toEqual(["Jabatan", "Indikator"]);
    expect(j.kind).toBe("katalog");
    expect(j.cells[0][0]).toBe("Satu baris per jabatan.");
    expect(j.merges).toContain("A1:D1");
    expect(j.cells[1]).toEqual(jabatan.header);
    expect(j.cells[2]).toEqual([1, "kepala", "KEPALA", "Kepala Dinas"]);
    // An empty cell is written empty, and a text starting with "=" stays plain text.
    expect(j.cells[3]).toEqual([2, "=sekretaris", "SEKRETARIS", ""]);
    expect(j.freeze).toEqual({ rows: 2, columns: 0 });
    expect(j.columnWidths).toEqual([8, 20, 40, 30]);
    expect(j.formats.find((f) => f.range === "A2:D2")?.style.bold).toBe(true);
    const akhir = 4 + BARIS_TAMBAHAN;
    for (const col of ["B", "C", "D"])
      expect(j.formats).toContainEqual({
        range: `${col}3:${col}${akhir}`,
        style: { numberFormat: "@" },
      });
    expect(j.formats.some((f) => f.range.startsWith("A3:A"))).toBe(false);
    expect(i.listValidations?.map((v) => [v.range, v.list])).toEqual([
      [`B3:B${3 + BARIS_TAMBAHAN}`, ["persen", "penurunan", "jumlah"]],
      [`C3:C${3 + BARIS_TAMBAHAN}`, ["positif", "negatif"]],
    ]);
    expect(i.listValidations?.[0].errorMessage).toMatch(/Jenis.*persen, penurunan, jumlah/);
    expect(parseKatalogMarker(i.marker.value)).toEqual({
      v: 1,
      kind: "katalog",
      tabel: "Indikator",
    });
    expect(parseMarker(i.marker.value)).toBeUndefined();
  });

  it("on a clash takes another name, which its marker maps back to the table for the import", () => {
    const user = { name: "JABATAN" };
    const [j] = planKatalogSheets([jabatan], [user]);
    expect(j.name).toBe("Jabatan (2)");
    const sheets: SheetValues[] = [
      { name: "JABATAN", values: [["milik pengguna"]] },
      values(j),
      { name: "Lain", values: [] },
    ];
    const existing = [user, { name: j.name, marker: j.marker.value }, { name: "Lain" }];
    const forImport = katalogSheetsForImport(sheets, existing);
    // Both claim the table Jabatan, in workbook order: the import reports them (never a silent choice).
    expect(forImport.map((s) => [s.name, s.lembar])).toEqual([
      ["JABATAN", undefined],
      ["Jabatan", "Jabatan (2)"],
      ["Lain", undefined],
    ]);
    expect(forImport[1].values[2][1]).toBe("kepala");
    // Without markers (a file re-saved by LibreOffice) "Jabatan (2)" still claims Jabatan by its name.
    expect(katalogSheetsForImport(sheets, []).map((s) => s.lembar)).toEqual([
      undefined,
      "Jabatan (2)",
      undefined,
    ]);
  });

  it("two sheets claiming one table are an import problem naming both, marked or not", () => {
    const tables = catalogToTables(builtInCatalog.catalog);
    const first = planKatalogSheets(tables, []);
    const second = planKatalogSheets(
      tables,
      first.map((p) => ({ name: p.name }))
    );
    const read = [...first, ...second].map(values);
    for (const existing of [
      [...first, ...second].map((p) => ({ name: p.name, marker: p.marker.value })),
      [],
    ]) {
      const { catalog, masalah } = tablesToCatalog(katalogSheetsForImport(read, existing));
      expect(catalog).toBeUndefined();
      const ganda = masalah.filter((m) => /sama-sama berisi tabel/.test(m.pesan));
      expect(ganda.map((m) => m.sheet)).toEqual([
        "Instansi (2)",
        "Jabatan (2)",
        "Tugas (2)",
        "Fungsi (2)",
        "Indikator (2)",
      ]);
      expect(ganda[1].pesan).toContain('"Jabatan" dan "Jabatan (2)"');
      expect(ganda[1].perbaikan).toMatch(/^Hapus atau ganti nama salah satunya/);
    }
  });

  it("refuses a table without columns", () => {
    expect(() => planKatalogSheets([{ ...jabatan, header: [] }], [])).toThrow(/no columns/);
  });
});

describe("the stored catalog", () => {
  const catalog = builtInCatalog.catalog;

  it("is one very hidden sheet holding the identity and the canonical JSON in chunks within the cell limit", () => {
    const plan = planStoredCatalog(catalog, []);
    expect(plan.name).toBe(NAMA_KATALOG_TERSIMPAN);
    expect(plan.visibility).toBe("veryHidden");
    expect(plan.kind).toBe("katalog-tersimpan");
    expect(plan.replace).toBeUndefined();
    const id = builtInCatalog.identity();
    expect(plan.cells.slice(1, 5).map((r) => r[1])).toEqual([
      id.instansi,
      id.nomor,
      id.tahun,
      id.hash,
    ]);
    const chunks = plan.cells.slice(6).map((r) => r[1] as string);
    expect(chunks.length).toBe(plan.cells[5][1]);
    expect(chunks.length).toBeGreaterThan(1);
    expect(chunks.every((c) => c.length <= PANJANG_BAGIAN)).toBe(true);
    expect(chunks.join("")).toBe(canonicalJson(catalog));
    const marker = parseKatalogMarker(plan.marker.value);
    expect(marker).toEqual({ v: 1, kind: "katalog-tersimpan", katalog: id.hash });
    expect(plan.marker.value.length).toBeLessThanOrEqual(255);
  });

  it("reads back equal, and is superseded (never replaced in place) when the workbook has it (by marker, or by name when signed)", () => {
    const plan = planStoredCatalog(catalog, []);
    expect(readStoredCatalog([{ name: "Lain", values: [] }, values(plan)])).toEqual({
      catalog,
      riwayat: [],
    });
    const byMarker = planStoredCatalog(catalog, [{ name: "Disimpan", marker: plan.marker.value }]);
    expect([byMarker.name, byMarker.replace, byMarker.supersedes]).toEqual([
      "Disimpan",
      undefined,
      ["Disimpan"],
    ]);
    // A re-save by LibreOffice drops the marker; the port read the signature in A1.
    const signed = planStoredCatalog(catalog, [{ name: "iki-katalog", tersimpan: true }]);
    expect([signed.name, signed.supersedes]).toEqual(["iki-katalog", ["iki-katalog"]]);
    // Every signed or marked sheet is superseded; the new one takes the name of the last (the one read).
    const two = planStoredCatalog(catalog, [
      { name: "IKI-Katalog", tersimpan: true },
      { name: "Lain" },
      { name: "IKI-Katalog (2)", marker: plan.marker.value },
    ]);
    expect([two.name, two.supersedes]).toEqual([
      "IKI-Katalog (2)",
      ["IKI-Katalog", "IKI-Katalog (2)"],
    ]);
  });

  it("never replaces a user's own sheet of its name: it goes beside it, under a new name", () => {
    const own = planStoredCatalog(catalog, [{ name: "iki-katalog" }, { name: "IKI-Katalog (2)" }]);
    expect([own.name, own.replace, own.supersedes]).toEqual([
      "IKI-Katalog (3)",
      undefined,
      undefined,
    ]);
    const existing = [
      { name: "IKI-Katalog" },
      { name: "IKI-Katalog (2)", tersimpan: true as const },
    ];
    const ours = planStoredCatalog(catalog, existing);
    expect([ours.name, ours.supersedes]).toEqual(["IKI-Katalog (2)", ["IKI-Katalog (2)"]]);
    // planWorkbook passes the flags on: an insert that stores the catalog keeps the rule too.
    const input = { katalog: builtInCatalog, jabatan: [], options: options(), rekap: false };
    const plans = planWorkbook({
      ...input,
      existing: [{ name: "IKI-Katalog" }],
      katalogTersimpan: true,
    });
    expect(plans.map((p) => p.name)).toEqual(["IKI-Katalog (2)"]);
  });

  it("is read from the signed sheets named as it, the last when several (the newest)", () => {
    const other = { ...catalog, instansi: { ...catalog.instansi, nama: "Dinas Lain" } };
    const first = values(planStoredCatalog(catalog, []));
    const second = { ...values(planStoredCatalog(other, [])), name: "IKI-Katalog (2)" };
    const own = { name: "IKI-Katalog (3)", values: [["Catatan saya"]] };
    expect(readStoredCatalog([first, second, own])).toEqual({ catalog: other, riwayat: [] });
    expect(readStoredCatalog([second, first])).toEqual({ catalog, riwayat: [] });
    // A signed sheet under any other name is not the stored catalog.
    expect(readStoredCatalog([{ ...second, name: "Salinan" }])).toBeUndefined();
  });

  it('says what it is in words a civil servant knows: no "hash" in its text, what to do instead', () => {
    const plan = planStoredCatalog(catalog, []);
    const texts = plan.cells.slice(0, 6).flatMap((r) => r.filter((c) => typeof c === "string"));
    expect(texts.join("\n")).not.toMatch(/hash/i);
    expect(texts.join("\n")).toMatch(/di luar add-in tidak dipakai lagi/);
  });

  it("is absent without the sheet or its signature, and refused when altered or cut", () => {
    const plan = values(planStoredCatalog(catalog, []));
    expect(readStoredCatalog([])).toBeUndefined();
    const unsigned = { ...plan, values: [["bukan tanda"], ...plan.values.slice(1)] };
    expect(readStoredCatalog([unsigned])).toBeUndefined();
    const altered = structuredClone(plan);
    altered.values[6][1] = (altered.values[6][1] as string).replace("Dinas Sosial", "Dinas Sosiai");
    // Said as a civil servant knows it: changed outside the add-in (no "hash").
    expect(readStoredCatalog([altered])).toEqual({
      masalah: expect.stringMatching(/isinya sudah diubah di luar add-in IKI/),
      sebab: teks.katalog.tersimpan.sebab.hash,
    });
    expect(JSON.stringify(readStoredCatalog([altered]))).not.toMatch(/hash/i);
    const cut = structuredClone(plan);
    cut.values.pop();
    expect(readStoredCatalog([cut])).toEqual({
      masalah: expect.stringMatching(/jumlah bagian/),
      sebab: teks.katalog.tersimpan.sebab.bagian,
    });
    const broken = structuredClone(plan);
    broken.values[6][1] = "{";
    expect(readStoredCatalog([broken])).toEqual({
      masalah: expect.stringMatching(/bukan JSON/),
      sebab: teks.katalog.tersimpan.sebab.json,
    });
    const invalid = structuredClone(plan);
    invalid.values[5][1] = 1;
    invalid.values[6][1] = JSON.stringify({ ...catalog, tahun: "dua ribu" });
    invalid.values.length = 7;
    expect(readStoredCatalog([invalid])).toEqual({
      masalah: expect.stringMatching(/tidak valid: .*tahun/),
      sebab: expect.stringMatching(/^tidak valid: .*tahun/),
    });
  });

  it("never cuts a character in two", () => {
    const text = "a".repeat(9) + "😀" + "b".repeat(5);
    const parts = potongBagian(text, 10);
    expect(parts.join("")).toBe(text);
    expect(parts[0]).toBe("a".repeat(9));
    expect(parts.every((p) => p.length <= 10)).toBe(true);
  });

  it("a hidden sheet with frozen panes is refused by the plan check", () => {
    const plan = planStoredCatalog(catalog, []);
    expect(() => validatePlan({ ...plan, freeze: { rows: 1, columns: 0 } })).toThrow(/hidden/);
    expect(() => validatePlan({ ...plan, visibility: "hidden" as "veryHidden" })).toThrow(
      /visibility/
    );
  });

  it("planWorkbook adds it on request, after the sheets, with a name of its own", () => {
    const jab = builtInCatalog.jabatan.slice(0, 1);
    const input = {
      katalog: builtInCatalog,
      jabatan: jab,
      options: options(),
      rekap: true,
      existing: [],
    };
    expect(planWorkbook(input).map((p) => p.kind)).toEqual(["iki", "rekap"]);
    const plans = planWorkbook({ ...input, katalogTersimpan: true });
    expect(plans.map((p) => p.kind)).toEqual(["iki", "rekap", "katalog-tersimpan"]);
    expect(plans[2].marker.key).toBe(MARKER_KEY);
    expect(readStoredCatalog(plans.map(values))).toEqual({
      catalog: builtInCatalog.catalog,
      riwayat: [],
    });
  });
});

describe("the in-memory workbook of the preview", () => {
  it("keeps the stored catalog out of the tabs, refuses to activate it, and lists it with the sheets", () => {
    const wb = new MemoryWorkbook();
    wb.addSheet("Sheet1");
    wb.apply(planKatalogSheets([jabatan], wb.sheets()));
    wb.apply([planStoredCatalog(builtInCatalog.catalog, wb.sheets())]);
    expect(wb.sheetNames()).toEqual(["Sheet1", "Jabatan", NAMA_KATALOG_TERSIMPAN]);
    expect(wb.visibleSheetNames()).toEqual(["Sheet1", "Jabatan"]);
    expect(() => wb.activate(NAMA_KATALOG_TERSIMPAN)).toThrow(/hidden/);
    expect(wb.getValue(NAMA_KATALOG_TERSIMPAN, "A1")).toBe("IKI-KATALOG-TERSIMPAN v1");
  });
});

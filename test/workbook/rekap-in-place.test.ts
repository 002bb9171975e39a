/**
 * The Office.js adapter on the strict fake Excel, with the real planner: the year's rekap is
 * rewritten in place (cleared first: a leftover merge would collide, a second chart would stay),
 * keeps its position and the user's name, and a failed rewrite says to run it again. Plus an
 * insert that asks about a year's IKI sheets (more in sudah-ada.test.ts) and activateSheet.
 */
import { catalog, jabatanInBidang } from "../support/builtin-catalog";
import { parseMarker } from "../../src/template";
import { ExcelWorkbook } from "../../src/workbook/excel-adapter";
import { InsertError } from "../../src/workbook/port";
import { FakeExcel, type FakeExcelOptions, type FakeSheet } from "../support/fake-excel";
import { options } from "../template/support";

const SEKRETARIAT = jabatanInBidang("Sekretariat").map((j) => j.id);
const KD = "kepala-dinas-sosial";
/** A jabatan with no sheet in these tests. */
const LAIN = jabatanInBidang("Bidang Perlindungan dan Jaminan Sosial")[0].id;

function setup(fakeOptions: FakeExcelOptions = {}) {
  const fake = new FakeExcel({
    sheets: [{ name: "Data Lama", cells: { A1: "x" } }],
    ...fakeOptions,
  });
  const workbook = new ExcelWorkbook({ run: fake.run, isSetSupported: fake.isSetSupported });
  return { fake, workbook };
}

/** What the sheet ends up holding, to compare a rewritten rekap with a freshly made one. */
function content(sheet: FakeSheet) {
  return {
    cells: [...sheet.cells].sort(),
    numberFormats: [...sheet.numberFormats].sort(),
    cellFormats: [...sheet.cellFormats].sort(),
    borders: [...sheet.borderLines].sort(),
    merges: [...sheet.merges].sort(),
    validations: sheet.validations.length,
    conditionalFormats: sheet.conditionalFormats,
    charts: sheet.charts,
    hyperlinks: [...sheet.hyperlinks].sort(),
    rowHeights: [...sheet.rowHeights].sort(),
    columnWidths: [...sheet.columnWidths].sort(),
    pageLayout: sheet.pageLayout,
    freeze: sheet.freeze,
  };
}

const rekaps = (fake: FakeExcel) =>
  fake.sheets.filter((s) => {
    const m = s.customProperties.get("iki-dinsos")?.value;
    return m !== undefined && parseMarker(m)?.kind === "rekap";
  });

describe("ExcelWorkbook: the rekap rewritten in place", () => {
  it("rebuilt twice: one rekap, same position, the user's name, contents as a fresh rekap", async () => {
    const { fake, workbook } = setup();
    await workbook.insert({ jabatanIds: SEKRETARIAT, options: options(), rekap: true });
    fake.sheet("Rekap IKI 2025")!.name = "Rekap Kantor";
    fake.addSheet("Catatan");
    await workbook.insert({ jabatanIds: [KD], options: options(), rekap: false });
    const position = fake.sheetNames.indexOf("Rekap Kantor");

    const syncsBefore = fake.syncCount;
    const first = await workbook.rebuildRekap(options({ mode: "native" }));
    expect(first).toEqual({ created: [], rekap: "Rekap Kantor", rekapDiperbarui: true });
    expect(fake.syncCount - syncsBefore).toBe(3); // names, markers (and charts), write
    const second = await workbook.rebuildRekap(options({ mode: "native" }));
    expect(second.rekap).toBe("Rekap Kantor");

    expect(rekaps(fake).map((s) => s.name)).toEqual(["Rekap Kantor"]);
    expect(fake.sheetNames.indexOf("Rekap Kantor")).toBe(position);
    expect(fake.deletedSheets).toEqual([]);
    const rekap = fake.sheet("Rekap Kantor")!;
    expect(parseMarker(rekap.customProperties.get("iki-dinsos")!.value)).toMatchObject({
      kind: "rekap",
      mode: "native",
    });
    // Updated: the Kepala Dinas inserted after the first rekap is linked.
    expect(
      [...rekap.hyperlinks.values()].map((h) => (h as { textToDisplay: string }).textToDisplay)
    ).toContain("Kepala Dinas Sosial");

    // The same as a rekap made from scratch over the same workbook.
    const fresh = setup();
    fresh.fake.sheets.splice(0, 1);
    for (const s of fake.sheets.filter((x) => !rekaps(fake).includes(x))) {
      const copy = fresh.fake.addSheet(s.name);
      for (const [k, v] of s.customProperties) copy.customProperties.set(k, v);
    }
    await fresh.workbook.rebuildRekap(options({ mode: "native" }));
    const made = fresh.fake.sheet("Rekap IKI 2025")!;
    expect(content(rekap)).toEqual(content(made));
    expect(rekap.charts).toHaveLength(1);
  });

  it("an insert with a rekap updates the year's rekap, and only that one", async () => {
    const { fake, workbook } = setup({
      sheets: [
        { name: "Data Lama", cells: { A1: "x" } },
        {
          name: "Rekap 2024",
          marker: JSON.stringify({ v: 1, kind: "rekap", tahun: 2024, mode: "iki", skala: "lima" }),
          cells: { A1: "rekap lama" },
        },
      ],
    });
    await workbook.insert({ jabatanIds: SEKRETARIAT, options: options(), rekap: true });
    const res = await workbook.insert({ jabatanIds: [KD, LAIN], options: options(), rekap: true });
    expect(res).toEqual({
      created: ["Kepala Dinas Sosial", expect.any(String)],
      rekap: "Rekap IKI 2025",
      rekapDiperbarui: true,
    });
    expect(rekaps(fake).map((s) => s.name)).toEqual(["Rekap 2024", "Rekap IKI 2025"]);
    expect(fake.touchedExisting.map((o) => o.sheet)).toEqual([]);
    expect(fake.sheet("Rekap 2024")!.cells.get("A1")).toEqual({
      kind: "text",
      value: "rekap lama",
    });
    const linked = [...fake.sheet("Rekap IKI 2025")!.hyperlinks.values()].map(
      (h) => (h as { textToDisplay: string }).textToDisplay
    );
    expect(new Set(linked)).toEqual(
      new Set([...fake.sheetNames.slice(2)].filter((n) => !n.startsWith("Rekap")))
    );
  });

  it("clears what an old rekap held beyond the new one (cells, merges, validations, charts)", async () => {
    const { fake, workbook } = setup();
    await workbook.insert({
      jabatanIds: catalog.jabatan.slice(0, 6).map((j) => j.id),
      options: options(),
      rekap: true,
    });
    const rekap = fake.sheet("Rekap IKI 2025")!;
    rekap.cells.set("Z500", { kind: "text", value: "sisa" });
    rekap.validations.push({ address: "Z1:Z9", property: "rule", value: {} });
    rekap.rowHeights.set(299, 80);
    rekap.columnWidths.set(25, 300);
    // Fewer sheets now: the old rows below the new table must go.
    for (const s of fake.sheets.slice(2, 6)) s.customProperties.clear();
    await workbook.rebuildRekap(options());
    expect(rekap.cells.has("Z500")).toBe(false);
    expect(rekap.validations).toEqual([]);
    expect(rekap.rowHeights.has(299)).toBe(false);
    expect(rekap.columnWidths.has(25)).toBe(false);
    expect(rekap.charts).toHaveLength(1);
    expect(fake.operations.some((o) => o.member === "delete" && o.target === "Chart")).toBe(true);
  });

  it("a failed rewrite deletes no sheet and says to run it again", async () => {
    const { fake, workbook } = setup();
    await workbook.insert({ jabatanIds: SEKRETARIAT, options: options(), rekap: true });
    const failing = new ExcelWorkbook({
      run: fake.run,
      isSetSupported: fake.isSetSupported,
    });
    fake.options.failOn = { sheet: "Rekap IKI 2025", member: "formulas" };
    const names = [...fake.sheetNames];
    const e = await failing.rebuildRekap(options()).catch((x: unknown) => x);
    expect(e).toBeInstanceOf(InsertError);
    expect((e as Error).message).toMatch(/rekap/i);
    expect((e as Error).message).toMatch(/lagi/);
    expect((e as Error).message).not.toMatch(/kembali seperti sebelumnya/);
    expect(fake.sheetNames).toEqual(names);
    // The marker stays, so running it again finds the same sheet and completes it.
    fake.options.failOn = [];
    const again = await failing.rebuildRekap(options());
    expect(again).toMatchObject({ rekap: "Rekap IKI 2025", rekapDiperbarui: true });
    expect(rekaps(fake)).toHaveLength(1);
  });
});

describe("ExcelWorkbook: a year's IKI sheets and activateSheet", () => {
  it("an insert that asks finds the IKI sheets of a jabatan and year in two syncs, renamed ones too", async () => {
    const { fake, workbook } = setup();
    await workbook.insert({ jabatanIds: [KD, ...SEKRETARIAT], options: options(), rekap: false });
    fake.sheet("Kepala Dinas Sosial")!.name = "KD Bu Siti";
    const before = fake.syncCount;
    const names = [...fake.sheetNames];
    const tanya = { rekap: false, sudahAda: "tanya" } as const;
    expect(await workbook.insert({ jabatanIds: [KD, LAIN], options: options(), ...tanya })).toEqual(
      {
        created: [],
        ada: [{ name: "KD Bu Siti", jabatanId: KD }],
      }
    );
    expect(fake.syncCount - before).toBe(2);
    expect(fake.sheetNames).toEqual(names); // nothing written
    const otherYear = await workbook.insert({
      jabatanIds: [KD],
      options: options({ tahun: 2024 }),
      ...tanya,
    });
    expect(otherYear.ada).toBeUndefined();
    expect(otherYear.created).toHaveLength(1);
  });

  it("activates a sheet, and says so in Bahasa Indonesia when it is gone", async () => {
    const { fake, workbook } = setup();
    await workbook.activateSheet("Data Lama");
    expect(fake.operations.some((o) => o.member === "activate" && o.sheet === "Data Lama")).toBe(
      true
    );
    await expect(workbook.activateSheet("Hilang")).rejects.toThrow(
      /Lembar "Hilang" tidak ditemukan/
    );
  });

  it("reports a read failure as an InsertError with the Excel code", async () => {
    const fake = new FakeExcel();
    const workbook = new ExcelWorkbook({
      run: async () => {
        throw Object.assign(new Error("x"), { code: "GeneralException" });
      },
      isSetSupported: fake.isSetSupported,
    });
    await expect(
      workbook.insert({ jabatanIds: [KD], options: options(), rekap: false, sudahAda: "tanya" })
    ).rejects.toThrow(/GeneralException/);
    await expect(workbook.activateSheet("A")).rejects.toThrow(/GeneralException/);
  });
});

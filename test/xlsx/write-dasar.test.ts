/**
 * Writing OUT from IN (writeXlsx with `dasar`, src/xlsx/write-dasar.ts): a user's own sheets kept
 * (data, formats, validation, merge, defined name, protection, note), supersede and replace keep
 * the tab position, markers of kept sheets kept or renewed, the stored catalog stays very hidden,
 * the kept rekap's links stay inside the workbook, and the cached results see kept sheets.
 */
import JSZip from "jszip";
import type { SheetPlan } from "../../src/template/plan";
import { computeResults } from "../../src/xlsx/cached-values";
import { readSheetLinks } from "../../src/xlsx/package-parts";
import { readXlsxWorkbook } from "../../src/xlsx/read-workbook";
import { writeXlsx } from "../../src/xlsx/write-workbook";
import { CREATED, cliPlans, userFile } from "./dasar-support";
import { readWorkbook } from "./support";

const plans = cliPlans();
const [satu, dua, rekap, katalog] = plans;

/** The plan with its first text cell changed, so a rewrite shows. */
function changed(plan: SheetPlan, extra: Partial<SheetPlan>): SheetPlan {
  const cells = plan.cells.map((row) => [...row]);
  cells[0][0] = "DITULIS ULANG";
  return { ...plan, cells, ...extra };
}

const write = async (dasar: Uint8Array, p: SheetPlan[], more = {}) =>
  writeXlsx(p, { dasar, created: CREATED, results: computeResults(plans), ...more });

/** The relationships of every worksheet that are hyperlinks (ExcelJS's external kind). */
async function hyperlinkRels(bytes: Uint8Array): Promise<string[]> {
  const zip = await JSZip.loadAsync(bytes);
  const rels = zip.file(/xl\/worksheets\/_rels\/.*\.rels$/);
  const texts = await Promise.all(rels.map((f) => f.async("string")));
  return texts.flatMap((t) => t.match(/<Relationship [^>]*relationships\/hyperlink"[^>]*>/g) ?? []);
}

describe("writeXlsx with dasar", () => {
  let user: Uint8Array;
  /** The user's file with the CLI's sheets added at the end. */
  let masuk: Uint8Array;
  beforeAll(async () => {
    user = await userFile();
    const first = await write(user, plans);
    expect(first.hilang).toEqual([]);
    masuk = first.bytes;
  });

  it("adds new plans at the end of the user's file, keeping the user's sheets", async () => {
    const read = await readXlsxWorkbook(masuk);
    expect(read.map((s) => [s.name, s.visibility])).toEqual([
      ["Catatan Saya", "visible"],
      ["Lain", "visible"],
      ...plans.map((p) => [p.name, p.visibility ?? "visible"]),
    ]);
    expect(read.slice(2).map((s) => s.marker)).toEqual(plans.map((p) => p.marker.value));
  });

  it("keeps the user's own sheet whole: data, formats, validation, unlocked cell, merge, name, protection, note", async () => {
    const before = (await readWorkbook(user)).getWorksheet("Catatan Saya");
    const out = await write(masuk, [changed(satu, { supersedes: [satu.name] })]);
    const wb = await readWorkbook(out.bytes);
    const ws = wb.getWorksheet("Catatan Saya");
    if (!ws || !before) throw new Error("sheet missing");
    expect(ws.getCell("A2").value).toBe(1234.5);
    expect(ws.getCell("A2").numFmt).toBe("#,##0.00");
    expect(ws.getCell("B2").value).toEqual({ formula: "A2*2", result: 2469 });
    expect(ws.getCell("C2").fill).toEqual(before.getCell("C2").fill);
    expect(ws.getCell("C2").dataValidation).toEqual(before.getCell("C2").dataValidation);
    expect(ws.getCell("C2").protection).toMatchObject({ locked: false });
    expect(ws.getCell("A2").protection?.locked).not.toBe(false);
    expect(ws.getCell("A1").font).toMatchObject({ bold: true, size: 14 });
    expect(ws.getCell("C1").isMerged).toBe(true);
    expect(ws.getCell("A3").note).toBe("Catatan untuk atasan");
    expect(ws.getColumn(1).width).toBe(30);
    expect(wb.definedNames.getRanges("Jumlah").ranges).toEqual(["'Catatan Saya'!$A$2"]);
    const protection = (w: typeof ws) =>
      (w as unknown as { sheetProtection: object }).sheetProtection;
    expect(protection(ws)).toEqual(protection(before));
    expect(protection(ws)).toMatchObject({ sheet: true, algorithmName: "SHA-512" });
    expect((await readXlsxWorkbook(out.bytes))[0].terkunci).toBe(true);
  });

  it("a superseding plan takes the old sheet's place and name; the others keep theirs and their markers", async () => {
    const baru = changed(satu, { supersedes: [satu.name] });
    const renamed = changed(dua, { name: "Sekretaris Baru", supersedes: [dua.name] });
    const out = await write(masuk, [baru, renamed]);
    const read = await readXlsxWorkbook(out.bytes);
    expect(read.map((s) => s.name)).toEqual([
      "Catatan Saya",
      "Lain",
      satu.name,
      "Sekretaris Baru",
      rekap.name,
      katalog.name,
    ]);
    expect(read[2].formulas[0][0]).toBe("DITULIS ULANG");
    expect(read[3].formulas[0][0]).toBe("DITULIS ULANG");
    expect(read.map((s) => s.marker)).toEqual([
      undefined,
      undefined,
      ...plans.map((p) => p.marker.value),
    ]);
    expect(read[5].visibility).toBe("veryHidden");
  });

  it("a replaced sheet (the rekap) is rewritten in its place; a superseded catalog stays very hidden", async () => {
    const stored = changed(katalog, { supersedes: [katalog.name] });
    const out = await write(masuk, [changed(rekap, { replace: true }), stored]);
    const read = await readXlsxWorkbook(out.bytes);
    expect(read.map((s) => s.name)).toEqual((await readXlsxWorkbook(masuk)).map((s) => s.name));
    expect(read[4].formulas[0][0]).toBe("DITULIS ULANG");
    expect(read[5].formulas[0][0]).toBe("DITULIS ULANG");
    expect(read[5].visibility).toBe("veryHidden");
    expect((await readSheetLinks(out.bytes)).get(rekap.name)?.size).toBe(rekap.hyperlinks.length);
  });

  it("keeps the kept sheets' links inside the workbook and renews a marker when asked", async () => {
    const value = JSON.stringify({ ...JSON.parse(dua.marker.value), katalog: "hash-baru" });
    const out = await write(masuk, [changed(satu, { supersedes: [satu.name] })], {
      markerBaru: [{ sheet: dua.name, value }],
    });
    const links = (await readSheetLinks(out.bytes)).get(rekap.name);
    expect(links?.size).toBeGreaterThan(0);
    expect(links).toEqual((await readSheetLinks(masuk)).get(rekap.name));
    expect(await hyperlinkRels(out.bytes)).toEqual([]);
    const read = await readXlsxWorkbook(out.bytes);
    expect(read.find((s) => s.name === dua.name)?.marker).toBe(value);
    expect(read.find((s) => s.name === rekap.name)?.marker).toBe(rekap.marker.value);
    await expect(
      write(masuk, [], { markerBaru: [{ sheet: "Tidak Ada", value: "{}" }] })
    ).rejects.toThrow("Tidak Ada");
  });

  it("keeps the CLI's kept sheets as ExcelJS reads them: styles, merges, rules, widths, print setup, panes", async () => {
    const out = await write(masuk, [changed(satu, { supersedes: [satu.name] })]);
    const [a, b] = [await readWorkbook(masuk), await readWorkbook(out.bytes)];
    for (const name of [dua.name, rekap.name, katalog.name]) {
      const model = (wb: typeof a) => {
        const m = wb.getWorksheet(name)?.model as unknown as Record<string, unknown>;
        // ExcelJS writes useFirstPageNumber="1" and reads it back true: without firstPageNumber,
        // page numbers still start at 1.
        const pageSetup = { ...(m.pageSetup as object), useFirstPageNumber: undefined };
        return { ...m, id: undefined, pageSetup };
      };
      expect(model(b)).toEqual(model(a));
    }
  });

  it("drops the defined names of a superseded sheet that no sheet of its name replaces", async () => {
    const ganti = changed(dua, { name: "Ganti Lain", supersedes: ["Lain"] });
    const wb = await readWorkbook((await write(masuk, [ganti])).bytes);
    expect(wb.worksheets.map((ws) => ws.name).slice(0, 3)).toEqual([
      "Catatan Saya",
      "Ganti Lain",
      satu.name,
    ]);
    expect(wb.definedNames.model).toEqual([{ name: "Jumlah", ranges: ["'Catatan Saya'!$A$2"] }]);
    const before = await readWorkbook(masuk);
    expect(before.definedNames.getRanges("Judul_Lain").ranges).toEqual(["Lain!$A$1"]);
  });

  it("refuses a replace of a missing sheet and a new sheet over an existing name", async () => {
    await expect(write(user, [changed(rekap, { replace: true })])).rejects.toThrow(rekap.name);
    await expect(write(masuk, [satu])).rejects.toThrow(satu.name);
  });

  it("computes a replanned rekap's cached results over the kept IKI sheets' values", async () => {
    const kept = (await readXlsxWorkbook(masuk)).filter((s) => s.name !== rekap.name);
    expect(() => computeResults([rekap])).toThrow();
    const alone = computeResults([rekap], kept);
    const whole = computeResults(plans);
    let compared = 0;
    rekap.cells.forEach((row, r) =>
      row.forEach((c, col) => {
        if (c === null || typeof c !== "object") return;
        compared++;
        expect([r, col, alone(rekap.name, r + 1, col)]).toEqual([
          r,
          col,
          whole(rekap.name, r + 1, col),
        ]);
      })
    );
    expect(compared).toBeGreaterThan(10);
  });
});

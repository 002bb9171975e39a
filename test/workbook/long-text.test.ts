/**
 * Texts over 255 characters never carry the "@" format (Excel desktop shows such a cell as #####),
 * and no text of a plan becomes a formula, number or boolean in Excel: every real plan through the
 * Office.js sink replayed on the fake Excel, which turns "=..." on a General cell into a formula as
 * Excel does and honours the quote prefix.
 */
import { builtInCatalog } from "../../src/catalog";
import { catalog } from "../support/builtin-catalog";
import { planWorkbook } from "../../src/template";
import { TEXT_FORMAT_MAX_CHARS } from "../../src/template/excel-limits";
import { tooLongForTextFormat } from "../../src/template/long-text";
import type { SheetPlan } from "../../src/template/plan";
import { ExcelWorkbook } from "../../src/workbook/excel-adapter";
import { inputCellFormats } from "../../src/workbook/input-cells";
import { sheetCommands } from "../../src/workbook/sheet-commands";
import { FakeExcel, type FakeSheet } from "../support/fake-excel";
import { options } from "../support/hand-plans";
import { replay } from "../support/replay";

const letters = (c: number): string =>
  c < 26 ? String.fromCharCode(65 + c) : letters(Math.floor(c / 26) - 1) + letters(c % 26);

/** Every non-empty plan text with what the fake Excel stored and the format it shows with. */
function texts(plan: SheetPlan, sheet: FakeSheet) {
  const out: { at: string; key: string; text: string; stored: unknown; format?: string }[] = [];
  plan.cells.forEach((row, r) =>
    row.forEach((cell, c) => {
      if (typeof cell !== "string" || cell === "") return;
      const at = `${letters(c)}${r + 1}`;
      out.push({
        at,
        key: `${r}:${c}`,
        text: cell,
        stored: sheet.cells.get(at),
        format: sheet.numberFormats.get(at),
      });
    })
  );
  return out;
}

describe.each(["iki", "native"] as const)("every real plan through Office.js, mode %s", (mode) => {
  const plans = planWorkbook({
    katalog: builtInCatalog,
    jabatan: catalog.jabatan,
    options: { ...options, mode },
    rekap: true,
    existing: [],
  });

  it("keeps every text a text, and no text over 255 characters under the Text format", async () => {
    let long = 0;
    let input = 0;
    for (const plan of plans) {
      const sheet = await replay(sheetCommands(plan));
      const inputs = inputCellFormats(plan, plan.cells.length, plan.cells[0]?.length ?? 0);
      for (const t of texts(plan, sheet)) {
        expect({ at: t.at, stored: t.stored }).toEqual({
          at: t.at,
          stored: { kind: "text", value: t.text },
        });
        if (tooLongForTextFormat(t.text)) {
          long++;
          expect({ at: t.at, format: t.format }).toEqual({ at: t.at, format: "General" });
        } else if (inputs.has(t.key)) {
          // An input cell keeps its own format (a number typed there later stays a number).
          expect({ at: t.at, format: t.format }).toEqual({ at: t.at, format: inputs.get(t.key) });
          input++;
        } else expect({ at: t.at, format: t.format }).toEqual({ at: t.at, format: "@" });
      }
    }
    // The catalog holds formulasi and tugas texts of 256-544 characters.
    expect(long).toBeGreaterThanOrEqual(33);
    expect(input).toBeGreaterThan(0);
  });
});

describe("long texts that look like formulas", () => {
  const panjang = (awal: string) => awal + " teks".repeat(60);

  it("stay text in Excel, under General, even when a user types them in the identity", async () => {
    const nama = panjang('=HYPERLINK("http://contoh.id","klik")');
    const nip = panjang("+62");
    expect(nama.length).toBeGreaterThan(TEXT_FORMAT_MAX_CHARS);
    const fake = new FakeExcel({ sheets: [{ name: "Sheet1" }] });
    const { created } = await new ExcelWorkbook({ run: fake.run }).insert({
      jabatanIds: [catalog.jabatan[0].id],
      options: { ...options, identitas: { ...options.identitas, nama, nip } },
      rekap: false,
    });
    const sheet = fake.sheet(created[0]);
    // C5 and C6: the nama and NIP values of the identity block (plan format "@" there).
    expect(sheet?.cells.get("C5")).toEqual({ kind: "text", value: nama });
    expect(sheet?.cells.get("C6")).toEqual({ kind: "text", value: nip });
    expect(sheet?.numberFormats.get("C5")).toBe("General");
    expect(sheet?.numberFormats.get("C6")).toBe("General");
    const cells = [...(sheet?.cells.values() ?? [])];
    expect(cells.some((c) => c.kind === "formula" && c.value.includes("contoh.id"))).toBe(false);
  });

  it("keep every leading character, an apostrophe, @ or - included", async () => {
    const texts = ["'kutip", "@SUM(A1)", "-1+2", "0123"].map(panjang);
    const fake = new FakeExcel({ sheets: [{ name: "Sheet1" }] });
    const { created } = await new ExcelWorkbook({ run: fake.run }).insert({
      jabatanIds: [catalog.jabatan[0].id],
      options: {
        ...options,
        identitas: {
          ...options.identitas,
          nama: texts[0],
          nip: texts[1],
          pangkatGolongan: texts[2],
          penilaiNama: texts[3],
        },
      },
      rekap: false,
    });
    const sheet = fake.sheet(created[0]);
    expect(["C5", "C6", "C7", "C10"].map((a) => sheet?.cells.get(a))).toEqual(
      texts.map((value) => ({ kind: "text", value }))
    );
  });

  it("would become a formula under General without the quote prefix (the fake is as strict as Excel)", async () => {
    const fake = new FakeExcel({ sheets: [{ name: "Sheet1" }] });
    await fake.run(async (context) => {
      const range = context.workbook.worksheets.getItem("Sheet1").getRange("A1:B1");
      range.formulas = [[panjang("=1+1"), "'" + panjang("=1+1")]];
      await context.sync();
    });
    expect(fake.sheet("Sheet1")?.cells.get("A1")?.kind).toBe("formula");
    expect(fake.sheet("Sheet1")?.cells.get("B1")).toEqual({ kind: "text", value: panjang("=1+1") });
  });
});

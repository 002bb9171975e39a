/**
 * The adapter writes each sheet under a temporary name and renames it last (insert-token.ts), so
 * nothing a sheet holds may name the sheet itself, and a sheet may only name sheets written before
 * it (they have their final names by then). Checked on every real plan, both formula modes.
 */
import { builtInCatalog } from "../../src/catalog";
import { catalog } from "../support/builtin-catalog";
import { planWorkbook } from "../../src/template";
import { quoteSheetName } from "../../src/template/a1";
import type { FormulaMode } from "../../src/template/options";
import { newInsertToken, temporaryName } from "../../src/workbook/insert-token";
import { sheetCommands } from "../../src/workbook/sheet-commands";
import { options } from "../support/hand-plans";

const modes: FormulaMode[] = ["iki", "native"];

describe("temporary sheet names", () => {
  it("are valid Excel sheet names, unique per insert and per sheet", () => {
    const a = newInsertToken();
    const b = newInsertToken();
    expect(a).not.toBe(b);
    for (const index of [0, 9, 50, 999]) {
      const name = temporaryName(a, index);
      expect(name.length).toBeLessThanOrEqual(31);
      expect(name).not.toMatch(/[\\/?*[\]:]|^'|'$/);
      expect(name).not.toBe(temporaryName(b, index));
    }
    expect(temporaryName(a, 1)).not.toBe(temporaryName(a, 11));
  });

  it("makes a token without crypto.getRandomValues too", () => {
    const crypto = Object.getOwnPropertyDescriptor(globalThis, "crypto");
    Object.defineProperty(globalThis, "crypto", { value: undefined, configurable: true });
    try {
      const a = newInsertToken();
      expect(a).toMatch(/^[0-9a-f]{32}$/);
      expect(newInsertToken()).not.toBe(a);
    } finally {
      if (crypto) Object.defineProperty(globalThis, "crypto", crypto);
    }
    expect(globalThis.crypto.getRandomValues).toBeDefined();
  });

  it.each(modes)(
    "are safe for every real plan (%s): no sheet names itself or a later sheet",
    (mode) => {
      const sheets = planWorkbook({
        katalog: builtInCatalog,
        jabatan: catalog.jabatan,
        options: { ...options, mode },
        rekap: true,
        existing: [],
      }).map(sheetCommands);
      const refs = (name: string) => [`${quoteSheetName(name)}!`, `${name}!`];
      sheets.forEach((sheet, i) => {
        const text = JSON.stringify(sheet.commands);
        for (const later of sheets.slice(i))
          for (const ref of refs(later.name)) expect(text.includes(ref)).toBe(false);
      });
      // the rekap does name the IKI sheets before it: the check above would see it otherwise
      const rekap = JSON.stringify(sheets[sheets.length - 1].commands);
      expect(rekap).toContain(`${quoteSheetName(sheets[0].name)}!`);
    }
  );
});

/**
 * "Kunci rumus" in the .xlsx sink: every real plan's sheet protected without a password hash (Excel's
 * Review > Unprotect asks nothing), its input cells unlocked and nothing else, read back with
 * ExcelJS from the file as written and after LibreOffice re-saved it (one LibreOffice run for both
 * formula modes, 108 sheets).
 */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import type ExcelJS from "exceljs";
import JSZip from "jszip";
import type { SheetPlan } from "../../src/template/plan";
import { writeXlsx } from "../../src/xlsx/write-workbook";
import { semuaPlan, sorted, unlockedCells } from "../support/kunci";
import { needs } from "../support/programs";
import { cellAddress } from "../../src/template/a1";
import { libreOfficeConvert, readWorkbook } from "./support";

const SOFFICE = needs("soffice");
const MODES = ["iki", "native"] as const;

/** The cells of the plan's grid that the file leaves unlocked (a style without protection is locked). */
function unlockedInFile(ws: ExcelJS.Worksheet, plan: SheetPlan): string[] {
  const out: string[] = [];
  plan.cells.forEach((row, r) =>
    row.forEach((_, c) => {
      if (ws.getCell(r + 1, c + 1).style.protection?.locked === false) out.push(cellAddress(r, c));
    })
  );
  return out.sort();
}

function expectProtected(wb: ExcelJS.Workbook, plans: SheetPlan[], where: string): void {
  for (const plan of plans) {
    const ws = wb.getWorksheet(plan.name);
    if (!ws) throw new Error(`${where}: no sheet ${plan.name}`);
    expect({ where, sheet: plan.name, unlocked: unlockedInFile(ws, plan) }).toEqual({
      where,
      sheet: plan.name,
      unlocked: sorted(unlockedCells(plan)),
    });
    const protection = (ws as unknown as { sheetProtection?: Record<string, unknown> })
      .sheetProtection;
    expect({ where, sheet: plan.name, on: protection?.sheet }).toEqual({
      where,
      sheet: plan.name,
      on: true,
    });
    expect(protection?.hashValue ?? protection?.password).toBeUndefined();
  }
}

const XML_ENTITIES: Record<string, string> = {
  "&amp;": "&",
  "&lt;": "<",
  "&gt;": ">",
  "&quot;": '"',
  "&apos;": "'",
};
const unescapeXml = (text: string) =>
  text.replace(/&(amp|lt|gt|quot|apos);/g, (e) => XML_ENTITIES[e]);
/** An OOXML boolean attribute: "1"/"true" or "0"/"false" (LibreOffice writes the words). */
const isFalse = (v: string | undefined) => v === "0" || v === "false";

/**
 * Read straight from the package (ExcelJS reads only "0"/"1", LibreOffice writes "false"/"true"):
 * per sheet name, its <sheetProtection> element and the cells whose style leaves them unlocked.
 */
async function readProtection(
  bytes: Uint8Array
): Promise<Map<string, { element?: string; unlocked: string[] }>> {
  const zip = await JSZip.loadAsync(bytes);
  const text = (f: string) => zip.file(f)!.async("string");
  const styles = await text("xl/styles.xml");
  const cellXfs = /<cellXfs[^>]*>([\s\S]*?)<\/cellXfs>/.exec(styles)?.[1] ?? "";
  const unlockedXf = [...cellXfs.matchAll(/<xf\b[^>]*?(?:\/>|>([\s\S]*?)<\/xf>)/g)].map((m) =>
    isFalse(/<protection[^>]*\blocked="(\w+)"/.exec(m[1] ?? "")?.[1])
  );
  const rels = await text("xl/_rels/workbook.xml.rels");
  const target = (id: string) =>
    new RegExp(`<Relationship[^>]*Id="${id}"[^>]*Target="([^"]+)"`).exec(rels)?.[1] ??
    new RegExp(`<Relationship[^>]*Target="([^"]+)"[^>]*Id="${id}"`).exec(rels)?.[1];
  const out = new Map<string, { element?: string; unlocked: string[] }>();
  for (const m of (await text("xl/workbook.xml")).matchAll(/<sheet\b[^>]*>/g)) {
    const name = unescapeXml(/\bname="([^"]*)"/.exec(m[0])?.[1] ?? "");
    const file = target(/r:id="([^"]+)"/.exec(m[0])?.[1] ?? "")?.replace(/^\/?(xl\/)?/, "xl/");
    const xml = await text(file ?? "");
    const unlocked = [...xml.matchAll(/<c\b[^>]*?\br="([A-Z]+\d+)"[^>]*?>|<c\b[^>]*?\/>/g)]
      .map((c) => ({ a1: /\br="([A-Z]+\d+)"/.exec(c[0])?.[1], s: /\bs="(\d+)"/.exec(c[0])?.[1] }))
      .filter((c) => c.a1 !== undefined && c.s !== undefined && unlockedXf[Number(c.s)])
      .map((c) => c.a1 as string);
    const element = /<sheetProtection[^>]*>/.exec(xml)?.[0];
    out.set(name, { ...(element ? { element } : {}), unlocked: unlocked.sort() });
  }
  return out;
}

/** Each plan's sheet protected (no password hash) with exactly the plan's input cells unlocked. */
async function expectInPackage(bytes: Uint8Array, plans: SheetPlan[], where: string) {
  const read = await readProtection(bytes);
  for (const plan of plans) {
    const sheet = read.get(plan.name);
    expect({ where, sheet: plan.name, unlocked: sheet?.unlocked }).toEqual({
      where,
      sheet: plan.name,
      unlocked: sorted(unlockedCells(plan)),
    });
    expect(sheet?.element).toMatch(/\bsheet="(1|true)"/);
    expect(sheet?.element).not.toMatch(/hashValue|password=/);
  }
}

/** Every <sheetProtection> of the package, as written. */
async function protectionElements(bytes: Uint8Array): Promise<string[]> {
  const zip = await JSZip.loadAsync(bytes);
  const sheets = Object.keys(zip.files).filter((f) => /^xl\/worksheets\/sheet\d+\.xml$/.test(f));
  const out: string[] = [];
  for (const f of sheets) {
    const xml = await zip.file(f)!.async("string");
    out.push(...(xml.match(/<sheetProtection[^>]*>/g) ?? []));
  }
  return out;
}

describe.each(MODES)("the .xlsx of every real plan, mode %s", (mode) => {
  it("protects each sheet with no password hash and unlocks exactly the input cells", async () => {
    const plans = semuaPlan(mode);
    const bytes = await writeXlsx(plans);
    const elements = await protectionElements(bytes);
    expect(elements).toHaveLength(plans.length);
    for (const e of elements) {
      expect(e).toBe(
        '<sheetProtection sheet="1" formatColumns="0" formatRows="0" objects="1" scenarios="1"/>'
      );
    }
    expectProtected(await readWorkbook(bytes), plans, "ExcelJS");
    await expectInPackage(bytes, plans, "package");
  }, 60_000);

  it("writes no sheetProtection with kunci: false (cells keep their unlocked style)", async () => {
    const plans = semuaPlan(mode, { kunci: false }).slice(-2);
    expect(await protectionElements(await writeXlsx(plans))).toEqual([]);
  });
});

SOFFICE.test(
  "LibreOffice keeps the protection and the unlocked input cells when it re-saves the files",
  async () => {
    const soffice = SOFFICE.require();
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "iki-kunci-lo-"));
    const out = path.join(dir, "hasil");
    fs.mkdirSync(out);
    try {
      const books = await Promise.all(
        MODES.map(async (mode) => {
          const plans = semuaPlan(mode);
          const file = path.join(dir, `kunci-${mode}.xlsx`);
          fs.writeFileSync(file, await writeXlsx(plans));
          return { mode, plans, file };
        })
      );
      libreOfficeConvert(
        soffice,
        books.map((b) => b.file),
        out
      );
      for (const b of books) {
        const resaved = new Uint8Array(fs.readFileSync(path.join(out, path.basename(b.file))));
        await expectInPackage(resaved, b.plans, `LibreOffice ${b.mode}`);
        expect(await protectionElements(resaved)).toHaveLength(b.plans.length);
      }
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  },
  300_000
);

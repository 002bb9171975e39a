/**
 * "Kunci rumus" through the Office.js adapter on the strict fake Excel: every real plan's commands
 * unlock exactly its yellow input cells and protect the sheet last, without a password; the fake
 * refuses any write to a protected sheet (as Excel), so the rekap rewritten in place must be
 * unprotected first, and only when it is protected (unprotect on an unprotected sheet can fail).
 */
import { queueSheet } from "../../src/workbook/queue-sheet";
import { ExcelWorkbook } from "../../src/workbook/excel-adapter";
import { PROTECTION_OPTIONS, sheetCommands } from "../../src/workbook/sheet-commands";
import { builtInCatalog } from "../../src/catalog";
import type { Jabatan } from "../../src/catalog/types";
import { planWorkbook } from "../../src/template/workbook-plan";
import { catalog, jabatanInBidang } from "../support/builtin-catalog";
import { realClientRun } from "../support/office-js/client";
import { OfficeHost } from "../support/office-js/host";
import { FakeExcel, FakeExcelError } from "../support/fake-excel";
import { semuaPlan, sorted, unlockedCells } from "../support/kunci";
import { replay } from "../support/replay";
import { options } from "../template/support";

const SEKRETARIAT = jabatanInBidang("Sekretariat").map((j) => j.id);

describe.each(["iki", "native"] as const)("every real plan replayed, mode %s", (mode) => {
  it("unlocks exactly the input cells and protects the sheet without a password", async () => {
    const plans = semuaPlan(mode);
    for (const plan of plans) {
      const sheet = await replay(sheetCommands(plan));
      const unlocked = [...sheet.cellFormats]
        .filter(([, f]) => f["protection.locked"] === false)
        .map(([a1]) => a1);
      expect({ sheet: plan.name, unlocked: sorted(unlocked) }).toEqual({
        sheet: plan.name,
        unlocked: sorted(unlockedCells(plan)),
      });
      expect(sheet.protection).toEqual({ options: PROTECTION_OPTIONS });
    }
  });

  it("leaves the sheets unprotected with kunci: false", async () => {
    for (const plan of semuaPlan(mode, { kunci: false }).slice(-3)) {
      const sheet = await replay(sheetCommands(plan));
      expect(sheet.protection).toBeUndefined();
    }
  });
});

describe("the fake Excel's protection", () => {
  const seeded = () => new FakeExcel({ sheets: [{ name: "Terkunci", protected: true }] });

  it("refuses writes to a protected sheet, and protect/unprotect that change nothing", async () => {
    const fake = seeded();
    const attempt = (write: (ws: Excel.Worksheet) => void) =>
      fake.run(async (context) => {
        write(context.workbook.worksheets.getItem("Terkunci"));
        await context.sync();
      });
    const code = (p: Promise<unknown>) =>
      p.then(
        () => "ok",
        (e: FakeExcelError) => e.code
      );
    expect(await code(attempt((ws) => (ws.getRange("A1").formulas = [[1]])))).toBe("AccessDenied");
    expect(await code(attempt((ws) => (ws.getRange("A1").format.fill.color = "#FFFFFF")))).toBe(
      "AccessDenied"
    );
    expect(await code(attempt((ws) => ws.getRange().clear("All")))).toBe("AccessDenied");
    expect(await code(attempt((ws) => ws.protection.protect()))).toBe("AccessDenied");
    // The sheet itself and its custom properties still take writes (the marker, a rename).
    expect(await code(attempt((ws) => ws.customProperties.add("x", "y")))).toBe("ok");
    expect(await code(attempt((ws) => ws.protection.unprotect()))).toBe("ok");
    expect(await code(attempt((ws) => ws.protection.unprotect()))).toBe("AccessDenied");
    expect(await code(attempt((ws) => (ws.getRange("A1").formulas = [[1]])))).toBe("ok");
  });

  it("catches a rewrite in place that forgets to unprotect", async () => {
    const fake = seeded();
    const [rekap] = semuaPlan("iki").slice(-1);
    const commands = sheetCommands({ ...rekap, name: "Terkunci", replace: true });
    const run = fake.run(async (context) => {
      queueSheet(context.workbook.worksheets, commands); // no reads: protection not known
      await context.sync();
    });
    await expect(run).rejects.toMatchObject({ code: "AccessDenied" });
  });
});

describe("ExcelWorkbook: the rekap rewritten in place under protection", () => {
  function setup() {
    const fake = new FakeExcel({ sheets: [{ name: "Data Lama", cells: { A1: "x" } }] });
    const workbook = new ExcelWorkbook({ run: fake.run, isSetSupported: fake.isSetSupported });
    return { fake, workbook };
  }
  const unprotects = (fake: FakeExcel) =>
    fake.operations.filter((o) => o.member === "unprotect").map((o) => o.sheet);

  it("a protected rekap is unprotected before the clear and protected again", async () => {
    const { fake, workbook } = setup();
    await workbook.insert({ jabatanIds: SEKRETARIAT, options: options(), rekap: true });
    expect(fake.sheet("Rekap IKI 2025")?.protection).toBeDefined();
    const before = fake.operations.length;
    await workbook.rebuildRekap(options());
    expect(unprotects(fake)).toEqual(["Rekap IKI 2025"]);
    const rewrite = fake.operations.slice(before).filter((o) => o.sheet === "Rekap IKI 2025");
    const writes = rewrite.filter((o) => o.kind === "write").map((o) => o.member);
    expect(writes[0]).toBe("unprotect");
    // Then only the marker, and the activation of the sheet.
    expect(writes.slice(writes.indexOf("protect") + 1)).toEqual(["add", "activate"]);
    expect(fake.sheet("Rekap IKI 2025")?.protection).toEqual({ options: PROTECTION_OPTIONS });
    expect(fake.sheets.filter((s) => s.name !== "Data Lama").every((s) => s.protection)).toBe(true);
  });

  it("an unprotected rekap is not unprotected (Excel may refuse), and kunci off leaves it open", async () => {
    const { fake, workbook } = setup();
    const open = options({ kunci: false });
    await workbook.insert({ jabatanIds: SEKRETARIAT, options: open, rekap: true });
    expect(fake.sheets.some((s) => s.protection)).toBe(false);
    await workbook.rebuildRekap(options());
    expect(unprotects(fake)).toEqual([]);
    expect(fake.sheet("Rekap IKI 2025")?.protection).toBeDefined();
    await workbook.rebuildRekap(open);
    expect(unprotects(fake)).toEqual(["Rekap IKI 2025"]);
    expect(fake.sheet("Rekap IKI 2025")?.protection).toBeUndefined();
  });
});

describe("real Office.js client: the whole dinas and its rekap", () => {
  it("sends Locked=false once per unlocking format command and protects every sheet, no password", async () => {
    const host = new OfficeHost({ sheets: [{ name: "Sheet1" }] });
    const workbook = new ExcelWorkbook({ run: realClientRun(host) });
    const jabatanIds = catalog.jabatan.map((j) => j.id);
    const result = await workbook.insert({ jabatanIds, options: options(), rekap: true });
    const commands = semuaPlanOf(jabatanIds).map(sheetCommands);
    const unlocking = commands
      .flatMap((s) => s.commands)
      .filter((c) => (c.kind === "format" || c.kind === "formatAreas") && c.props.locked === false);
    const log = host.requests.flatMap((r) => r.log);
    const locked = log.filter((a) => a.type === "SetProperty" && a.name === "Locked");
    expect(locked).toHaveLength(unlocking.length);
    expect(locked.every((a) => a.args?.[0] === false)).toBe(true);
    const protects = log.filter((a) => a.type === "Method" && a.name === "Protect");
    expect(protects).toHaveLength(result.created.length);
    for (const a of protects) expect(a.args).toEqual([PROTECTION_OPTIONS, null]);
    for (const name of result.created)
      expect(host.sheet(name)?.protection).toEqual({ options: PROTECTION_OPTIONS });
  });
});

function semuaPlanOf(jabatanIds: string[]) {
  return planWorkbook({
    katalog: builtInCatalog,
    jabatan: jabatanIds.map((id) => builtInCatalog.getJabatan(id) as Jabatan),
    options: options(),
    rekap: true,
    existing: [{ name: "Sheet1" }],
  });
}

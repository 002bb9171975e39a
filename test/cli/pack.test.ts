/**
 * The packed command line: `npm pack`, installed into an empty folder without devDependencies, runs
 * `iki-workbook --semua` and writes formulas whose cached results are HyperFormula's (the reference
 * engine, not installed there): no GPL code and no task pane packages at run time.
 */
import { builtInCatalog } from "../../src/catalog";
import { execFileSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import type ExcelJS from "exceljs";
import { catalog } from "../support/builtin-catalog";
import { MemoryWorkbook, type MemoryValue } from "../../src/preview/memory-workbook";
import { cell, planWorkbook } from "../../src/template";
import { readResult, readWorkbook } from "../xlsx/support";

const REPO = path.resolve(__dirname, "../..");
const NPM = process.platform === "win32" ? "npm.cmd" : "npm";
const TAHUN = 2025;

/** What a file stores for an engine value: an empty result as 0, an error as its code. */
const stored = (v: MemoryValue) =>
  v === null ? 0 : typeof v === "object" ? { error: v.error } : v;

let folder: string;
let app: string;
let tarball: string;

beforeAll(() => {
  folder = fs.mkdtempSync(path.join(os.tmpdir(), "iki-pack-"));
  app = path.join(folder, "app");
  const name = execFileSync(NPM, ["pack", "--silent", "--pack-destination", folder], {
    cwd: REPO,
    encoding: "utf8",
  });
  tarball = path.join(folder, name.trim().split("\n").pop() as string);
  fs.mkdirSync(app);
  fs.writeFileSync(path.join(app, "package.json"), '{ "name": "coba-iki", "private": true }\n');
  execFileSync(
    NPM,
    ["install", "--omit=dev", "--no-audit", "--no-fund", "--prefer-offline", tarball],
    { cwd: app, stdio: "pipe" }
  );
  const bin = path.join(app, "node_modules", ".bin", "iki-workbook");
  execFileSync(bin, ["--semua", "--tahun", String(TAHUN), "-o", "semua.xlsx"], {
    cwd: app,
    stdio: "pipe",
  });
}, 300_000);

afterAll(() => {
  if (folder) fs.rmSync(folder, { recursive: true, force: true });
});

test("the install holds the command line and its run-time packages only", () => {
  const modules = path.join(app, "node_modules");
  for (const dev of ["hyperformula", "react", "react-dom", "@fluentui", "typescript", "jest"])
    expect([dev, fs.existsSync(path.join(modules, dev))]).toEqual([dev, false]);
  expect(fs.existsSync(path.join(modules, "exceljs"))).toBe(true);
  const installed = path.join(modules, "iki-dinsos-excel-addin");
  expect(fs.readdirSync(installed).sort()).toEqual(["README.md", "dist-cli", "package.json"]);
  expect(fs.existsSync(path.join(installed, "dist-cli/src/preview"))).toBe(false);
  expect(fs.statSync(tarball).size).toBeLessThan(200 * 1024);
});

test("iki-workbook --semua writes every sheet with HyperFormula's cached results", async () => {
  const wb = await readWorkbook(path.join(app, "semua.xlsx"));
  const plans = planWorkbook({
    katalog: builtInCatalog,
    jabatan: catalog.jabatan,
    options: {
      tahun: TAHUN,
      identitas: { nama: "", nip: "", pangkatGolongan: "", penilaiNama: "", penilaiNip: "" },
      skala: "lima",
      mode: "native",
    },
    rekap: true,
    existing: [],
  });
  const engine = new MemoryWorkbook();
  engine.apply(plans);
  expect(wb.worksheets.map((ws) => ws.name)).toEqual(plans.map((p) => p.name));
  const wrong: string[] = [];
  let formulas = 0;
  for (const plan of plans) {
    const ws = wb.getWorksheet(plan.name) as ExcelJS.Worksheet;
    plan.cells.forEach((row, i) =>
      row.forEach((c, col) => {
        if (c === null || typeof c !== "object") return;
        formulas++;
        const want = stored(engine.getValue(plan.name, cell(i + 1, col)));
        const got = readResult(ws.getCell(i + 1, col + 1));
        if (JSON.stringify(got) !== JSON.stringify(want))
          wrong.push(
            `${plan.name}!${cell(i + 1, col)}: ${JSON.stringify(got)} not ${JSON.stringify(want)}`
          );
      })
    );
  }
  expect(wrong.slice(0, 10)).toEqual([]);
  expect(formulas).toBeGreaterThan(1000);
});

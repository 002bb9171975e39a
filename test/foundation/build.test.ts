/**
 * Smoke test of a real production build: webpack runs as `npm run build` does, with a configured
 * ADDIN_BASE_URL, into a temporary folder, and the result is checked as Office would load it.
 */
import { execFileSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import * as zlib from "zlib";
import { generateCustomFunctionsMetadata } from "custom-functions-metadata";
import { checkManifest } from "../../scripts/manifest/check";
import { rewriteBaseUrl } from "../../scripts/base-url";
import { inlineHashes } from "../../scripts/csp";

const root = path.join(__dirname, "..", "..");
const BASE = "https://iki.malangkab.go.id/addin/";
let out: string;
const read = (f: string) => fs.readFileSync(path.join(out, f), "utf8");

beforeAll(() => {
  out = fs.mkdtempSync(path.join(os.tmpdir(), "iki-build-"));
  execFileSync(
    process.execPath,
    [require.resolve("webpack-cli/bin/cli.js"), "--mode", "production", "--output-path", out],
    {
      cwd: root,
      env: { ...process.env, ADDIN_BASE_URL: BASE },
      stdio: "pipe",
    }
  );
}, 180_000);

afterAll(() => fs.rmSync(out, { recursive: true, force: true }));

/** The page's own scripts (office.js comes from Microsoft's CDN). */
function firstLoadScripts(): string[] {
  const html = read("taskpane.html");
  return [...html.matchAll(/<script[^>]*\ssrc="?([^"\s>]+\.js)/g)]
    .map((m) => m[1])
    .filter((f) => !f.startsWith("https:"));
}

const gz = (f: string) => zlib.gzipSync(fs.readFileSync(path.join(out, f)), { level: 9 }).length;

test("dist holds the manifest, the page, the metadata, the bundles and the icons", () => {
  for (const f of [
    "manifest.xml",
    "taskpane.html",
    "bantuan.html",
    "functions.json",
    "functions.js",
    "taskpane.js",
    "vendor.js",
    "domain.js",
    "runtime.js",
  ]) {
    expect(fs.existsSync(path.join(out, f))).toBe(true);
  }
  for (const size of [16, 32, 64, 80])
    expect(fs.existsSync(path.join(out, "assets", `icon-${size}.png`))).toBe(true);
});

test("the built manifest names the configured base and every file it names exists", () => {
  const manifest = read("manifest.xml");
  expect(manifest).not.toContain("localhost");
  const { problems, facts } = checkManifest(manifest, { filesDir: out });
  expect(problems).toEqual([]);
  expect(facts?.baseUrl).toBe(BASE);
});

test("one taskpane.html loads office.js, the react vendor chunk, the shared domain code, the pane and the functions", () => {
  const html = read("taskpane.html");
  // The page is minified: attribute quotes may be gone.
  const scripts = [...html.matchAll(/<script[^>]*\ssrc="?([^"\s>]+)/g)].map((m) => m[1]);
  expect(scripts[0]).toMatch(
    /^https:\/\/appsforoffice\.microsoft\.com\/lib\/1\/hosted\/office\.js$/
  );
  expect(scripts.slice(1).sort()).toEqual([
    "domain.js",
    "functions.js",
    "runtime.js",
    "taskpane.js",
    "vendor.js",
  ]);
  // React lives in the vendor chunk only.
  expect(read("vendor.js")).toMatch(/react\.transitional\.element|react\.element/);
  expect(read("taskpane.js")).not.toMatch(/react\.transitional\.element/);
  // The catalog and the capaian maths are shared by the pane and the functions, not copied into both.
  const jabatanName = "PENGADMINISTRASI PERSURATAN";
  const capaianMessage = "Target 0 dengan polaritas positif";
  for (const text of [jabatanName, capaianMessage]) {
    expect(read("domain.js")).toContain(text);
    expect(read("functions.js")).not.toContain(text);
    expect(read("taskpane.js")).not.toContain(text);
  }
});

test("the first load is at most 150 KB gzipped; the writes, the catalog's import/export, the lifecycle and merge sections' texts and the staff files' reader load when used", () => {
  const scripts = firstLoadScripts();
  const first = scripts.reduce((sum, f) => sum + gz(f), 0);
  expect(first).toBeLessThanOrEqual(150 * 1024);
  const firstText = scripts.map(read).join("\n");
  const later = fs
    .readdirSync(out)
    .filter((f) => f.endsWith(".js") && !scripts.includes(f))
    .map(read)
    .join("\n");
  // A text of the import (src/catalog/tabel), a call only the writes make, a text of the section
  // "Perawatan lembar IKI" and one of the lifecycle report (src/lifecycle/laporan-teks.ts); a text
  // of "Gabungkan berkas pegawai", one of the staff files' reader and a part name only ExcelJS reads.
  for (const text of [
    "Pilih berkas pegawai (.xlsx, boleh lebih dari satu)",
    "Berkas ini kosong (0 byte); salin lagi berkas aslinya.",
    "xl/sharedStrings.xml",
    "Wajib. persen, penurunan atau jumlah.",
    "suspendApiCalculationUntilNextSync",
    "Rumus biasa memberi angka yang sama tanpa add-in.",
    "sudah sesuai, tidak diubah",
  ]) {
    expect(later).toContain(text);
    expect(firstText).not.toContain(text);
  }
});

test("a workbook with a stored catalog loads at startup only the reader, within the 150 KB; lazy chunks are named by content", () => {
  const scripts = firstLoadScripts();
  const lazy = fs.readdirSync(out).filter((f) => f.endsWith(".js") && !scripts.includes(f));
  // A long-lived shared runtime never mixes an old chunk with a new one of the same name.
  for (const f of lazy) expect(f).toMatch(/\.[0-9a-f]{16,}\.js$/);
  const reader = lazy.filter((f) => f.startsWith("katalog-tersimpan."));
  expect(reader).toHaveLength(1);
  const startup = [...scripts, ...reader].reduce((sum, f) => sum + gz(f), 0);
  expect(startup).toBeLessThanOrEqual(150 * 1024);
  // The reader without the planners: the sheet builder, validatePlan, the export's layout.
  const text = read(reader[0]);
  // The reader itself (the signature it checks lives in sheet-keys.ts, in the first load).
  expect(text).toContain("tersimpan.sebab");
  for (const planner of ["outside the sheet width", "holds a non-finite number", "Wajib. persen"])
    expect(text).not.toContain(planner);
});

test("functions.json is what custom-functions-metadata generates from the source, under the configured base", async () => {
  const generated = await generateCustomFunctionsMetadata(
    path.join(root, "src/functions/functions.ts")
  );
  expect(generated.errors).toEqual([]);
  const expected = JSON.parse(rewriteBaseUrl(generated.metadataJson, BASE));
  expect(JSON.parse(read("functions.json"))).toEqual(expected);
  // The build associates every function id with its implementation.
  const bundle = read("functions.js");
  for (const fn of expected.functions as { id: string }[]) {
    expect(bundle).toContain(`CustomFunctions.associate("${fn.id}",`);
  }
  expect(expected.functions.length).toBeGreaterThan(0);
});

test("the help page is rendered from the docs and linked under the configured base", () => {
  const help = read("bantuan.html");
  expect(help).toContain("<h1");
  expect(help).not.toContain("<!-- isi -->");
  const helpUrls = (JSON.parse(read("functions.json")).functions as { helpUrl?: string }[])
    .map((f) => f.helpUrl)
    .filter(Boolean);
  for (const url of helpUrls) expect(url!.startsWith(`${BASE}bantuan.html`)).toBe(true);
});

test("the production build has no browser preview and no HyperFormula (GPL-3.0) in any chunk", () => {
  const files = fs.readdirSync(out);
  expect(files.filter((f) => /preview/i.test(f))).toEqual([]);
  const chunks = files.filter((f) => f.endsWith(".js"));
  expect(chunks.length).toBeGreaterThan(0);
  for (const chunk of chunks) expect(read(chunk)).not.toMatch(/hyperformula/i);
});

test("no source maps ship in the production dist/, and no file points at one", () => {
  const files = fs.readdirSync(out, { recursive: true }) as string[];
  expect(files.filter((f) => f.endsWith(".map"))).toEqual([]);
  for (const f of files.filter((f) => /\.(js|html|css|json)$/.test(f)))
    expect(read(f)).not.toContain("sourceMappingURL");
});

test("both pages carry a Content-Security-Policy naming exactly their inline code, before any script", () => {
  for (const page of ["taskpane.html", "bantuan.html"]) {
    const html = read(page);
    const policy = html.match(/<meta http-equiv="Content-Security-Policy" content="([^"]+)">/)?.[1];
    expect(policy).toBeDefined();
    expect(html.indexOf("Content-Security-Policy")).toBeLessThan(html.search(/<script|<style/));
    expect(policy).not.toMatch(/unsafe-eval/);
    const hashes = policy!.match(/'sha256-[^']+'/g) ?? [];
    const inline =
      page === "taskpane.html" ? inlineHashes(html, "script") : inlineHashes(html, "style");
    expect(inline.length).toBeGreaterThan(0);
    expect(hashes.sort()).toEqual(inline.sort());
  }
  expect(read("bantuan.html")).not.toMatch(/<script/i);
});

/** Bundle sizes of a fresh production build: each chunk minified and gzipped, and the build time. */
import { execFileSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import * as zlib from "zlib";
import type { Figure } from "./types";

export async function run(): Promise<Figure[]> {
  const root = path.join(__dirname, "..", "..");
  const out = fs.mkdtempSync(path.join(os.tmpdir(), "iki-bench-build-"));
  const started = process.hrtime.bigint();
  execFileSync(
    process.execPath,
    [require.resolve("webpack-cli/bin/cli.js"), "--mode", "production", "--output-path", out],
    {
      cwd: root,
      stdio: "pipe",
    }
  );
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  const figures: Figure[] = [
    { name: "production build time", value: Number(seconds.toFixed(1)), unit: "s" },
  ];
  // The page's own scripts are the first load; other chunks are loaded with import() when used.
  const html = fs.readFileSync(path.join(out, "taskpane.html"), "utf8");
  const initial = new Set([...html.matchAll(/src="?([\w.-]+\.js)/g)].map((m) => m[1]));
  let total = 0;
  let totalGz = 0;
  let lazy = 0;
  let lazyGz = 0;
  for (const file of fs
    .readdirSync(out)
    .filter((f) => f.endsWith(".js") || f.endsWith(".json") || f.endsWith(".html"))
    .sort()) {
    const bytes = fs.readFileSync(path.join(out, file));
    const gz = zlib.gzipSync(bytes, { level: 9 }).length;
    figures.push({
      name: `${file} minified / gzipped`,
      value: `${(bytes.length / 1024).toFixed(1)} / ${(gz / 1024).toFixed(1)}`,
      unit: "KB",
    });
    if (file.endsWith(".js") && initial.has(file)) {
      total += bytes.length;
      totalGz += gz;
    } else if (file.endsWith(".js")) {
      lazy += bytes.length;
      lazyGz += gz;
    }
  }
  figures.push({
    name: "all JS the task pane page loads first, minified / gzipped",
    value: `${(total / 1024).toFixed(1)} / ${(totalGz / 1024).toFixed(1)}`,
    unit: "KB",
    note: "goal: at most 150 KB gzipped",
  });
  figures.push({
    name: "JS loaded when used (writes, catalog import/export), minified / gzipped",
    value: `${(lazy / 1024).toFixed(1)} / ${(lazyGz / 1024).toFixed(1)}`,
    unit: "KB",
  });
  fs.rmSync(out, { recursive: true, force: true });
  return figures;
}

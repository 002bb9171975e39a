/**
 * Everything `npx` runs is either a binary of the installed devDependencies (package-lock.json) or a
 * package fetched at an exact version: never "whatever is newest" on a developer's machine.
 */
import * as fs from "fs";
import * as path from "path";
import * as pinned from "../../scripts/pinned";

const root = path.join(__dirname, "..", "..");
const EXACT = /^(@[\w.-]+\/)?[\w.-]+@\d+\.\d+\.\d+$/;
const localBin = (name: string) => fs.existsSync(path.join(root, "node_modules", ".bin", name));

/** Text files that may run npx: scripts, CI, npm scripts and the docs a developer copies from. */
function sources(): [string, string][] {
  const files = [".ci/run", "package.json", "README.md"];
  const walk = (dir: string) => {
    for (const entry of fs.readdirSync(path.join(root, dir), { withFileTypes: true })) {
      const rel = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(rel);
      else if (/\.(js|ts|md|sh)$/.test(entry.name)) files.push(rel);
    }
  };
  walk("scripts");
  walk("docs");
  return files.map((f) => {
    const text = fs.readFileSync(path.join(root, f), "utf8");
    return [f, f.endsWith(".md") ? codeOf(text) : text];
  });
}

/** The code of a markdown text (fenced blocks and `spans`), where commands are; prose may say "npx". */
function codeOf(markdown: string): string {
  const fenced = [...markdown.matchAll(/^```[^\n]*\n([\s\S]*?)^```/gm)].map((m) => m[1]);
  const spans = [...markdown.matchAll(/`([^`\n]+)`/g)].map((m) => m[1]);
  return [...fenced, ...spans].join("\n");
}

/** Whether a package npx would run is allowed: local, the repository itself, or exactly pinned. */
function allowed(target: string, fetches: boolean): boolean {
  if (EXACT.test(target) || target === ".") return true;
  if (fetches) return false;
  return localBin(target);
}

test("the versions of pinned.js are exact", () => {
  const versions = Object.values(pinned).filter((v) => typeof v === "string");
  expect(versions.length).toBeGreaterThan(0);
  for (const v of versions) expect(v).toMatch(EXACT);
});

test("every npx use names a local binary or an exactly pinned package", () => {
  const offenders: string[] = [];
  let spawns = 0;
  for (const [file, text] of sources()) {
    // Calls from Node: spawn(npx, ["--yes", PINNED, ...]) or spawnSync("npx", ["--no", "pkg", ...]).
    for (const m of text.matchAll(/\(\s*"?npx"?\s*,\s*(?:\/\/.*\n\s*)*\[([\s\S]*?)\]/g)) {
      spawns++;
      const args = m[1]
        .split(",")
        .map((a) => a.replace(/\/\/.*$/gm, "").trim())
        .filter(Boolean);
      const first = args.find((a) => !/^"--/.test(a)) ?? "";
      const target = /^[A-Z_]+$/.test(first)
        ? (pinned as Record<string, string>)[first]
        : first.replace(/^"|"$/g, "");
      const fetches = !args.includes('"--no"');
      if (!target || !allowed(target, fetches)) offenders.push(`${file}: npx ${m[1].trim()}`);
    }
    // Commands in text: `npx [--flags] target`.
    for (const m of text.matchAll(/(?:^|[\s`(])npx((?:\s+--?[\w-]+)*)\s+([@\w.][^\s`'")]*)/gm)) {
      const fetches = !/--no\b/.test(m[1]);
      if (!allowed(m[2], fetches)) offenders.push(`${file}: npx${m[1]} ${m[2]}`);
    }
  }
  expect(spawns).toBeGreaterThanOrEqual(3);
  expect(offenders).toEqual([]);
});

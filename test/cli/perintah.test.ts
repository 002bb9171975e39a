/**
 * Hints name the command the user actually ran: detected from what npm sets for its programs, and
 * checked for real by running `npm run workbook` in this project.
 */
import { spawnSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { perintahDari } from "../../src/cli/perintah";

const ROOT = path.resolve(__dirname, "../..");

test.each([
  [
    "npm run workbook",
    { npm_command: "run", npm_lifecycle_event: "workbook" },
    "npm run workbook --",
  ],
  [
    "npm run-script with another script name",
    { npm_command: "run-script", npm_lifecycle_event: "iki" },
    "npm run iki --",
  ],
  [
    "npx . in this project",
    { npm_command: "exec", npm_lifecycle_event: "npx", npm_package_name: "iki-dinsos-excel-addin" },
    "npx .",
  ],
  [
    "npx elsewhere",
    { npm_command: "exec", npm_lifecycle_event: "npx", npm_package_name: "lain" },
    "npx iki-workbook",
  ],
  ["the installed bin", {}, "iki-workbook"],
])("%s", (_, env, expected) => {
  expect(perintahDari(env, "/usr/lib/node_modules/x/dist-cli/src/cli/main.js", "/home/u")).toBe(
    expected
  );
});

test("node scripts/workbook.js, relative to the folder when inside it", () => {
  expect(perintahDari({}, path.join(ROOT, "scripts/workbook.js"), ROOT)).toBe(
    "node scripts/workbook.js"
  );
  expect(perintahDari({}, "/repo/scripts/workbook.js", "/elsewhere")).toBe(
    "node /repo/scripts/workbook.js"
  );
});

test("a real `npm run workbook` names `npm run workbook --` in its hints, not iki-workbook", () => {
  const env = { ...process.env };
  for (const key of Object.keys(env)) if (key.startsWith("npm_")) delete env[key];
  const r = spawnSync("npm", ["run", "-s", "workbook", "--", "--jabatan", "xyzzy"], {
    cwd: ROOT,
    encoding: "utf8",
    env,
  });
  expect(r.status).toBe(2);
  expect(r.stderr).toContain('Daftar lengkap: "npm run workbook -- --daftar".');
  expect(r.stderr).not.toContain("iki-workbook");
}, 60_000);

test("`npm run workbook` from another folder writes the file there, not in the project", () => {
  const env = { ...process.env };
  for (const key of Object.keys(env))
    if (key.startsWith("npm_") || key === "INIT_CWD") delete env[key];
  const elsewhere = fs.mkdtempSync(path.join(os.tmpdir(), "iki-cwd-"));
  const r = spawnSync(
    "npm",
    ["run", "-s", "--prefix", ROOT, "workbook", "--", "-j", "arsiparis", "-o", "di-sini.xlsx"],
    { cwd: elsewhere, encoding: "utf8", env }
  );
  expect(r.status).toBe(0);
  expect(fs.readdirSync(elsewhere)).toEqual(["di-sini.xlsx"]);
  expect(fs.existsSync(path.join(ROOT, "di-sini.xlsx"))).toBe(false);
  fs.rmSync(elsewhere, { recursive: true, force: true });
}, 60_000);

test("a CLI that merely inherits INIT_CWD (spawned under another npm script) writes in its own folder", () => {
  const here = fs.mkdtempSync(path.join(os.tmpdir(), "iki-cwd-"));
  const other = fs.mkdtempSync(path.join(os.tmpdir(), "iki-init-"));
  const env = { ...process.env, INIT_CWD: other, npm_lifecycle_script: "jest" };
  const r = spawnSync(
    process.execPath,
    [path.join(ROOT, "scripts/workbook.js"), "-j", "arsiparis", "-o", "di-sini.xlsx"],
    { cwd: here, encoding: "utf8", env }
  );
  expect(r.status).toBe(0);
  expect(fs.readdirSync(here)).toEqual(["di-sini.xlsx"]);
  expect(fs.readdirSync(other)).toEqual([]);
  for (const d of [here, other]) fs.rmSync(d, { recursive: true, force: true });
}, 60_000);

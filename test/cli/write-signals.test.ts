/**
 * Real processes, real limits: a write killed half-way (Ctrl+C, kill) leaves the old file and no
 * temporary file; a SIGKILL, which no program can handle, leaves only a temporary file that the next
 * run removes; the CLI under a real file size limit (ulimit -f, EFBIG from the kernel) keeps the
 * old workbook and says why in Bahasa Indonesia.
 */
import { spawn, spawnSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { isTempName, writeAtomically } from "../../src/cli/atomic-write";

const ROOT = path.resolve(__dirname, "../..");
const REGISTER = path.join(ROOT, "scripts/ts-register.js");
const OLD = Buffer.from("the old workbook \u0000\u00ff");

let dir: string;
beforeEach(() => (dir = fs.mkdtempSync(path.join(os.tmpdir(), "iki-signal-"))));
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

const target = () => path.join(dir, "IKI.xlsx");

/** Starts the slow writer, waits until it has bytes on disk, sends `signal`; resolves on exit. */
function killMidWrite(
  signal: NodeJS.Signals
): Promise<{ signal: string | null; temp: string; out: string }> {
  const child = spawn(
    process.execPath,
    ["-r", REGISTER, path.join(__dirname, "slow-write.ts"), target()],
    {
      stdio: ["ignore", "pipe", "inherit"],
    }
  );
  let temp = "";
  let out = "";
  return new Promise((resolve, reject) => {
    child.stdout.on("data", (d: Buffer) => {
      out += d.toString();
      const m = /mulai (.+)\n/.exec(d.toString());
      if (m && !temp) {
        temp = m[1];
        child.kill(signal);
      }
    });
    child.on("error", reject);
    // "close": after the exit and the end of its output.
    child.on("close", (_, sig) => resolve({ signal: sig, temp, out }));
  });
}

test.each(["SIGTERM", "SIGINT", "SIGHUP"] as const)(
  "%s mid-write: the process ends by that signal, the old file is intact, no temporary file",
  async (signal) => {
    fs.writeFileSync(target(), OLD);
    const r = await killMidWrite(signal);
    expect(r.signal).toBe(signal);
    expect(r.out).toContain(`dihentikan ${signal}`); // the caller is told, so the user sees why
    expect(path.dirname(r.temp)).toBe(dir);
    expect(fs.readFileSync(target()).equals(OLD)).toBe(true);
    expect(fs.readdirSync(dir)).toEqual(["IKI.xlsx"]);
  },
  30_000
);

test("SIGKILL mid-write: the old file is intact; the next write removes the temporary file", async () => {
  fs.writeFileSync(target(), OLD);
  const r = await killMidWrite("SIGKILL");
  expect(r.signal).toBe("SIGKILL");
  expect(fs.readFileSync(target()).equals(OLD)).toBe(true);
  const left = fs.readdirSync(dir).filter(isTempName);
  expect(left).toEqual([path.basename(r.temp)]);
  await writeAtomically(target(), Buffer.from("new"), { replace: true });
  expect(fs.readdirSync(dir)).toEqual(["IKI.xlsx"]);
  expect(fs.readFileSync(target(), "utf8")).toBe("new");
}, 30_000);

test("the CLI under a real file size limit keeps the old workbook and explains EFBIG", () => {
  fs.writeFileSync(target(), OLD);
  // bash's ulimit -f counts KiB; one jabatan's workbook is about 12 KiB. Node ignores SIGXFSZ,
  // so the kernel's limit arrives as a short write, then EFBIG.
  const cli = path.join(ROOT, "scripts/workbook.js");
  const r = spawnSync(
    "bash",
    [
      "-c",
      'ulimit -f 4 && exec "$0" "$@"',
      process.execPath,
      cli,
      "-j",
      "arsiparis",
      "-o",
      "IKI.xlsx",
      "--force",
    ],
    {
      cwd: dir,
      encoding: "utf8",
      env: { ...process.env, npm_lifecycle_event: "", npm_command: "" },
    }
  );
  expect(r.stderr).toContain(
    "Berkas tidak dapat ditulis: IKI.xlsx (berkas melebihi ukuran terbesar yang diizinkan sistem berkas atau akun Anda)."
  );
  expect(r.status).toBe(1);
  expect(fs.readFileSync(target()).equals(OLD)).toBe(true);
  expect(fs.readdirSync(dir)).toEqual(["IKI.xlsx"]);
}, 60_000);

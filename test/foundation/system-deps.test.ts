/**
 * The system programs of the tests (scripts/system-deps.js) as pure decisions, with the lookup and
 * apt-get injected: nothing is installed or removed on this machine. Then the real thing once: a
 * browser test with CHROMIUM_PATH pointing nowhere is skipped with one line, never a crash, and
 * fails in CI.
 */
import { spawnSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import {
  decide,
  fileMemo,
  locate,
  prepare,
  PROGRAMS,
  type Env,
  type Found,
  type Ran,
} from "../../scripts/system-deps";

const root = path.join(__dirname, "..", "..");
const found = (id: Found["id"], where?: string, overridden = false): Found => ({
  id,
  path: where,
  overridden,
});
const ALL = PROGRAMS.map((p) => found(p.id, `/usr/bin/${p.names[0]}`));
const without = (...ids: string[]) => ALL.map((f) => (ids.includes(f.id) ? found(f.id) : f));

describe("looking a program up", () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "iki-deps-"));
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  test("on PATH, under any of its names", () => {
    fs.writeFileSync(path.join(dir, "libreoffice"), "#!/bin/sh\n", { mode: 0o755 });
    expect(locate("soffice", { PATH: `/nowhere${path.delimiter}${dir}` })).toEqual(
      found("soffice", path.join(dir, "libreoffice"))
    );
    expect(locate("pdftotext", { PATH: dir }).path).toBeUndefined();
  });

  test("a file that is not executable does not count", () => {
    fs.writeFileSync(path.join(dir, "xmllint"), "", { mode: 0o644 });
    expect(locate("xmllint", { PATH: dir }).path).toBeUndefined();
  });

  test("an environment variable overrides PATH, also when it points nowhere", () => {
    const env: Env = { PATH: "/usr/bin", CHROMIUM_PATH: "/nonexistent" };
    expect(locate("chromium", env, () => true)).toEqual(found("chromium", "/nonexistent", true));
    expect(locate("chromium", env)).toEqual(found("chromium", undefined, true));
  });
});

describe("deciding", () => {
  test("everything there: ready", () => {
    expect(decide(ALL, { ci: false, canInstall: true })).toEqual({ action: "ready", missing: [] });
  });

  test("root with apt-get installs the Debian packages of what is missing", () => {
    expect(decide(without("soffice", "pdftotext"), { ci: true, canInstall: true })).toEqual({
      action: "install",
      packages: ["libreoffice-calc-nogui", "poppler-utils"],
      missing: ["soffice", "pdftotext"],
    });
  });

  test("a program overridden to a missing path is never installed over", () => {
    const env = { CHROMIUM_PATH: "/nonexistent" };
    const list = ALL.map((f) => (f.id === "chromium" ? found("chromium", undefined, true) : f));
    expect(decide(list, { ci: false, canInstall: true, env })).toMatchObject({ action: "skip" });
  });

  test("outside CI, without install rights: skip, with one line naming the install command", () => {
    const decision = decide(without("chromium", "pdftotext"), { ci: false, canInstall: false });
    expect(decision).toMatchObject({ action: "skip", missing: ["chromium", "pdftotext"] });
    const message = (decision as { message: string }).message;
    expect(message).not.toContain("\n");
    expect(message).toMatch(/chromium, pdftotext/);
    expect(message).toContain("apt-get install -y chromium poppler-utils");
  });

  test("in CI a missing program fails", () => {
    expect(decide(without("xmllint"), { ci: true, canInstall: false })).toMatchObject({
      action: "fail",
      message: expect.stringContaining("apt-get install -y libxml2-utils"),
    });
  });
});

describe("preparing, with apt-get stood in for", () => {
  /** A machine where `installed` grows when apt-get install succeeds. */
  function machine(missing: string[], aptWorks = true) {
    const installed = new Set(PROGRAMS.map((p) => p.id).filter((id) => !missing.includes(id)));
    const calls: string[] = [];
    const lines: string[] = [];
    const run = (command: string, args: string[]): Ran => {
      calls.push(`${command} ${args.join(" ")}`);
      if (!aptWorks) return { status: 100, stderr: "E: Unable to locate package\n" };
      if (args[0] === "install") {
        for (const p of PROGRAMS) if (args.includes(p.apt)) installed.add(p.id);
      }
      return { status: 0 };
    };
    const exists = (file: string) =>
      PROGRAMS.some((p) => installed.has(p.id) && p.names.includes(path.basename(file)));
    let failedAt: number | undefined;
    const memo = {
      failedRecently: () => failedAt !== undefined,
      rememberFailure: () => (failedAt = Date.now()),
    };
    return { run, exists, calls, lines, log: (l: string) => lines.push(l), memo };
  }

  test("a failed install is remembered: the next run outside CI skips at once, CI tries again", () => {
    const m = machine(["soffice"], false);
    expect(prepare({ env: { PATH: "/usr/bin" }, canInstall: true, ...m }).action).toBe("skip");
    expect(m.calls).toHaveLength(1); // apt-get update failed
    expect(prepare({ env: { PATH: "/usr/bin" }, canInstall: true, ...m }).action).toBe("skip");
    expect(m.calls).toHaveLength(1);
    prepare({ env: { PATH: "/usr/bin", CI: "true" }, canInstall: true, ...m });
    expect(m.calls).toHaveLength(2);
  });

  test("the memo file says a failure is recent for a day, and nothing before it is written", () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "memo-"));
    const file = path.join(dir, "sub", "gagal");
    let now = Date.now();
    const memo = fileMemo(file, () => now);
    expect(memo.failedRecently()).toBe(false);
    memo.rememberFailure();
    expect(memo.failedRecently()).toBe(true);
    now += 25 * 60 * 60 * 1000;
    expect(memo.failedRecently()).toBe(false);
    fs.rmSync(dir, { recursive: true, force: true });
  });

  test("apt-get runs under a time limit, so a held dpkg lock cannot hang the tests", () => {
    const limits: (number | undefined)[] = [];
    const m = machine(["chromium"]);
    const run = (command: string, args: string[], options: { timeout?: number }) => {
      limits.push(options.timeout);
      return m.run(command, args);
    };
    prepare({ env: { PATH: "/usr/bin" }, canInstall: true, ...m, run });
    expect(limits).toHaveLength(2);
    for (const t of limits) expect(t).toBeGreaterThan(0);
  });

  test("installs quietly after apt-get update, says so in one line, then is ready", () => {
    const m = machine(["chromium", "pdftotext"]);
    const decision = prepare({ env: { PATH: "/usr/bin" }, canInstall: true, ...m });
    expect(decision.action).toBe("ready");
    expect(m.calls).toEqual([
      "apt-get update -qq",
      "apt-get install -y -qq --no-install-recommends chromium poppler-utils",
    ]);
    expect(m.lines).toEqual([
      "Memasang program sistem untuk tes (apt-get): chromium poppler-utils",
    ]);
  });

  test("a failed install skips outside CI and fails in CI, with the reason", () => {
    const outside = machine(["soffice"], false);
    expect(prepare({ env: { PATH: "/usr/bin" }, canInstall: true, ...outside }).action).toBe(
      "skip"
    );
    expect(outside.lines[1]).toContain("apt-get update gagal: E: Unable to locate package");
    const ci = machine(["soffice"], false);
    expect(prepare({ env: { PATH: "/usr/bin", CI: "true" }, canInstall: true, ...ci }).action).toBe(
      "fail"
    );
  });

  test("without install rights nothing is run and one skip line is printed", () => {
    const m = machine(["chromium"]);
    expect(prepare({ env: { PATH: "/usr/bin" }, canInstall: false, ...m }).action).toBe("skip");
    expect(m.calls).toEqual([]);
    expect(m.lines).toHaveLength(1);
  });
});

describe("a browser test on a machine without Chromium", () => {
  const jest = (env: Env) =>
    spawnSync(
      process.execPath,
      [
        path.join(root, "node_modules", "jest", "bin", "jest.js"),
        "test/browser/shared-runtime.test.ts",
      ],
      { cwd: root, env: { ...process.env, IKI_NO_INSTALL: "1", ...env }, encoding: "utf8" }
    );

  test("is skipped with one line naming the install command, not crashed", () => {
    const { status, stdout, stderr } = jest({ CHROMIUM_PATH: "/nonexistent", CI: "" });
    const output = stdout + stderr;
    expect(status).toBe(0);
    const lines = output.split("\n").filter((l) => l.includes("Pasang: sudo apt-get install"));
    // One line, whatever else this machine may lack.
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(
      /^Dilewati: tes yang memerlukan chromium \(CHROMIUM_PATH=\/nonexistent tidak ada\)/
    );
    expect(lines[0]).toMatch(/Pasang: sudo apt-get install -y chromium\b/);
    expect(output).toMatch(/Tests:\s+\d+ skipped/);
    expect(output).not.toMatch(/launchPersistentContext|Executable doesn't exist/);
  }, 60_000);

  test("fails in CI, before any test starts, with the same sentence", () => {
    const { status, stdout, stderr } = jest({ CHROMIUM_PATH: "/nonexistent", CI: "true" });
    expect(status).not.toBe(0);
    expect(stdout + stderr).toContain("Program sistem untuk tes tidak ada (CI): chromium");
    expect(stdout + stderr).not.toMatch(/launchPersistentContext/);
  }, 60_000);
});

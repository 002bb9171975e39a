// The system programs the tests need, in one place: where each is looked for, which Debian
// package brings it, and what to do when one is missing. `.ci/run` calls this file to install
// them; every jest run calls prepare() first (test/support/global-setup.ts):
// - root with apt-get (a fresh Debian machine, CI): install what is missing, quietly, one line;
// - otherwise, outside CI: the tests that need a missing program are skipped, with ONE line that
//   names the install command (test/support/programs.ts does the skipping);
// - in CI (CI=true): a missing program fails the run.
// A path in the program's environment variable (e.g. CHROMIUM_PATH) overrides the lookup and is
// never "fixed" by an install: pointing it at a missing file is how the skip is tried out.
// IKI_NO_INSTALL=1 never installs (root machines that should only report).
const fs = require("fs");
const path = require("path");
const { spawnSync } = require("child_process");

const PROGRAMS = [
  {
    id: "chromium",
    env: "CHROMIUM_PATH",
    names: ["chromium", "chromium-browser"],
    apt: "chromium",
  },
  {
    id: "soffice",
    env: "SOFFICE_PATH",
    names: ["soffice", "libreoffice"],
    apt: "libreoffice-calc-nogui",
  },
  { id: "xmllint", env: "XMLLINT_PATH", names: ["xmllint"], apt: "libxml2-utils" },
  { id: "pdftotext", env: "PDFTOTEXT_PATH", names: ["pdftotext"], apt: "poppler-utils" },
];

function isExecutable(file) {
  try {
    fs.accessSync(file, fs.constants.X_OK);
    return fs.statSync(file).isFile();
  } catch {
    return false;
  }
}

const programById = (id) => {
  const program = PROGRAMS.find((p) => p.id === id);
  if (!program) throw new Error(`Program sistem tidak dikenal: ${id}`);
  return program;
};

/** Where `id` is: { path } (undefined when missing) and whether an environment variable chose it. */
function locate(id, env = process.env, exists = isExecutable) {
  const program = programById(id);
  const chosen = env[program.env];
  if (chosen) return { id, path: exists(chosen) ? chosen : undefined, overridden: true };
  for (const dir of (env.PATH || "").split(path.delimiter).filter(Boolean)) {
    for (const name of program.names) {
      const candidate = path.join(dir, name);
      if (exists(candidate)) return { id, path: candidate, overridden: false };
    }
  }
  return { id, path: undefined, overridden: false };
}

const survey = (env, exists) => PROGRAMS.map((p) => locate(p.id, env, exists));

const installCommand = (packages) => `sudo apt-get install -y ${packages.join(" ")}`;

/** What is missing, in words, and the command that installs it. */
function describeMissing(missing, env) {
  const names = missing.map((m) => {
    const program = programById(m.id);
    return m.overridden ? `${m.id} (${program.env}=${env[program.env]} tidak ada)` : m.id;
  });
  const packages = [...new Set(missing.map((m) => programById(m.id).apt))];
  return { names: names.join(", "), command: installCommand(packages) };
}

/**
 * What to do about the programs found: "ready", "install" (packages), "skip" or "fail" (message).
 * Pure: the caller says whether it could install (root with apt-get) and whether this is CI.
 */
function decide(found, { ci, canInstall, env = process.env }) {
  const missing = found.filter((f) => !f.path);
  if (missing.length === 0) return { action: "ready", missing: [] };
  const installable = missing.filter((m) => !m.overridden);
  if (canInstall && installable.length > 0) {
    const packages = [...new Set(installable.map((m) => programById(m.id).apt))];
    return { action: "install", packages, missing: missing.map((m) => m.id) };
  }
  const { names, command } = describeMissing(missing, env);
  const ids = missing.map((m) => m.id);
  return ci
    ? {
        action: "fail",
        missing: ids,
        message: `Program sistem untuk tes tidak ada (CI): ${names}. Pasang: ${command}`,
      }
    : {
        action: "skip",
        missing: ids,
        message: `Dilewati: tes yang memerlukan ${names}. Pasang: ${command}`,
      };
}

const canInstallHere = (env, run) =>
  !env.IKI_NO_INSTALL &&
  typeof process.getuid === "function" &&
  process.getuid() === 0 &&
  run("apt-get", ["--version"], { stdio: "ignore" }).status === 0;

/** apt-get update, then install, quietly, each within a time limit; true when both succeed. */
function aptInstall(packages, run, log) {
  log(`Memasang program sistem untuk tes (apt-get): ${packages.join(" ")}`);
  const quiet = (minutes) => ({
    stdio: ["ignore", "ignore", "pipe"],
    env: { ...process.env, DEBIAN_FRONTEND: "noninteractive" },
    timeout: minutes * 60 * 1000,
  });
  for (const [args, minutes] of [
    [["update", "-qq"], 5],
    [["install", "-y", "-qq", "--no-install-recommends", ...packages], 20],
  ]) {
    const result = run("apt-get", args, quiet(minutes));
    if (result.status !== 0) {
      log(
        `apt-get ${args[0]} gagal: ${String(result.stderr || result.error || "")
          .trim()
          .split("\n")
          .pop()}`
      );
      return false;
    }
  }
  return true;
}

const MEMO_FILE = path.join(__dirname, "..", "node_modules", ".cache", "iki-system-deps-gagal");
const DAY_MS = 24 * 60 * 60 * 1000;

/** Remembers when an install failed, in node_modules/.cache (gone with a fresh npm install). */
function fileMemo(file = MEMO_FILE, now = () => Date.now()) {
  return {
    failedRecently() {
      try {
        return now() - fs.statSync(file).mtimeMs < DAY_MS;
      } catch {
        return false;
      }
    },
    rememberFailure() {
      try {
        fs.mkdirSync(path.dirname(file), { recursive: true });
        fs.writeFileSync(file, new Date(now()).toISOString());
      } catch {
        // no memo: the next run tries again
      }
    },
  };
}

/**
 * Looks, installs where it can, and decides: returns the final decision ("ready", "skip" or
 * "fail"). Logs at most the install line and the skip line.
 */
function prepare({
  env = process.env,
  exists = isExecutable,
  run = spawnSync,
  log = (line) => process.stderr.write(`${line}\n`),
  canInstall = canInstallHere(env, run),
  memo = fileMemo(),
} = {}) {
  const ci = Boolean(env.CI) && env.CI !== "false";
  // Outside CI a failed install (offline, dpkg lock) is tried once a day, not before every jest run.
  const mayInstall = canInstall && (ci || !memo.failedRecently());
  let decision = decide(survey(env, exists), { ci, canInstall: mayInstall, env });
  if (decision.action === "install") {
    if (!aptInstall(decision.packages, run, log)) memo.rememberFailure();
    decision = decide(survey(env, exists), { ci, canInstall: false, env });
  }
  // A failure is the caller's to report (jest's global setup throws it, the CLI prints it).
  if (decision.action === "skip") log(decision.message);
  return decision;
}

module.exports = { PROGRAMS, locate, decide, prepare, installCommand, isExecutable, fileMemo };

// `node scripts/system-deps.js` (.ci/run): install what is missing; exit 1 when something still is.
if (require.main === module) {
  const decision = prepare();
  if (decision.action === "fail") console.error(decision.message);
  process.exit(decision.action === "fail" ? 1 : 0);
}

/**
 * writeAtomically: the target is the old file or the whole new one, never a piece; no temporary
 * file is left after a failure; a rerun works. Failures are injected in a real file system (the
 * bytes before a full disk are really written) and, where the kernel can give them without root
 * tricks, real: ENOSPC from /dev/full.
 */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { isTempName, nodeFs, writeAtomically } from "../../src/cli/atomic-write";
import { failingFs } from "./failing-fs";

let dir: string;
beforeEach(() => (dir = fs.mkdtempSync(path.join(os.tmpdir(), "iki-atomic-"))));
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

const OLD = Buffer.from("the old workbook, byte for byte \u0000\u00ff");
const NEW = Uint8Array.from({ length: 300_000 }, (_, i) => (i * 7919) % 256);
const target = () => path.join(dir, "IKI.xlsx");
const withOld = () => (fs.writeFileSync(target(), OLD), target());
const names = () => fs.readdirSync(dir).sort();
const codeOf = (p: Promise<unknown>) =>
  p.then(
    () => "ok",
    (e: { code?: string }) => e.code
  );

test("a new file is written whole, and no temporary file stays", async () => {
  await writeAtomically(target(), NEW, { replace: false, chunk: 4096 });
  expect(fs.readFileSync(target()).equals(Buffer.from(NEW))).toBe(true);
  expect(names()).toEqual(["IKI.xlsx"]);
});

test("replace: the old file is swapped for the whole new one and keeps its permissions", async () => {
  fs.chmodSync(withOld(), 0o640);
  await writeAtomically(target(), NEW, { replace: true });
  expect(fs.readFileSync(target()).equals(Buffer.from(NEW))).toBe(true);
  expect(fs.statSync(target()).mode & 0o777).toBe(0o640);
  expect(names()).toEqual(["IKI.xlsx"]);
});

test("without replace an existing file is refused before writing anything", async () => {
  withOld();
  expect(await codeOf(writeAtomically(target(), NEW, { replace: false }))).toBe("EEXIST");
  expect(fs.readFileSync(target()).equals(OLD)).toBe(true);
  expect(names()).toEqual(["IKI.xlsx"]);
});

test("a folder of that name is refused as a folder", async () => {
  fs.mkdirSync(target());
  expect(await codeOf(writeAtomically(target(), NEW, { replace: true }))).toBe("EISDIR");
  expect(fs.readdirSync(target())).toEqual([]);
});

describe.each(["ENOSPC", "EDQUOT", "EFBIG", "EIO"])("the disk refuses more bytes (%s)", (code) => {
  test("with replace: the old file is intact byte for byte, no partial file, a rerun works", async () => {
    withOld();
    const fsFull = failingFs({ fullAfter: { bytes: 100_000, code } });
    const write = writeAtomically(target(), NEW, { replace: true, fs: fsFull, chunk: 64 * 1024 });
    expect(await codeOf(write)).toBe(code);
    expect(fs.readFileSync(target()).equals(OLD)).toBe(true);
    expect(names()).toEqual(["IKI.xlsx"]);
    await writeAtomically(target(), NEW, { replace: true });
    expect(fs.readFileSync(target()).equals(Buffer.from(NEW))).toBe(true);
  });

  test("without a file before: nothing is left, so a rerun does not say it exists", async () => {
    const fsFull = failingFs({ fullAfter: { bytes: 1000, code } });
    expect(await codeOf(writeAtomically(target(), NEW, { replace: false, fs: fsFull }))).toBe(code);
    expect(names()).toEqual([]);
    await writeAtomically(target(), NEW, { replace: false });
    expect(fs.statSync(target()).size).toBe(NEW.length);
  });
});

test("a real ENOSPC from the kernel (/dev/full) leaves the old file and no temporary file", async () => {
  withOld();
  const devFull = { ...nodeFs, open: () => fs.promises.open("/dev/full", "w") };
  expect(await codeOf(writeAtomically(target(), NEW, { replace: true, fs: devFull }))).toBe(
    "ENOSPC"
  );
  expect(fs.readFileSync(target()).equals(OLD)).toBe(true);
  expect(names()).toEqual(["IKI.xlsx"]);
});

test.each([
  ["a flush refused by the disk", { failSync: "EIO" }],
  ["a network disk reporting the full disk at close", { failClose: "EDQUOT" }],
  ["the target open in another program (rename refused)", { failRename: "EBUSY" }],
])("%s: old file intact, temporary file removed", async (_, failure) => {
  withOld();
  const write = writeAtomically(target(), NEW, { replace: true, fs: failingFs(failure) });
  expect(await codeOf(write)).toBe(Object.values(failure)[0]);
  expect(fs.readFileSync(target()).equals(OLD)).toBe(true);
  expect(names()).toEqual(["IKI.xlsx"]);
});

test("short writes are continued until every byte is written", async () => {
  await writeAtomically(target(), NEW, {
    replace: false,
    fs: failingFs({ shortWrites: 1000 }),
    chunk: 64 * 1024,
  });
  expect(fs.readFileSync(target()).equals(Buffer.from(NEW))).toBe(true);
});

test("a file made by someone else during the write is not overwritten without replace", async () => {
  const theirs = Buffer.from("someone else's file");
  const race = failingFs({ beforeMove: () => fs.writeFileSync(target(), theirs) });
  expect(await codeOf(writeAtomically(target(), NEW, { replace: false, fs: race }))).toBe("EEXIST");
  expect(fs.readFileSync(target()).equals(theirs)).toBe(true);
  expect(names()).toEqual(["IKI.xlsx"]);
});

test("a file system without hard links still gets the file, and still refuses to overwrite", async () => {
  const fat = failingFs({ failLink: "EPERM" });
  await writeAtomically(target(), NEW, { replace: false, fs: fat });
  expect(fs.readFileSync(target()).equals(Buffer.from(NEW))).toBe(true);
  expect(names()).toEqual(["IKI.xlsx"]);
  const other = path.join(dir, "lain.xlsx");
  const race = failingFs({ failLink: "EPERM", beforeMove: () => fs.writeFileSync(other, OLD) });
  expect(await codeOf(writeAtomically(other, NEW, { replace: false, fs: race }))).toBe("EEXIST");
  expect(fs.readFileSync(other).equals(OLD)).toBe(true);
  expect(names()).toEqual(["IKI.xlsx", "lain.xlsx"]);
});

test("temporary files of killed writers are removed; those of running ones are kept", async () => {
  // A pid above the kernel's pid_max is never a running process.
  const dead = ".~iki-99999999-0123abcd.tmp";
  const running = `.~iki-${process.ppid}-89abcdef.tmp`;
  const notOurs = ".~iki-notes.tmp";
  for (const n of [dead, running, notOurs]) fs.writeFileSync(path.join(dir, n), "x");
  expect([dead, running].every(isTempName)).toBe(true);
  await writeAtomically(target(), NEW, { replace: false });
  expect(names()).toEqual([running, notOurs, "IKI.xlsx"].sort());
});

test("a file system without fsync (EINVAL) still gets the whole file", async () => {
  await writeAtomically(target(), NEW, { replace: false, fs: failingFs({ failSync: "EINVAL" }) });
  expect(fs.readFileSync(target()).equals(Buffer.from(NEW))).toBe(true);
  expect(names()).toEqual(["IKI.xlsx"]);
});

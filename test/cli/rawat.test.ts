/** The lifecycle commands' own behaviour on files (the LibreOffice end to end: test/lifecycle). */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { runCli } from "./run-cli";

let dir: string;
beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "iki-cli-rawat-"));
  const made = await runCli(dir, {}, [
    "-j",
    "sekretaris",
    "--rumus",
    "iki",
    "-t",
    "2025",
    "-o",
    "in.xlsx",
  ]);
  expect(made.code).toBe(0);
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

test("OUT may not be IN, even with --force and another spelling of its path", async () => {
  const before = fs.readFileSync(path.join(dir, "in.xlsx"));
  const r = await runCli(dir, {}, ["--ubah-rumus", "biasa", "in.xlsx", "-o", "./in.xlsx", "-f"]);
  expect(r.code).toBe(2);
  expect(r.err).toMatch(/tidak boleh sama dengan berkas masukan/);
  expect(fs.readFileSync(path.join(dir, "in.xlsx")).equals(before)).toBe(true);
});

test("a missing IN is said as such; nothing to change writes nothing", async () => {
  const missing = await runCli(dir, {}, ["--perbarui", "tidak-ada.xlsx"]);
  expect(missing.code).toBe(2);
  expect(missing.err).toMatch(/tidak-ada.xlsx.*berkas itu tidak ada/);
  const sama = await runCli(dir, {}, ["--perbarui", "in.xlsx", "-o", "out.xlsx"]);
  expect(sama.code).toBe(0);
  expect(sama.out).toMatch(
    /1 lembar sudah sesuai dan tidak diubah[\s\S]*Tidak ada yang perlu diubah/
  );
  expect(fs.existsSync(path.join(dir, "out.xlsx"))).toBe(false);
});

test("the default OUT name says the action, beside IN; the report is printed", async () => {
  const r = await runCli(dir, {}, ["--ubah-rumus", "biasa", "in.xlsx"]);
  expect(r.code).toBe(0);
  expect(r.out).toMatch(/1 lembar diubah ke rumus biasa/);
  expect(fs.existsSync(path.join(dir, "in-rumus-biasa.xlsx"))).toBe(true);
  const next = await runCli(dir, {}, ["--tahun-berikutnya", "in.xlsx"]);
  expect(next.code).toBe(0);
  expect(fs.existsSync(path.join(dir, "in-2026.xlsx"))).toBe(true);
});

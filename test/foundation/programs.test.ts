/**
 * test/support/programs.ts: how a test file meets a missing program. Outside CI its tests are
 * skipped; in CI they run (and fail); asking for the path gives a sentence with the install command.
 */
import { needs, needsAll } from "../support/programs";

const saved = { ...process.env };
afterEach(() => {
  process.env = { ...saved };
});

test("a program that is there: its tests run and its path is given", () => {
  process.env.SOFFICE_PATH = process.execPath; // any executable stands in
  const soffice = needs("soffice");
  expect(soffice).toMatchObject({ path: process.execPath, skipped: false, test });
  expect(soffice.require()).toBe(process.execPath);
});

test("missing outside CI: skipped; asking for it names the install command", () => {
  process.env.CI = "";
  process.env.PDFTOTEXT_PATH = "/nonexistent/pdftotext";
  const pdftotext = needs("pdftotext");
  expect(pdftotext).toMatchObject({ path: undefined, skipped: true, test: test.skip });
  expect(() => pdftotext.require()).toThrow(
    "Program pdftotext tidak ditemukan (PDFTOTEXT_PATH=/nonexistent/pdftotext). Pasang: sudo apt-get install -y poppler-utils"
  );
});

test("missing in CI: not skipped, so the test runs and fails", () => {
  process.env.CI = "true";
  process.env.CHROMIUM_PATH = "/nonexistent/chromium";
  expect(needs("chromium")).toMatchObject({ skipped: false, test });
});

test("several programs: skipped when any one is missing", () => {
  process.env.CI = "";
  process.env.SOFFICE_PATH = process.execPath;
  process.env.PDFTOTEXT_PATH = "/nonexistent/pdftotext";
  expect(needsAll("soffice", "pdftotext")).toMatchObject({ skipped: true, test: test.skip });
  process.env.PDFTOTEXT_PATH = process.execPath;
  expect(needsAll("soffice", "pdftotext")).toMatchObject({ skipped: false, test });
});

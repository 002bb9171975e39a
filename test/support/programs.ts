/**
 * The one way a test finds a system program (chromium, soffice, xmllint, pdftotext): the lookup,
 * the environment overrides and the install command live in scripts/system-deps.js, which also
 * runs before every jest run (test/support/global-setup.ts) and prints the single skip line.
 */
import { installCommand, locate, PROGRAMS, type ProgramId } from "../../scripts/system-deps";

export interface Needed {
  /** The executable, or undefined when missing. */
  path: string | undefined;
  /** Missing outside CI: the tests that need it are skipped (and their beforeAll should return). */
  skipped: boolean;
  /** `test` where the program is, or in CI (where its absence must fail); `test.skip` otherwise. */
  test: jest.It;
  /** The executable, or a clear error naming the install command (CI, or a run without the skip). */
  require(): string;
}

const inCi = () => Boolean(process.env.CI) && process.env.CI !== "false";

export function needs(id: ProgramId): Needed {
  const found = locate(id);
  const program = PROGRAMS.find((p) => p.id === id)!;
  const skipped = !found.path && !inCi();
  return {
    path: found.path,
    skipped,
    // A getter: jest's `test` exists only under jest, and scripts (the pane bench) import this too.
    get test() {
      return skipped ? test.skip : test;
    },
    require() {
      if (found.path) return found.path;
      const where = found.overridden ? ` (${program.env}=${process.env[program.env]})` : "";
      throw new Error(
        `Program ${id} tidak ditemukan${where}. Pasang: ${installCommand([program.apt])}`
      );
    },
  };
}

/** Tests that need several programs (e.g. soffice and pdftotext): run only where all are there. */
export function needsAll(...ids: ProgramId[]): Pick<Needed, "skipped" | "test"> & {
  programs: Needed[];
} {
  const programs = ids.map((id) => needs(id));
  const skipped = programs.some((p) => p.skipped);
  return {
    programs,
    skipped,
    get test() {
      return skipped ? test.skip : test;
    },
  };
}

/**
 * IKI.INDIKATOR waits for the workbook's catalog at startup (the pane's first read) instead of
 * answering from the built-in one, falls back to the built-in after a timeout, and tells the pane
 * when cells were computed with another catalog than the new one (so that it asks for a recalc).
 */
import "../support/custom-functions-stub";
import fs from "fs";
import path from "path";
import { builtInCatalog, CatalogIndex } from "../../src/catalog";
import { catalogFromJson } from "../../src/catalog/tabel";

const FIXTURE = path.join(__dirname, "..", "fixtures", "katalog", "pakisaji-2019.json");
const SEKCAM = "Sekretaris Kecamatan";

function pakisaji(): CatalogIndex {
  const read = catalogFromJson(fs.readFileSync(FIXTURE, "utf8"), "pakisaji-2019.json");
  if (!read.catalog) throw new Error(JSON.stringify(read.masalah));
  return new CatalogIndex(read.catalog);
}

type Modules = {
  functions: typeof import("../../src/functions/functions");
  active: typeof import("../../src/functions/active-catalog");
};

/** A fresh runtime: the module state of a workbook just opened. */
function fresh(): Modules {
  let m: Modules | undefined;
  jest.isolateModules(() => {
    m = {
      functions: require("../../src/functions/functions"),
      active: require("../../src/functions/active-catalog"),
    };
  });
  return m as Modules;
}

afterEach(() => jest.useRealTimers());

test("a cell computed before the pane read the workbook's catalog waits for it", async () => {
  const { functions, active } = fresh();
  const pending = functions.indikator(SEKCAM);
  await Promise.resolve();
  expect(active.setActiveCatalog(pakisaji())).toBe(false);
  const table = await pending;
  expect(table[0]).toEqual(["Kinerja", "Indikator Kinerja", "Formulasi", "Sumber Data"]);
  expect(table.length).toBeGreaterThan(1);
});

test("without the pane, the built-in catalog answers after the timeout", async () => {
  jest.useFakeTimers();
  const { functions, active } = fresh();
  const pending = functions.indikator(SEKCAM);
  jest.advanceTimersByTime(active.BATAS_TUNGGU_MS);
  const [[error]] = await pending;
  expect(error.code).toBe("#N/A");
});

test("after a change, the pane is told that computed cells are stale; not before any cell was computed", async () => {
  const { functions, active } = fresh();
  expect(active.setActiveCatalog(builtInCatalog)).toBe(false);
  await functions.indikator(SEKCAM);
  const katalog = pakisaji();
  expect(active.setActiveCatalog(katalog)).toBe(true);
  expect(active.setActiveCatalog(katalog)).toBe(false);
  expect((await functions.indikator(SEKCAM)).length).toBeGreaterThan(1);
  expect(active.setActiveCatalog(builtInCatalog)).toBe(true);
});

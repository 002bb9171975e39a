/**
 * rawatLembar through Microsoft's real Office.js client (test/support/office-js): the whole dinas,
 * every input typed (seeded from the fake's workbook: markers, formulas, values, protection), refreshed
 * against a revised catalog. The requests as Excel would receive them: reads first (the cells of the
 * whole dinas in one), every request within the budget, the old sheets deleted and the new ones
 * renamed and moved into their place only in the last request, before the rekap is rewritten; a
 * failure in that request leaves every sheet name in its place, old or new, never neither.
 */
import { builtInCatalog } from "../../src/catalog";
import type { AksiLembar } from "../../src/lifecycle/types";
import { ExcelWorkbook } from "../../src/workbook/excel-adapter";
import { PAYLOAD_BUDGET_BYTES } from "../../src/workbook/payload";
import { InsertError } from "../../src/workbook/port";
import { realClientRun, recordRequests } from "../support/office-js/client";
import { OfficeHost, type HostOptions } from "../support/office-js/host";
import { indeks, revisi } from "../lifecycle/support";
import { dinasTerisi, hostSeeds } from "../support/dinas-terisi";

const revisiKatalog = indeks(revisi(builtInCatalog.catalog));
const PERBARUI: AksiLembar = { kind: "perbarui" };
jest.setTimeout(120_000);

let seeds: HostOptions["sheets"];
let ikiNames: string[];
beforeAll(async () => {
  const dinas = await dinasTerisi();
  seeds = hostSeeds(dinas.fake);
  ikiNames = [...dinas.ketikan.keys()];
});

function setup(hostOptions: HostOptions = {}) {
  const host = new OfficeHost({ sheets: structuredClone(seeds), ...hostOptions });
  const workbook = new ExcelWorkbook({ run: realClientRun(host), katalog: revisiKatalog });
  return { host, workbook, sent: recordRequests(host) };
}

test("the preview: three reads (names; markers, protection, extents; the cells), nothing written", async () => {
  const { host, workbook, sent } = setup();
  const names = host.sheetNames;
  const { result, requests } = await sent(() =>
    workbook.rawatLembar({ aksi: PERBARUI, tulis: false })
  );
  expect(requests).toHaveLength(3);
  expect(result.lembar).toHaveLength(ikiNames.length);
  const writes = requests.flatMap((r) => r.log).filter((a) => a.type === "SetProperty");
  expect(writes).toEqual([]);
  expect(host.sheetNames).toEqual(names);
});

test("the write: new sheets under temporary names, swapped into place in the last request", async () => {
  const { host, workbook, sent } = setup();
  const names = host.sheetNames;
  const ids = new Map(host.sheets.map((s) => [s.name, s.id]));
  const { result, requests } = await sent(() =>
    workbook.rawatLembar({ aksi: PERBARUI, tulis: true })
  );
  for (const r of requests) expect(r.bytes).toBeLessThanOrEqual(PAYLOAD_BUDGET_BYTES);
  expect(host.sheetNames).toEqual(names);
  const replaced = result.lembar.filter((l) => l.status === "diperbarui").map((l) => l.sheet);
  for (const name of replaced) expect(host.sheet(name)!.id).not.toBe(ids.get(name));
  const rekap = result.rekap[0];
  expect(host.sheet(rekap)!.id).toBe(ids.get(rekap));
  // Only the last request deletes, renames to a final name and moves.
  const last = requests[requests.length - 1].log;
  for (const r of requests.slice(0, -1)) {
    expect(r.log.filter((a) => a.name === "Delete" || a.name === "Position")).toEqual([]);
  }
  const deletes = last.filter((a) => a.name === "Delete" && a.object === "sheet");
  expect(deletes.map((a) => a.sheet).sort()).toEqual([...replaced].sort());
  const unprotect = last.findIndex((a) => a.sheet === rekap && a.name === "Unprotect");
  const lastPosition = last.map((a) => a.name).lastIndexOf("Position");
  expect(unprotect).toBeGreaterThan(lastPosition);
});

test.each(["first", "middle", "last"])(
  "a failure at the %s delete of the last request: every name in its place, old or new",
  async (which) => {
    const { result } = await setup().sent(() =>
      setup().workbook.rawatLembar({ aksi: PERBARUI, tulis: false })
    );
    const count = result.lembar.filter((l) => l.status === "diperbarui").length;
    const n = which === "first" ? 1 : which === "middle" ? Math.ceil(count / 2) : count;
    let deletes = 0;
    const { host, workbook } = setup();
    const names = host.sheetNames;
    const ids = new Map(host.sheets.map((s) => [s.name, s.id]));
    // The reads are 3 requests; the deletes of the last one are the swaps.
    host.options.failAction = (a, request) =>
      a.name === "Delete" && request > 3 && ++deletes === n ? "GeneralException" : undefined;
    const error = await workbook.rawatLembar({ aksi: PERBARUI, tulis: true }).catch((e) => e);
    expect(error).toBeInstanceOf(InsertError);
    host.options.failAction = undefined;
    expect(host.sheetNames).toEqual(names);
    // The pairs before the failing delete were swapped in: kept; the rest are the old sheets.
    const fresh = names.filter((name) => host.sheet(name)!.id !== ids.get(name));
    expect(fresh).toHaveLength(n - 1);
    if (n > 1) expect((error as Error).message).toContain("dipertahankan");
    else expect((error as Error).message).not.toContain("dipertahankan");
  }
);

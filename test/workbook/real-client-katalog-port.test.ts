/**
 * The port's catalog actions on the Office.js adapter through Microsoft's real client
 * (test/support/office-js): the syncs and the real bytes of each request as Excel would receive
 * them, Office.js's own argument checks, and a host that keeps sheets, ids and markers. Of the cells
 * the host keeps only A1 and a seeded used range (a user's own sheet, a stored catalog after a
 * LibreOffice re-save): what the reads give back is tested on the in-memory port
 * (test/browser/katalog-port.test.ts); here, what is asked of Excel and how often.
 */
import { builtInCatalog } from "../../src/catalog";
import { LEMBAR_DATA, catalogToTables } from "../../src/catalog/tabel";
import { MARKER_KEY } from "../../src/template/marker";
import { parseKatalogMarker } from "../../src/template/katalog-marker";
import {
  NAMA_KATALOG_TERSIMPAN,
  TANDA_KATALOG_TERSIMPAN,
  planStoredCatalog,
} from "../../src/template/katalog-tersimpan";
import type { Catalog } from "../../src/catalog/types";
import { ExcelWorkbook } from "../../src/workbook/excel-adapter";
import { PAYLOAD_BUDGET_BYTES, planRequests, requestBytes } from "../../src/workbook/payload";
import { sheetCommands } from "../../src/workbook/sheet-commands";
import { realClientRun, recordRequests } from "../support/office-js/client";
import {
  OfficeHost,
  type HostAction,
  type HostOptions,
  type HostSheet,
} from "../support/office-js/host";

const TABLES = catalogToTables(builtInCatalog.catalog).map((t) => t.sheet);
const marker = (s: HostSheet) => s.customProperties.get(MARKER_KEY.toLowerCase())?.value;

/** The cells of a stored catalog as a file re-saved by LibreOffice has them (no marker). */
const storedGrid = (catalog: Catalog) =>
  planStoredCatalog(catalog, []).cells.map((row) =>
    row.map((c) => (c !== null && typeof c === "object" ? null : c))
  );
const lain: Catalog = {
  ...builtInCatalog.catalog,
  instansi: { ...builtInCatalog.catalog.instansi, nama: "Dinas Lain" },
};
/** What a request did to a sheet beyond reading it (writes and methods other than keeping a reference). */
const changes = (log: HostAction[], sheet: string) =>
  log.filter(
    (a) =>
      a.sheet === sheet &&
      (a.type === "SetProperty" || (a.type === "Method" && a.name !== "_KeepReference"))
  );

function setup(sheets: HostOptions["sheets"] = []) {
  const host = new OfficeHost({ sheets: [{ name: "Sheet1" }, ...sheets] });
  const workbook = new ExcelWorkbook({ run: realClientRun(host) });
  const sent = recordRequests(host);
  return { host, workbook, sent };
}

test("export: the names, then the layout's sheets in one request within the budget, each marked with its table", async () => {
  const { host, workbook, sent } = setup();
  const { result, requests } = await sent(() => workbook.exportCatalog());
  expect(result).toEqual(TABLES);
  expect(requests).toHaveLength(2);
  expect(requests[1].bytes).toBeLessThan(PAYLOAD_BUDGET_BYTES);
  const tabel = host.sheets.slice(1).map((s) => parseKatalogMarker(marker(s)));
  expect(tabel.map((m) => (m?.kind === "katalog" ? m.tabel : undefined))).toEqual(TABLES);
});

test("read sheets: values of the layout's data sheets only (neither Petunjuk nor an IKI sheet is read); a renamed one found by its marker in a third sync", async () => {
  const { host, workbook, sent } = setup();
  await workbook.exportCatalog();
  await workbook.insert({
    jabatanIds: [builtInCatalog.jabatan[1].id],
    options: {
      tahun: 2025,
      identitas: { nama: "", nip: "", pangkatGolongan: "", penilaiNama: "", penilaiNip: "" },
      skala: "lima",
      mode: "iki",
    },
    rekap: false,
  });
  const named = await sent(() => workbook.readCatalogSheets());
  expect(named.requests).toHaveLength(2);
  host.sheets.find((s) => s.name === "Jabatan")!.name = "Daftar Jabatan";
  const { requests } = await sent(() => workbook.readCatalogSheets());
  // Names; markers and the values of the sheets named as a table; the renamed one by its marker.
  expect(requests).toHaveLength(3);
  const read = requests.flatMap((r) => r.log.filter((a) => a.path === "GetUsedRange"));
  expect([...new Set(read.map((a) => a.sheet))].sort()).toEqual(
    LEMBAR_DATA.map((t) => (t === "Jabatan" ? "Daftar Jabatan" : t)).sort()
  );
});

test("save: the names, the markers (riwayat), then the veryHidden stored sheet; saved again (names, markers with its A1, the write) a new sheet supersedes it; removed", async () => {
  const { host, workbook, sent } = setup();
  const first = await sent(() => workbook.saveCatalog(builtInCatalog.catalog));
  expect(first.requests).toHaveLength(3);
  expect(first.result.tersimpan).toBe(true);
  const stored = host.sheets.find((s) => s.name === NAMA_KATALOG_TERSIMPAN)!;
  expect(parseKatalogMarker(marker(stored))?.kind).toBe("katalog-tersimpan");
  const visibility = first.requests[2].log.filter((a) => a.name === "Visibility");
  expect(visibility.map((a) => a.args)).toEqual([["VeryHidden"]]);
  // Never activated: a veryHidden sheet cannot be.
  expect(first.requests[2].log.some((a) => a.name === "Activate")).toBe(false);

  const again = await sent(() => workbook.saveCatalog(builtInCatalog.catalog));
  expect(again.requests).toHaveLength(3);
  const now = host.sheets.filter((s) => s.name.startsWith(NAMA_KATALOG_TERSIMPAN));
  expect(now.map((s) => [s.name, s.visibility])).toEqual([[NAMA_KATALOG_TERSIMPAN, "VeryHidden"]]);
  expect(now[0].id).not.toBe(stored.id);
  // Written whole under a temporary name; only then the old one hidden, deleted, and the name and
  // the place taken.
  const steps = again.requests[2].log.filter(
    (a) => a.type === "SetProperty" || a.name === "Delete"
  );
  const last = steps.slice(-4).map((a) => [a.sheet, a.name, a.args]);
  expect(last).toEqual([
    [NAMA_KATALOG_TERSIMPAN, "Visibility", ["Hidden"]],
    [NAMA_KATALOG_TERSIMPAN, "Delete", []],
    [expect.stringMatching(/^IKI~[0-9a-f]{20}~0$/), "Name", [NAMA_KATALOG_TERSIMPAN]],
    [NAMA_KATALOG_TERSIMPAN, "Position", [1]],
  ]);

  const removed = await sent(() => workbook.saveCatalog(undefined));
  expect(removed.requests).toHaveLength(3);
  expect(removed.result).toEqual({ katalog: builtInCatalog, tersimpan: false, riwayat: [] });
  expect(host.sheets.some((s) => s.name === NAMA_KATALOG_TERSIMPAN)).toBe(false);
  // Made hidden before the delete: Excel refuses to delete a veryHidden sheet.
  const log = removed.requests[2].log.map((a) => a.name);
  expect(log.indexOf("Visibility")).toBeLessThan(log.indexOf("Delete"));
});

test("read the catalog of a workbook without one: one sync, the built-in catalog", async () => {
  const { workbook, sent } = setup();
  const { result, requests } = await sent(() => workbook.readCatalog());
  expect(requests).toHaveLength(1);
  expect(result).toEqual({ katalog: builtInCatalog, tersimpan: false, riwayat: [] });
});

test("a user's own sheet named IKI-Katalog (any case) is never changed, hidden or removed; the catalog goes beside it", async () => {
  const own = [
    ["Catatan saya", 12],
    ["baris dua", null],
  ];
  const { host, workbook, sent } = setup([{ name: "iki-katalog", values: own }]);
  const read = await sent(() => workbook.readCatalog());
  expect(read.requests).toHaveLength(2);
  expect(read.result).toEqual({ katalog: builtInCatalog, tersimpan: false, riwayat: [] });

  const saved = await sent(() => workbook.saveCatalog(lain));
  expect(saved.requests).toHaveLength(3);
  expect(saved.result.tersimpan).toBe(true);
  expect(host.sheetNames).toEqual(["Sheet1", "iki-katalog", "IKI-Katalog (2)"]);
  const all = [...read.requests, ...saved.requests].flatMap((r) => r.log);
  expect(changes(all, "iki-katalog")).toEqual([]);
  expect(host.sheet("IKI-Katalog (2)")?.a1).toBe(TANDA_KATALOG_TERSIMPAN);

  const removed = await sent(() => workbook.saveCatalog(undefined));
  expect(removed.requests).toHaveLength(3);
  expect(host.sheetNames).toEqual(["Sheet1", "iki-katalog"]);
  expect(
    changes(
      removed.requests.flatMap((r) => r.log),
      "iki-katalog"
    )
  ).toEqual([]);
  const mine = host.sheet("iki-katalog")!;
  expect([mine.visibility, mine.values]).toEqual([undefined, own]);
  // With only the user's sheet left, removing reads its A1 and stops: nothing to delete.
  const again = await sent(() => workbook.saveCatalog(undefined));
  expect(again.requests).toHaveLength(2);
  expect(host.sheetNames).toEqual(["Sheet1", "iki-katalog"]);
});

test("a stored catalog re-saved by LibreOffice (signed, no marker) is read and superseded", async () => {
  const { host, workbook, sent } = setup([
    { name: NAMA_KATALOG_TERSIMPAN, values: storedGrid(builtInCatalog.catalog) },
  ]);
  const read = await sent(() => workbook.readCatalog());
  expect(read.requests).toHaveLength(2);
  expect(read.result).toEqual({ katalog: expect.anything(), tersimpan: true, riwayat: [] });
  expect(read.result.katalog.catalog).toEqual(builtInCatalog.catalog);
  const saved = await sent(() => workbook.saveCatalog(lain));
  expect(saved.requests).toHaveLength(3);
  expect(host.sheetNames).toEqual(["Sheet1", NAMA_KATALOG_TERSIMPAN]);
  expect(saved.result.katalog.catalog).toEqual(lain);
  const stored = host.sheet(NAMA_KATALOG_TERSIMPAN)!;
  expect([stored.visibility, stored.a1]).toEqual(["VeryHidden", TANDA_KATALOG_TERSIMPAN]);
  expect(parseKatalogMarker(marker(stored))?.kind).toBe("katalog-tersimpan");
});

test("two signed sheets: the last in workbook order is read; saving again supersedes both", async () => {
  const { host, workbook } = setup([
    { name: NAMA_KATALOG_TERSIMPAN, values: storedGrid(builtInCatalog.catalog) },
    { name: "IKI-Katalog (2)", values: storedGrid(lain) },
  ]);
  expect((await workbook.readCatalog()).katalog.catalog).toEqual(lain);
  await workbook.saveCatalog(builtInCatalog.catalog);
  expect(host.sheetNames).toEqual(["Sheet1", "IKI-Katalog (2)"]);
  expect(host.sheet("IKI-Katalog (2)")?.visibility).toBe("VeryHidden");
  expect((await workbook.readCatalog()).katalog.catalog).toEqual(builtInCatalog.catalog);
  await workbook.saveCatalog(undefined);
  expect(host.sheetNames).toEqual(["Sheet1"]);
});

describe("riwayat through Microsoft's client", () => {
  const jabatanId = builtInCatalog.jabatan[1].id;
  const options = {
    tahun: 2025,
    identitas: { nama: "", nip: "", pangkatGolongan: "", penilaiNama: "", penilaiNip: "" },
    skala: "lima" as const,
    mode: "iki" as const,
  };

  it("a save keeping the built-in catalog as riwayat: 3 requests, the write within the estimate and the budget", async () => {
    const { host, workbook, sent } = setup();
    await workbook.insert({ jabatanIds: [jabatanId], options, rekap: false });
    const saved = await sent(() => workbook.saveCatalog(lain));
    expect(saved.requests).toHaveLength(3);
    expect(saved.result.riwayat).toEqual([builtInCatalog]);
    const existing = host.sheets.map((s) => ({ name: s.name }));
    const plan = sheetCommands(planStoredCatalog(lain, existing, [builtInCatalog.catalog]));
    const write = saved.requests[2].bytes;
    expect(write).toBeLessThanOrEqual(requestBytes(planRequests([plan])[0]));
    expect(write).toBeLessThanOrEqual(PAYLOAD_BUDGET_BYTES);
    // What the riwayat adds: about the built-in catalog's JSON (a save without a sheet keeps none).
    const plain = setup();
    const without = (await plain.sent(() => plain.workbook.saveCatalog(lain))).requests[2].bytes;
    const json = JSON.stringify(builtInCatalog.catalog).length;
    expect(write - without).toBeGreaterThan(json);
    expect(write - without).toBeLessThan(json * 1.5);
  });

  it("a stored catalog with riwayat (seeded: the host keeps no written cells) is read in the same 2 requests", async () => {
    const grid = planStoredCatalog(lain, [], [builtInCatalog.catalog]).cells.map((row) =>
      row.map((c) => (c !== null && typeof c === "object" ? null : c))
    );
    const { workbook, sent } = setup([{ name: NAMA_KATALOG_TERSIMPAN, values: grid }]);
    const read = await sent(() => workbook.readCatalog());
    expect(read.requests).toHaveLength(2);
    expect(read.result.katalog.catalog).toEqual(lain);
    expect(read.result.riwayat.map((k) => k.catalog)).toEqual([builtInCatalog.catalog]);
    expect(workbook.pilihanKatalog().riwayat).toBe(read.result.riwayat);
  });
});

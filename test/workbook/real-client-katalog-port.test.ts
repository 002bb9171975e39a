/**
 * The port's catalog actions on the Office.js adapter through Microsoft's real client
 * (test/support/office-js): the syncs and the real bytes of each request as Excel would receive
 * them, Office.js's own argument checks, and a host that keeps sheets, ids and markers. The host
 * keeps no cell values: what the reads give back is tested on the in-memory port
 * (test/browser/katalog-port.test.ts); here, what is asked of Excel and how often.
 */
import { builtInCatalog } from "../../src/catalog";
import { LEMBAR_DATA, catalogToTables } from "../../src/catalog/tabel";
import { MARKER_KEY } from "../../src/template/marker";
import { parseKatalogMarker } from "../../src/template/katalog-marker";
import { NAMA_KATALOG_TERSIMPAN } from "../../src/template/katalog-tersimpan";
import { ExcelWorkbook } from "../../src/workbook/excel-adapter";
import { PAYLOAD_BUDGET_BYTES } from "../../src/workbook/payload";
import { realClientRun, recordRequests } from "../support/office-js/client";
import { OfficeHost, type HostSheet } from "../support/office-js/host";

const TABLES = catalogToTables(builtInCatalog.catalog).map((t) => t.sheet);
const marker = (s: HostSheet) => s.customProperties.get(MARKER_KEY.toLowerCase())?.value;

function setup() {
  const host = new OfficeHost({ sheets: [{ name: "Sheet1" }] });
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

test("save: the names, then the veryHidden stored sheet; saved again it is rewritten in place; removed", async () => {
  const { host, workbook, sent } = setup();
  const first = await sent(() => workbook.saveCatalog(builtInCatalog.catalog));
  expect(first.requests).toHaveLength(2);
  expect(first.result.tersimpan).toBe(true);
  const stored = host.sheets.find((s) => s.name === NAMA_KATALOG_TERSIMPAN)!;
  expect(parseKatalogMarker(marker(stored))?.kind).toBe("katalog-tersimpan");
  const visibility = first.requests[1].log.filter((a) => a.name === "Visibility");
  expect(visibility.map((a) => a.args)).toEqual([["VeryHidden"]]);
  // Never activated: a veryHidden sheet cannot be.
  expect(first.requests[1].log.some((a) => a.name === "Activate")).toBe(false);

  const again = await sent(() => workbook.saveCatalog(builtInCatalog.catalog));
  expect(again.requests).toHaveLength(2);
  expect(host.sheets.filter((s) => s.name === NAMA_KATALOG_TERSIMPAN)).toEqual([stored]);

  const removed = await sent(() => workbook.saveCatalog(undefined));
  expect(removed.requests).toHaveLength(2);
  expect(removed.result).toEqual({ katalog: builtInCatalog, tersimpan: false });
  expect(host.sheets.some((s) => s.name === NAMA_KATALOG_TERSIMPAN)).toBe(false);
  // Made hidden before the delete: Excel refuses to delete a veryHidden sheet.
  const log = removed.requests[1].log.map((a) => a.name);
  expect(log.indexOf("Visibility")).toBeLessThan(log.indexOf("Delete"));
});

test("read the catalog of a workbook without one: one sync, the built-in catalog", async () => {
  const { workbook, sent } = setup();
  const { result, requests } = await sent(() => workbook.readCatalog());
  expect(requests).toHaveLength(1);
  expect(result).toEqual({ katalog: builtInCatalog, tersimpan: false });
});

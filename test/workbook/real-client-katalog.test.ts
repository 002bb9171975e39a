/**
 * Storing a catalog through Microsoft's real Office.js client: the hidden sheet IKI-Katalog written
 * with an insert (Worksheet.visibility "VeryHidden", ExcelApi 1.1), never activated, every request
 * within the budget and the adapter's estimate. Its bytes are measured here (the figure).
 */
import { builtInCatalog } from "../../src/catalog";
import {
  MARKER_KEY,
  NAMA_KATALOG_TERSIMPAN,
  planStoredCatalog,
  planWorkbook,
} from "../../src/template";
import { ExcelWorkbook } from "../../src/workbook/excel-adapter";
import {
  PAYLOAD_BUDGET_BYTES,
  planRequests,
  requestBytes,
  sheetBytes,
} from "../../src/workbook/payload";
import { sheetCommands } from "../../src/workbook/sheet-commands";
import { options } from "../support/hand-plans";
import { realClientRun } from "../support/office-js/client";
import { OfficeHost } from "../support/office-js/host";

const jabatan = builtInCatalog.jabatan[0];

async function storeWithInsert(host: OfficeHost) {
  const workbook = new ExcelWorkbook({
    run: realClientRun(host),
    plan: (input) => planWorkbook({ ...input, katalogTersimpan: true }),
  });
  const before = host.requests.length;
  const result = await workbook.insert({ jabatanIds: [jabatan.id], options, rekap: false });
  return { result, requests: host.requests.slice(before) };
}

describe("real Office.js client: store a catalog", () => {
  it("writes the very hidden IKI-Katalog with the insert, activates the visible sheet, within the estimate", async () => {
    const host = new OfficeHost({ sheets: [{ name: "Sheet1" }] });
    const { result, requests } = await storeWithInsert(host);
    expect(result.created).toEqual([expect.any(String), NAMA_KATALOG_TERSIMPAN]);
    const stored = host.sheet(NAMA_KATALOG_TERSIMPAN);
    expect(stored?.visibility).toBe("VeryHidden");
    expect(stored?.customProperties.get(MARKER_KEY.toLowerCase())?.value).toMatch(
      /"kind":"katalog-tersimpan"/
    );
    expect(host.sheet(result.created[0])?.visibility).toBeUndefined();
    const write = requests[requests.length - 1];
    expect(write.error).toBeUndefined();
    const activated = write.log.filter((a) => a.name === "Activate").map((a) => a.sheet);
    expect(activated).toEqual([result.created[0]]);
    // The estimate is an upper bound of the real request, well within the budget.
    const plans = planWorkbook({
      katalog: builtInCatalog,
      jabatan: [jabatan],
      options,
      rekap: false,
      existing: [{ name: "Sheet1" }],
      katalogTersimpan: true,
    }).map(sheetCommands);
    const [chunk] = planRequests(plans);
    expect(write.bytes).toBeLessThanOrEqual(requestBytes(chunk));
    expect(write.bytes).toBeLessThanOrEqual(PAYLOAD_BUDGET_BYTES);
  });

  it("the stored catalog alone: its estimate covers its real bytes (about the size of its JSON)", async () => {
    const host = new OfficeHost({ sheets: [{ name: "Sheet1" }] });
    const withCatalog = (await storeWithInsert(host)).requests.at(-1)!.bytes;
    const other = new OfficeHost({ sheets: [{ name: "Sheet1" }] });
    const workbook = new ExcelWorkbook({ run: realClientRun(other) });
    await workbook.insert({ jabatanIds: [jabatan.id], options, rekap: false });
    const without = other.requests.at(-1)!.bytes;
    const stored = withCatalog - without;
    const plan = sheetCommands(planStoredCatalog(builtInCatalog.catalog, []));
    const json = JSON.stringify(builtInCatalog.catalog).length;
    expect(stored).toBeGreaterThan(json);
    expect(stored).toBeLessThan(json * 1.5);
    expect(stored).toBeLessThanOrEqual(sheetBytes(plan));
  });
});

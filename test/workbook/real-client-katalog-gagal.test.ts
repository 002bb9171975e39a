/**
 * A save of the stored catalog that fails, through Microsoft's real client and the stand-in host
 * (test/support/office-js), which refuses to delete a veryHidden sheet as Excel does: what each
 * request asks, how many there are, and that the old catalog is read back equal afterwards.
 */
import { builtInCatalog } from "../../src/catalog";
import type { Catalog } from "../../src/catalog/types";
import { MARKER_KEY } from "../../src/template/marker";
import { NAMA_KATALOG_TERSIMPAN, planStoredCatalog } from "../../src/template/katalog-tersimpan";
import { ExcelWorkbook } from "../../src/workbook/excel-adapter";
import { realClientRun } from "../support/office-js/client";
import { OfficeHost } from "../support/office-js/host";
import { insertError } from "../support/insert-error";

const lain: Catalog = {
  ...builtInCatalog.catalog,
  instansi: { ...builtInCatalog.catalog.instansi, nama: "Dinas Lain" },
};
const port = (host: OfficeHost) => new ExcelWorkbook({ run: realClientRun(host) });

/** A workbook that stores the built-in catalog, as a first save leaves it (cells, marker, very hidden). */
function storedHost(): OfficeHost {
  const plan = planStoredCatalog(builtInCatalog.catalog, []);
  const values = plan.cells.map((row) =>
    row.map((c) => (c !== null && typeof c === "object" ? null : c))
  );
  const host = new OfficeHost({
    sheets: [
      { name: "Sheet1" },
      { name: plan.name, values, properties: { [MARKER_KEY]: plan.marker.value } },
    ],
  });
  host.sheet(plan.name)!.visibility = "VeryHidden";
  return host;
}

test("a failed first save: the new sheet, very hidden, is made hidden and deleted by the clean-up", async () => {
  const host = new OfficeHost({
    sheets: [{ name: "Sheet1" }],
    // The last step: the complete, very hidden sheet taking its final name.
    failAction: (a, request) =>
      request === 3 && a.name === "Name" && a.args[0] === NAMA_KATALOG_TERSIMPAN
        ? "GeneralException"
        : undefined,
  });
  const error = await insertError(port(host).saveCatalog(builtInCatalog.catalog));
  expect(host.sheetNames).toEqual(["Sheet1"]);
  expect(host.deleted).toEqual([expect.stringMatching(/^IKI~[0-9a-f]{20}~0$/)]);
  expect(error.message).toContain("sudah dihapus");
  expect(error.message).not.toContain("manual");
  // Names, markers, the write; clean-up: which sheets, whose, the delete (hidden first).
  expect(host.requests).toHaveLength(6);
  const log = host.requests[5].log.map((a) => [a.name, a.args]);
  expect(log.filter(([name]) => name === "Visibility" || name === "Delete")).toEqual([
    ["Visibility", ["Hidden"]],
    ["Delete", []],
  ]);
});

test.each<[string, (action: { name: string }) => boolean]>([
  ["the new sheet's contents", (a) => a.name === "Formulas"],
  ["the old sheet's delete", (a) => a.name === "Delete"],
])(
  "a failed second save at %s leaves the old catalog as it was, read back equal",
  async (_, failing) => {
    const host = storedHost();
    const old = host.sheet(NAMA_KATALOG_TERSIMPAN)!;
    const before = { ...old, customProperties: new Map(old.customProperties) };
    const workbook = port(host);
    expect((await workbook.readCatalog()).katalog.catalog).toEqual(builtInCatalog.catalog);
    const from = host.requests.length;
    // Fails in the write request (the third of the save).
    host.options.failAction = (a, request) =>
      request === from + 3 && failing(a) ? "GeneralException" : undefined;
    const error = await insertError(workbook.saveCatalog(lain));
    host.options.failAction = undefined;
    // Names, markers with A1, the write; the swap settled 2 (the old sheet is still there: nothing to rename);
    // clean-up 3; the old sheet made very hidden again 2.
    expect(host.requests.length - from).toBe(10);
    expect(host.sheetNames).toEqual(["Sheet1", NAMA_KATALOG_TERSIMPAN]);
    expect({ ...old, customProperties: new Map(old.customProperties) }).toEqual(before);
    expect(error.message).toContain("sudah dihapus");
    expect(error.message).not.toContain("rekap");
    // The next open reads the old catalog, signed and valid: no warning, nothing lost.
    expect(await port(host).readCatalog()).toEqual({
      katalog: expect.anything(),
      tersimpan: true,
      riwayat: [],
    });
    expect((await port(host).readCatalog()).katalog.catalog).toEqual(builtInCatalog.catalog);
  }
);

test("a second save that succeeds: names, A1, the write (3 requests); the old sheet is gone", async () => {
  const host = storedHost();
  const oldId = host.sheet(NAMA_KATALOG_TERSIMPAN)!.id;
  const from = host.requests.length;
  await port(host).saveCatalog(lain);
  expect(host.requests.length - from).toBe(3);
  expect(host.sheetNames).toEqual(["Sheet1", NAMA_KATALOG_TERSIMPAN]);
  expect(host.sheet(NAMA_KATALOG_TERSIMPAN)!.id).not.toBe(oldId);
  expect(host.sheet(NAMA_KATALOG_TERSIMPAN)!.visibility).toBe("VeryHidden");
  expect(host.deleted).toEqual([NAMA_KATALOG_TERSIMPAN]);
});

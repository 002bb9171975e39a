/**
 * The adapter through Microsoft's real Office.js client (test/support/office-js): every insert of
 * the real catalog as Excel would receive it. Any argument or object-path error Office.js raises
 * fails these tests; the request bytes are the client's own serialization.
 */
import { builtInCatalog, type Jabatan } from "../../src/catalog";
import { catalog, jabatanInBidang, listBidang } from "../support/builtin-catalog";
import { MARKER_KEY, planWorkbook } from "../../src/template";
import type { TemplateOptions } from "../../src/template/options";
import { ExcelWorkbook, type ExistingSheet } from "../../src/workbook/excel-adapter";
import { INSERT_TOKEN_KEY } from "../../src/workbook/insert-token";
import { PAYLOAD_BUDGET_BYTES, planRequests, requestBytes } from "../../src/workbook/payload";
import { sheetCommands } from "../../src/workbook/sheet-commands";
import { options } from "../support/hand-plans";
import { checkedSetters, realClientRun } from "../support/office-js/client";
import { OfficeHost, type HostOptions } from "../support/office-js/host";
import { insertError as failure } from "../support/insert-error";

const all = catalog.jabatan;
const modes: TemplateOptions["mode"][] = ["iki", "native"];

async function insert(
  jabatan: Jabatan[],
  rekap: boolean,
  mode: TemplateOptions["mode"],
  host = new OfficeHost({ sheets: [{ name: "Sheet1" }] })
) {
  const o = { ...options, mode };
  const existing = host.sheetNames.map((name) => ({ name }));
  const planned = planWorkbook({
    katalog: builtInCatalog,
    jabatan,
    options: o,
    rekap,
    existing,
  }).map(sheetCommands);
  const workbook = new ExcelWorkbook({ run: realClientRun(host) });
  const result = await workbook.insert({ jabatanIds: jabatan.map((j) => j.id), options: o, rekap });
  return { host, result, requests: planRequests(planned) };
}

/** Every write request within the budget, and within the adapter's estimate of it. */
function expectWithinEstimate(
  host: OfficeHost,
  requests: ReturnType<typeof planRequests>,
  reads: number
) {
  const writes = host.requests.slice(reads);
  expect(writes).toHaveLength(requests.length);
  writes.forEach((w, i) => {
    expect(w.error).toBeUndefined();
    expect(w.bytes).toBeLessThanOrEqual(PAYLOAD_BUDGET_BYTES);
    expect(w.bytes).toBeLessThanOrEqual(requestBytes(requests[i]));
  });
}

describe.each(modes)("real Office.js client, mode %s", (mode) => {
  it("inserts the whole dinas and its rekap in 4 syncs, every request within 2.5 MB and the estimate", async () => {
    const { host, result, requests } = await insert(all, true, mode);
    expect(result.created).toHaveLength(all.length + 1);
    expect(host.sheetNames).toEqual(["Sheet1", ...result.created]);
    expect(host.requests).toHaveLength(4);
    expectWithinEstimate(host, requests, 2);
    for (const name of result.created) {
      const props = host.sheet(name)?.customProperties;
      expect(props?.get(MARKER_KEY.toLowerCase())).toBeDefined();
      expect(props?.get(INSERT_TOKEN_KEY.toLowerCase())).toBeDefined();
    }
  });

  it("inserts each jabatan alone in 2 syncs, the estimate an upper bound of the real request", async () => {
    for (const jabatan of all) {
      const { host, requests } = await insert([jabatan], false, mode);
      expect(host.requests).toHaveLength(2);
      expectWithinEstimate(host, requests, 1);
    }
  });

  it("inserts each bidang with its rekap in 3 syncs, within the estimate", async () => {
    for (const bidang of listBidang()) {
      const { host, requests } = await insert(jabatanInBidang(bidang), true, mode);
      expect(host.requests).toHaveLength(3);
      expectWithinEstimate(host, requests, 2);
    }
  });
});

describe("real Office.js client: a workbook with IKI sheets already", () => {
  it("reads the markers of the earlier sheets through the real client for the rekap", async () => {
    const [first, second] = listBidang();
    const host = new OfficeHost({ sheets: [{ name: "Sheet1" }] });
    const made = (await insert(jabatanInBidang(first), false, "iki", host)).result.created;
    const seen: ExistingSheet[][] = [];
    const workbook = new ExcelWorkbook({
      run: realClientRun(host),
      plan: (input) => (seen.push(input.existing), planWorkbook(input)),
    });
    const before = host.requests.length;
    const ids = jabatanInBidang(second).map((j) => j.id);
    const result = await workbook.insert({ jabatanIds: ids, options, rekap: true });
    expect(host.requests.length - before).toBe(3);
    expect(result.rekap).toBeDefined();
    const marked = seen[0].filter((s) => s.marker !== undefined).map((s) => s.name);
    expect(marked).toEqual(made);
    for (const name of made)
      expect(seen[0].find((s) => s.name === name)?.marker).toBe(
        host.sheet(name)?.customProperties.get(MARKER_KEY.toLowerCase())?.value
      );
  });
});

describe("real Office.js client: failures", () => {
  const seeded = () => [{ name: "Data Lama", properties: { catatan: "milik pengguna" } }];
  const run = (hostOptions: HostOptions, jabatan = all, rekap = true) => {
    const host = new OfficeHost({ sheets: seeded(), ...hostOptions });
    return { host, promise: insert(jabatan, rekap, "iki", host) };
  };

  it("runs Office.js's own checks: reading a property that was not loaded throws", async () => {
    const host = new OfficeHost({ sheets: seeded() });
    const read = realClientRun(host)(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Data Lama");
      await context.sync();
      // eslint-disable-next-line office-addins/load-object-before-read -- the point of this test
      return sheet.name;
    });
    await expect(read).rejects.toMatchObject({ code: "PropertyNotLoaded" });
  });

  it("runs Office.js's requirement checks: a call above the host's ExcelApi throws", async () => {
    const host = new OfficeHost({ sheets: seeded() });
    const call = realClientRun(
      host,
      "1.11"
    )(async (context) => {
      context.workbook.worksheets.getItem("Data Lama").customProperties.add("k", "v");
      await context.sync();
    });
    await expect(call).rejects.toMatchObject({ code: "ApiNotFound" });
    expect(host.requests).toEqual([]);
  });

  it("checks property writes against the host's ExcelApi too (the script checks only reads)", async () => {
    const write = (api: string) => {
      const host = new OfficeHost({ sheets: seeded() });
      const done = realClientRun(
        host,
        api
      )(async (context) => {
        const range = context.workbook.worksheets.getItem("Data Lama").getRange("A1:A9");
        range.format.useStandardHeight = true; // RangeFormat.useStandardHeight: ExcelApi 1.7
        await context.sync();
      });
      return { host, done };
    };
    const old = write("1.6");
    await expect(old.done).rejects.toMatchObject({ code: "ApiNotFound" });
    expect(old.host.requests).toEqual([]);
    await expect(write("1.7").done).resolves.toBeUndefined();
    expect(checkedSetters).toBeGreaterThan(100);
  });

  it("leaves a co-author's sheet under a planned name alone, removes ours, and says so", async () => {
    const planned = planWorkbook({
      katalog: builtInCatalog,
      jabatan: all.slice(0, 5),
      options,
      rekap: false,
      existing: [{ name: "Data Lama" }],
    }).map((p) => p.name);
    const plannedThird = planned[2];
    const { host, promise } = run(
      {
        beforeRequest: (h, i) =>
          i === 2 &&
          h.addSheet(plannedThird).customProperties.set("x", { key: "x", value: "rekan" }),
      },
      all.slice(0, 5),
      false
    );
    const error = await failure(promise);
    expect(host.sheetNames).toEqual(["Data Lama", plannedThird]);
    expect(host.sheet(plannedThird)?.customProperties.get("x")?.value).toBe("rekan");
    expect(host.deleted).toEqual([
      ...planned.slice(0, 2),
      expect.stringMatching(/^IKI~[0-9a-f]{20}~2$/), // ours, its rename refused
    ]);
    expect(error.message).toContain(`"${plannedThird}"`);
    expect(error.message).toContain("ItemAlreadyExists");
    expect(error.message).toContain("sudah dihapus");
    expect(error.jabatanIds).toEqual([]);
  });

  it("says Excel refused the whole request, naming no jabatan, when the request is too large", async () => {
    const { host, promise } = run({ payloadLimit: 1_000_000 });
    const error = await failure(promise);
    expect(error.message).toContain("menolak seluruh permintaan");
    expect(error.message).toContain("RequestPayloadSizeLimitExceeded");
    expect(error.message).toContain("tidak berubah");
    expect(error.jabatanIds).toEqual([]);
    expect(host.sheetNames).toEqual(["Data Lama"]);
  });

  it.each([1, 2])("changes nothing when read sync %i fails", async (sync) => {
    const { host, promise } = run({
      failAction: (_a, request) => (request === sync ? "GeneralException" : undefined),
    });
    const error = await failure(promise);
    expect(error.message).toContain("Tidak ada yang diubah");
    expect(host.sheetNames).toEqual(["Data Lama"]);
  });

  it.each([3, 4])(
    "removes every sheet of ours when write sync %i fails at its first action",
    async (sync) => {
      const { host, promise } = run({
        failAction: (_a, request) => (request === sync ? "GeneralException" : undefined),
      });
      const error = await failure(promise);
      expect(error.message).toContain("menolak seluruh permintaan");
      expect(error.message).toContain(sync === 3 ? "tidak berubah" : "sudah dihapus");
      expect(error.jabatanIds).toEqual([]);
      expect(host.sheetNames).toEqual(["Data Lama"]);
      expect(host.sheet("Data Lama")?.customProperties.get("catatan")?.value).toBe(
        "milik pengguna"
      );
    }
  );

  it.each([3, 4])(
    "names the jabatan whose sheet failed in write sync %i, and removes ours",
    async (sync) => {
      let seen = 0;
      const { host, promise } = run({
        failAction: (a, request) =>
          request === sync && a.name === "Formulas" && ++seen === 5 ? "InvalidArgument" : undefined,
      });
      const error = await failure(promise);
      expect(error.jabatanIds).toHaveLength(1);
      expect(error.message).toContain(all.find((j) => j.id === error.jabatanIds[0])?.nama);
      expect(error.message).toContain("InvalidArgument");
      expect(host.sheetNames).toEqual(["Data Lama"]);
    }
  );
});

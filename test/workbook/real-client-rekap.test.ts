/**
 * The year's rekap rewritten in place, an insert that asks about a year's sheets and activateSheet, through
 * Microsoft's real Office.js client (test/support/office-js): Office.js's own argument and
 * requirement-set checks (ExcelApi 1.12), the requests as Excel would receive them, and a host that
 * keeps sheet ids, positions, markers and charts. The fake (rekap-in-place.test.ts) checks contents.
 */
import { builtInCatalog, type Jabatan } from "../../src/catalog";
import { catalog, jabatanInBidang, listBidang } from "../support/builtin-catalog";
import { MARKER_KEY, parseMarker, planWorkbook } from "../../src/template";
import type { TemplateOptions } from "../../src/template/options";
import { ExcelWorkbook } from "../../src/workbook/excel-adapter";
import { PAYLOAD_BUDGET_BYTES, planRequests, requestBytes } from "../../src/workbook/payload";
import { InsertError } from "../../src/workbook/port";
import { sheetCommands } from "../../src/workbook/sheet-commands";
import { options } from "../support/hand-plans";
import { realClientRun, recordRequests } from "../support/office-js/client";
import {
  OfficeHost,
  type HostAction,
  type HostOptions,
  type HostSheet,
} from "../support/office-js/host";

const ids = (jabatan: Jabatan[]) => jabatan.map((j) => j.id);
const marker = (s: HostSheet) => s.customProperties.get(MARKER_KEY.toLowerCase())?.value;
const rekaps = (host: OfficeHost) =>
  host.sheets.filter((s) => parseMarker(marker(s) ?? "")?.kind === "rekap");
/** Where the rekap is: what an in-place rewrite must keep. */
const place = (host: OfficeHost, sheet: HostSheet) => ({
  id: sheet.id,
  name: sheet.name,
  position: host.sheets.indexOf(sheet),
});

function setup(hostOptions: HostOptions = {}) {
  const host = new OfficeHost({ sheets: [{ name: "Sheet1" }], ...hostOptions });
  const workbook = new ExcelWorkbook({ run: realClientRun(host) });
  const sent = recordRequests(host);
  return { host, workbook, sent };
}

const on = (log: HostAction[], sheet: string) => log.filter((a) => a.sheet === sheet);
const calls = (log: HostAction[]) =>
  log.filter((a) => a.type !== "Instantiate").map((a) => `${a.path}.${a.name}`);

/** A worksheets.add as the host ran it (the sheet under its temporary name). */
const sheetAdd = (a: HostAction) =>
  a.type === "Instantiate" && a.object === "sheet" && a.path === "Add";

/**
 * The clear of the rekap, in order, before anything is written into it: a rekap written with
 * "Kunci rumus" (the default) is unprotected first and protected again after its last range write.
 */
function expectCleared(log: HostAction[], rekap: string, charts: number) {
  const rekapCalls = calls(on(log, rekap));
  const clear = [
    "Protection.Unprotect",
    ...Array<string>(charts).fill(expect.stringMatching(/^(\[\]|GetItemAt)\.Delete$/)),
    "GetRange._KeepReference",
    "ConditionalFormats.ClearAll",
    "DataValidation.Clear",
    "GetRange.Unmerge",
    "GetRange.Clear",
    "Format.UseStandardHeight",
    "Format.UseStandardWidth",
  ];
  expect(rekapCalls.slice(0, clear.length)).toEqual(clear);
  const wholeClear = on(log, rekap).find((a) => a.path === "GetRange" && a.name === "Clear");
  expect(wholeClear?.args).toEqual(["All"]);
  // Written into, never added again.
  expect(rekapCalls).toContainEqual(expect.stringMatching(/\.Formulas$/));
  const protect = rekapCalls.indexOf("Protection.Protect");
  expect(protect).toBeGreaterThan(rekapCalls.lastIndexOf("GetRange.Formulas"));
  // Nothing after it but the marker (an Instantiate of CustomProperties.Add, not listed here) and
  // the activation of the sheet.
  expect(rekapCalls.slice(protect + 1).filter((c) => c !== "[].Activate")).toEqual([]);
  expect(log.filter(sheetAdd).map((a) => a.sheet)).not.toContain(rekap);
}

describe.each([true, false])(
  "real Office.js client: the rekap rewritten in place (chart ids %s)",
  (chartIds) => {
    it("a bidang with its rekap, rebuilt twice, then another jabatan: one rekap, never added again", async () => {
      const { host, workbook, sent } = setup({ chartIds });
      const [, sekretariat, bidang] = listBidang();
      const first = await sent(() =>
        workbook.insert({ jabatanIds: ids(jabatanInBidang(sekretariat)), options, rekap: true })
      );
      expect(first.requests).toHaveLength(3);
      const [rekap] = rekaps(host);
      const where = place(host, rekap);
      expect(where.name).toBe(first.result.rekap);
      expect(rekap.charts).toHaveLength(1);
      host.addChart(rekap); // a chart the user added: cleared with the rest, before the others shift

      for (const [round, mode] of [
        [1, "native"],
        [2, "iki"],
      ] as const) {
        const rebuilt = await sent(() => workbook.rebuildRekap({ ...options, mode }));
        expect(rebuilt.result).toEqual({ created: [], rekap: where.name, rekapDiperbarui: true });
        expect(rebuilt.requests).toHaveLength(3); // names, markers and charts, one write
        expectCleared(rebuilt.requests[2].log, where.name, round === 1 ? 2 : 1);
        expect(rekaps(host).map((s) => place(host, s))).toEqual([where]);
        expect(rekap.charts).toHaveLength(1);
        // Its marker is written again, with this rebuild's mode.
        expect(parseMarker(marker(rekap) ?? "")).toMatchObject({ kind: "rekap", mode });
      }

      const other = jabatanInBidang(bidang)[0];
      const added = await sent(() =>
        workbook.insert({ jabatanIds: [other.id], options, rekap: true })
      );
      const [made] = added.result.created;
      expect(added.result).toEqual({ created: [made], rekap: where.name, rekapDiperbarui: true });
      expect(marker(host.sheet(made)!)).toContain(other.id);
      expect(added.requests).toHaveLength(3);
      const write = added.requests[2].log;
      expect(write.filter(sheetAdd)).toHaveLength(1); // the new jabatan's sheet only
      expectCleared(write, where.name, 1);
      // The new sheet comes first, so the rekap's formulas name it once it has its name.
      const rekapValues = JSON.stringify(on(write, where.name).map((a) => a.args));
      expect(rekapValues).toContain(`'${made}'!`);
      expect(rekaps(host).map((s) => place(host, s))).toEqual([where]);
      expect(host.sheetNames).toHaveLength(where.position + 2);
      expect(host.deleted).toEqual([]);
      expect(parseMarker(marker(rekap) ?? "")).toMatchObject({
        kind: "rekap",
        tahun: options.tahun,
      });
    });
  }
);

describe("real Office.js client: an insert that asks about a year's sheets, and activateSheet", () => {
  const kd = catalog.jabatan[0];
  const lain = catalog.jabatan[5];

  it("finds a jabatan's sheets of a year by marker in two requests, renamed ones too", async () => {
    const { host, workbook, sent } = setup();
    const { created } = await workbook.insert({
      jabatanIds: [kd.id, catalog.jabatan[1].id],
      options,
      rekap: false,
    });
    host.sheet(created[0])!.name = "KD Bu Siti";
    const names = [...host.sheetNames];
    const tanya = { rekap: false, sudahAda: "tanya" } as const;
    const found = await sent(() =>
      workbook.insert({ jabatanIds: [kd.id, lain.id], options, ...tanya })
    );
    expect(found.result).toEqual({ created: [], ada: [{ name: "KD Bu Siti", jabatanId: kd.id }] });
    expect(found.requests).toHaveLength(2);
    expect(host.sheetNames).toEqual(names);
    const nextYear = { ...options, tahun: options.tahun + 1 };
    const other = await workbook.insert({ jabatanIds: [kd.id], options: nextYear, ...tanya });
    expect(other.ada).toBeUndefined();
    expect(other.created).toHaveLength(1);
  });

  it("activates a sheet by name, and says in Bahasa Indonesia when it is gone", async () => {
    const { workbook, sent } = setup({ sheets: [{ name: "Sheet1" }, { name: "Data Lama" }] });
    const opened = await sent(() => workbook.activateSheet("Data Lama"));
    expect(opened.requests).toHaveLength(2);
    expect(calls(on(opened.requests[1].log, "Data Lama"))).toEqual(["[].Activate"]);
    const gone = await sent(() => workbook.activateSheet("Hilang").catch((e: unknown) => e));
    expect(gone.result).toBeInstanceOf(InsertError);
    expect((gone.result as Error).message).toMatch(/Lembar "Hilang" tidak ditemukan/);
    expect(gone.requests).toHaveLength(1); // nothing activated
  });

  it("reports a failed lookup or activation with Excel's code", async () => {
    const { workbook } = setup({
      failAction: (a) =>
        a.name === "Activate" || a.sheet === "Sheet1" ? "AccessDenied" : undefined,
    });
    const tanya = { options, rekap: false, sudahAda: "tanya" } as const;
    await expect(workbook.insert({ jabatanIds: [kd.id], ...tanya })).rejects.toThrow(
      /Gagal membaca buku kerja \(kode Excel: AccessDenied\)/
    );
    await expect(workbook.activateSheet("Sheet1")).rejects.toThrow(
      /Gagal membuka lembar "Sheet1" \(kode Excel: AccessDenied\)/
    );
  });
});

describe.each<TemplateOptions["mode"]>(["iki", "native"])(
  "real Office.js client: the whole dinas with its rekap rewritten in place, mode %s",
  (mode) => {
    const o = { ...options, mode };
    it("rebuilds the rekap over 51 sheets in one write within the budget and the estimate", async () => {
      const { host, workbook, sent } = setup();
      await workbook.insert({ jabatanIds: ids(catalog.jabatan), options: o, rekap: true });
      const [rekap] = rekaps(host);
      const where = place(host, rekap);
      // Estimated over the workbook as it is before the rebuild (same names and markers).
      const existing = host.sheets.map((s) => ({ name: s.name, marker: marker(s) }));
      const rebuilt = await sent(() => workbook.rebuildRekap(o));
      expect(rebuilt.requests).toHaveLength(3);
      const estimate = planRequests(
        planWorkbook({
          katalog: builtInCatalog,
          jabatan: [],
          options: o,
          rekap: true,
          existing,
        }).map(sheetCommands)
      );
      expect(estimate).toHaveLength(1);
      expect(rebuilt.requests[2].bytes).toBeLessThanOrEqual(PAYLOAD_BUDGET_BYTES);
      expect(rebuilt.requests[2].bytes).toBeLessThanOrEqual(requestBytes(estimate[0]));
      expectCleared(rebuilt.requests[2].log, where.name, 1);
      expect(rekaps(host).map((s) => place(host, s))).toEqual([where]);
    });

    it("inserts the rest of the dinas into a workbook with the year's rekap: split by budget, rekap in place", async () => {
      const { host, workbook, sent } = setup();
      const [first, ...rest] = catalog.jabatan;
      await workbook.insert({ jabatanIds: [first.id], options: o, rekap: true });
      const where = place(host, rekaps(host)[0]);
      const existing = host.sheets.map((s) => ({ name: s.name, marker: marker(s) }));
      const inserted = await sent(() =>
        workbook.insert({ jabatanIds: ids(rest), options: o, rekap: true })
      );
      expect(inserted.result.created).toHaveLength(rest.length);
      expect(inserted.result.rekapDiperbarui).toBe(true);
      expect(inserted.requests.length).toBeLessThanOrEqual(4);
      const writes = inserted.requests.slice(2);
      const estimate = planRequests(
        planWorkbook({
          katalog: builtInCatalog,
          jabatan: rest,
          options: o,
          rekap: true,
          existing,
        }).map(sheetCommands)
      );
      expect(writes).toHaveLength(estimate.length);
      writes.forEach((w, i) => {
        expect(w.bytes).toBeLessThanOrEqual(PAYLOAD_BUDGET_BYTES);
        expect(w.bytes).toBeLessThanOrEqual(requestBytes(estimate[i]));
      });
      expectCleared(writes[writes.length - 1].log, where.name, 1);
      expect(rekaps(host).map((s) => place(host, s))).toEqual([where]);
    });
  }
);

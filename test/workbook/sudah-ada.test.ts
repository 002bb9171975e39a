/**
 * An insert that asks about, or skips, jabatan that already have an IKI sheet of the year, in its own
 * read (src/template/sudah-ada.ts): syncs through the strict fake Excel and through Microsoft's real
 * client. "tanya" without such a sheet is 3 syncs (names, markers, write); with one, 2 syncs and
 * nothing written; a bidang or the whole dinas with its rekap reads the markers anyway.
 */
import { catalog, jabatanInBidang } from "../support/builtin-catalog";
import { MARKER_KEY, parseMarker, type SudahAda } from "../../src/template";
import type { TemplateOptions } from "../../src/template/options";
import { ExcelWorkbook } from "../../src/workbook/excel-adapter";
import { FakeExcel } from "../support/fake-excel";
import { realClientRun } from "../support/office-js/client";
import { OfficeHost } from "../support/office-js/host";
import { options as baseOptions } from "../template/support";

const options = baseOptions();
const BIDANG = jabatanInBidang("Bidang Perlindungan dan Jaminan Sosial").map((j) => j.id);
const ALL = catalog.jabatan.map((j) => j.id);
const KEY = MARKER_KEY.toLowerCase();

/** The two harnesses behind one shape: syncs so far, sheet names, writes per sync, a sheet's jabatan. */
interface Harness {
  workbook: ExcelWorkbook;
  syncs(): number;
  names(): string[];
  /** Whether any sync after the `from`-th wrote to the workbook. */
  wroteAfter(from: number): boolean;
  jabatanOf(sheet: string): string | undefined;
}

function fakeHarness(): Harness {
  const fake = new FakeExcel({ sheets: [{ name: "Data Lama", cells: { A1: "x" } }] });
  return {
    workbook: new ExcelWorkbook({ run: fake.run, isSetSupported: fake.isSetSupported }),
    syncs: () => fake.syncCount,
    names: () => [...fake.sheetNames],
    wroteAfter: (from) => fake.syncs.slice(from).some((s) => s.writes > 0),
    jabatanOf: (sheet) => jabatanOfMarker(fake.sheet(sheet)?.customProperties.get(KEY)?.value),
  };
}

function realClientHarness(): Harness {
  const host = new OfficeHost({ sheets: [{ name: "Sheet1" }] });
  return {
    workbook: new ExcelWorkbook({ run: realClientRun(host) }),
    syncs: () => host.requests.length,
    names: () => [...host.sheetNames],
    // A read is queries and object paths; a write sets a property or calls a method (add, activate).
    wroteAfter: (from) =>
      host.requests
        .slice(from)
        .some((r) => r.log.some((a) => a.type === "SetProperty" || a.type === "Method")),
    jabatanOf: (sheet) => jabatanOfMarker(host.sheet(sheet)?.customProperties.get(KEY)?.value),
  };
}

function jabatanOfMarker(value: string | undefined): string | undefined {
  const marker = value === undefined ? undefined : parseMarker(value);
  return marker?.kind === "iki" ? marker.jabatanId : undefined;
}

const request = (
  jabatanIds: string[],
  rekap: boolean,
  sudahAda?: SudahAda,
  o?: TemplateOptions
) => ({
  jabatanIds,
  options: o ?? options,
  rekap,
  sudahAda,
});

describe.each<[string, () => Harness]>([
  ["fake Excel", fakeHarness],
  ["real Office.js client", realClientHarness],
])("%s: an insert that asks or skips", (_, harness) => {
  /** Runs an insert and returns its result with the syncs it took. */
  async function counted(h: Harness, r: ReturnType<typeof request>) {
    const before = h.syncs();
    const result = await h.workbook.insert(r);
    return { result, syncs: h.syncs() - before, wrote: h.wroteAfter(before) };
  }

  it("tanya, one jabatan without a sheet of the year: 3 syncs (names, markers, write)", async () => {
    const h = harness();
    const { result, syncs, wrote } = await counted(h, request([BIDANG[0]], false, "tanya"));
    expect(syncs).toBe(3);
    expect(wrote).toBe(true);
    expect(result.created).toHaveLength(1);
    expect(result.ada).toBeUndefined();
  });

  it("tanya, one jabatan with a sheet of the year: 2 syncs, nothing written", async () => {
    const h = harness();
    const { created } = await h.workbook.insert(request([BIDANG[0]], false));
    const names = h.names();
    const { result, syncs, wrote } = await counted(h, request([BIDANG[0]], false, "tanya"));
    expect(result).toEqual({ created: [], ada: [{ name: created[0], jabatanId: BIDANG[0] }] });
    expect(syncs).toBe(2);
    expect(wrote).toBe(false);
    expect(h.names()).toEqual(names);
  });

  it("tanya, a bidang with its rekap: 3 syncs", async () => {
    const h = harness();
    const { result, syncs } = await counted(h, request(BIDANG, true, "tanya"));
    expect(syncs).toBe(3);
    expect(result.created).toHaveLength(BIDANG.length + 1);
  });

  it("tanya, the whole dinas with its rekap: at most 4 syncs", async () => {
    const h = harness();
    const { result, syncs } = await counted(h, request(ALL, true, "tanya"));
    expect(syncs).toBeLessThanOrEqual(4);
    expect(result.created).toHaveLength(ALL.length + 1);
  });

  it("lewati skips exactly the jabatan that have a sheet of the year, and updates the rekap", async () => {
    const h = harness();
    await h.workbook.insert(request([BIDANG[0], BIDANG[0], BIDANG[2]], false));
    const other = { ...options, tahun: options.tahun + 1 };
    await h.workbook.insert(request([BIDANG[1]], false, "buat", other)); // another year's: not skipped
    const before = new Set(h.names());
    const { result, syncs } = await counted(h, request(BIDANG, true, "lewati"));
    expect(syncs).toBe(3);
    const made = result.created.filter((n) => n !== result.rekap).map((n) => h.jabatanOf(n));
    expect(made).toEqual(BIDANG.filter((_, i) => i !== 0 && i !== 2));
    expect(result.ada?.map((s) => s.jabatanId)).toEqual([BIDANG[0], BIDANG[0], BIDANG[2]]);
    expect(result.created.every((n) => !before.has(n))).toBe(true);
    expect(result.rekap).toBeDefined();
  });

  it("lewati with nothing left and no rekap: 2 syncs, an empty result with the sheets found", async () => {
    const h = harness();
    const { created } = await h.workbook.insert(request([BIDANG[0]], false));
    const { result, syncs, wrote } = await counted(h, request([BIDANG[0]], false, "lewati"));
    expect(result).toEqual({ created: [], ada: [{ name: created[0], jabatanId: BIDANG[0] }] });
    expect(syncs).toBe(2);
    expect(wrote).toBe(false);
  });

  it("buat (the default) makes a second sheet without reading the markers: 2 syncs", async () => {
    const h = harness();
    await h.workbook.insert(request([BIDANG[0]], false));
    const { result, syncs } = await counted(h, request([BIDANG[0]], false, "buat"));
    expect(syncs).toBe(2);
    expect(result.created).toHaveLength(1);
    expect(result.ada).toBeUndefined();
  });
});

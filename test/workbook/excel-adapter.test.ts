import { catalog, jabatanInBidang } from "../support/builtin-catalog";
import {
  ExcelWorkbook,
  type ExcelAdapterOptions,
  type ExcelRunner,
} from "../../src/workbook/excel-adapter";
import { InsertError } from "../../src/workbook/port";
import { REQUIRED_EXCEL_API } from "../../src/workbook/requirements";
import { FakeExcel, type FakeExcelOptions, type SeedSheet } from "../support/fake-excel";
import { MARKER, ikiPlan, options, stubPlanner, type StubPlannerCall } from "../support/hand-plans";
import { insertError } from "../support/insert-error";

const allIds = catalog.jabatan.map((j) => j.id);
const seeded: SeedSheet[] = [
  { name: "Data Lama", cells: { A1: "jangan diubah", B2: 42 } },
  {
    name: "IKI 1 KEPALA DINAS SOSIAL",
    marker: '{"v":1,"kind":"iki","jabatanId":"x","tahun":2024,"mode":"iki","skala":"lima"}',
    cells: { A1: "IKI lama" },
  },
];

function setup(fakeOptions: FakeExcelOptions = {}, adapter: Partial<ExcelAdapterOptions> = {}) {
  const fake = new FakeExcel({ sheets: seeded, ...fakeOptions });
  const calls: StubPlannerCall[] = [];
  const workbook = new ExcelWorkbook({
    plan: stubPlanner(calls),
    markerKey: MARKER,
    run: fake.run,
    isSetSupported: fake.isSetSupported,
    ...adapter,
  });
  return { fake, calls, workbook };
}

function snapshotExisting(fake: FakeExcel) {
  return fake.sheets
    .filter((s) => s.preexisting)
    .map((s) => ({ name: s.name, cells: [...s.cells], props: [...s.customProperties] }));
}

describe("ExcelWorkbook.insert: syncs", () => {
  it("takes 2 syncs for one jabatan: read names, write", async () => {
    const { fake, workbook } = setup();
    const result = await workbook.insert({ jabatanIds: [allIds[0]], options, rekap: false });
    expect(fake.syncCount).toBe(2);
    expect(result.created).toHaveLength(1);
    expect(fake.syncs[0].writes).toBe(0);
  });

  it("takes 3 syncs for one bidang with its rekap", async () => {
    const { fake, workbook } = setup();
    const ids = jabatanInBidang("Sekretariat").map((j) => j.id);
    const result = await workbook.insert({ jabatanIds: ids, options, rekap: true });
    expect(fake.syncCount).toBe(3);
    expect(result.created).toHaveLength(ids.length + 1);
  });

  it("takes 3 syncs for the whole dinas (50 sheets) plus the rekap, none over 5 MB", async () => {
    const { fake, workbook } = setup();
    const result = await workbook.insert({ jabatanIds: allIds, options, rekap: true });
    expect(allIds).toHaveLength(50);
    expect(fake.syncCount).toBe(3);
    expect(result.created).toHaveLength(51);
    expect(result.rekap).toBe(result.created[50]);
    expect(fake.largestPayload).toBeLessThan(5 * 1024 * 1024);
  });

  it("suspends calculation in every write sync, and only there", async () => {
    const { fake, workbook } = setup();
    await workbook.insert({ jabatanIds: allIds, options, rekap: true }, undefined);
    expect(fake.syncs.map((s) => s.calculationSuspended)).toEqual([false, false, true]);
  });

  it("splits the writes by payload, whole sheets per sync, when the budget is small", async () => {
    const { fake, workbook } = setup({}, { payloadBudget: 200_000 });
    const result = await workbook.insert({ jabatanIds: allIds, options, rekap: false });
    const writes = fake.syncs.filter((s) => s.writes > 0);
    expect(writes.length).toBeGreaterThan(1);
    expect(fake.syncCount).toBe(1 + writes.length);
    expect(writes.every((s) => s.calculationSuspended)).toBe(true);
    // each sheet is added and marked within one sync (activating the first sheet comes at the end)
    for (const name of result.created) {
      const syncs = new Set(
        fake.operations
          .filter((o) => o.sheet === name && o.member !== "activate")
          .map((o) => o.sync)
      );
      expect(syncs.size).toBe(1);
    }
  });

  it("lists sheets in one sync", async () => {
    const { fake, workbook } = setup();
    expect(await workbook.listSheets()).toEqual(["Data Lama", "IKI 1 KEPALA DINAS SOSIAL"]);
    expect(fake.syncCount).toBe(1);
  });
});

describe("ExcelWorkbook.insert: the workbook it leaves", () => {
  it("never writes, renames or deletes a sheet that existed before", async () => {
    const { fake, workbook } = setup();
    const before = snapshotExisting(fake);
    await workbook.insert({ jabatanIds: allIds, options, rekap: true });
    expect(fake.touchedExisting).toEqual([]);
    expect(fake.deletedSheets).toEqual([]);
    expect(snapshotExisting(fake)).toEqual(before);
    expect(fake.sheetNames.slice(0, 2)).toEqual(["Data Lama", "IKI 1 KEPALA DINAS SOSIAL"]);
  });

  it("passes the existing names to the planner, with markers when a rekap is asked", async () => {
    const { calls, workbook } = setup();
    await workbook.insert({ jabatanIds: [allIds[1]], options, rekap: false });
    await workbook.insert({ jabatanIds: [allIds[2]], options, rekap: true });
    expect(calls[0].existing).toEqual([
      { name: "Data Lama" },
      { name: "IKI 1 KEPALA DINAS SOSIAL" },
    ]);
    expect(calls[1].existing).toEqual([
      { name: "Data Lama" },
      {
        name: "IKI 1 KEPALA DINAS SOSIAL",
        marker: '{"v":1,"kind":"iki","jabatanId":"x","tahun":2024,"mode":"iki","skala":"lima"}',
      },
      { name: expect.stringMatching(/^IKI 2 /), marker: expect.stringContaining('"iki"') },
    ]);
  });

  it("creates a sheet under the name the planner chose around a collision", async () => {
    const { fake, workbook } = setup();
    const result = await workbook.insert({ jabatanIds: [allIds[0]], options, rekap: false });
    expect(result.created[0]).toMatch(/\(2\)$/);
    expect(fake.sheet(result.created[0])?.preexisting).toBe(false);
  });

  it("refuses, before writing anything, a plan whose name is already taken", async () => {
    const { fake, workbook } = setup({}, { plan: () => [ikiPlan("data lama", allIds[0])] });
    const error = await insertError(
      workbook.insert({ jabatanIds: [allIds[0]], options, rekap: false })
    );
    expect(error.message).toContain("data lama");
    expect(error.jabatanIds).toEqual([allIds[0]]);
    expect(fake.writeCount).toBe(0);
  });

  it("refuses two plans with the same name", async () => {
    const { fake, workbook } = setup(
      {},
      { plan: () => [ikiPlan("Sama", "a"), ikiPlan("SAMA", "b")] }
    );
    await insertError(workbook.insert({ jabatanIds: [allIds[0]], options, rekap: false }));
    expect(fake.writeCount).toBe(0);
  });

  it("writes identity text as text, even when it starts with = + - @ or is all digits", async () => {
    for (const nama of [
      '=HYPERLINK("http://contoh.id","klik")',
      "+6281234",
      "-1",
      "@SUM(A1)",
      "=1+1",
    ]) {
      const { fake, workbook } = setup();
      const { created } = await workbook.insert({
        jabatanIds: [allIds[3]],
        options: { ...options, identitas: { ...options.identitas, nama } },
        rekap: false,
      });
      const sheet = fake.sheet(created[0]);
      expect(sheet?.cells.get("C2")).toEqual({ kind: "text", value: nama });
      expect(sheet?.cells.get("C3")).toEqual({ kind: "text", value: "198001012005011001" });
      expect(sheet?.cells.get("H5")?.kind).toBe("formula");
    }
  });

  it("builds every feature of the plan on the new sheet", async () => {
    const { fake, workbook } = setup();
    const { created } = await workbook.insert({ jabatanIds: [allIds[2]], options, rekap: false });
    const sheet = fake.sheet(created[0]);
    expect(sheet?.merges).toEqual(["A1:H1", "A2:B2", "C2:H2"]);
    expect(sheet?.columnWidths.get(1)).toBe(213.75);
    expect(sheet?.rowHeights.get(3)).toBe(30);
    expect(sheet?.conditionalFormats.map((c) => c.formula)).toEqual(
      expect.arrayContaining(["=AND(ISNUMBER(H5),H5>=100)"])
    );
    expect(sheet?.charts[0]).toMatchObject({
      type: "BarClustered",
      title: "Capaian",
      xValues: expect.stringMatching(/^B5:B/),
    });
    expect(sheet?.pageLayout).toMatchObject({
      orientation: "Landscape",
      paperSize: "A4",
      printTitleRows: "$4:$4",
    });
    expect(sheet?.freeze).toEqual({ rows: 4, columns: 2 });
    expect(sheet?.tabColor).toBe("#2E75B6");
    expect(sheet?.customProperties.get(MARKER.toLowerCase())?.value).toContain(allIds[2]);
    expect(sheet?.validations.map((v) => v.property)).toEqual(["rule", "prompt", "errorAlert"]);
  });

  it("links the rekap to the IKI sheets, old and new", async () => {
    const { fake, workbook } = setup();
    const { rekap, created } = await workbook.insert({
      jabatanIds: allIds.slice(0, 2),
      options,
      rekap: true,
    });
    const links = [...(fake.sheet(rekap as string)?.hyperlinks.values() ?? [])];
    expect(links).toEqual([
      {
        documentReference: "'IKI 1 KEPALA DINAS SOSIAL'!A1",
        textToDisplay: "IKI 1 KEPALA DINAS SOSIAL",
      },
      ...created
        .slice(0, 2)
        .map((name) => ({ documentReference: `'${name}'!A1`, textToDisplay: name })),
    ]);
  });
});

describe("ExcelWorkbook.insert: failure", () => {
  it("removes what it created and names the jabatan whose sheet failed", async () => {
    const probe = setup();
    const names = (
      await probe.workbook.insert({ jabatanIds: allIds.slice(0, 5), options, rekap: false })
    ).created;
    const { fake, workbook } = setup({ failOn: { sheet: names[2], member: "formulas" } });
    const before = snapshotExisting(fake);
    const error = await insertError(
      workbook.insert({ jabatanIds: allIds.slice(0, 5), options, rekap: false })
    );
    expect(error.jabatanIds).toEqual([allIds[2]]);
    expect(error.message).toContain(catalog.jabatan[2].nama);
    expect(error.message).toContain("sudah dihapus");
    expect(fake.sheetNames).toEqual(["Data Lama", "IKI 1 KEPALA DINAS SOSIAL"]);
    // the two finished sheets under their names, the failed one under its temporary name
    expect(new Set(fake.deletedSheets)).toEqual(
      new Set([...names.slice(0, 2), expect.stringMatching(/^IKI~[0-9a-f]{20}~2$/)])
    );
    expect(fake.touchedExisting).toEqual([]);
    expect(snapshotExisting(fake)).toEqual(before);
  });

  it("names the jabatan whose sheet could not even be added", async () => {
    const probe = setup();
    const names = (
      await probe.workbook.insert({ jabatanIds: allIds.slice(0, 4), options, rekap: false })
    ).created;
    const { fake, workbook } = setup({ failOn: { sheet: names[3], member: "add" } });
    const error = await insertError(
      workbook.insert({ jabatanIds: allIds.slice(0, 4), options, rekap: false })
    );
    expect(error.jabatanIds).toEqual([allIds[3]]);
    expect(fake.sheetNames).toEqual(["Data Lama", "IKI 1 KEPALA DINAS SOSIAL"]);
  });

  it("cleans up sheets of earlier syncs when a later chunk fails", async () => {
    const { fake, workbook } = setup({ failOn: { write: 2500 } }, { payloadBudget: 150_000 });
    const error = await insertError(workbook.insert({ jabatanIds: allIds, options, rekap: true }));
    expect(fake.syncs.filter((s) => s.writes > 0 && !s.error).length).toBeGreaterThan(1); // earlier chunks went through
    expect(fake.sheetNames).toEqual(["Data Lama", "IKI 1 KEPALA DINAS SOSIAL"]);
    expect(error.jabatanIds).toHaveLength(1);
    expect(fake.touchedExisting).toEqual([]);
  });

  it("says when the rekap failed", async () => {
    const { fake, workbook } = setup({ failOn: { sheet: "Rekap IKI", member: "hyperlink" } });
    const error = await insertError(
      workbook.insert({ jabatanIds: allIds.slice(0, 3), options, rekap: true })
    );
    expect(error.message).toMatch(/rekap/);
    expect(error.jabatanIds).toEqual([]);
    expect(fake.sheetNames).toEqual(["Data Lama", "IKI 1 KEPALA DINAS SOSIAL"]);
  });

  it("reports the sheets it could not remove", async () => {
    const probe = setup();
    const names = (
      await probe.workbook.insert({ jabatanIds: allIds.slice(0, 3), options, rekap: false })
    ).created;
    const { fake, workbook } = setup({
      failOn: [
        { sheet: names[2], member: "formulas" },
        { sheet: names[0], member: "delete" },
      ],
    });
    const error = await insertError(
      workbook.insert({ jabatanIds: allIds.slice(0, 3), options, rekap: false })
    );
    expect(error.message).toContain("hapus secara manual");
    expect(error.message).toContain(names[0]);
    expect(fake.touchedExisting).toEqual([]);
  });

  it("reports a read failure without writing anything", async () => {
    const failingRun: ExcelRunner = async () => {
      throw Object.assign(new Error("x"), { code: "AccessDenied" });
    };
    const workbook = new ExcelWorkbook({ plan: stubPlanner(), markerKey: MARKER, run: failingRun });
    const error = await insertError(
      workbook.insert({ jabatanIds: [allIds[0]], options, rekap: false })
    );
    expect(error.message).toContain("AccessDenied");
    expect(error.message).toContain("Tidak ada yang diubah");
  });

  it("refuses unknown jabatan before touching Excel", async () => {
    const { fake, workbook } = setup();
    const error = await insertError(
      workbook.insert({ jabatanIds: ["tidak-ada", allIds[0]], options, rekap: false })
    );
    expect(error.jabatanIds).toEqual(["tidak-ada"]);
    expect(fake.syncCount).toBe(0);
  });

  it("refuses an unusable plan before writing anything", async () => {
    const broken = { ...ikiPlan("Rusak", allIds[0]), merges: ["A1:"] };
    const { fake, workbook } = setup({}, { plan: () => [broken] });
    const error = await insertError(
      workbook.insert({ jabatanIds: [allIds[0]], options, rekap: false })
    );
    expect(error.message).toMatch(/^Gagal menyiapkan lembar/);
    expect(fake.writeCount).toBe(0);
  });
});

describe("ExcelWorkbook.insert: progress", () => {
  it("reports growing steps from 0 to done, one per sync and one for planning", async () => {
    const { workbook } = setup();
    const steps: [number, number, string][] = [];
    await workbook.insert({ jabatanIds: allIds, options, rekap: true }, (done, total, message) =>
      steps.push([done, total, message])
    );
    expect(steps[0][0]).toBe(0);
    expect(steps.map((s) => s[2])).toEqual([
      "Membaca daftar lembar kerja…",
      "Mencari lembar IKI yang sudah ada…",
      "Menyiapkan 51 lembar…",
      "Menulis lembar 1–51 dari 51…",
      "Selesai: 51 lembar dibuat.",
    ]);
    for (let i = 1; i < steps.length; i++) {
      expect(steps[i][0]).toBeGreaterThanOrEqual(steps[i - 1][0]);
      expect(steps[i][1]).toBeGreaterThanOrEqual(steps[i - 1][1]);
    }
    for (const [done, total] of steps) expect(done).toBeLessThanOrEqual(total);
    const [lastDone, lastTotal] = steps[steps.length - 1];
    expect(lastDone).toBe(lastTotal);
  });

  it("reports each payload chunk", async () => {
    const { workbook } = setup({}, { payloadBudget: 400_000 });
    const messages: string[] = [];
    await workbook.insert({ jabatanIds: allIds, options, rekap: false }, (_d, _t, m) =>
      messages.push(m)
    );
    const writing = messages.filter((m) => m.startsWith("Menulis"));
    expect(writing.length).toBeGreaterThan(1);
    expect(writing[0]).toMatch(/^Menulis lembar 1–\d+ dari 50…$/);
    expect(writing[writing.length - 1]).toMatch(/–50 dari 50…$/);
  });
});

describe("ExcelWorkbook.rebuildRekap", () => {
  it("plans a rekap over the marked sheets and inserts it as a new sheet", async () => {
    const { fake, calls, workbook } = setup();
    const result = await workbook.rebuildRekap(options);
    expect(calls).toEqual([
      {
        jabatan: [],
        rekap: true,
        existing: [
          { name: "Data Lama" },
          {
            name: "IKI 1 KEPALA DINAS SOSIAL",
            marker: '{"v":1,"kind":"iki","jabatanId":"x","tahun":2024,"mode":"iki","skala":"lima"}',
          },
        ],
      },
    ]);
    expect(result).toEqual({ created: ["Rekap IKI"], rekap: "Rekap IKI" });
    expect(fake.syncCount).toBe(3);
    expect(fake.touchedExisting).toEqual([]);
    const second = await workbook.rebuildRekap(options);
    expect(second.rekap).toBe("Rekap IKI (2)");
    expect(fake.sheet("Rekap IKI")?.preexisting).toBe(false);
  });

  it("refuses, writing nothing, when the workbook has no IKI sheet yet", async () => {
    const { fake, calls, workbook } = setup({
      sheets: [{ name: "Data Lama", cells: { A1: "x" } }],
    });
    await expect(workbook.rebuildRekap(options)).rejects.toThrow(/Belum ada lembar IKI/);
    expect(calls).toEqual([]);
    // IKI sheets of another year do not count: a 2025 rekap over 2024 sheets would mix the years.
    const { workbook: lain } = setup();
    await expect(lain.rebuildRekap({ ...options, tahun: 2026 })).rejects.toThrow(
      "Belum ada lembar IKI tahun 2026 di buku kerja ini; sisipkan lembar IKI tahun itu dulu, lalu buat rekap."
    );
    expect(fake.syncCount).toBe(2);
    expect(fake.sheetNames).toEqual(["Data Lama"]);
  });
});

describe("ExcelWorkbook.checkSupport", () => {
  it("accepts a host with ExcelApi 1.12", async () => {
    const fake = new FakeExcel({ apiVersion: REQUIRED_EXCEL_API });
    const workbook = new ExcelWorkbook({
      plan: stubPlanner(),
      markerKey: MARKER,
      run: fake.run,
      isSetSupported: fake.isSetSupported,
    });
    expect(await workbook.checkSupport()).toBeUndefined();
  });

  it("says in Bahasa Indonesia when the host is too old", async () => {
    const fake = new FakeExcel({ apiVersion: "1.11" });
    const workbook = new ExcelWorkbook({
      plan: stubPlanner(),
      markerKey: MARKER,
      run: fake.run,
      isSetSupported: fake.isSetSupported,
    });
    const message = await workbook.checkSupport();
    expect(message).toContain("terlalu lama");
    expect(message).toContain("ExcelApi 1.12");
  });

  it("says so outside Excel (no Office global)", async () => {
    const workbook = new ExcelWorkbook();
    expect(await workbook.checkSupport()).toBe("Add-in ini harus dijalankan di dalam Excel.");
  });
});

describe("ExcelWorkbook.putFormula", () => {
  function withSelection(address: string) {
    const fake = new FakeExcel({ sheets: seeded, selection: { sheet: "Data Lama", address } });
    return {
      fake,
      workbook: new ExcelWorkbook({ plan: stubPlanner(), markerKey: MARKER, run: fake.run }),
    };
  }

  it("writes the formula into an empty selected cell and returns its address, in 2 syncs", async () => {
    const { fake, workbook } = withSelection("C3");
    expect(await workbook.putFormula("=IKI.PERSEN(5,10)")).toBe("'Data Lama'!C3");
    expect(fake.sheet("Data Lama")?.cells.get("C3")).toEqual({
      kind: "formula",
      value: "=IKI.PERSEN(5,10)",
    });
    expect(fake.syncCount).toBe(2);
  });

  it("never overwrites a cell", async () => {
    const { fake, workbook } = withSelection("B2");
    const error = await insertError(workbook.putFormula("=1+1"));
    expect(error.message).toContain("sudah berisi");
    expect(fake.sheet("Data Lama")?.cells.get("B2")).toEqual({ kind: "number", value: 42 });
    expect(fake.writeCount).toBe(0);
  });

  it("asks for a single cell", async () => {
    const { fake, workbook } = withSelection("C3:D4");
    await expect(workbook.putFormula("=1+1")).rejects.toThrow("Pilih satu sel");
    expect(fake.writeCount).toBe(0);
  });

  it("refuses text that is not a formula", async () => {
    const { fake, workbook } = withSelection("C3");
    await expect(workbook.putFormula("IKI.PERSEN(1,2)")).rejects.toBeInstanceOf(InsertError);
    expect(fake.syncCount).toBe(0);
  });
});

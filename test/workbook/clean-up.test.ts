/**
 * Clean-up after a failed insert, against the fake Excel at its worst: a co-author editing between
 * syncs, batches failing at any action, a refused request. Only sheets this insert created are
 * removed (by id, or by name when they carry this insert's token), and the message tells the truth.
 */
import { catalog } from "../support/builtin-catalog";
import { ExcelWorkbook, type ExcelAdapterOptions } from "../../src/workbook/excel-adapter";
import { INSERT_TOKEN_KEY } from "../../src/workbook/insert-token";
import { FakeExcel, type FakeExcelOptions } from "../support/fake-excel";
import { MARKER, options, stubPlanner } from "../support/hand-plans";
import { insertError } from "../support/insert-error";

const allIds = catalog.jabatan.map((j) => j.id);
const SMALL_BUDGET = 150_000; // several write syncs with the stub plans

function setup(fakeOptions: FakeExcelOptions = {}, adapter: Partial<ExcelAdapterOptions> = {}) {
  const fake = new FakeExcel({
    sheets: [{ name: "Data Lama", cells: { A1: "jangan diubah" } }],
    ...fakeOptions,
  });
  const workbook = new ExcelWorkbook({
    plan: stubPlanner(),
    markerKey: MARKER,
    run: fake.run,
    ...adapter,
  });
  return { fake, workbook };
}

async function plannedNames(ids: string[], rekap: boolean): Promise<string[]> {
  return (await setup().workbook.insert({ jabatanIds: ids, options, rekap })).created;
}

describe("clean-up: a co-author between syncs", () => {
  it("leaves the co-author's sheet under a planned name, removes ours, and says what happened", async () => {
    const ids = allIds.slice(0, 5);
    const names = await plannedNames(ids, false);
    const { fake, workbook } = setup({
      beforeSync: (f, i) => void (i === 2 && f.coAuthorAdds(names[3])),
    });
    const error = await insertError(workbook.insert({ jabatanIds: ids, options, rekap: false }));
    expect(fake.sheetNames).toEqual(["Data Lama", names[3]]);
    // ours: three finished, and the fourth still under its temporary name (its rename failed)
    expect(fake.deletedSheets).toEqual([
      ...names.slice(0, 3),
      expect.stringMatching(/^IKI~[0-9a-f]{20}~3$/),
    ]);
    expect(fake.touchedExisting).toEqual([]); // neither written nor deleted
    expect(error.message).toContain(`Nama lembar "${names[3]}" dipakai lembar lain`);
    expect(error.message).toContain("ItemAlreadyExists");
    expect(error.message).toContain("sudah dihapus");
    expect(error.jabatanIds).toEqual([]);
  });

  it("finds our sheets of earlier syncs by id even after a co-author renamed one", async () => {
    const names = await plannedNames(allIds, true);
    let renamed = "";
    const { fake, workbook } = setup(
      {
        beforeSync: (f, i) => {
          if (i !== 4) return; // before the second write sync: the first one made our sheet
          const ours = f.sheet(names[0]);
          if (ours) ours.name = renamed = "Diganti Rekan";
        },
        failOn: { sync: 4, action: 3 }, // right after an add, before its token: found by temporary name
      },
      { payloadBudget: SMALL_BUDGET }
    );
    const error = await insertError(workbook.insert({ jabatanIds: allIds, options, rekap: true }));
    expect(renamed).toBe("Diganti Rekan");
    expect(fake.deletedSheets).toContain("Diganti Rekan");
    expect(fake.sheetNames).toEqual(["Data Lama"]);
    expect(error.message).toContain("sudah dihapus");
  });
});

describe("clean-up: request-level failures", () => {
  it("says Excel refused the whole request when it is too large, blaming no jabatan", async () => {
    const { fake, workbook } = setup({ payloadLimit: 20_000 });
    const error = await insertError(
      workbook.insert({ jabatanIds: allIds.slice(0, 3), options, rekap: false })
    );
    expect(error.message).toContain("Excel menolak seluruh permintaan");
    expect(error.message).toContain("RequestPayloadSizeLimitExceeded");
    expect(error.message).toContain("Tidak ada lembar yang dibuat; buku kerja tidak berubah.");
    expect(error.message).not.toContain(catalog.jabatan[0].nama);
    expect(error.jabatanIds).toEqual([]);
    expect(fake.sheetNames).toEqual(["Data Lama"]);
  });

  it("treats a GeneralException before any sheet exists as the request's, not a jabatan's", async () => {
    const { fake, workbook } = setup({ failOn: { sync: 2, action: 1 } });
    const error = await insertError(
      workbook.insert({ jabatanIds: allIds.slice(0, 3), options, rekap: false })
    );
    expect(error.message).toMatch(/^Excel menolak seluruh permintaan .*GeneralException/);
    expect(error.jabatanIds).toEqual([]);
    expect(fake.sheetNames).toEqual(["Data Lama"]);
  });
});

describe("clean-up: a failure in each sync of a multi-sync insert", () => {
  let syncs = 0;
  let writeSyncs: number[] = [];
  beforeAll(async () => {
    const { fake, workbook } = setup({}, { payloadBudget: SMALL_BUDGET });
    await workbook.insert({ jabatanIds: allIds, options, rekap: true });
    syncs = fake.syncCount;
    writeSyncs = fake.syncs.filter((s) => s.writes > 0).map((s) => s.index);
  });

  it("has reads then several writes to fail in", () => {
    expect(writeSyncs.length).toBeGreaterThan(2);
    expect(writeSyncs[0]).toBe(3);
    expect(syncs).toBe(writeSyncs[writeSyncs.length - 1]);
  });

  it("changes nothing when a read fails", async () => {
    for (const sync of [1, 2]) {
      const { fake, workbook } = setup({ failOn: { sync } }, { payloadBudget: SMALL_BUDGET });
      const error = await insertError(
        workbook.insert({ jabatanIds: allIds, options, rekap: true })
      );
      expect(error.message).toContain("Tidak ada yang diubah");
      expect(fake.writeCount).toBe(0);
    }
  });

  it("removes every sheet of ours, whatever write sync fails, at its start or midway", async () => {
    for (const sync of writeSyncs) {
      for (const action of [1, 40]) {
        const { fake, workbook } = setup(
          { failOn: { sync, action } },
          { payloadBudget: SMALL_BUDGET }
        );
        const error = await insertError(
          workbook.insert({ jabatanIds: allIds, options, rekap: true })
        );
        expect(fake.sheetNames).toEqual(["Data Lama"]);
        expect(fake.touchedExisting).toEqual([]);
        if (action === 1) {
          expect(error.message).toMatch(/^Excel menolak seluruh permintaan/);
          expect(error.jabatanIds).toEqual([]);
        } else expect(error.jabatanIds).toHaveLength(1);
        expect(error.message).toContain(
          sync === 3 && action === 1 ? "tidak berubah" : "sudah dihapus"
        );
      }
    }
  });
});

describe("clean-up: what it cannot do", () => {
  it("deletes nothing blind when the workbook cannot be examined, and names what may be left", async () => {
    const ids = allIds.slice(0, 3);
    const names = await plannedNames(ids, false);
    const { fake, workbook } = setup({
      failOn: [
        { sheet: names[2], member: "formulas" },
        { sync: 3, action: 1 },
      ],
    });
    const error = await insertError(workbook.insert({ jabatanIds: ids, options, rekap: false }));
    expect(error.message).toContain("tidak dapat diperiksa");
    for (const name of names) expect(error.message).toContain(name);
    expect(fake.deletedSheets).toEqual([]);
  });

  it("lists exactly the sheets of ours a failed delete left behind", async () => {
    const ids = allIds.slice(0, 3);
    const names = await plannedNames(ids, false);
    const { fake, workbook } = setup({
      failOn: [
        { sheet: names[2], member: "formulas" },
        { sheet: names[1], member: "delete" },
      ],
    });
    const error = await insertError(workbook.insert({ jabatanIds: ids, options, rekap: false }));
    expect(fake.deletedSheets).toEqual([names[0]]);
    const listed = error.message.slice(error.message.indexOf("hapus secara manual"));
    expect(listed).toContain(names[1]);
    expect(listed).toMatch(/IKI~[0-9a-f]{20}~2/);
    expect(listed).not.toContain(names[0]);
    expect(fake.sheetNames).toEqual(["Data Lama", names[1], expect.stringMatching(/^IKI~/)]);
  });

  it("marks each sheet it made with one token per insert", async () => {
    const { fake, workbook } = setup();
    const first = await workbook.insert({ jabatanIds: allIds.slice(0, 2), options, rekap: false });
    const second = await workbook.insert({ jabatanIds: allIds.slice(2, 3), options, rekap: false });
    const token = (name: string) =>
      fake.sheet(name)?.customProperties.get(INSERT_TOKEN_KEY.toLowerCase())?.value;
    expect(token(first.created[0])).toMatch(/^[0-9a-f]{32}$/);
    expect(token(first.created[1])).toBe(token(first.created[0]));
    expect(token(second.created[0])).not.toBe(token(first.created[0]));
  });
});

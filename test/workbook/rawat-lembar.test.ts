/**
 * rawatLembar through the Office.js adapter on the strict fake Excel: the whole dinas inserted and
 * every input typed, then refreshed against a revised catalog, carried into next year, turned into
 * plain formulas and back. Every typed value is found again cell by cell, names and tab order are
 * kept, the rekap is rewritten; a failure at any sync leaves the workbook as it was, and a failure
 * in the last sync (where old sheets give way to new ones) never loses a typed value.
 */
import { builtInCatalog, type CatalogIndex } from "../../src/catalog";
import { dibawaKeTahunBerikutnya } from "../../src/lifecycle/slots";
import type { AksiLembar } from "../../src/lifecycle/types";
import { parseMarker } from "../../src/template/marker";
import { ExcelWorkbook } from "../../src/workbook/excel-adapter";
import { InsertError } from "../../src/workbook/port";
import type { FakeExcel, FakeSheet } from "../support/fake-excel";
import { indeks, revisi } from "../lifecycle/support";
import {
  dinasTerisi,
  expectKetikanAda,
  ikiMarker,
  markerOf,
  potret,
  salin,
  type Dinas,
} from "./rawat-support";

const revisiKatalog = indeks(revisi(builtInCatalog.catalog));
jest.setTimeout(120_000);

let dinas: Dinas;
beforeAll(async () => {
  dinas = await dinasTerisi();
});

const port = (fake: FakeExcel, katalog: CatalogIndex = builtInCatalog) =>
  new ExcelWorkbook({ run: fake.run, isSetSupported: fake.isSetSupported, katalog });

const PERBARUI: AksiLembar = { kind: "perbarui" };
const rekapOf = (fake: FakeExcel) =>
  fake.sheets.filter((s) => parseMarker(markerOf(s) ?? "")?.kind === "rekap");
const ikiSheets = (fake: FakeExcel) => fake.sheets.filter((s) => ikiMarker(s));

/** Every typed value of every IKI sheet found on the sheet of that name now. */
function expectSemuaAda(fake: FakeExcel, katalog: CatalogIndex) {
  let [slot, sisa] = [0, 0];
  for (const [name, ketik] of dinas.ketikan) {
    const [a, b] = expectKetikanAda(fake.sheet(name) as FakeSheet, ketik, katalog);
    slot += a;
    sisa += b;
  }
  return { slot, sisa };
}

describe("perbarui against a revised catalog", () => {
  test("the preview reads and writes nothing; its report lists every sheet", async () => {
    const fake = salin(dinas.fake);
    const before = potret(fake);
    const laporan = await port(fake, revisiKatalog).rawatLembar({ aksi: PERBARUI, tulis: false });
    expect(laporan.lembar).toHaveLength(dinas.ketikan.size);
    // Jabatan without indicators the revision leaves alone: only their marker names the new catalog.
    const status = new Set(laporan.lembar.map((l) => l.status));
    expect([...status].sort()).toEqual(["diperbarui", "penanda"]);
    expect(laporan.rekap).toHaveLength(1);
    expect(fake.syncs.every((s) => s.writes === 0)).toBe(true);
    // Names, markers and extents; the cells of the whole dinas in one read.
    expect(fake.syncCount).toBe(3);
    expect(potret(fake)).toEqual(before);
  });

  test("every typed value in its slot or the sisa block; names, order, rekap, protection", async () => {
    const fake = salin(dinas.fake);
    const names = fake.sheetNames;
    const rekapId = rekapOf(fake)[0].id;
    const laporan = await port(fake, revisiKatalog).rawatLembar({ aksi: PERBARUI, tulis: true });
    expect(fake.sheetNames).toEqual(names);
    const { slot, sisa } = expectSemuaAda(fake, revisiKatalog);
    const typed = [...dinas.ketikan.values()].reduce((n, k) => n + k.size, 0);
    expect(slot + sisa).toBe(typed);
    expect(sisa).toBeGreaterThan(0);
    for (const s of ikiSheets(fake)) {
      expect(ikiMarker(s)?.katalog).toBe(revisiKatalog.identity().hash);
      expect(s.protection).toBeDefined();
    }
    const [rekap] = rekapOf(fake);
    expect(rekap.id).toBe(rekapId);
    expect(parseMarker(markerOf(rekap) ?? "")?.katalog).toBe(revisiKatalog.identity().hash);
    expect(rekap.protection).toBeDefined();
    // The report counts what was carried on the sheets rewritten (a marker-only one keeps its cells).
    for (const l of laporan.lembar.filter((x) => x.status === "diperbarui"))
      expect(l.dipertahankan + l.sisa.length).toBe(dinas.ketikan.get(l.sheet)!.size);
    // The user's own sheet untouched.
    expect(fake.sheet("Catatan")?.cells.get("A1")?.value).toBe("catatan pengguna");
    // Again: nothing left to change.
    const again = await port(fake, revisiKatalog).rawatLembar({ aksi: PERBARUI, tulis: false });
    expect(again.lembar.every((l) => l.status === "sama")).toBe(true);
  });
});

describe("tahun berikutnya", () => {
  test.each([false, true])(
    "bawaTarget %s: identity (and targets) carried, nothing else",
    async (bawaTarget) => {
      const fake = salin(dinas.fake);
      const before = potret(fake);
      const aksi: AksiLembar = { kind: "tahun-berikutnya", bawaTarget };
      const laporan = await port(fake).rawatLembar({ aksi, tulis: true });
      // This year's sheets untouched, next year's after them.
      expect(potret(fake).slice(0, before.length)).toEqual(before);
      const baru = laporan.lembar.map((l) => l.baru as string);
      expect(fake.sheetNames.slice(before.length, before.length + baru.length)).toEqual(baru);
      for (const l of laporan.lembar) {
        const sheet = fake.sheet(l.baru as string) as FakeSheet;
        expect(ikiMarker(sheet)?.tahun).toBe(2026);
        const ketik = dinas.ketikan.get(l.sheet)!;
        expectKetikanAda(sheet, ketik, builtInCatalog, (k) =>
          dibawaKeTahunBerikutnya(k, bawaTarget)
        );
      }
      expect(rekapOf(fake).map((s) => parseMarker(markerOf(s) ?? "")?.tahun)).toEqual([2025, 2026]);
    }
  );
});

describe("ubah rumus", () => {
  test("to plain formulas and back: no IKI. left, every typed value kept", async () => {
    const fake = salin(dinas.fake);
    const names = fake.sheetNames;
    const biasa: AksiLembar = { kind: "ubah-rumus", mode: "native" };
    const laporan = await port(fake).rawatLembar({ aksi: biasa, tulis: true });
    expect(laporan.rumusLain).toEqual([]);
    const ikiFormulas = (f: FakeExcel) =>
      f.sheets.flatMap((s) =>
        [...s.cells.values()].filter((c) => c.kind === "formula" && /IKI\./i.test(c.value))
      );
    expect(ikiFormulas(fake)).toEqual([]);
    expect(fake.sheetNames).toEqual(names);
    expectSemuaAda(fake, builtInCatalog);
    await port(fake).rawatLembar({ aksi: { kind: "ubah-rumus", mode: "iki" }, tulis: true });
    expect(ikiFormulas(fake).length).toBeGreaterThan(0);
    expect(fake.sheetNames).toEqual(names);
    expectSemuaAda(fake, builtInCatalog);
  });

  test("a hidden or very hidden IKI sheet rewritten stays as hidden; the visible ones stay visible", async () => {
    const fake = salin(dinas.fake);
    const [a, b] = ikiSheets(fake);
    [a.visibility, b.visibility] = ["Hidden", "VeryHidden"];
    const before = fake.sheets.map((s) => [s.name, s.visibility ?? "Visible"]);
    await port(fake).rawatLembar({ aksi: { kind: "ubah-rumus", mode: "native" }, tulis: true });
    expect(fake.sheet(a.name)).not.toBe(a);
    expect(fake.sheets.map((s) => [s.name, s.visibility ?? "Visible"])).toEqual(before);
  });
});

/** The syncs of a successful run of `aksi` on a copy, and the last one's operations. */
async function jalan(aksi: AksiLembar, katalog: CatalogIndex) {
  const fake = salin(dinas.fake);
  await port(fake, katalog).rawatLembar({ aksi, tulis: true });
  const last = fake.syncCount;
  return { syncs: last, lastOps: fake.operations.filter((o) => o.sync === last) };
}

describe.each<[string, AksiLembar, CatalogIndex]>([
  ["perbarui", PERBARUI, revisiKatalog],
  ["tahun berikutnya", { kind: "tahun-berikutnya", bawaTarget: true }, builtInCatalog],
  ["ubah rumus", { kind: "ubah-rumus", mode: "native" }, builtInCatalog],
])("%s failing", (_, aksi, katalog) => {
  test("at every sync before the last: the workbook as it was", async () => {
    const { syncs } = await jalan(aksi, katalog);
    for (let sync = 1; sync < syncs; sync++) {
      const fake = salin(dinas.fake, { failOn: { sync, code: "GeneralException" } });
      const before = potret(fake);
      await expect(port(fake, katalog).rawatLembar({ aksi, tulis: true })).rejects.toThrow(
        InsertError
      );
      expect({ sync, sheets: potret(fake) }).toEqual({ sync, sheets: before });
    }
  });

  test("in the last sync, at its swaps and its rekap: no typed value lost", async () => {
    const { syncs, lastOps } = await jalan(aksi, katalog);
    const at = (pred: (m: string) => boolean) => lastOps.findIndex((o) => pred(o.member)) + 1;
    const points = new Set([
      1,
      at((m) => m === "delete"),
      at((m) => m === "position") + 7,
      at((m) => m === "clear"),
      lastOps.length,
    ]);
    const kept: number[] = [];
    for (const action of [...points].filter((n) => n > 0)) {
      const fake = salin(dinas.fake, { failOn: { sync: syncs, action } });
      const before = potret(fake);
      const error = await port(fake, katalog)
        .rawatLembar({ aksi, tulis: true })
        .catch((e: unknown) => e);
      expect(error).toBeInstanceOf(InsertError);
      if (String((error as Error).message).includes("dipertahankan")) kept.push(action);
      if (aksi.kind === "tahun-berikutnya") {
        expect(potret(fake)).toEqual(before);
        continue;
      }
      // Each jabatan's typed values are on the sheet of its name: the old one or the new one.
      for (const [name, ketik] of dinas.ketikan) {
        const sheet = fake.sheet(name) as FakeSheet;
        expect(sheet).toBeDefined();
        const katalogNya =
          ikiMarker(sheet)?.katalog === katalog.identity().hash ? katalog : builtInCatalog;
        expectKetikanAda(sheet, ketik, katalogNya);
      }
      // Every sheet in its place: the old one, or the new one that took its name and position.
      expect(fake.sheetNames).toEqual(before.map((s) => s.name));
    }
    // Between the first delete and the rekap, some sheets were already swapped in: kept.
    if (aksi.kind !== "tahun-berikutnya") expect(kept.length).toBeGreaterThanOrEqual(2);
  });
});

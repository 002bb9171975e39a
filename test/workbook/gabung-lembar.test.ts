/**
 * gabung through the Office.js adapter on the strict fake Excel: the 50 staff files of a filled dinas
 * (one IKI sheet each) merged into a workbook with a sheet of the user's own: every sheet with every
 * typed value found cell by cell, the rekap and the report sheet; the report before writing writes
 * nothing; a failure at any sync leaves the workbook as it was; a second merge of the same files
 * replaces the sheets (none duplicated) and rewrites the rekap and the report sheet in place.
 */
import { builtInCatalog } from "../../src/catalog";
import { teksLaporanGabung } from "../../src/gabung/laporan-teks";
import type { BerkasDibaca, LaporanGabung, LaporanLembarGabung } from "../../src/gabung/types";
import { parseMarker } from "../../src/template/marker";
import { ExcelWorkbook } from "../../src/workbook/excel-adapter";
import { InsertError } from "../../src/workbook/port";
import { FakeExcel, type FakeSheet } from "../support/fake-excel";
import { berkasDinas } from "../support/berkas-pegawai";
import {
  dinasTerisi,
  expectKetikanAda,
  markerOf,
  potret,
  salin,
  type Dinas,
} from "./rawat-support";

jest.setTimeout(180_000);

let dinas: Dinas;
let berkas: BerkasDibaca[];
beforeAll(async () => {
  dinas = await dinasTerisi();
  berkas = berkasDinas(dinas);
});

const target = (opts: ConstructorParameters<typeof FakeExcel>[0] = {}) =>
  new FakeExcel({ sheets: [{ name: "Catatan", cells: { A1: "catatan pengguna" } }], ...opts });
const port = (fake: FakeExcel) =>
  new ExcelWorkbook({
    run: fake.run,
    isSetSupported: fake.isSetSupported,
    katalog: builtInCatalog,
  });

const lembarOf = (l: LaporanGabung): LaporanLembarGabung[] => l.berkas.flatMap((b) => b.lembar);
const kindOf = (s: FakeSheet) => {
  try {
    return (JSON.parse(markerOf(s) ?? "{}") as { kind?: string }).kind;
  } catch {
    return undefined;
  }
};
const ofKind = (fake: FakeExcel, kind: string) => fake.sheets.filter((s) => kindOf(s) === kind);

/** Every staff sheet's typed values found on the sheet it was merged into. */
function expectSemuaAda(fake: FakeExcel, laporan: LaporanGabung) {
  const lembar = lembarOf(laporan);
  expect(lembar).toHaveLength(dinas.ketikan.size);
  for (const l of lembar) {
    expect({ sheet: l.sheet, status: l.status }).toEqual({ sheet: l.sheet, status: "digabung" });
    const sheet = fake.sheet(l.ke as string) as FakeSheet;
    expect(sheet).toBeDefined();
    const ketik = dinas.ketikan.get(l.sheet)!;
    const [slot, sisa] = expectKetikanAda(sheet, ketik, builtInCatalog);
    expect(slot + sisa).toBe(ketik.size);
  }
}

/** The report sheet's column A: the report's lines, one per row. */
function expectLaporanDitulis(fake: FakeExcel, laporan: LaporanGabung) {
  const [sheet] = ofKind(fake, "laporan");
  expect(sheet.name).toBe(laporan.lembarLaporan);
  const kolomA = teksLaporanGabung(laporan).map((_, i) => sheet.cells.get(`A${i + 1}`)?.value);
  expect(kolomA.filter((v) => v !== undefined).length).toBeGreaterThan(0);
  for (const line of teksLaporanGabung(laporan).filter((x) => x.trim() !== ""))
    expect(kolomA.some((v) => typeof v === "string" && v.trim() === line.trim())).toBe(true);
}

test("the report before writing: every file read, nothing written", async () => {
  const fake = target();
  const before = potret(fake);
  const laporan = await port(fake).gabung({ berkas, tulis: false });
  expect(laporan.berkas).toHaveLength(50);
  expect(lembarOf(laporan).every((l) => l.status === "digabung" && l.dikenali === "penanda")).toBe(
    true
  );
  expect(laporan.tanpaBerkas).toEqual([]);
  expect(fake.syncs.every((s) => s.writes === 0)).toBe(true);
  expect(potret(fake)).toEqual(before);
});

test("50 staff files merged: every sheet with every typed value, the rekap, the report", async () => {
  const fake = target();
  const laporan = await port(fake).gabung({ berkas, tulis: true });
  expectSemuaAda(fake, laporan);
  expect(laporan.masalah).toBe(0);
  const [rekap] = ofKind(fake, "rekap");
  expect(rekap.name).toBe(laporan.rekap);
  expect(parseMarker(markerOf(rekap) ?? "")?.tahun).toBe(laporan.tahun);
  expectLaporanDitulis(fake, laporan);
  expect(fake.sheet("Catatan")?.cells.get("A1")?.value).toBe("catatan pengguna");
  expect(fake.sheets).toHaveLength(1 + 50 + 2);
});

test("a second merge of the same files replaces the sheets; rekap and report rewritten in place", async () => {
  const fake = target();
  const first = await port(fake).gabung({ berkas, tulis: true });
  const names = fake.sheetNames;
  const ids = new Map(fake.sheets.map((s) => [s.name, s.id]));
  const second = await port(fake).gabung({ berkas, tulis: true });
  expect(fake.sheetNames).toEqual(names);
  for (const l of lembarOf(second)) {
    expect(l.mengganti).toBe(l.ke);
    expect(fake.sheet(l.ke as string)!.id).not.toBe(ids.get(l.ke as string));
  }
  expectSemuaAda(fake, second);
  expect(fake.sheet(second.rekap as string)!.id).toBe(ids.get(first.rekap as string));
  expect(second.lembarLaporan).toBe(first.lembarLaporan);
  expect(fake.sheet(second.lembarLaporan as string)!.id).toBe(
    ids.get(first.lembarLaporan as string)
  );
  expectLaporanDitulis(fake, second);
});

/** The syncs of a successful merge on a copy of `from`. */
async function syncsOf(from: FakeExcel) {
  const fake = salin(from);
  await port(fake).gabung({ berkas, tulis: true });
  return fake.syncCount;
}

test("a failure at any sync of a merge leaves the workbook as it was", async () => {
  const kosong = target();
  const syncs = await syncsOf(kosong);
  expect(syncs).toBeGreaterThanOrEqual(4);
  for (let sync = 1; sync <= syncs; sync++) {
    const fake = salin(kosong, { failOn: { sync, code: "GeneralException" } });
    const before = potret(fake);
    await expect(port(fake).gabung({ berkas, tulis: true })).rejects.toThrow(InsertError);
    expect({ sync, sheets: potret(fake) }).toEqual({ sync, sheets: before });
  }
});

test("a failure at any sync before the last of a second merge leaves the workbook as it was", async () => {
  const sekali = target();
  await port(sekali).gabung({ berkas, tulis: true });
  const syncs = await syncsOf(sekali);
  for (let sync = 1; sync < syncs; sync++) {
    const fake = salin(sekali, { failOn: { sync, code: "GeneralException" } });
    const before = potret(fake);
    await expect(port(fake).gabung({ berkas, tulis: true })).rejects.toThrow(InsertError);
    expect({ sync, sheets: potret(fake) }).toEqual({ sync, sheets: before });
  }
});

test("a failure in the last sync of a second merge, at its deletes: every sheet there, old or new, with its values", async () => {
  const sekali = target();
  const first = await port(sekali).gabung({ berkas, tulis: true });
  const probe = salin(sekali);
  await port(probe).gabung({ berkas, tulis: true });
  const last = probe.syncCount;
  const ops = probe.operations.filter((o) => o.sync === last);
  const deletes = ops.flatMap((o, i) => (o.member === "delete" ? [i + 1] : []));
  expect(deletes.length).toBeGreaterThan(0);
  for (const action of [deletes[0], deletes[deletes.length - 1] + 1]) {
    const fake = salin(sekali, { failOn: { sync: last, action } });
    const names = fake.sheetNames;
    await expect(port(fake).gabung({ berkas, tulis: true })).rejects.toThrow(InsertError);
    expect({ action, names: fake.sheetNames }).toEqual({ action, names });
    expectSemuaAda(fake, first);
  }
});

/**
 * The progress and result texts of a lifecycle action name the action ("Memperbarui lembar 3 dari
 * 22…"), never "dibuat" for a sheet that replaces another or "0 lembar" when only markers change;
 * the preview's memory port names the action when it fails. Office.js (strict fake) and memory.
 */
import { builtInCatalog } from "../../src/catalog";
import type { AksiLembar } from "../../src/lifecycle/types";
import { MemoryWorkbookPort } from "../../src/preview/memory-port";
import { ExcelWorkbook } from "../../src/workbook/excel-adapter";
import { InsertError } from "../../src/workbook/port";
import { teks } from "../../src/workbook/teks";
import { FakeExcel } from "../support/fake-excel";
import { indeks, revisi } from "../lifecycle/support";
import { options } from "../template/support";

const revisiKatalog = indeks(revisi(builtInCatalog.catalog));
const identitas = { nama: "", nip: "", pangkatGolongan: "", penilaiNama: "", penilaiNip: "" };
const PERBARUI: AksiLembar = { kind: "perbarui" };
jest.setTimeout(60_000);

const denganIndikator = builtInCatalog.catalog.jabatan.filter((j) => j.indikator.length >= 3);
const tanpaIndikator = builtInCatalog.catalog.jabatan.filter((j) => j.indikator.length === 0);

async function fakeWith(jabatanIds: string[], rekap: boolean) {
  const fake = new FakeExcel({ sheets: [{ name: "Catatan", cells: { A1: "x" } }] });
  const port = (katalog = builtInCatalog) =>
    new ExcelWorkbook({ run: fake.run, isSetSupported: fake.isSetSupported, katalog });
  await port().insert({ jabatanIds, options: options({ identitas }), rekap });
  return { fake, port };
}

async function steps(
  run: (onProgress: (d: number, t: number, m: string) => void) => Promise<unknown>
) {
  const out: string[] = [];
  await run((_d, _t, m) => out.push(m));
  return out;
}

test("perbarui: 'Memperbarui lembar …', 'diperbarui', never 'dibuat'", async () => {
  const { port } = await fakeWith(
    denganIndikator.slice(0, 2).map((j) => j.id),
    true
  );
  const said = await steps((p) =>
    port(revisiKatalog).rawatLembar({ aksi: PERBARUI, tulis: true }, p)
  );
  expect(said).toContain("Menyiapkan 3 lembar yang diperbarui…");
  expect(said.some((m) => /^Memperbarui lembar 1–3 dari 3…$/.test(m))).toBe(true);
  expect(said[said.length - 1]).toBe("Selesai: 3 lembar diperbarui.");
  expect(said.join("\n")).not.toMatch(/dibuat|Menulis lembar/);
});

test("ubah rumus and tahun berikutnya name themselves", async () => {
  const { port } = await fakeWith([denganIndikator[0].id], true);
  const ubah = await steps((p) =>
    port().rawatLembar({ aksi: { kind: "ubah-rumus", mode: "native" }, tulis: true }, p)
  );
  expect(ubah.some((m) => m.startsWith("Mengubah rumus lembar 1–2 dari 2"))).toBe(true);
  expect(ubah[ubah.length - 1]).toBe("Selesai: rumus 2 lembar diubah.");
  const baru = await steps((p) =>
    port().rawatLembar({ aksi: { kind: "tahun-berikutnya", bawaTarget: false }, tulis: true }, p)
  );
  expect(baru.some((m) => m.startsWith("Menulis lembar tahun berikutnya"))).toBe(true);
  expect(baru[baru.length - 1]).toBe("Selesai: 2 lembar tahun berikutnya dibuat.");
});

test("only markers change: no preparing of 0 sheets, one step that says what it does", async () => {
  const { fake, port } = await fakeWith([tanpaIndikator[1].id], false);
  const before = fake.syncCount;
  const said = await steps((p) =>
    port(revisiKatalog).rawatLembar({ aksi: PERBARUI, tulis: true }, p)
  );
  expect(said.join("\n")).not.toMatch(/0 lembar|dari 0|Menyiapkan/);
  expect(said).toContain(teks.mencatatPenanda);
  expect(said[said.length - 1]).toBe(teks.penandaDicatat(1));
  // Names; markers, extents; the cells; the markers.
  expect(fake.syncCount - before).toBe(4);
});

test("memory port: progress named for the action; a failure says which action failed", async () => {
  const port = new MemoryWorkbookPort();
  await port.insert({
    jabatanIds: [denganIndikator[0].id],
    options: options({ identitas }),
    rekap: true,
  });
  port.katalog = revisiKatalog;
  const said = await steps((p) => port.rawatLembar({ aksi: PERBARUI, tulis: true }, p));
  expect(said).toContain("Memperbarui lembar 1–2 dari 2…");
  expect(said[said.length - 1]).toBe("Selesai: 2 lembar diperbarui.");

  const other = new MemoryWorkbookPort();
  await other.insert({
    jabatanIds: [denganIndikator[0].id],
    options: options({ identitas }),
    rekap: true,
  });
  jest.spyOn(other.workbook, "apply").mockImplementation(() => {
    throw new Error("rusak");
  });
  const error = await other
    .rawatLembar({ aksi: { kind: "ubah-rumus", mode: "native" }, tulis: true })
    .catch((e: unknown) => e);
  expect(error).toBeInstanceOf(InsertError);
  expect((error as Error).message).toBe(
    "Rumus lembar IKI tidak dapat diubah; buku kerja tidak diubah (rusak)."
  );
});

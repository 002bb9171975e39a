/**
 * The catalog actions of the in-memory port (the preview's workbook) without a browser: export as
 * sheets, edit, read the sheets back, import, store in the workbook (veryHidden), insert with it,
 * read it again from the workbook, an altered stored catalog reported, and back to the built-in one.
 */
import { builtInCatalog } from "../../src/catalog";
import { tablesToCatalog } from "../../src/catalog/tabel";
import { MemoryWorkbookPort } from "../../src/preview/memory-port";
import { NAMA_KATALOG_TERSIMPAN, planStoredCatalog } from "../../src/template/katalog-tersimpan";
import { MARKER_KEY } from "../../src/template/sheet-keys";
import { teks } from "../../src/template/teks";
import type { TemplateOptions } from "../../src/template/options";

const OPTIONS: TemplateOptions = {
  tahun: 2025,
  identitas: { nama: "", nip: "", pangkatGolongan: "", penilaiNama: "", penilaiNip: "" },
  skala: "lima",
  mode: "iki",
};

/** The A1 address of the cell in `sheet` whose value is `text` (the first one). */
function find(port: MemoryWorkbookPort, sheet: string, text: string): string {
  const values = port.workbook.values(sheet);
  for (const [r, row] of values.entries()) {
    const c = row.indexOf(text);
    if (c >= 0) return `${String.fromCharCode(65 + c)}${r + 1}`;
  }
  throw new Error(`"${text}" not on ${sheet}`);
}

function freshPort() {
  const port = new MemoryWorkbookPort();
  port.workbook.addSheet("Lembar1");
  return port;
}

test("export, edit, import, store: the edited catalog is used by the insert and read back from the workbook", async () => {
  const port = freshPort();
  const created = await port.exportCatalog();
  expect(created).toEqual(["Petunjuk", "Instansi", "Jabatan", "Tugas", "Fungsi", "Indikator"]);
  // Unchanged, the export reads back as the catalog itself.
  const same = tablesToCatalog(await port.readCatalogSheets());
  expect(same.masalah).toEqual([]);
  expect(same.catalog).toEqual(builtInCatalog.catalog);

  port.workbook.setCell("Instansi", find(port, "Instansi", "Dinas Sosial"), "Dinas Sosial Baru");
  const sheets = await port.readCatalogSheets();
  // The data sheets: Petunjuk only explains them and is not read.
  expect(sheets.map((s) => s.name)).toEqual(created.filter((name) => name !== "Petunjuk"));
  const imported = tablesToCatalog(sheets);
  expect(imported.masalah).toEqual([]);
  const used = await port.saveCatalog(imported.catalog);
  expect(used.tersimpan).toBe(true);
  expect(port.workbook.decoration(NAMA_KATALOG_TERSIMPAN)?.visibility).toBe("veryHidden");

  const id = builtInCatalog.jabatan[1].id;
  const result = await port.insert({ jabatanIds: [id], options: OPTIONS, rekap: false });
  const sheet = result.created[0];
  expect(port.workbook.getValue(sheet, "A2")).toBe(teks.kop2("Dinas Sosial Baru"));
  const values = port.workbook.values(sheet).flat();
  expect(
    values.some((v) => typeof v === "string" && v.includes("Dinas Sosial Baru Kabupaten Malang"))
  ).toBe(true);

  // A colleague opening the workbook: the stored catalog is read back and used.
  const again = new MemoryWorkbookPort(port.workbook);
  const read = await again.readCatalog();
  expect(read.tersimpan).toBe(true);
  expect(read.katalog.catalog).toEqual(imported.catalog);
  expect(again.katalog.catalog.instansi.nama).toBe("Dinas Sosial Baru");

  // Stored again: superseded by a new sheet, still one hidden sheet.
  await port.saveCatalog(builtInCatalog.catalog);
  expect(port.workbook.sheetNames().filter((n) => n === NAMA_KATALOG_TERSIMPAN)).toHaveLength(1);

  const back = await port.saveCatalog(undefined);
  expect(back).toEqual({ katalog: builtInCatalog, tersimpan: false, riwayat: [] });
  expect(port.workbook.hasSheet(NAMA_KATALOG_TERSIMPAN)).toBe(false);
  expect(port.katalog).toBe(builtInCatalog);
});

test("an altered stored catalog is reported and the built-in one is used", async () => {
  const port = freshPort();
  await port.saveCatalog(builtInCatalog.catalog);
  port.workbook.setCell(NAMA_KATALOG_TERSIMPAN, "B7", '{"rusak":');
  const read = await new MemoryWorkbookPort(port.workbook).readCatalog();
  expect(read.tersimpan).toBe(false);
  expect(read.katalog).toBe(builtInCatalog);
  expect(read.masalah).toMatch(/rusak/);
});

test("a renamed exported sheet is still read as its table, by its marker; other sheets are not read", async () => {
  const port = freshPort();
  await port.exportCatalog();
  port.workbook.renameSheet("Jabatan", "Daftar Jabatan");
  const sheets = await port.readCatalogSheets();
  expect(sheets.map((s) => s.name).sort()).toEqual(
    ["Fungsi", "Indikator", "Instansi", "Jabatan", "Tugas"].sort()
  );
  expect(tablesToCatalog(sheets).catalog).toEqual(builtInCatalog.catalog);
});

test("a user's own sheet named IKI-Katalog is never read, changed, hidden or removed; the catalog goes beside it", async () => {
  const port = freshPort();
  port.workbook.addSheet("iki-katalog");
  port.workbook.setCells("iki-katalog", "A1", [["Catatan saya", 12]]);
  const before = port.workbook.values("iki-katalog");
  expect(await port.readCatalog()).toEqual({
    katalog: builtInCatalog,
    tersimpan: false,
    riwayat: [],
  });

  const lain = {
    ...builtInCatalog.catalog,
    instansi: { ...builtInCatalog.catalog.instansi, nama: "Dinas Lain" },
  };
  await port.saveCatalog(lain);
  expect(port.workbook.sheetNames()).toEqual(["Lembar1", "iki-katalog", "IKI-Katalog (2)"]);
  const read = await new MemoryWorkbookPort(port.workbook).readCatalog();
  expect([read.tersimpan, read.katalog.catalog]).toEqual([true, lain]);

  await port.saveCatalog(undefined);
  expect(port.workbook.sheetNames()).toEqual(["Lembar1", "iki-katalog"]);
  expect(port.workbook.values("iki-katalog")).toEqual(before);
  expect(port.workbook.decoration("iki-katalog")?.visibility ?? "visible").toBe("visible");
});

test("without its marker (re-saved by LibreOffice) the stored catalog is superseded; of two signed sheets the last is read", async () => {
  const port = freshPort();
  await port.saveCatalog(builtInCatalog.catalog);
  port.workbook.setProperty(NAMA_KATALOG_TERSIMPAN, MARKER_KEY, undefined);
  expect(port.workbook.sheets()[1]).toEqual({ name: NAMA_KATALOG_TERSIMPAN });
  const lain = {
    ...builtInCatalog.catalog,
    instansi: { ...builtInCatalog.catalog.instansi, nama: "Dinas Lain" },
  };
  await port.saveCatalog(lain);
  expect(port.workbook.sheetNames()).toEqual(["Lembar1", NAMA_KATALOG_TERSIMPAN]);
  expect((await port.readCatalog()).katalog.catalog).toEqual(lain);

  // A second signed sheet after it (a copy of the built-in catalog's cells): the last is read.
  port.workbook.addSheet("IKI-Katalog (2)");
  const grid = planStoredCatalog(builtInCatalog.catalog, []).cells.map((row) =>
    row.map((c) => (c !== null && typeof c === "object" ? null : c))
  );
  port.workbook.setCells("IKI-Katalog (2)", "A1", grid);
  expect((await port.readCatalog()).katalog.catalog).toEqual(builtInCatalog.catalog);
  await port.saveCatalog(undefined);
  expect(port.workbook.sheetNames()).toEqual(["Lembar1"]);
});

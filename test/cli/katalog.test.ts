/**
 * The command line with catalogs: --ekspor-katalog writes the editable layout, --katalog reads a
 * .json, a layout .xlsx or an .xlsx that carries its catalog; the round trip of the built-in catalog
 * through a file is exact; an invalid catalog writes nothing (exit 2) and says every problem; a
 * catalog from a file travels with the workbook (hidden sheet, markers, default name, creator).
 */
import ExcelJS from "exceljs";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { builtInCatalog, canonicalJson } from "../../src/catalog";
import { catalogToTables, tablesToCatalog } from "../../src/catalog/tabel";
import type { Catalog } from "../../src/catalog/types";
import { EXIT } from "../../src/cli/main";
import {
  MARKER_KEY,
  NAMA_KATALOG_TERSIMPAN,
  parseKatalogMarker,
  parseMarker,
  readStoredCatalog,
} from "../../src/template";
import { readSheetProperties } from "../../src/xlsx/package-parts";
import { readXlsxSheets } from "../../src/xlsx/read-sheets";
import { readWorkbook } from "../xlsx/support";
import { runCli } from "./run-cli";

const PAKISAJI = path.join(__dirname, "..", "fixtures", "katalog", "pakisaji-2019.json");
const pakisaji = JSON.parse(fs.readFileSync(PAKISAJI, "utf8")) as Catalog;

let dir: string;
beforeEach(() => (dir = fs.mkdtempSync(path.join(os.tmpdir(), "iki-cli-katalog-"))));
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

const run = (...argv: string[]) => runCli(dir, {}, argv);

const at = (name: string) => path.join(dir, name);

/** Edits cells of an .xlsx by sheet and address, saved under a new name (as a user would in Excel). */
async function edit(from: string, to: string, change: (wb: ExcelJS.Workbook) => void) {
  const wb = await readWorkbook(at(from));
  change(wb);
  await wb.xlsx.writeFile(at(to));
}

/** The column of a header on row 2 of a layout sheet. */
function columnOf(ws: ExcelJS.Worksheet, header: string): number {
  let col = 0;
  ws.getRow(2).eachCell((c, n) => (c.value === header ? (col = n) : undefined));
  if (col === 0) throw new Error(`no column ${header} on ${ws.name}`);
  return col;
}

describe("--ekspor-katalog", () => {
  it("writes the built-in catalog, which imported again equals it exactly", async () => {
    const r = await run("--ekspor-katalog", "-o", "katalog.xlsx");
    expect(r.code).toBe(EXIT.ok);
    expect(r.out).toMatch(/^Selesai: katalog\.xlsx \(katalog dalam 6 lembar; \d+ KB\)/);
    const sheets = await readXlsxSheets(fs.readFileSync(at("katalog.xlsx")));
    const tables = catalogToTables(builtInCatalog.catalog).map((t) => t.sheet);
    expect(sheets.map((s) => s.name)).toEqual(tables);
    expect(tables).toHaveLength(6);
    const imported = tablesToCatalog(sheets);
    expect(imported.masalah).toEqual([]);
    expect(imported.catalog).toEqual(builtInCatalog.catalog);
    expect(canonicalJson(imported.catalog)).toBe(canonicalJson(builtInCatalog.catalog));
    // Each sheet's marker names its table; the document's author is the instansi.
    const props = await readSheetProperties(fs.readFileSync(at("katalog.xlsx")));
    expect(parseKatalogMarker(props.get("Indikator")?.get(MARKER_KEY))).toEqual({
      v: 1,
      kind: "katalog",
      tabel: "Indikator",
    });
    expect((await readWorkbook(at("katalog.xlsx"))).creator).toBe(
      "IKI Dinas Sosial Kabupaten Malang"
    );
  });

  it("names the file by the instansi of the catalog in use, and refuses a choice of jabatan", async () => {
    const r = await run("--ekspor-katalog", "--katalog", PAKISAJI);
    expect(r.code).toBe(EXIT.ok);
    expect(fs.existsSync(at("Katalog-IKI-kecamatan-pakisaji-2019.xlsx"))).toBe(true);
    const wrong = await run("--ekspor-katalog", "--semua", "-t", "2025");
    expect(wrong.code).toBe(EXIT.usage);
    expect(wrong.err).toMatch(/--ekspor-katalog hanya menulis katalog; --tahun, --semua/);
  });
});

describe("--katalog", () => {
  it("an edited export: the whole instansi written with its catalog stored, markers naming it", async () => {
    await run("--ekspor-katalog", "--katalog", PAKISAJI, "-o", "pakisaji.xlsx");
    const r = await run("--katalog", "pakisaji.xlsx", "--semua", "--rekap", "-t", "2026");
    expect(r.code).toBe(EXIT.ok);
    expect(r.err).toMatch(/Katalog: Kecamatan Pakisaji Kabupaten Malang, Keputusan 188\.45/);
    expect(r.out).toMatch(
      /IKI-kecamatan-pakisaji-2026\.xlsx \(3 lembar: 1 lembar IKI dan 1 rekap dan katalognya/
    );
    const file = fs.readFileSync(at("IKI-kecamatan-pakisaji-2026.xlsx"));
    const sheets = await readXlsxSheets(file);
    expect(readStoredCatalog(sheets)).toEqual({ catalog: pakisaji, riwayat: [] });
    const wb = await readWorkbook(file);
    expect(wb.getWorksheet(NAMA_KATALOG_TERSIMPAN)?.state).toBe("veryHidden");
    expect(wb.creator).toBe("IKI Kecamatan Pakisaji Kabupaten Malang");
    const props = await readSheetProperties(file);
    const hash = (await import("../../src/catalog")).catalogHash(pakisaji);
    for (const name of [wb.worksheets[0].name, wb.worksheets[1].name])
      expect(parseMarker(props.get(name)?.get(MARKER_KEY) ?? "")?.katalog).toBe(hash);
    // That output carries its catalog: it serves as --katalog itself.
    const again = await run("--katalog", "IKI-kecamatan-pakisaji-2026.xlsx", "--daftar");
    expect(again).toMatchObject({
      code: EXIT.ok,
      out: expect.stringMatching(/sekretaris-kecamatan/),
    });
  });

  it("an output whose stored catalog was changed outside the add-in: said so, no built-in catalog in its place", async () => {
    await run("--katalog", PAKISAJI, "-j", "sekretaris-kecamatan", "-o", "dibuat.xlsx");
    await edit("dibuat.xlsx", "diubah.xlsx", (wb) => {
      const ws = wb.getWorksheet(NAMA_KATALOG_TERSIMPAN) as ExcelJS.Worksheet;
      const chunk = String(ws.getCell("B7").value);
      ws.getCell("B7").value = chunk.replace("Pakisaji", "Pakisajl");
    });
    const r = await run("--katalog", "diubah.xlsx", "--daftar");
    expect(r.code).toBe(EXIT.usage);
    expect(r.err).toBe(
      "Katalog yang tersimpan di diubah.xlsx tidak dapat dipakai: isinya sudah diubah di luar add-in IKI. Pakai berkas katalog aslinya dengan --katalog (hasil --ekspor-katalog yang disunting, atau .json); tidak ada berkas yang ditulis."
    );
  });

  it("an unknown jabatan with --katalog: the hint lists that catalog, not the built-in one", async () => {
    fs.copyFileSync(PAKISAJI, at("katalog saya.json"));
    const r = await run("--katalog", "katalog saya.json", "-j", "zzz");
    expect(r.code).toBe(EXIT.usage);
    expect(r.err).toMatch(
      /Daftar lengkap: "iki-workbook --katalog "katalog saya\.json" --daftar"\.$/
    );
  });

  it("a jabatan chosen from a catalog file: the default name starts with the instansi", async () => {
    const r = await run("--katalog", PAKISAJI, "-j", "sekretaris-kecamatan", "-t", "2026");
    expect(r.code).toBe(EXIT.ok);
    expect(fs.existsSync(at("IKI-kecamatan-pakisaji-sekretaris-kecamatan-2026.xlsx"))).toBe(true);
  });

  it("an invalid layout: every problem with sheet, row and column, nothing written, exit 2", async () => {
    await run("--ekspor-katalog", "-o", "katalog.xlsx");
    await edit("katalog.xlsx", "salah.xlsx", (wb) => {
      const ind = wb.getWorksheet("Indikator") as ExcelJS.Worksheet;
      ind.getCell(3, columnOf(ind, "Jenis")).value = "presen";
      ind.getCell(4, columnOf(ind, "Polaritas")).value = "positip";
      const jab = wb.getWorksheet("Jabatan") as ExcelJS.Worksheet;
      jab.getCell(4, columnOf(jab, "Nama Jabatan")).value = null;
    });
    const r = await run("--katalog", "salah.xlsx", "--semua", "-o", "hasil.xlsx");
    expect(r.code).toBe(EXIT.usage);
    expect(r.err).toMatch(/Katalog salah\.xlsx belum dapat dipakai: 3 masalah/);
    expect(r.err).toMatch(/- Indikator, baris 3, kolom Jenis: .*presen.*Perbaikan:/);
    expect(r.err).toMatch(/- Indikator, baris 4, kolom Polaritas: .*positip/);
    expect(r.err).toMatch(/- Jabatan, baris 4, kolom Nama Jabatan: /);
    expect(fs.existsSync(at("hasil.xlsx"))).toBe(false);
  });

  it("warnings are printed and the work goes on", async () => {
    await run("--ekspor-katalog", "-o", "katalog.xlsx");
    await edit("katalog.xlsx", "tambah.xlsx", (wb) => {
      const jab = wb.getWorksheet("Jabatan") as ExcelJS.Worksheet;
      jab.getCell(2, 20).value = "Keterangan Saya";
      wb.addWorksheet("Catatan Saya").getCell("A1").value = "bebas";
    });
    const r = await run("--katalog", "tambah.xlsx", "-j", "arsiparis", "-o", "hasil.xlsx");
    expect(r.code).toBe(EXIT.ok);
    // One heading with the count (pesan.katalog.peringatan), then one line per warning.
    expect(r.err).toMatch(/^Katalog tambah\.xlsx: 2 peringatan \(tetap dipakai\)\.\n- /);
    expect(r.err).toMatch(/^- Jabatan.*Keterangan Saya/m);
    expect(r.err).toMatch(/^- Catatan Saya/m);
    expect(fs.existsSync(at("hasil.xlsx"))).toBe(true);
  });

  it("a .json with errors: the command line's words (run the command again), not the pane's (import)", async () => {
    fs.writeFileSync(at("rusak.json"), JSON.stringify({ ...pakisaji, tahun: "x" }));
    const r = await run("--katalog", "rusak.json", "--daftar");
    expect(r.code).toBe(EXIT.usage);
    expect(r.err.split("\n")).toEqual([
      "Katalog rusak.json belum dapat dipakai: 1 masalah. Perbaiki semuanya, lalu jalankan perintah lagi; tidak ada berkas yang ditulis.",
      '- rusak.json: Katalog: isian "tahun" harus bilangan bulat (ditemukan "x"). Perbaikan: Perbaiki data yang disebut.',
    ]);
    expect(r.err).not.toMatch(/impor|field/i);
  });

  it("a .json with errors, a file that is not there, one that is not a catalog, a wrong extension", async () => {
    fs.writeFileSync(at("rusak.json"), JSON.stringify({ ...pakisaji, tahun: "x", nomor: "" }));
    const bad = await run("--katalog", "rusak.json", "--semua");
    expect(bad.code).toBe(EXIT.usage);
    expect(bad.err.match(/^- rusak\.json: /gm)).toHaveLength(2);
    const none = await run("--katalog", "tidak-ada.xlsx", "--daftar");
    expect(none).toMatchObject({
      code: EXIT.usage,
      err: expect.stringMatching(/berkas itu tidak ada/),
    });
    await run("-j", "arsiparis", "-o", "biasa.xlsx");
    const plain = await run("--katalog", "biasa.xlsx", "--daftar");
    expect(plain).toMatchObject({
      code: EXIT.usage,
      err: expect.stringMatching(/tidak berisi katalog/),
    });
    const ext = await run("--katalog", "katalog.csv", "--daftar");
    expect(ext).toMatchObject({
      code: EXIT.usage,
      err: expect.stringMatching(/harus \.json atau \.xlsx/),
    });
  });

  it("a damaged .xlsx: one plain sentence of what it is and what to do, no library text", async () => {
    fs.writeFileSync(at("rusak.xlsx"), "abc");
    const r = await run("--katalog", "rusak.xlsx", "--daftar");
    expect(r.code).toBe(EXIT.usage);
    expect(r.err).toBe(
      'Katalog tidak dapat dibaca: rusak.xlsx. Berkas ini bukan buku kerja Excel (.xlsx), walau namanya berakhiran .xlsx. Buka di Excel lalu simpan sebagai "Excel Workbook (*.xlsx)".'
    );
  });

  it("without --katalog the output carries no stored catalog (the built-in output is unchanged)", async () => {
    await run("-j", "arsiparis", "-o", "biasa.xlsx");
    const wb = await readWorkbook(at("biasa.xlsx"));
    expect(wb.worksheets.map((w) => w.name)).toEqual(["Arsiparis"]);
    expect(wb.creator).toBe("IKI Dinas Sosial Kabupaten Malang");
  });
});

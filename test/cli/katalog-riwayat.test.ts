/**
 * The riwayat on the command line: `--katalog buku.xlsx` of an add-in workbook gives its catalog
 * with the earlier ones stored beside it (a broken one said as a warning, the catalog still used),
 * and bacaKatalogBuku gives a workbook's stored catalog and riwayat to the commands that maintain it.
 */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { builtInCatalog } from "../../src/catalog";
import type { Catalog } from "../../src/catalog/types";
import { bacaKatalog, bacaKatalogBuku } from "../../src/cli/katalog-berkas";
import { EXIT } from "../../src/cli/main";
import { planStoredCatalog, planWorkbook, readStoredCatalog } from "../../src/template";
import { BARIS_JSON } from "../../src/template/katalog-tersimpan-baca";
import type { SheetPlan } from "../../src/template/plan";
import { teks } from "../../src/template/teks";
import { readXlsxSheets } from "../../src/xlsx/read-sheets";
import { writeXlsx } from "../../src/xlsx/write-workbook";
import { options } from "../template/support";
import { runCli } from "./run-cli";

const PAKISAJI = path.join(__dirname, "..", "fixtures", "katalog", "pakisaji-2019.json");
const pakisaji = JSON.parse(fs.readFileSync(PAKISAJI, "utf8")) as Catalog;
const lain: Catalog = { ...pakisaji, instansi: { ...pakisaji.instansi, nama: "Kecamatan Lain" } };

let dir: string;
beforeEach(() => (dir = fs.mkdtempSync(path.join(os.tmpdir(), "iki-cli-riwayat-"))));
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

/** One IKI sheet of the built-in catalog. */
const ikiPlans = () =>
  planWorkbook({
    katalog: builtInCatalog,
    jabatan: [builtInCatalog.jabatan[1]],
    options: options(),
    rekap: false,
    existing: [],
  });

/** An IKI sheet of the built-in catalog and the stored sheet (`stored` may alter its plan). */
async function buku(
  catalog: Catalog,
  riwayat: Catalog[],
  stored: (plan: SheetPlan) => void = () => undefined
): Promise<Uint8Array> {
  const iki = ikiPlans();
  const plan = planStoredCatalog(catalog, [{ name: iki[0].name }], riwayat);
  stored(plan);
  return writeXlsx([...iki, plan]);
}

/** The first chunk of riwayat column D altered, as a hand edit in Excel would. */
const ubahD = (plan: SheetPlan) => {
  const cells = plan.cells[BARIS_JSON - 1];
  cells[3] = String(cells[3]).replace("Kecamatan Lain", "Kecamatan Lian");
};

describe("bacaKatalogBuku", () => {
  it("gives the stored catalog and its riwayat; a broken entry dropped with a warning", async () => {
    const read = await bacaKatalogBuku(await buku(pakisaji, [builtInCatalog.catalog, lain], ubahD));
    expect(read.tersimpan?.catalog).toEqual(pakisaji);
    expect(read.riwayat.map((k) => k.catalog)).toEqual([builtInCatalog.catalog]);
    expect(read.peringatan).toEqual([
      teks.katalog.tersimpan.riwayatRusak(2, teks.katalog.tersimpan.sebab.hash),
    ]);
    expect(read.masalah).toBeUndefined();
  });

  it("gives nothing for a workbook without a stored catalog, and why for a broken one", async () => {
    expect(await bacaKatalogBuku(await writeXlsx(ikiPlans()))).toEqual({
      riwayat: [],
      peringatan: [],
    });
    const rusak = await buku(pakisaji, [builtInCatalog.catalog], (plan) => {
      plan.cells[BARIS_JSON - 1][1] = "{";
    });
    expect(await bacaKatalogBuku(rusak)).toEqual({
      riwayat: [],
      peringatan: [],
      masalah: teks.katalog.tersimpan.rusak(teks.katalog.tersimpan.sebab.json),
    });
  });
});

describe("--katalog buku.xlsx with riwayat", () => {
  it("reads the riwayat; a broken entry is a warning on the terminal and the catalog is used", async () => {
    const file = path.join(dir, "buku.xlsx");
    fs.writeFileSync(file, await buku(pakisaji, [builtInCatalog.catalog, lain], ubahD));
    const read = await bacaKatalog(file, "buku.xlsx");
    expect("riwayat" in read && read.riwayat.map((k) => k.catalog)).toEqual([
      builtInCatalog.catalog,
    ]);
    const r = await runCli(dir, {}, ["--katalog", "buku.xlsx", "--semua", "-t", "2026"]);
    expect(r.code).toBe(EXIT.ok);
    expect(r.err).toContain("Katalog buku.xlsx: 1 peringatan (tetap dipakai).");
    expect(r.err).toMatch(/- Katalog terdahulu 2 .* rusak \(isinya sudah diubah di luar add-in/);
    // The new file's sheets are all made from Pakisaji: no earlier catalog to keep.
    const out = fs.readdirSync(dir).find((f) => f.startsWith("IKI-kecamatan-pakisaji"))!;
    const sheets = await readXlsxSheets(fs.readFileSync(path.join(dir, out)));
    expect(readStoredCatalog(sheets)).toEqual({ catalog: pakisaji, riwayat: [] });
  });
});

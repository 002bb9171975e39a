/**
 * --gabung on the command line: its arguments, the files found from folders and patterns, and the
 * exit codes (the 50-file corpus through LibreOffice: test/gabung/libreoffice-gabung.test.ts).
 */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import ExcelJS from "exceljs";
import { builtInCatalog, CatalogIndex } from "../../src/catalog";
import { parseArgs } from "../../src/cli/args";
import { kumpulkanBerkas, polaRegExp } from "../../src/cli/gabung-masukan";
import { parseMarker } from "../../src/template";
import { readXlsxWorkbook } from "../../src/xlsx/read-workbook";
import { buatPegawai } from "../gabung/korpus/pegawai";
import { computeResults } from "../../src/xlsx/cached-values";
import { writeXlsx } from "../../src/xlsx/write-workbook";
import { runCli } from "./run-cli";

const galatOf = (argv: string[]) => {
  const c = parseArgs(argv, 2026);
  return c.kind === "galat" ? c.pesan : `(no error: ${c.kind})`;
};

describe("arguments", () => {
  test("files, folders and patterns as typed, with every option it takes", () => {
    const argv = ["--gabung", "a.xlsx", "data", "x/*.xlsx", "-o", "dinas.xlsx", "--tahun", "2025"];
    const more = ["--rumus", "iki", "--tanpa-kunci", "-f", "--katalog", "k.json"];
    expect(parseArgs([...argv, ...more], 2026)).toEqual({
      kind: "gabung",
      masukan: ["a.xlsx", "data", "x/*.xlsx"],
      keluaran: "dinas.xlsx",
      tahun: 2025,
      mode: "iki",
      kunci: false,
      force: true,
      katalog: "k.json",
    });
    expect(parseArgs(["a.xlsx", "--gabung", "b.xlsx"], 2026)).toEqual({
      kind: "gabung",
      masukan: ["a.xlsx", "b.xlsx"],
      force: false,
    });
    expect(parseArgs(["--gabung", "a.xlsx", "--rumus", "biasa"], 2026)).toMatchObject({
      mode: "native",
    });
  });

  test("mistakes: no file, options of other commands, a bad year, mode or output name", () => {
    expect(galatOf(["--gabung"])).toMatch(/memerlukan berkas pegawai/);
    expect(galatOf(["--gabung", "a.xlsx", "--jabatan", "x"])).toMatch(
      /--gabung tidak dipakai bersama --jabatan/
    );
    expect(galatOf(["--gabung", "a.xlsx", "--perbarui", "b.xlsx"])).toMatch(/--perbarui/);
    expect(galatOf(["--gabung", "a.xlsx", "--semua"])).toMatch(/--semua/);
    expect(galatOf(["--gabung", "a.xlsx", "--rumus", "apa"])).toMatch(/--rumus memerlukan/);
    expect(galatOf(["--gabung", "a.xlsx", "--tahun", "20255"])).toMatch(/Tahun tidak sah/);
    expect(galatOf(["--gabung", "a.xlsx", "-o", "x.txt"])).toMatch(/\.xlsx/);
    expect(galatOf(["--gabung", "a.xlsx", "--zzz"])).toMatch(/Pilihan tidak dikenal: --zzz/);
  });
});

describe("files from folders and patterns", () => {
  let dir: string;
  const touch = (rel: string) => {
    fs.mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true });
    fs.writeFileSync(path.join(dir, rel), "x");
  };
  const rel = (r: { berkas: string[] } | { galat: string }) =>
    "galat" in r ? r.galat : r.berkas.map((f) => path.relative(dir, f).split(path.sep).join("/"));

  beforeAll(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), "iki-gabung-masukan-"));
    for (const f of ["d/b.xlsx", "d/a.xlsx", "d/~$a.xlsx", "d/sub/c.XLSX", "d/catatan.txt"])
      touch(f);
    for (const f of ["d/out.xlsx", "p/ab.xlsx", "p/b.xlsx", "p/abc.xlsx"]) touch(f);
    for (const f of ["g/a.xlsx", "g/IKI-gabungan-2025.xlsx", "g/tim-gabungan-2024.xlsx"]) touch(f);
    fs.mkdirSync(path.join(dir, "kosong"));
  });
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  test("a folder: every .xlsx inside, sub-folders too, sorted; lock files and OUT skipped", () => {
    expect(rel(kumpulkanBerkas(["d"], dir))).toEqual([
      "d/a.xlsx",
      "d/b.xlsx",
      "d/out.xlsx",
      "d/sub/c.XLSX",
    ]);
    const out = path.join(dir, "d", "out.xlsx");
    const r = kumpulkanBerkas(["d"], dir, out);
    expect(rel(r)).toEqual(["d/a.xlsx", "d/b.xlsx", "d/sub/c.XLSX"]);
    const lewat = "dilewati" in r ? r.dilewati : [];
    expect(lewat.map((d) => [path.basename(d.file), d.alasan])).toEqual([
      ["~$a.xlsx", "kunci"],
      ["out.xlsx", "keluaran"],
    ]);
  });

  test("patterns in the file name: * and ?, OUT skipped; a file named twice read once", () => {
    expect(rel(kumpulkanBerkas(["p/a*.xlsx"], dir))).toEqual(["p/ab.xlsx", "p/abc.xlsx"]);
    expect(rel(kumpulkanBerkas(["p/?.xlsx", "p/b.xlsx", "./p/b.xlsx"], dir))).toEqual(["p/b.xlsx"]);
    expect(rel(kumpulkanBerkas(["p/*"], dir, path.join(dir, "p/ab.xlsx")))).toEqual([
      "p/abc.xlsx",
      "p/b.xlsx",
    ]);
    expect(polaRegExp("a.b*").test("aXb")).toBe(false);
    expect(polaRegExp("(1)+?.xlsx").test("(1)+2.xlsx")).toBe(true);
  });

  test("earlier merges under their default name: skipped in a folder or pattern, read when named", () => {
    const r = kumpulkanBerkas(["g"], dir);
    expect(rel(r)).toEqual(["g/a.xlsx"]);
    const dilewati = "dilewati" in r ? r.dilewati.map((d) => path.basename(d.file)) : [];
    expect(dilewati).toEqual(["IKI-gabungan-2025.xlsx", "tim-gabungan-2024.xlsx"]);
    expect(rel(kumpulkanBerkas(["g/*.xlsx"], dir))).toEqual(["g/a.xlsx"]);
    expect(rel(kumpulkanBerkas(["g/a.xlsx", "g/IKI-gabungan-2025.xlsx"], dir))).toEqual([
      "g/a.xlsx",
      "g/IKI-gabungan-2025.xlsx",
    ]);
  });

  test("mistakes: a path that does not exist, a pattern matching nothing or in a folder name, an empty folder, OUT named as input", () => {
    expect(rel(kumpulkanBerkas(["tidak-ada.xlsx"], dir))).toMatch(/"tidak-ada.xlsx" tidak ada/);
    expect(rel(kumpulkanBerkas(["p/z*.xlsx"], dir))).toMatch(/Tidak ada berkas yang cocok/);
    expect(rel(kumpulkanBerkas(["*/a.xlsx"], dir))).toMatch(/hanya boleh pada nama berkas/);
    expect(rel(kumpulkanBerkas(["kosong"], dir))).toMatch(/tidak berisi berkas .xlsx/);
    const out = path.join(dir, "p/b.xlsx");
    expect(rel(kumpulkanBerkas(["p/b.xlsx"], dir, out))).toMatch(/juga salah satu berkas pegawai/);
  });
});

describe("exit codes and OUT", () => {
  let dir: string;
  const f = (...p: string[]) => path.join(dir, ...p);
  const tulisPegawai = async (file: string, i: number, tahun = 2025, katalog = builtInCatalog) => {
    const jabatan = katalog.jabatan[i];
    const { plans } = buatPegawai({
      katalog,
      ...(katalog === builtInCatalog ? {} : { tersimpan: true }),
      jabatan,
      tahun,
      mode: "native",
      rekap: false,
      nama: `Pegawai ${i}`,
      seed: i,
    });
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, await writeXlsx(plans, { results: computeResults(plans) }));
  };

  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), "iki-gabung-cli-"));
    await tulisPegawai(f("tim", "a.xlsx"), 0);
    await tulisPegawai(f("tim", "b.xlsx"), 1);
    await tulisPegawai(f("lama", "c.xlsx"), 2, 2024);
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet("Catatan").getCell("A1").value = "bukan IKI";
    fs.mkdirSync(f("lain"));
    fs.writeFileSync(f("lain", "catatan.xlsx"), new Uint8Array(await wb.xlsx.writeBuffer()));
  });
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  test("usage mistakes exit 2 before anything is read or written", async () => {
    const cases: [string[], RegExp][] = [
      [["--gabung"], /memerlukan berkas pegawai/],
      [["--gabung", "tidak-ada"], /"tidak-ada" tidak ada/],
      [["--gabung", "tim", "--zzz"], /Pilihan tidak dikenal/],
      [["--gabung", "tim/a.xlsx", "-o", "tim/a.xlsx", "-f"], /juga salah satu berkas pegawai/],
    ];
    for (const [argv, pesan] of cases) {
      const r = await runCli(dir, {}, argv);
      expect([argv, r.code, r.err]).toEqual([argv, 2, expect.stringMatching(pesan)]);
    }
    fs.writeFileSync(f("ada.xlsx"), "lama");
    const ada = await runCli(dir, {}, ["--gabung", "tim", "-o", "ada.xlsx"]);
    expect([ada.code, ada.err]).toEqual([2, expect.stringMatching(/sudah ada/)]);
    expect(ada.err).not.toMatch(/Membaca/);
    expect(fs.readFileSync(f("ada.xlsx"), "utf8")).toBe("lama");
  });

  test("merged, 48 jabatan without a file: exit 3, OUT beside the folder, with IKI sheets, rekap and report", async () => {
    const r = await runCli(dir, {}, ["--gabung", "tim"]);
    // Two jabatan of the 50 have a file: the other 48 are reported as without one.
    expect(r.out).toMatch(/Jabatan tanpa berkas \(48\)/);
    expect(r.code).toBe(3);
    const file = f("tim-gabungan-2025.xlsx");
    const sheets = await readXlsxWorkbook(new Uint8Array(fs.readFileSync(file)));
    const kinds = sheets.map((s) => JSON.parse(s.marker ?? "{}").kind);
    expect(kinds).toEqual(["iki", "iki", "rekap", "laporan"]);
    // Again: OUT exists now; --force replaces it. The merge's folder never holds OUT.
    expect((await runCli(dir, {}, ["--gabung", "tim"])).code).toBe(2);
    expect((await runCli(dir, {}, ["--gabung", "tim", "-f"])).code).toBe(3);
    expect(fs.readdirSync(f("tim")).sort()).toEqual(["a.xlsx", "b.xlsx"]);
  });

  test("a catalog of two jabatan stored in both files: used without --katalog, exit 0; a pattern's OUT beside its first file", async () => {
    const dua = new CatalogIndex({
      ...builtInCatalog.catalog,
      nomor: "Dua Jabatan",
      jabatan: builtInCatalog.jabatan.slice(0, 2),
    });
    await tulisPegawai(f("dua", "a.xlsx"), 0, 2025, dua);
    await tulisPegawai(f("dua", "b.xlsx"), 1, 2025, dua);
    const r = await runCli(dir, {}, ["--gabung", "dua/*.xlsx"]);
    expect(r.err).toMatch(/Katalog yang dipakai: .* \(tersimpan di 2 dari 2 berkas\)/);
    expect([r.code, r.out]).toEqual([0, expect.stringMatching(/Selesai: dua\/IKI-gabungan-2025/)]);
    const out = await readXlsxWorkbook(
      new Uint8Array(fs.readFileSync(f("dua", "IKI-gabungan-2025.xlsx")))
    );
    expect(out.filter((s) => parseMarker(s.marker ?? "")?.kind === "iki")).toHaveLength(2);
    // Again next quarter: the earlier merge beside the files is skipped (and said), then replaced.
    const lagi = await runCli(dir, {}, ["--gabung", "dua/*.xlsx", "-f"]);
    expect([lagi.code, lagi.err]).toEqual([
      0,
      expect.stringMatching(/dua\/IKI-gabungan-2025.xlsx dilewati: hasil penggabungan sebelumnya/),
    ]);
    expect(lagi.out).toMatch(/2 berkas dibaca, 2 lembar digabung/);
    // A merge under a name of its own left beside the files: known by its report sheet, skipped
    // when found by a pattern, read when named.
    fs.copyFileSync(f("dua", "IKI-gabungan-2025.xlsx"), f("dua", "dinas-tw3.xlsx"));
    const sendiri = await runCli(dir, {}, ["--gabung", "dua/*.xlsx", "-o", "tw3.xlsx"]);
    expect([sendiri.code, sendiri.err]).toEqual([
      0,
      expect.stringMatching(/dua\/dinas-tw3.xlsx dilewati: .*"Laporan penggabungan"/),
    ]);
    const disebut = await runCli(dir, {}, ["--gabung", "dua/dinas-tw3.xlsx", "-o", "tw3b.xlsx"]);
    expect(disebut.err).not.toMatch(/dilewati/);
    expect(disebut.out).toMatch(/1 berkas dibaca, 2 lembar digabung/);
    fs.rmSync(f("dua", "dinas-tw3.xlsx"));
    // The built-in catalog, asked for: both sheets are of another catalog (a problem each).
    fs.writeFileSync(f("bawaan.json"), JSON.stringify(builtInCatalog.catalog));
    const lain = await runCli(dir, {}, [
      "--gabung",
      "dua/?.xlsx",
      "--katalog",
      "bawaan.json",
      "-o",
      "x.xlsx",
    ]);
    expect(lain.code).toBe(3);
    expect(lain.out.match(/Dibuat dari katalog lain/g)).toHaveLength(2);
  });

  test("nothing to merge: exit 3 and no OUT", async () => {
    const r = await runCli(dir, {}, ["--gabung", "lain", "-o", "kosong.xlsx"]);
    expect([r.code, r.err]).toEqual([3, expect.stringMatching(/tidak ada berkas yang ditulis/)]);
    expect(fs.existsSync(f("kosong.xlsx"))).toBe(false);
    // The 2024 sheet only, with --tahun 2025: not taken, nothing written either.
    const lama = await runCli(dir, {}, ["--gabung", "lama", "--tahun", "2025", "-o", "k.xlsx"]);
    expect([lama.code, fs.existsSync(f("k.xlsx"))]).toEqual([3, false]);
  });
});

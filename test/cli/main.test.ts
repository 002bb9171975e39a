/** The CLI end to end: files written, refused, messages and exit codes (in a temporary folder). */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { EXIT, reasonOf, type Surroundings } from "../../src/cli/main";
import { failingFs } from "./failing-fs";
import { runCli } from "./run-cli";
import { MARKER_KEY, parseMarker } from "../../src/template";
import { readSheetProperties } from "../../src/xlsx/package-parts";
import { readResult, readWorkbook } from "../xlsx/support";

let dir: string;
beforeEach(() => (dir = fs.mkdtempSync(path.join(os.tmpdir(), "iki-cli-"))));
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

/** Started as the installed bin, unless `sekitar` says otherwise. */
const runWith = (sekitar: Partial<Surroundings>, ...argv: string[]) => runCli(dir, sekitar, argv);
const run = (...argv: string[]) => runWith({}, ...argv);

test("--help prints the usage in Bahasa Indonesia and exits 0", async () => {
  const r = await run("--help");
  expect(r.code).toBe(EXIT.ok);
  expect(r.out).toMatch(/^Membuat buku kerja IKI \(\.xlsx\)/);
  expect(r.out).toMatch(/--jabatan <id\|nama>[\s\S]*--force[\s\S]*Kode keluar/);
});

test("writes one jabatan to the default name, with identity, cached results and its marker", async () => {
  const r = await run(
    "-j",
    "sekretaris-dinas-sosial",
    "--nama",
    "Siti Aminah",
    "--nip",
    "198001012005012001"
  );
  expect(r).toMatchObject({ code: EXIT.ok, err: expect.stringMatching(/Menulis 1 lembar/) });
  expect(r.out).toMatch(
    /^Selesai: IKI-sekretaris-dinas-sosial-2026\.xlsx \(1 lembar: 1 lembar IKI; \d+ KB\)\.$/
  );
  const file = path.join(dir, "IKI-sekretaris-dinas-sosial-2026.xlsx");
  const wb = await readWorkbook(file);
  const ws = wb.worksheets[0];
  expect(ws.getCell("C5").value).toBe("Siti Aminah");
  expect(ws.getCell("A3").value).toBe("INDIKATOR KINERJA INDIVIDU TAHUN 2026");
  // The signature block repeats the name through a formula: its cached result is the name.
  const cells: string[] = [];
  ws.eachRow((row) =>
    row.eachCell((c) => c.formula && readResult(c) === "Siti Aminah" && cells.push(c.address))
  );
  expect(cells.length).toBeGreaterThan(0);
  const marker = parseMarker(
    (await readSheetProperties(fs.readFileSync(file))).get(ws.name)?.get(MARKER_KEY) ?? ""
  );
  expect(marker).toMatchObject({
    kind: "iki",
    jabatanId: "sekretaris-dinas-sosial",
    tahun: 2026,
    mode: "native",
  });
});

test("a bidang gets a rekap by default; --rumus iki says the add-in is needed", async () => {
  const r = await run(
    "-b",
    "Sekretariat",
    "--rumus",
    "iki",
    "-o",
    "sekretariat.xlsx",
    "-t",
    "2025"
  );
  expect(r.code).toBe(EXIT.ok);
  expect(r.out).toMatch(/dan 1 rekap/);
  expect(r.out).toMatch(/#NAME\?/);
  expect(r.out).not.toMatch(/grafik/);
  const wb = await readWorkbook(path.join(dir, "sekretariat.xlsx"));
  expect(wb.worksheets[wb.worksheets.length - 1].name).toBe("Rekap IKI 2025");
  const formulas: string[] = [];
  wb.worksheets[0].eachRow((row) => row.eachCell((c) => c.formula && formulas.push(c.formula)));
  expect(formulas.some((f) => f.startsWith("IKI."))).toBe(true);
});

test("an existing file is kept unless --force", async () => {
  const file = path.join(dir, "ada.xlsx");
  fs.writeFileSync(file, "lama");
  const r = await run("-j", "arsiparis", "-o", "ada.xlsx");
  expect(r).toMatchObject({
    code: EXIT.usage,
    err: "Berkas sudah ada: ada.xlsx. Pakai --force untuk menimpanya.",
  });
  expect(fs.readFileSync(file, "utf8")).toBe("lama");
  expect((await run("-j", "arsiparis", "-o", "ada.xlsx", "--force")).code).toBe(EXIT.ok);
  expect(fs.statSync(file).size).toBeGreaterThan(1000);
});

test("an unknown jabatan exits 2 with suggestions and writes nothing", async () => {
  const r = await run("-j", "arsiparis ahli");
  expect(r.code).toBe(EXIT.usage);
  expect(r.err).toMatch(
    /Jabatan tidak dikenal: "arsiparis ahli"\.\nMungkin maksud Anda:\n {2}- ARSIPARIS/
  );
  expect(fs.readdirSync(dir)).toEqual([]);
});

test("bad arguments exit 2", async () => {
  expect(await run("--tahun", "dua")).toMatchObject({
    code: EXIT.usage,
    err: expect.stringMatching(/Pilih jabatan|Tahun tidak sah/),
  });
});

test("an unwritable path exits 1 with the reason", async () => {
  expect(await run("-j", "arsiparis", "-o", "tidak/ada/x.xlsx")).toMatchObject({
    code: EXIT.io,
    err: expect.stringMatching(/^Folder tujuan tidak ada: /),
  });
  fs.mkdirSync(path.join(dir, "folder.xlsx"));
  const r = await run("-j", "arsiparis", "-o", "folder.xlsx", "--force");
  expect(r.code).toBe(EXIT.io);
  expect(r.err).toMatch(/Berkas tidak dapat ditulis: folder\.xlsx \(itu sebuah folder\)/);
});

test("a jabatan given by the start of its name is named in the output, then written", async () => {
  const r = await run("--jabatan", "sekretaris", "-t", "2025");
  expect(r.code).toBe(EXIT.ok);
  expect(r.err.split("\n")[0]).toBe(
    "--jabatan sekretaris → SEKRETARIS DINAS SOSIAL (id: sekretaris-dinas-sosial)"
  );
  expect(fs.readdirSync(dir)).toEqual(["IKI-sekretaris-dinas-sosial-2025.xlsx"]);
  const several = await run("-j", "kepala dinas", "-j", "kepegawaian");
  expect(several.code).toBe(EXIT.usage);
  expect(several.err).toMatch(/"kepegawaian" cocok dengan beberapa jabatan/);
});

test("hints name the command the user ran", async () => {
  const npmRun = { env: { npm_command: "run", npm_lifecycle_event: "workbook" } };
  expect((await runWith(npmRun, "--tahun", "20255", "-a")).err).toBe(
    'Tahun tidak sah: "20255". Isi tahun dengan 4 angka, antara 2020 dan 2100.\n' +
      'Lihat "npm run workbook -- --help".'
  );
  expect((await runWith(npmRun, "-j", "xyzzy")).err).toMatch(
    /Daftar lengkap: "npm run workbook -- --daftar"\.$/
  );
  expect((await run("-j", "xyzzy", "-t", "2025")).err).toMatch(/"iki-workbook --daftar"/);
  expect((await run("--warna")).err).toMatch(/Lihat "iki-workbook --help"\.$/);
});

test("a full disk during --force keeps the old workbook byte for byte and says why", async () => {
  const file = path.join(dir, "ada.xlsx");
  const old = Buffer.from("PK the old workbook");
  fs.writeFileSync(file, old);
  const full = { fs: failingFs({ fullAfter: { bytes: 4096, code: "ENOSPC" } }) };
  const r = await runWith(full, "-j", "arsiparis", "-o", "ada.xlsx", "--force");
  expect(r.code).toBe(EXIT.io);
  expect(r.err).toMatch(
    /Berkas tidak dapat ditulis: ada\.xlsx \(ruang disk habis; kosongkan sebagian ruang atau simpan ke disk lain\)\.$/
  );
  expect(fs.readFileSync(file).equals(old)).toBe(true);
  expect(fs.readdirSync(dir)).toEqual(["ada.xlsx"]);
  // The rerun, with room on the disk, replaces it.
  expect((await run("-j", "arsiparis", "-o", "ada.xlsx", "--force")).code).toBe(EXIT.ok);
  expect(fs.readFileSync(file).subarray(0, 2).toString()).toBe("PK");
  expect(fs.statSync(file).size).toBeGreaterThan(old.length);
});

test("a failed first write leaves no file, so the rerun does not say it already exists", async () => {
  const full = { fs: failingFs({ fullAfter: { bytes: 100, code: "EDQUOT" } }) };
  const r = await runWith(full, "-j", "arsiparis", "-o", "baru.xlsx");
  expect(r.err).toMatch(/kuota penyimpanan akun Anda habis/);
  expect(fs.readdirSync(dir)).toEqual([]);
  expect((await run("-j", "arsiparis", "-o", "baru.xlsx")).code).toBe(EXIT.ok);
});

test("every errno a user can meet has its own sentence; another names its code", () => {
  for (const code of [
    "ENOSPC",
    "EDQUOT",
    "EFBIG",
    "EACCES",
    "EPERM",
    "EROFS",
    "ENOENT",
    "EISDIR",
    "ENOTDIR",
    "ENAMETOOLONG",
    "EINVAL",
    "EBUSY",
    "EMFILE",
    "ENFILE",
    "EXDEV",
    "EIO",
    "ELOOP",
    "ETIMEDOUT",
  ]) {
    const text = reasonOf({ code });
    expect(text).not.toMatch(/galat sistem|[A-Z]{4,}/);
    expect(text.length).toBeGreaterThan(15);
  }
  expect(reasonOf({ code: "EWEIRD" })).toBe(
    "galat sistem EWEIRD; coba lagi atau simpan ke folder lain"
  );
});

test("a name too long for the file system is explained (a real ENAMETOOLONG)", async () => {
  const r = await run("-j", "arsiparis", "-o", `${"n".repeat(300)}.xlsx`);
  expect(r.code).toBe(EXIT.io);
  expect(r.err).toMatch(/nama berkas atau jalurnya terlalu panjang/);
  expect(fs.readdirSync(dir)).toEqual([]);
});

describe("a jabatan asked twice", () => {
  const SEK = "sekretaris-dinas-sosial";

  test("is refused, naming --boleh-ganda, and no file is written", async () => {
    for (const argv of [
      ["--jabatan", SEK, "--jabatan", "Sekretaris Dinas Sosial"],
      ["--bidang", "Sekretariat", "--jabatan", SEK],
    ]) {
      const r = await run(...argv);
      expect(r.code).toBe(EXIT.usage);
      expect(r.err).toMatch(/Sekretaris Dinas Sosial \(2 kali\)/);
      expect(r.err).toMatch(/--boleh-ganda/);
      expect(fs.readdirSync(dir)).toEqual([]);
    }
  });

  test("with --boleh-ganda makes a second sheet on purpose, next to the first, both in the rekap", async () => {
    const r = await run("-j", SEK, "-j", SEK, "-j", "arsiparis", "--boleh-ganda", "-o", "dua.xlsx");
    expect(r.code).toBe(EXIT.ok);
    expect(r.out).toMatch(/4 lembar: 3 lembar IKI dan 1 rekap/);
    const wb = await readWorkbook(path.join(dir, "dua.xlsx"));
    expect(wb.worksheets.map((w) => w.name)).toEqual([
      "Sekretaris Dinas Sosial",
      "Sekretaris Dinas Sosial (2)",
      "Arsiparis",
      "Rekap IKI 2026",
    ]);
    const props = await readSheetProperties(fs.readFileSync(path.join(dir, "dua.xlsx")));
    const jabatanOf = (sheet: string) =>
      parseMarker(props.get(sheet)?.get(MARKER_KEY) ?? "") as { jabatanId?: string } | undefined;
    expect(jabatanOf("Sekretaris Dinas Sosial")?.jabatanId).toBe(SEK);
    expect(jabatanOf("Sekretaris Dinas Sosial (2)")?.jabatanId).toBe(SEK);
  });
});

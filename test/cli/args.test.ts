/** parseArgs: the CLI's arguments as a command (pure). */
import { parseArgs, type Command } from "../../src/cli/args";

const TAHUN_INI = 2026;
const parse = (...argv: string[]) => parseArgs(argv, TAHUN_INI);
const galat = (c: Command) => (c.kind === "galat" ? c.pesan : undefined);

test("--help and -h win over everything else, even mistakes", () => {
  expect(parse("--help")).toEqual({ kind: "bantuan" });
  expect(parse("--tahun", "abc", "-h")).toEqual({ kind: "bantuan" });
});

test("--daftar lists the catalog without needing a choice", () => {
  expect(parse("--daftar")).toEqual({ kind: "daftar" });
});

test("defaults: this year, native formulas, five-level scale, empty identity, no overwrite", () => {
  expect(parse("--jabatan", "arsiparis")).toEqual({
    kind: "tulis",
    pilihan: { semua: false, jabatan: ["arsiparis"], bidang: [] },
    options: {
      tahun: 2026,
      identitas: { nama: "", nip: "", pangkatGolongan: "", penilaiNama: "", penilaiNip: "" },
      skala: "lima",
      mode: "native",
    },
    force: false,
  });
});

test("every option, long and short, with spaces or '='", () => {
  const c = parse(
    "-j",
    "arsiparis",
    "--jabatan=pengemudi",
    "-b",
    "Sekretariat",
    "-t",
    "2025",
    "--nama",
    "Siti Aminah",
    "--nip",
    "19800101 200501 2 001",
    "--pangkat=Penata / III c",
    "--penilai",
    "Drs. Budi",
    "--nip-penilai",
    "197001011995031001",
    "--skala",
    "permenpan",
    "--rumus",
    "iki",
    "--tanpa-rekap",
    "-o",
    "out/iki.xlsx",
    "-f"
  );
  expect(c).toEqual({
    kind: "tulis",
    pilihan: { semua: false, jabatan: ["arsiparis", "pengemudi"], bidang: ["Sekretariat"] },
    options: {
      tahun: 2025,
      identitas: {
        nama: "Siti Aminah",
        nip: "198001012005012001",
        pangkatGolongan: "Penata / III c",
        penilaiNama: "Drs. Budi",
        penilaiNip: "197001011995031001",
      },
      skala: "permenpan",
      mode: "iki",
    },
    rekap: false,
    keluaran: "out/iki.xlsx",
    force: true,
  });
  expect(parse("--semua", "--rekap", "--rumus", "biasa")).toMatchObject({
    pilihan: { semua: true },
    rekap: true,
    options: { mode: "native" },
  });
});

test.each([
  [[], /Pilih jabatan dengan --jabatan, --bidang atau --semua/],
  [["--semua", "-j", "arsiparis"], /--semua atau --jabatan\/--bidang/],
  [["-a", "--rekap", "--tanpa-rekap"], /--rekap atau --tanpa-rekap/],
  [["-a", "--tahun", "25"], /Tahun tidak sah: "25"/],
  [
    ["-a", "--tahun", "20255"],
    /^Tahun tidak sah: "20255"\. Isi tahun dengan 4 angka, antara 2020 dan 2100\.$/,
  ],
  [["-a", "--tahun", "1999"], /Tahun tidak sah: "1999"/],
  [["-a", "--tahun", "2025", "--tahun", "2026"], /--tahun diberikan lebih dari sekali/],
  // The pane's NIP rule and wording (src/template/nip.ts), after the option and the value.
  [
    ["-a", "--nip", "12345"],
    /^NIP pada --nip tidak sah: "12345"\. NIP harus 18 angka; yang terisi 5 angka\. /,
  ],
  [["-a", "--nip-penilai", "19700101199503100X"], /NIP pada --nip-penilai tidak sah/],
  [["-a", "--nip-penilai", "19700101199503100X"], /hanya berisi angka/],
  [["-a", "--nip", "198513122010012004"], /--nip tidak sah: .*tanggal lahir/],
  [["-a", "--nip", "198503122010013004"], /--nip tidak sah: .*jenis kelamin/],
  [["-a", "--skala", "tujuh"], /Skala tidak dikenal: "tujuh"/],
  [["-a", "--rumus", "vba"], /Jenis rumus tidak dikenal: "vba"/],
  [["-a", "-o", "hasil.xls"], /harus berakhiran .xlsx/],
  [["-a", "--warna", "merah"], /Pilihan tidak dikenal: --warna/],
  [["-a", "lepas"], /Argumen tidak dikenal: "lepas"/],
  [["--jabatan"], /--jabatan memerlukan nilai/],
  [["--jabatan", "--semua"], /--jabatan memerlukan nilai/],
  [["--jabatan", "  "], /--jabatan memerlukan nilai/],
  [["--force=ya", "-a"], /--force tidak memakai nilai/],
])("%j is refused with a message in Bahasa Indonesia", (argv, message) => {
  // The problem only: main adds the hint with the command the user ran (test/cli/main.test.ts).
  expect(galat(parse(...argv))).toMatch(message);
});

test("a PPPK NIP (a code in digits 13-14) is accepted as the pane accepts it, spaces removed", () => {
  const c = parse("-a", "--nip", "19900215 202221 1 003");
  expect(c.kind === "tulis" && c.options.identitas.nip).toBe("199002152022211003");
});

test("--boleh-ganda allows a jabatan asked twice; absent by default", () => {
  expect(parse("-j", "x", "-j", "x", "--boleh-ganda")).toMatchObject({
    kind: "tulis",
    bolehGanda: true,
  });
  expect(parse("-j", "x")).not.toHaveProperty("bolehGanda");
  expect(parse("-j", "x", "--boleh-ganda=ya")).toMatchObject({ kind: "galat" });
});

test("util.parseArgs conventions: grouped short flags, a short option's value attached", () => {
  expect(parse("-af")).toMatchObject({ kind: "tulis", pilihan: { semua: true }, force: true });
  expect(parse("-jarsiparis", "-t2025")).toMatchObject({
    pilihan: { jabatan: ["arsiparis"] },
    options: { tahun: 2025 },
  });
});

test("--output is --keluaran: given both, it is given twice", () => {
  expect(parse("-a", "--output", "a.xlsx")).toMatchObject({ keluaran: "a.xlsx" });
  expect(galat(parse("-a", "-o", "a.xlsx", "--output", "b.xlsx"))).toMatch(
    /--output diberikan lebih dari sekali/
  );
});

test("a bare -- ends nothing: it is refused like any unknown option", () => {
  expect(galat(parse("-a", "--", "x"))).toMatch(/Pilihan tidak dikenal: --/);
  expect(galat(parse("-a", "--warna=merah"))).toMatch(/Pilihan tidak dikenal: --warna\./);
});

test('help inside a group of short flags shows help; a short option never takes "="', () => {
  for (const argv of [["-fh", "--semua"], ["-ah"]])
    expect(parseArgs(argv, 2026)).toEqual({ kind: "bantuan" });
  for (const argv of [["-j=arsiparis"], ["-a", "-t=2025"]])
    expect(parseArgs(argv, 2026)).toMatchObject({
      kind: "galat",
      pesan: expect.stringContaining(argv[argv.length - 1]),
    });
  expect(parseArgs(["--jabatan=arsiparis", "--tahun=2025"], 2026)).toMatchObject({ kind: "tulis" });
});

test("--katalog FILE on every command, .json or .xlsx; --ekspor-katalog alone or with -o, --force", () => {
  expect(parse("--daftar", "--katalog", "k.xlsx")).toEqual({ kind: "daftar", katalog: "k.xlsx" });
  expect(parse("--ekspor-katalog")).toEqual({ kind: "ekspor", force: false });
  expect(parse("--ekspor-katalog", "--katalog", "a.JSON", "-o", " b.xlsx ", "-f")).toEqual({
    kind: "ekspor",
    katalog: "a.JSON",
    keluaran: "b.xlsx",
    force: true,
  });
  expect(parse("-a", "--katalog=k.xlsx")).toMatchObject({ kind: "tulis", katalog: "k.xlsx" });
  expect(parse("-a")).not.toHaveProperty("katalog");
  expect(galat(parse("-a", "--katalog", "k.csv"))).toMatch(/harus \.json atau \.xlsx: "k\.csv"/);
  expect(galat(parse("-a", "--katalog"))).toMatch(/--katalog memerlukan nilai/);
  expect(galat(parse("--katalog", "a.json", "--katalog", "b.json", "-a"))).toMatch(
    /lebih dari sekali/
  );
  expect(galat(parse("--ekspor-katalog", "-j", "x", "--rekap"))).toMatch(
    /--ekspor-katalog hanya menulis katalog; --jabatan, --rekap tidak dipakai/
  );
  expect(galat(parse("--ekspor-katalog", "-o", "k.txt"))).toMatch(/berakhiran \.xlsx/);
});

test("--tanpa-kunci turns Kunci rumus off; without it the options leave kunci out (on)", () => {
  const off = parse("-a", "--tanpa-kunci");
  const on = parse("-a");
  expect(off.kind === "tulis" && off.options.kunci).toBe(false);
  expect(on.kind === "tulis" && "kunci" in on.options).toBe(false);
  expect(galat(parse("-a", "--tanpa-kunci=ya"))).toMatch(/--tanpa-kunci/);
});

describe("lifecycle commands", () => {
  const parse = (...argv: string[]) => parseArgs(argv, 2026);
  test("each command, with its file and options", () => {
    expect(parse("--perbarui", "a.xlsx", "--katalog", "k.json", "-o", "b.xlsx")).toEqual({
      kind: "rawat",
      aksi: { kind: "perbarui" },
      masukan: "a.xlsx",
      katalog: "k.json",
      keluaran: "b.xlsx",
      force: false,
    });
    expect(parse("--tahun-berikutnya", "a.xlsx", "--bawa-target", "--tanpa-kunci")).toMatchObject({
      aksi: { kind: "tahun-berikutnya", bawaTarget: true },
      kunci: false,
    });
    expect(parse("--ubah-rumus", "biasa", "a.xlsx")).toMatchObject({
      aksi: { kind: "ubah-rumus", mode: "native" },
      masukan: "a.xlsx",
    });
  });
  test.each([
    [["--ubah-rumus", "a.xlsx", "biasa"], /"biasa" .* atau "iki"/],
    [["--ubah-rumus", "biasa"], /memerlukan berkas .xlsx/],
    [["--perbarui", "a.xlsx", "--tahun", "2025"], /tidak dipakai bersama --tahun/],
    [["--perbarui", "a.xlsx", "--tahun-berikutnya", "b.xlsx"], /Pilih satu saja/],
    [["--bawa-target"], /hanya dipakai bersama --tahun-berikutnya/],
    [["--perbarui", "a.txt"], /harus berkas .xlsx/],
    [["--ubah-rumus", "iki", "a.xlsx", "--katalog", "k.json"], /tidak dipakai bersama --katalog/],
  ])("%j is refused in Bahasa Indonesia", (argv, pesan) => {
    const c = parse(...argv);
    expect(c.kind).toBe("galat");
    expect((c as { pesan: string }).pesan).toMatch(pesan);
  });
});

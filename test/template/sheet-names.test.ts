import { builtInCatalog } from "../../src/catalog";
import { catalog, jabatanByNama, katalog } from "../support/builtin-catalog";
import {
  cleanSheetName,
  isValidSheetName,
  MAX_SHEET_NAME_CHARS,
  namaDasarSheet,
  planWorkbook,
  SheetNamer,
  titleCase,
} from "../../src/template";
import { options } from "./support";

describe("isValidSheetName", () => {
  it.each(["Kepala Dinas Sosial", "A", "x".repeat(31), "Rekap IKI 2025 (2)", "O'Brien"])(
    "accepts %j",
    (n) => expect(isValidSheetName(n)).toBe(true)
  );
  it.each([
    "",
    "x".repeat(32),
    "a[b",
    "a]b",
    "a:b",
    "a*b",
    "a?b",
    "a/b",
    "a\\b",
    "'awal",
    "akhir'",
    "History",
    "HISTORY",
    " spasi",
    "tab\tdi",
  ])("refuses %j", (n) => expect(isValidSheetName(n)).toBe(false));
});

describe("cleanSheetName", () => {
  it.each([
    ["Tugas [1]: a/b\\c*d?", "Tugas 1 a b c d"],
    ["'kutip'", "kutip"],
    ["''", "Lembar"],
    ["history", "Lembar"],
    ["   ", "Lembar"],
  ])("%j -> %j", (raw, want) => {
    expect(cleanSheetName(raw)).toBe(want);
    expect(isValidSheetName(cleanSheetName(raw))).toBe(true);
  });
  it("cuts at 31 at a word boundary", () => {
    const name = cleanSheetName("Pengadministrasi Perencanaan dan Program Tambahan");
    expect(name.length).toBeLessThanOrEqual(MAX_SHEET_NAME_CHARS);
    expect(name).toBe("Pengadministrasi Perencanaan");
  });
});

describe("names from the catalog", () => {
  const names = catalog.jabatan.map((j) => namaDasarSheet(j, katalog));

  it("are valid, readable (title case, no cut parenthesis) and distinct for all 50 jabatan", () => {
    for (const n of names) {
      expect(isValidSheetName(n)).toBe(true);
      expect(n).not.toMatch(/^[A-Z ]{6,}$/);
      expect((n.match(/\(/g) ?? []).length).toBe((n.match(/\)/g) ?? []).length);
    }
    expect(new Set(names.map((n) => n.toLowerCase())).size).toBe(names.length);
  });

  it("keep short names whole and abbreviate long ones the way the dinas does", () => {
    expect(namaDasarSheet(catalog.jabatan[0], katalog)).toBe("Kepala Dinas Sosial");
    expect(
      namaDasarSheet(
        catalog.jabatan.find((j) => j.id === "kepala-sub-bagian-umum-dan-kepegawaian")!,
        katalog
      )
    ).toBe("Kasubag Umum dan Kepegawaian");
    expect(
      namaDasarSheet(
        catalog.jabatan.find((j) => j.id === "kepala-bidang-perlindungan-dan-jaminan-sosial")!,
        katalog
      )
    ).toBe("Kabid Linjamsos");
  });

  it("tell apart the same jabatan name in different bidang", () => {
    const sama = jabatanByNama("PENGADMINISTRASI UMUM");
    expect(sama.length).toBe(2);
    expect(sama.map((j) => namaDasarSheet(j, katalog))).toEqual([
      "Pengadministrasi Umum (Rehsos)",
      "Pengadministrasi Umum (Dayasos)",
    ]);
  });

  it("titleCase keeps small words and known abbreviations", () => {
    expect(titleCase("PERSENTASE PENURUNAN PMKS DAN BMN")).toBe(
      "Persentase Penurunan PMKS dan BMN"
    );
  });
});

describe("SheetNamer", () => {
  it("suffixes (2), (3) ignoring case, against existing sheets and each other", () => {
    const namer = new SheetNamer(["KEPALA DINAS SOSIAL", "Lembar1"]);
    expect(namer.take("Kepala Dinas Sosial")).toBe("Kepala Dinas Sosial (2)");
    expect(namer.take("kepala dinas sosial")).toBe("kepala dinas sosial (3)");
    expect(namer.take("Lembar2")).toBe("Lembar2");
  });

  it("stays within 31 characters with the suffix", () => {
    const base = "Pengadministrasi Umum (Dayasos)";
    const namer = new SheetNamer([base]);
    const names = Array.from({ length: 12 }, () => namer.take(base));
    for (const n of names) {
      expect(n.length).toBeLessThanOrEqual(MAX_SHEET_NAME_CHARS);
      expect(isValidSheetName(n)).toBe(true);
    }
    expect(names[0]).toBe("Pengadministrasi Umum (2)");
    expect(names[11]).toBe("Pengadministrasi Umum (13)");
    expect(new Set(names.map((n) => n.toLowerCase())).size).toBe(12);
  });

  it("planWorkbook never plans an existing name, also for the same jabatan twice", () => {
    const kd = catalog.jabatan[0];
    const plans = planWorkbook({
      katalog: builtInCatalog,
      jabatan: [kd, kd],
      options: options(),
      rekap: true,
      existing: [{ name: "kepala dinas sosial" }, { name: "REKAP IKI 2025" }],
    });
    expect(plans.map((p) => p.name)).toEqual([
      "Kepala Dinas Sosial (2)",
      "Kepala Dinas Sosial (3)",
      "Rekap IKI 2025 (2)",
    ]);
  });
});

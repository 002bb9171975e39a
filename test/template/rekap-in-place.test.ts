/**
 * One rekap per year, updated in place (found by its marker, whatever its name) and showing the
 * nama pegawai of each sheet; the IKI sheets of a year by jabatan. Planner and in-memory workbook.
 */
import { builtInCatalog } from "../../src/catalog";
import { getJabatan } from "../support/builtin-catalog";
import { MemoryWorkbookPort } from "../../src/preview/memory-port";
import type { MemoryWorkbook } from "../../src/preview/memory-workbook";
import {
  BARIS_HEADER_REKAP,
  BARIS_IDENTITAS,
  KOLOM_IDENTITAS,
  KOLOM_REKAP,
  MARKER_KEY,
  cell,
  findIkiSheetsOfYear,
  findRekapSheet,
  parseMarker,
  planWorkbook,
} from "../../src/template";
import { options } from "./support";

const KD = "kepala-dinas-sosial";
const SEK = "sekretaris-dinas-sosial";
const ARS = "arsiparis";
const marker = (m: object) => JSON.stringify({ v: 1, mode: "iki", skala: "lima", ...m });

/** Column `col` of the rekap table, row by row, up to the first empty Lembar. */
function kolom(wb: MemoryWorkbook, rekap: string, col: number): unknown[] {
  const out: unknown[] = [];
  for (let r = BARIS_HEADER_REKAP + 1; ; r++) {
    const lembar = wb.getValue(rekap, cell(r, KOLOM_REKAP.lembar));
    if (typeof lembar !== "string" || lembar === "") return out;
    out.push(wb.getValue(rekap, cell(r, col)));
  }
}

describe("planning the rekap of a year", () => {
  const iki = { name: "Punya Budi", marker: marker({ kind: "iki", jabatanId: KD, tahun: 2025 }) };

  it("rewrites the year's rekap in place under the name the user gave it", () => {
    const existing = [
      { name: "Rekap 2024", marker: marker({ kind: "rekap", tahun: 2024 }) },
      iki,
      { name: "Ringkasan Saya", marker: marker({ kind: "rekap", tahun: 2025 }) },
      { name: "Rekap IKI 2025 (2)", marker: marker({ kind: "rekap", tahun: 2025 }) },
    ];
    expect(findRekapSheet(existing, 2025)).toBe("Ringkasan Saya");
    const plans = planWorkbook({
      katalog: builtInCatalog,
      jabatan: [],
      options: options(),
      rekap: true,
      existing,
    });
    expect(plans).toHaveLength(1);
    expect(plans[0]).toMatchObject({ kind: "rekap", name: "Ringkasan Saya", replace: true });
    expect(parseMarker(plans[0].marker.value)).toMatchObject({ kind: "rekap", tahun: 2025 });
  });

  it("adds a new rekap when the year has none (another year's rekap is not it)", () => {
    const existing = [
      { name: "Rekap IKI 2025", marker: marker({ kind: "rekap", tahun: 2024 }) },
      iki,
    ];
    const plans = planWorkbook({
      katalog: builtInCatalog,
      jabatan: [],
      options: options(),
      rekap: true,
      existing,
    });
    expect(plans[0].name).toBe("Rekap IKI 2025 (2)");
    expect(plans[0].replace).toBeUndefined();
    // New IKI sheets are never planned in place.
    const withIki = planWorkbook({
      katalog: builtInCatalog,
      jabatan: [getJabatan(KD)!],
      options: options(),
      rekap: true,
      existing: [...existing, { name: "Rekap X", marker: marker({ kind: "rekap", tahun: 2025 }) }],
    });
    expect(withIki.map((p) => [p.name, p.replace])).toEqual([
      ["Kepala Dinas Sosial", undefined],
      ["Rekap X", true],
    ]);
  });

  it("finds the IKI sheets of a year by jabatan, renamed ones too, garbage and other years skipped", () => {
    const existing = [
      iki,
      { name: "Sek lama", marker: marker({ kind: "iki", jabatanId: SEK, tahun: 2024 }) },
      { name: "Sek", marker: marker({ kind: "iki", jabatanId: SEK, tahun: 2025 }) },
      { name: "Rusak", marker: "{" },
      { name: "Lembar1" },
    ];
    expect(findIkiSheetsOfYear(existing, 2025, [SEK, ARS])).toEqual([
      { name: "Sek", jabatanId: SEK },
    ]);
    expect(findIkiSheetsOfYear(existing, 2025).map((s) => s.name)).toEqual(["Punya Budi", "Sek"]);
    expect(findIkiSheetsOfYear(existing, 2024, [KD])).toEqual([]);
  });
});

describe("the rekap in the in-memory workbook", () => {
  it("is rebuilt twice into one sheet: same position, the user's name, contents updated", async () => {
    const port = new MemoryWorkbookPort();
    const wb = port.workbook;
    wb.addSheet("Lembar1");
    const first = await port.insert({ jabatanIds: [KD], options: options(), rekap: true });
    expect(first).toEqual({
      created: ["Kepala Dinas Sosial", "Rekap IKI 2025"],
      rekap: "Rekap IKI 2025",
    });
    wb.renameSheet("Rekap IKI 2025", "Rekap Kantor");
    wb.addSheet("Catatan");
    await port.insert({ jabatanIds: [SEK], options: options(), rekap: false });
    const position = wb.sheetNames().indexOf("Rekap Kantor");

    const second = await port.rebuildRekap(options({ mode: "native" }));
    expect(second).toEqual({ created: [], rekap: "Rekap Kantor", rekapDiperbarui: true });
    const third = await port.rebuildRekap(options({ mode: "native" }));
    expect(third.rekap).toBe("Rekap Kantor");

    const names = wb.sheetNames();
    expect(
      names.filter((n) => parseMarker(wb.getProperty(n, MARKER_KEY) ?? "")?.kind === "rekap")
    ).toEqual(["Rekap Kantor"]);
    expect(names.indexOf("Rekap Kantor")).toBe(position);
    expect(names).toEqual([
      "Lembar1",
      "Kepala Dinas Sosial",
      "Rekap Kantor",
      "Catatan",
      "Sekretaris Dinas Sosial",
    ]);
    // Updated: the Sekretaris added after the first rekap is in it, each indicator once.
    expect(kolom(wb, "Rekap Kantor", KOLOM_REKAP.lembar)).toEqual([
      "Kepala Dinas Sosial",
      ...Array(3).fill("Sekretaris Dinas Sosial"),
    ]);
    expect(parseMarker(wb.getProperty("Rekap Kantor", MARKER_KEY)!)).toMatchObject({
      mode: "native",
    });
    expect(wb.decoration("Rekap Kantor")?.charts).toHaveLength(1);
  });

  it("updates the year's rekap when jabatan are inserted with a rekap", async () => {
    const port = new MemoryWorkbookPort();
    await port.insert({ jabatanIds: [KD], options: options(), rekap: true });
    const res = await port.insert({ jabatanIds: [ARS], options: options(), rekap: true });
    expect(res).toEqual({ created: ["Arsiparis"], rekap: "Rekap IKI 2025", rekapDiperbarui: true });
    expect(port.workbook.sheetNames()).toEqual([
      "Kepala Dinas Sosial",
      "Rekap IKI 2025",
      "Arsiparis",
    ]);
    expect(new Set(kolom(port.workbook, "Rekap IKI 2025", KOLOM_REKAP.lembar))).toEqual(
      new Set(["Kepala Dinas Sosial", "Arsiparis"])
    );
  });

  it("puts the old rekap back when the rewrite fails", async () => {
    const port = new MemoryWorkbookPort();
    await port.insert({ jabatanIds: [KD], options: options(), rekap: true });
    await port.insert({ jabatanIds: [SEK], options: options(), rekap: false });
    const wb = port.workbook;
    const before = kolom(wb, "Rekap IKI 2025", KOLOM_REKAP.lembar);
    const apply = wb.apply.bind(wb);
    wb.apply = (plans) =>
      apply(plans, () => {
        throw new Error("gagal disengaja");
      });
    await expect(port.rebuildRekap(options())).rejects.toThrow(/gagal disengaja/);
    wb.apply = apply;
    expect(kolom(wb, "Rekap IKI 2025", KOLOM_REKAP.lembar)).toEqual(before);
    expect(wb.decoration("Rekap IKI 2025")?.kind).toBe("rekap");
  });

  it("shows the nama pegawai of each sheet, following edits, so two sheets of one jabatan differ", async () => {
    const port = new MemoryWorkbookPort();
    const siti = options();
    const budi = options({ identitas: { ...siti.identitas, nama: "Budi Santoso" } });
    await port.insert({ jabatanIds: [ARS], options: siti, rekap: false });
    await port.insert({ jabatanIds: [ARS], options: budi, rekap: false });
    const { rekap } = await port.rebuildRekap(siti);
    const wb = port.workbook;
    const nama = kolom(wb, rekap!, KOLOM_REKAP.nama);
    expect(new Set(nama)).toEqual(new Set(["Siti Aminah", "Budi Santoso"]));
    expect(kolom(wb, rekap!, KOLOM_REKAP.jabatan).every((j) => j === getJabatan(ARS)!.nama)).toBe(
      true
    );
    const namaCell = cell(BARIS_IDENTITAS.nama, KOLOM_IDENTITAS.nilaiDari);
    wb.setCell("Arsiparis (2)", namaCell, "Budi S.");
    wb.setCell("Arsiparis", namaCell, null);
    expect(new Set(kolom(wb, rekap!, KOLOM_REKAP.nama))).toEqual(new Set(["", "Budi S."]));
    expect(wb.getValue(rekap!, cell(BARIS_HEADER_REKAP, KOLOM_REKAP.nama))).toBe("Nama Pegawai");
  });

  it("lists a year's IKI sheets by jabatan and activates one through the port", async () => {
    const port = new MemoryWorkbookPort();
    await port.insert({ jabatanIds: [KD, SEK], options: options(), rekap: false });
    port.workbook.renameSheet("Sekretaris Dinas Sosial", "Sekdin");
    const names = port.workbook.sheetNames();
    const tanya = { rekap: false, sudahAda: "tanya" } as const;
    expect(await port.insert({ jabatanIds: [SEK, ARS], options: options(), ...tanya })).toEqual({
      created: [],
      ada: [{ name: "Sekdin", jabatanId: SEK }],
    });
    expect(port.workbook.sheetNames()).toEqual(names); // nothing written
    const otherYear = options({ tahun: 2026 });
    const other = await port.insert({ jabatanIds: [SEK], options: otherYear, ...tanya });
    expect(other.ada).toBeUndefined();
    expect(other.created).toHaveLength(1);
    await port.activateSheet("Sekdin");
    expect(port.workbook.activeSheet).toBe("Sekdin");
    await expect(port.activateSheet("Tidak Ada")).rejects.toThrow(/tidak ditemukan/);
  });
});

/** The in-memory sink and its port: text stays text, errors read back, inserts are all or nothing. */
import { builtInCatalog } from "../../src/catalog";
import { catalog } from "../support/builtin-catalog";
import { MemoryWorkbookPort } from "../../src/preview/memory-port";
import { MemoryWorkbook, rawContent } from "../../src/preview/memory-workbook";
import {
  BARIS_HEADER_REKAP,
  KOLOM_REKAP,
  MARKER_KEY,
  cell,
  planWorkbook,
  type SheetPlan,
} from "../../src/template";
import { InsertError } from "../../src/workbook/port";
import { options } from "./support";

function plan(name: string, cells: SheetPlan["cells"]): SheetPlan {
  const base = planWorkbook({
    katalog: builtInCatalog,
    jabatan: [catalog.jabatan[0]],
    options: options(),
    rekap: false,
    existing: [],
  })[0];
  return { ...base, name, cells };
}

describe("MemoryWorkbook", () => {
  it("keeps strings as text, even those that look like formulas, numbers, booleans or errors", () => {
    const wb = new MemoryWorkbook();
    const texts = [
      "=SUM(1,2)",
      "+1",
      "-1",
      "@a",
      "'x",
      "0012",
      "TRUE",
      "10%",
      "#DIV/0!",
      "2024-01-02",
    ];
    wb.apply([plan("Teks", [texts, texts.map(() => null)])]);
    texts.forEach((t, i) => expect(wb.getValue("Teks", `${String.fromCharCode(65 + i)}1`)).toBe(t));
    wb.setCell("Teks", "A2", "=1+1");
    expect(wb.getValue("Teks", "A2")).toBe("=1+1");
    expect(rawContent("")).toBeNull();
  });

  it("computes formulas, reads errors as a readable value, and leaves null cells empty", () => {
    const wb = new MemoryWorkbook();
    wb.apply([
      plan("Hitung", [
        [
          1,
          0,
          { formula: "=A1/B1" },
          { formula: "=IKI.CAPAIAN(A1,B1)" },
          null,
          { formula: "=IKI.PERSEN(A1,E1)" },
        ],
      ]),
    ]);
    expect(wb.getValue("Hitung", "C1")).toEqual({ error: "#DIV/0!", message: expect.any(String) });
    expect(wb.getValue("Hitung", "D1")).toEqual({
      error: "#DIV/0!",
      message: expect.stringContaining("Target 0"),
    });
    expect(wb.getValue("Hitung", "E1")).toBeNull();
    expect(wb.getValue("Hitung", "F1")).toEqual({
      error: "#N/A",
      message: expect.stringContaining("penyebut"),
    });
    wb.setCell("Hitung", "B1", 4);
    expect(wb.getValue("Hitung", "C1")).toBe(0.25);
    expect(wb.getValue("Hitung", "D1")).toBe(25);
  });

  it("keeps formats, merges and the marker of the plan for a grid to render", () => {
    const wb = new MemoryWorkbook();
    const p = planWorkbook({
      katalog: builtInCatalog,
      jabatan: [catalog.jabatan[0]],
      options: options(),
      rekap: false,
      existing: [],
    })[0];
    wb.apply([p]);
    expect(wb.decoration(p.name)?.merges).toEqual(p.merges);
    expect(wb.decoration(p.name)?.formats).toEqual(p.formats);
    expect(wb.sheets()).toEqual([{ name: p.name, marker: p.marker.value }]);
    expect(wb.getProperty(p.name, MARKER_KEY)).toBe(p.marker.value);
  });

  it("applies all or nothing", () => {
    const wb = new MemoryWorkbook();
    wb.addSheet("Ada");
    expect(() => wb.apply([plan("Baru", [[1]]), plan("ADA", [[1]])])).toThrow(/already exists/);
    expect(() => wb.apply([plan("Baru", [[1]]), plan("Buruk:nama", [[1]])])).toThrow(
      /invalid sheet name/
    );
    expect(wb.sheetNames()).toEqual(["Ada"]);
    wb.apply([plan("Baru", [[1]])]);
    expect(wb.sheetNames()).toEqual(["Ada", "Baru"]);
  });
});

describe("MemoryWorkbookPort", () => {
  it("supports the host and lists sheets in tab order", async () => {
    const port = new MemoryWorkbookPort();
    expect(await port.checkSupport()).toBeUndefined();
    port.workbook.addSheet("Lembar1");
    await port.insert({
      jabatanIds: ["kepala-dinas-sosial", "arsiparis"],
      options: options(),
      rekap: false,
    });
    expect(await port.listSheets()).toEqual(["Lembar1", "Kepala Dinas Sosial", "Arsiparis"]);
  });

  it("reports progress up to done", async () => {
    const port = new MemoryWorkbookPort();
    const seen: [number, number][] = [];
    await port.insert(
      { jabatanIds: ["kepala-dinas-sosial", "arsiparis"], options: options(), rekap: true },
      (done, total) => seen.push([done, total])
    );
    expect(seen[seen.length - 1]).toEqual([4, 4]);
    expect(seen.every(([d, t], i) => t === 4 && (i === 0 || d >= seen[i - 1][0]))).toBe(true);
  });

  it("inserts nothing when a jabatan is unknown, and names it", async () => {
    const port = new MemoryWorkbookPort();
    const err = await port
      .insert({ jabatanIds: ["kepala-dinas-sosial", "tidak-ada"], options: options(), rekap: true })
      .catch((e) => e);
    expect(err).toBeInstanceOf(InsertError);
    expect(err.jabatanIds).toEqual(["tidak-ada"]);
    expect(await port.listSheets()).toEqual([]);
  });

  it("leaves the workbook unchanged when writing fails midway", async () => {
    const port = new MemoryWorkbookPort();
    port.workbook.addSheet("Lembar1");
    const apply = port.workbook.apply.bind(port.workbook);
    port.workbook.apply = (plans, onSheet) =>
      apply(plans, (i, name) => {
        onSheet?.(i, name);
        if (i === 1) throw new Error("gagal disengaja");
      });
    await expect(
      port.insert({
        jabatanIds: ["kepala-dinas-sosial", "arsiparis"],
        options: options(),
        rekap: true,
      })
    ).rejects.toBeInstanceOf(InsertError);
    expect(await port.listSheets()).toEqual(["Lembar1"]);
    // The workbook still works afterwards.
    port.workbook.apply = apply;
    const res = await port.insert({
      jabatanIds: ["kepala-dinas-sosial"],
      options: options(),
      rekap: true,
    });
    expect(res.created).toEqual(["Kepala Dinas Sosial", "Rekap IKI 2025"]);
    port.workbook.setCell("Kepala Dinas Sosial", "G24", 10);
    port.workbook.setCells("Kepala Dinas Sosial", "H25", [[100], [95]]);
    expect(
      port.workbook.getValue("Rekap IKI 2025", cell(BARIS_HEADER_REKAP + 1, KOLOM_REKAP.capaian))
    ).toBe(50);
  });
});

describe("MemoryWorkbookPort: the stored catalog saved again", () => {
  const lain = {
    ...builtInCatalog.catalog,
    instansi: { ...builtInCatalog.catalog.instansi, nama: "Dinas Lain" },
  };

  it("a failure while writing leaves the old catalog as it was; a success supersedes it", async () => {
    const port = new MemoryWorkbookPort();
    port.workbook.addSheet("Lembar1");
    await port.saveCatalog(builtInCatalog.catalog);
    const before = port.workbook.values("IKI-Katalog");
    const apply = port.workbook.apply.bind(port.workbook);
    port.workbook.apply = (plans, onSheet) =>
      apply(plans, (i, name) => {
        onSheet?.(i, name);
        throw new Error("gagal disengaja");
      });
    await expect(port.saveCatalog(lain)).rejects.toBeInstanceOf(InsertError);
    port.workbook.apply = apply;
    expect(port.workbook.sheetNames()).toEqual(["Lembar1", "IKI-Katalog"]);
    expect(port.workbook.values("IKI-Katalog")).toEqual(before);
    expect((await port.readCatalog()).katalog.catalog).toEqual(builtInCatalog.catalog);

    await port.saveCatalog(lain);
    expect(port.workbook.sheetNames()).toEqual(["Lembar1", "IKI-Katalog"]);
    expect(port.workbook.visibleSheetNames()).toEqual(["Lembar1"]);
    expect((await new MemoryWorkbookPort(port.workbook).readCatalog()).katalog.catalog).toEqual(
      lain
    );
  });
});

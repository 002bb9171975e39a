/**
 * The preview's port and grid model without a browser: progress sheet by sheet, all or nothing,
 * putFormula that never overwrites, and how cells are drawn (number formats, merges, borders, inputs).
 */
import { jabatanInBidang } from "../support/builtin-catalog";
import { MemoryWorkbookPort } from "../../src/preview/memory-port";
import { PreviewPort, qualifiedAddress } from "../../src/preview/preview-port";
import { displayValue, sheetModel, bandFor, key } from "../../src/preview/grid/sheet-model";
import { bacaKetikan } from "../../src/preview/grid/angka-id";
import { arahTombol, langkah } from "../../src/preview/grid/navigasi";
import { isLockedCell } from "../../src/preview/protection";
import { cellAddress } from "../../src/template/a1";
import type { TemplateOptions } from "../../src/template/options";
import { InsertError } from "../../src/workbook/port";

const OPTIONS: TemplateOptions = {
  tahun: 2025,
  identitas: {
    nama: "Siti",
    nip: "198503122010012004",
    pangkatGolongan: "",
    penilaiNama: "",
    penilaiNip: "",
  },
  skala: "lima",
  mode: "iki",
};
const BIDANG = "Bidang Rehabilitasi Sosial";

function freshPort() {
  const inner = new MemoryWorkbookPort();
  inner.workbook.addSheet("Lembar1");
  return new PreviewPort(inner, 0);
}

test("a bidang is written sheet by sheet with growing progress, the rekap last", async () => {
  const port = freshPort();
  const ids = jabatanInBidang(BIDANG).map((j) => j.id);
  const steps: [number, number, string][] = [];
  let changes = 0;
  port.subscribe(() => changes++);
  const result = await port.insert({ jabatanIds: ids, options: OPTIONS, rekap: true }, (d, t, m) =>
    steps.push([d, t, m])
  );
  expect(result.created).toHaveLength(ids.length + 1);
  expect(result.rekap).toBe("Rekap IKI 2025");
  expect(result.created[result.created.length - 1]).toBe(result.rekap);
  expect(await port.listSheets()).toEqual(["Lembar1", ...result.created]);
  const total = ids.length + 2;
  expect(steps.every(([, t]) => t === total)).toBe(true);
  expect(steps.map(([d]) => d)).toEqual([...ids.keys(), ids.length, total]);
  expect(steps[0][2]).toMatch(/^Menulis lembar 1 dari \d+: Kepala Bidang Rehabilitasi Sosial…$/);
  expect(changes).toBeGreaterThanOrEqual(ids.length);
});

test("a failure part-way removes the sheets this insert made", async () => {
  const port = freshPort();
  const ids = jabatanInBidang(BIDANG).map((j) => j.id);
  // The third sheet fails (as a write can fail in Excel): the two before it must go again.
  const inner = (port as unknown as { inner: MemoryWorkbookPort }).inner;
  const original = inner.insert.bind(inner);
  let calls = 0;
  inner.insert = async (request, onProgress) => {
    if (++calls === 3) throw new InsertError("Lembar tidak dapat dibuat; buku kerja tidak diubah.");
    return original(request, onProgress);
  };
  await expect(port.insert({ jabatanIds: ids, options: OPTIONS, rekap: true })).rejects.toThrow(
    /Lembar tidak dapat dibuat; buku kerja tidak diubah\. Lembar yang sempat dibuat sudah dihapus/
  );
  expect(await port.listSheets()).toEqual(["Lembar1"]);
});

test("putFormula writes into the selected empty cell and refuses a filled one or no selection", async () => {
  const port = freshPort();
  await expect(port.putFormula("=IKI.CAPAIAN(80,100)")).rejects.toThrow(
    /Pilih dulu satu sel kosong/
  );
  port.select({ sheet: "Lembar1", cell: "B3" });
  expect(await port.putFormula("=IKI.CAPAIAN(80,100)")).toBe("Lembar1!B3");
  expect(port.workbook.getValue("Lembar1", "B3")).toBe(80);
  await expect(port.putFormula("=IKI.PREDIKAT(85)")).rejects.toBeInstanceOf(InsertError);
  expect(port.workbook.getFormula("Lembar1", "B3")).toBe("=IKI.CAPAIAN(80,100)");
  port.workbook.setCell("Lembar1", "C3", "teks saya");
  port.select({ sheet: "Lembar1", cell: "C3" });
  await expect(port.putFormula("=IKI.NILAI(98)")).rejects.toThrow(
    "Sel Lembar1!C3 sudah berisi data"
  );
  expect(port.workbook.getValue("Lembar1", "C3")).toBe("teks saya");
});

test("addresses quote sheet names as Excel does", () => {
  expect(qualifiedAddress("Lembar1", "B3")).toBe("Lembar1!B3");
  expect(qualifiedAddress("Rekap IKI 2025", "B3")).toBe("'Rekap IKI 2025'!B3");
  expect(qualifiedAddress("Peksos AM (Bencana Alam)", "A1")).toBe("'Peksos AM (Bencana Alam)'!A1");
  expect(qualifiedAddress("AB12", "A1")).toBe("'AB12'!A1");
});

describe("grid model", () => {
  test("values show as Indonesian Excel shows them under the template's formats", () => {
    expect(displayValue(80, '0.00"%"')).toBe("80,00%");
    expect(displayValue(109.5, "0.00")).toBe("109,50");
    expect(displayValue(1234.5, "0.00")).toBe("1.234,50");
    expect(displayValue(35, "General")).toBe("35");
    expect(displayValue(0.1 + 0.2)).toBe("0,3");
    expect(displayValue("Baik", '0.00"%"')).toBe("Baik");
    expect(displayValue(null)).toBe("");
    expect(displayValue({ error: "#DIV/0!" })).toBe("#DIV/0!");
  });

  test("typed numbers are read as Indonesian Excel reads them: decimal comma, thousands dot", () => {
    const angka = (t: string) => {
      const k = bacaKetikan(t);
      return k.jenis === "angka" ? k.nilai : k.jenis;
    };
    expect(angka("1.000")).toBe(1000);
    expect(angka("12,5")).toBe(12.5);
    expect(angka("1.234,5")).toBe(1234.5);
    expect(angka("1.000.000")).toBe(1_000_000);
    expect(angka("-1.000")).toBe(-1000);
    expect(angka("1,000")).toBe(1);
    expect(angka(",5")).toBe(0.5);
    expect(angka("1,5E2")).toBe(150);
    expect(angka("80%")).toBe(0.8);
    expect(angka(" 30 ")).toBe(30);
    expect(angka("")).toBe("kosong");
    expect(angka("   ")).toBe("kosong");
  });

  test("a dot that does not group thousands makes text, with the reason; so does any other text", () => {
    for (const t of ["1.5", "12.50", "1.00", "1.234.5", "0.75%"])
      expect(bacaKetikan(t)).toEqual({ jenis: "teks", alasan: "titik" });
    for (const t of ["banyak", "12,5,3", "1 000", "-", ".", "1.0000", "Rp 5"])
      expect(bacaKetikan(t)).toEqual({
        jenis: "teks",
        alasan: t === "1.0000" ? "titik" : "bukan-angka",
      });
  });

  test("the selection moves like a spreadsheet's, over merged areas as one cell", async () => {
    const port = freshPort();
    const [id] = jabatanInBidang(BIDANG).map((j) => j.id);
    const { created } = await port.insert({ jabatanIds: [id], options: OPTIONS, rekap: false });
    const wb = port.workbook;
    const model = sheetModel(
      wb.decoration(created[0]),
      wb.hf.getSheetDimensions(wb.hf.getSheetId(created[0])!)
    );
    // A1:P1 is one merged title across the sheet: right of it is the edge, below it row 2.
    expect(model.merges.get(key(0, 0))?.colSpan).toBe(model.cols);
    expect(langkah(model, 0, 0, "kanan")).toEqual({ row: 0, col: 0 });
    expect(langkah(model, 0, 0, "kiri")).toEqual({ row: 0, col: 0 });
    expect(langkah(model, 0, 0, "atas")).toEqual({ row: 0, col: 0 });
    expect(langkah(model, 0, 0, "bawah")).toEqual({ row: 1, col: 0 });
    // From the cell under any part of the title, up goes to the title's anchor.
    expect(langkah(model, 1, 5, "atas")).toEqual({ row: 0, col: 0 });
    // Every merge inside the sheet is left from its far edge.
    const inside = [...model.merges].filter(([k, m]) => {
      const [, col] = k.split(",").map(Number);
      return m.colSpan > 1 && col + m.colSpan < model.cols;
    });
    expect(inside.length).toBeGreaterThan(0);
    for (const [k, m] of inside) {
      const [row, col] = k.split(",").map(Number);
      const right = langkah(model, row, col, "kanan");
      expect(right.col).toBeGreaterThanOrEqual(col + m.colSpan);
      expect(model.covered.has(key(right.row, right.col))).toBe(false);
    }
    expect(arahTombol({ key: "Enter", shiftKey: false })).toBe("bawah");
    expect(arahTombol({ key: "Enter", shiftKey: true })).toBe("atas");
    expect(arahTombol({ key: "Tab", shiftKey: false })).toBeUndefined();
  });

  test("every yellow (unlocked) cell is an input: numbers and lists by their rule, the rest text", async () => {
    const port = freshPort();
    const ids = jabatanInBidang(BIDANG).map((j) => j.id);
    const { created } = await port.insert({
      jabatanIds: ids.slice(0, 1),
      options: OPTIONS,
      rekap: false,
    });
    const wb = port.workbook;
    const sheet = created[0];
    const model = sheetModel(
      wb.decoration(sheet),
      wb.hf.getSheetDimensions(wb.hf.getSheetId(sheet)!)
    );
    let unlocked = 0;
    for (let row = 0; row < model.rows; row++)
      for (let col = 0; col < model.cols; col++) {
        if (model.covered.has(key(row, col))) continue;
        const open = !isLockedCell(wb, sheet, cellAddress(row, col));
        if (open) unlocked++;
        expect([cellAddress(row, col), model.inputs.has(key(row, col))]).toEqual([
          cellAddress(row, col),
          open,
        ]);
      }
    expect(unlocked).toBeGreaterThan(10);
    const kinds = new Set([...model.inputs.values()].map((i) => i.kind));
    expect(kinds).toEqual(new Set(["angka", "teks"]));
  });

  test("merges, later formats, outline borders, inputs and colour bands come from the decoration", async () => {
    const port = freshPort();
    const [id] = jabatanInBidang(BIDANG).map((j) => j.id);
    const { created } = await port.insert({ jabatanIds: [id], options: OPTIONS, rekap: false });
    const wb = port.workbook;
    const decoration = wb.decoration(created[0]);
    const model = sheetModel(decoration, wb.hf.getSheetDimensions(wb.hf.getSheetId(created[0])!));
    expect(model.merges.get(key(0, 0))).toEqual({ rowSpan: 1, colSpan: 16 });
    expect(model.covered.has(key(0, 1))).toBe(true);
    expect(model.styles.get(key(0, 0))?.bold).toBe(true);
    expect(model.columnWidths).toEqual(decoration!.columnWidths);
    // The identity values (C5:G11) have an outline: top edge on row 5 only, left edge on C only
    // (keys are 0-based indexes: C5 is row 4, column 2).
    expect(model.borders.get(key(4, 2))).toEqual([true, false, false, true]);
    expect(model.borders.get(key(7, 4))).toEqual([false, false, false, false]);
    expect([...model.inputs.values()].some((i) => i.kind === "angka")).toBe(true);
    const [capaianKey] = [...model.bands.keys()];
    const [row, col] = capaianKey.split(",").map(Number);
    expect(bandFor(model, row, col, 95)?.fill).toBe("#C6EFCE");
    expect(bandFor(model, row, col, 10)?.fill).toBe("#FFC7CE");
    expect(bandFor(model, row, col, "")).toBeUndefined();
  });

  test("a blank sheet still shows an empty grid", () => {
    const model = sheetModel(undefined, { width: 0, height: 0 });
    expect(model.rows).toBeGreaterThanOrEqual(20);
    expect(model.cols).toBeGreaterThanOrEqual(10);
  });
});

test("a bidang that asks writes nothing when some have a sheet; skipping makes only the others", async () => {
  const port = freshPort();
  const ids = jabatanInBidang(BIDANG).map((j) => j.id);
  const [first] = (await port.insert({ jabatanIds: [ids[1]], options: OPTIONS, rekap: false }))
    .created;
  const names = await port.listSheets();
  const asked = await port.insert({
    jabatanIds: ids,
    options: OPTIONS,
    rekap: true,
    sudahAda: "tanya",
  });
  expect(asked).toEqual({ created: [], ada: [{ name: first, jabatanId: ids[1] }] });
  expect(await port.listSheets()).toEqual(names);
  const steps: number[] = [];
  const skipped = await port.insert(
    { jabatanIds: ids, options: OPTIONS, rekap: true, sudahAda: "lewati" },
    (done) => steps.push(done)
  );
  expect(skipped.ada).toEqual(asked.ada);
  expect(skipped.created).toHaveLength(ids.length); // the others and the rekap
  expect(skipped.created).not.toContain(first);
  expect(skipped.rekap).toBe("Rekap IKI 2025");
  const n = ids.length - 1; // sheets written: one per step, then the rekap, then done
  expect(steps).toEqual([...Array(n).keys(), n, n + 2]);
});

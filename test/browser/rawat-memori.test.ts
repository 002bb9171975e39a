/**
 * rawatLembar on the preview's port (the in-memory HyperFormula workbook), the scenario of
 * test/workbook/rawat-lembar.test.ts once: the whole dinas inserted, every input typed, refreshed
 * against a revised catalog. Every typed value in its slot or the sisa block, names and tab order
 * kept, the rekap rewritten and computing; then plain formulas and back.
 */
import { builtInCatalog } from "../../src/catalog";
import { inputSlots } from "../../src/lifecycle/slots";
import { teks } from "../../src/lifecycle/teks";
import { MemoryWorkbookPort } from "../../src/preview/memory-port";
import { PreviewPort } from "../../src/preview/preview-port";
import { cell } from "../../src/template/a1";
import { parseMarker, type IkiMarker } from "../../src/template/marker";
import { indeks, revisi, type Ketikan } from "../lifecycle/support";
import { ketikSemua, permintaanDinas } from "../support/dinas-terisi";
import { galatDi, isiDi } from "./support/memori";

const revisiKatalog = indeks(revisi(builtInCatalog.catalog));
jest.setTimeout(120_000);

const ikiOf = (marker?: string) => {
  const m = parseMarker(marker ?? "");
  return m?.kind === "iki" ? (m as IkiMarker) : undefined;
};

function sisaNilai(port: MemoryWorkbookPort, sheet: string): unknown[] {
  const values = port.workbook.values(sheet);
  const judul = values.findIndex((row) => row[0] === teks.sisa.judul);
  return judul < 0 ? [] : values.slice(judul + 3).map((row) => row[6]);
}

test("perbarui on the memory port keeps every typed value, names, order; the rekap computes", async () => {
  const inner = new MemoryWorkbookPort();
  const port = new PreviewPort(inner);
  await inner.insert(permintaanDinas());
  const ketikan = new Map<string, Ketikan>();
  inner.workbook.batch(() => {
    const typed = ketikSemua(inner.workbook.sheets(), builtInCatalog, (sheet, a1, isi) =>
      "rumus" in isi
        ? inner.workbook.setFormula(sheet, a1, isi.rumus)
        : inner.workbook.setCell(sheet, a1, isi.nilai)
    );
    for (const [k, v] of typed) ketikan.set(k, v);
  });
  const names = inner.workbook.sheetNames();
  inner.katalog = revisiKatalog;
  const preview = await port.rawatLembar({ aksi: { kind: "perbarui" }, tulis: false });
  expect(inner.workbook.sheetNames()).toEqual(names);
  expect(preview.lembar.some((l) => l.status === "diperbarui")).toBe(true);

  const laporan = await port.rawatLembar({ aksi: { kind: "perbarui" }, tulis: true });
  expect(laporan.rekap).toHaveLength(1);
  expect(inner.workbook.sheetNames()).toEqual(names);
  let [slot, sisa] = [0, 0];
  for (const [name, ketik] of ketikan) {
    const m = ikiOf(inner.workbook.getProperty(name, "IKI-DINSOS"))!;
    expect(m.katalog).toBe(revisiKatalog.identity().hash);
    const slots = new Map(
      inputSlots(revisiKatalog.getJabatan(m.jabatanId)!).map((s) => [s.key, s])
    );
    const kept = sisaNilai(inner, name);
    for (const [key, isi] of ketik) {
      const s = slots.get(key);
      if (s) {
        expect({ key, isi: isiDi(inner, name, cell(s.row, s.col)) }).toEqual({ key, isi });
        slot++;
      } else {
        expect(kept).toContain("rumus" in isi ? isi.rumus : isi.nilai);
        sisa++;
      }
    }
    expect(inner.workbook.decoration(name)?.protect).toBe(true);
  }
  expect(sisa).toBeGreaterThan(0);
  expect(slot + sisa).toBe([...ketikan.values()].reduce((n, k) => n + k.size, 0));
  // The rekap, rewritten over the new sheets, computes: no #REF! from the sheets replaced.
  const rekap = laporan.rekap[0];
  expect(galatDi(inner, rekap)).toEqual([]);

  await port.rawatLembar({ aksi: { kind: "ubah-rumus", mode: "native" }, tulis: true });
  expect(inner.workbook.sheetNames()).toEqual(names);
  const iki = names.flatMap((n) =>
    inner.workbook.hf
      .getSheetFormulas(inner.workbook.hf.getSheetId(n) as number)
      .flat()
      .filter((f) => typeof f === "string" && /IKI\./i.test(f))
  );
  expect(iki).toEqual([]);
});

test("after an import, the sheets made from the catalog it replaced are matched through the riwayat", async () => {
  const inner = new MemoryWorkbookPort();
  const k1 = revisiKatalog;
  const k2 = indeks(revisi(k1.catalog));
  await inner.saveCatalog(k1.catalog);
  await inner.insert(permintaanDinas(k1));
  const typed = new Map<string, number>();
  inner.workbook.batch(() => {
    const ketikan = ketikSemua(inner.workbook.sheets(), k1, (sheet, a1, isi) =>
      "rumus" in isi
        ? inner.workbook.setFormula(sheet, a1, isi.rumus)
        : inner.workbook.setCell(sheet, a1, isi.nilai)
    );
    for (const [sheet, k] of ketikan) typed.set(sheet, k.size);
  });
  // The import of k2: stored, with k1 kept beside it because the sheets name it.
  const saved = await inner.saveCatalog(k2.catalog);
  expect(saved.riwayat.map((k) => k.identity().hash)).toEqual([k1.identity().hash]);
  const laporan = await inner.rawatLembar({ aksi: { kind: "perbarui" }, tulis: true });
  const statuses = new Set(laporan.lembar.map((l) => l.status));
  expect([...statuses].sort()).toEqual(["diperbarui", "penanda"]);
  // Every typed value of a rewritten sheet is accounted for: in its slot or in the sisa block.
  const diperbarui = laporan.lembar.filter((l) => l.status === "diperbarui");
  expect(diperbarui.length).toBeGreaterThan(10);
  for (const l of diperbarui)
    expect([l.sheet, l.dipertahankan + l.sisa.length]).toEqual([l.sheet, typed.get(l.sheet)]);
});

test("a user's formula naming a refreshed sheet: still computing, and reported as in Excel", async () => {
  const port = new MemoryWorkbookPort();
  const jabatan = builtInCatalog.catalog.jabatan.find((j) => j.indikator.length >= 3)!;
  const identitas = { nama: "", nip: "", pangkatGolongan: "", penilaiNama: "", penilaiNip: "" };
  await port.insert({
    ...permintaanDinas(),
    jabatanIds: [jabatan.id],
    options: { ...permintaanDinas().options, identitas },
  });
  const name = port.workbook.sheetNames()[0];
  const slot = inputSlots(jabatan).find((s) => s.key.endsWith(":target"))!;
  const a1 = cell(slot.row, slot.col);
  port.workbook.setCell(name, a1, 42);
  port.workbook.addSheet("Ringkasan");
  const rumus = `='${name}'!${a1}`;
  port.workbook.setFormula("Ringkasan", "A1", rumus);
  port.katalog = revisiKatalog;
  const laporan = await port.rawatLembar({ aksi: { kind: "perbarui" }, tulis: true });
  expect(laporan.lembar[0].status).toBe("diperbarui");
  expect(laporan.rujukan).toEqual([{ sheet: "Ringkasan", sel: "A1", rumus }]);
  const now = inputSlots(revisiKatalog.getJabatan(jabatan.id)!).find((s) => s.key === slot.key)!;
  expect(port.workbook.getValue(name, cell(now.row, now.col))).toBe(42);
  expect(port.workbook.getValue("Ringkasan", "A1")).toBe(42);
});

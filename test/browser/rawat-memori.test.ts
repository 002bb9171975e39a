/**
 * rawatLembar on the preview's port (the in-memory HyperFormula workbook), the scenario of
 * test/workbook/rawat-lembar.test.ts once: the whole dinas inserted, every input typed, refreshed
 * against a revised catalog. Every typed value in its slot or the sisa block, names and tab order
 * kept, the rekap rewritten and computing; then plain formulas and back.
 */
import { builtInCatalog } from "../../src/catalog";
import { inputSlots } from "../../src/lifecycle/slots";
import { teks } from "../../src/lifecycle/teks";
import type { Isi } from "../../src/lifecycle/types";
import { MemoryWorkbookPort } from "../../src/preview/memory-port";
import { PreviewPort } from "../../src/preview/preview-port";
import { cell } from "../../src/template/a1";
import { parseMarker, type IkiMarker } from "../../src/template/marker";
import { indeks, isiSemua, revisi, type Ketikan } from "../lifecycle/support";
import { options } from "../template/support";

const revisiKatalog = indeks(revisi(builtInCatalog.catalog));
jest.setTimeout(120_000);

const ikiOf = (marker?: string) => {
  const m = parseMarker(marker ?? "");
  return m?.kind === "iki" ? (m as IkiMarker) : undefined;
};

function isiDi(port: MemoryWorkbookPort, sheet: string, a1: string): Isi | undefined {
  const formula = port.workbook.getFormula(sheet, a1);
  if (formula !== undefined) return { rumus: formula };
  const v = port.workbook.getValue(sheet, a1);
  return v === null || v === "" ? undefined : { nilai: v as string | number };
}

function sisaNilai(port: MemoryWorkbookPort, sheet: string): unknown[] {
  const values = port.workbook.values(sheet);
  const judul = values.findIndex((row) => row[0] === teks.sisa.judul);
  return judul < 0 ? [] : values.slice(judul + 3).map((row) => row[6]);
}

test("perbarui on the memory port keeps every typed value, names, order; the rekap computes", async () => {
  const inner = new MemoryWorkbookPort();
  const port = new PreviewPort(inner);
  const identitas = { nama: "", nip: "", pangkatGolongan: "", penilaiNama: "", penilaiNip: "" };
  await inner.insert({
    jabatanIds: builtInCatalog.catalog.jabatan.map((j) => j.id),
    options: options({ identitas }),
    rekap: true,
  });
  const ketikan = new Map<string, Ketikan>();
  inner.workbook.batch(() =>
    inner.workbook.sheets().forEach((s, i) => {
      const m = ikiOf(s.marker);
      if (!m) return;
      const jabatan = builtInCatalog.getJabatan(m.jabatanId)!;
      const ketik = isiSemua(jabatan, i + 1);
      for (const slot of inputSlots(jabatan)) {
        const isi = ketik.get(slot.key);
        const a1 = cell(slot.row, slot.col);
        if (isi && "rumus" in isi) inner.workbook.setFormula(s.name, a1, isi.rumus);
        else if (isi) inner.workbook.setCell(s.name, a1, isi.nilai);
      }
      ketikan.set(s.name, ketik);
    })
  );
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
  const errors = inner.workbook
    .values(rekap)
    .flat()
    .filter((v) => typeof v === "string" && v.startsWith("#"));
  expect(errors).toEqual([]);

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

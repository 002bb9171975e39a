/**
 * gabung on the preview's port (the in-memory HyperFormula workbook), the scenario of
 * test/workbook/gabung-lembar.test.ts once: the 50 staff files of a filled dinas merged, every typed
 * value found in its cell, the rekap computing without an error, the report sheet written; the same
 * files merged again replace the sheets (names and tab order kept) and rewrite the rekap in place.
 */
import { builtInCatalog } from "../../src/catalog";
import { inputSlots } from "../../src/lifecycle/slots";
import { MemoryWorkbookPort } from "../../src/preview/memory-port";
import { PreviewPort } from "../../src/preview/preview-port";
import { cell } from "../../src/template/a1";
import { parseMarker } from "../../src/template/marker";
import { berkasDinas } from "../support/berkas-pegawai";
import { dinasTerisi } from "../support/dinas-terisi";
import { galatDi, isiDi } from "./support/memori";

jest.setTimeout(180_000);

test("50 staff files merged into the memory port, then merged again", async () => {
  const dinas = await dinasTerisi();
  const berkas = berkasDinas(dinas);
  const inner = new MemoryWorkbookPort();
  const port = new PreviewPort(inner);
  const kosong = inner.workbook.sheetNames();

  const sebelum = await port.gabung({ berkas, tulis: false });
  expect(inner.workbook.sheetNames()).toEqual(kosong);
  expect(sebelum.berkas).toHaveLength(50);

  const laporan = await port.gabung({ berkas, tulis: true });
  const lembar = laporan.berkas.flatMap((b) => b.lembar);
  expect(lembar.map((l) => l.status)).toEqual(lembar.map(() => "digabung"));
  for (const l of lembar) {
    const m = parseMarker(inner.workbook.getProperty(l.ke as string, "IKI-DINSOS") ?? "");
    expect(m?.kind).toBe("iki");
    const jabatan = builtInCatalog.getJabatan(l.jabatanId)!;
    const slots = new Map(inputSlots(jabatan).map((s) => [s.key, s]));
    for (const [key, isi] of dinas.ketikan.get(l.sheet)!) {
      const s = slots.get(key)!;
      expect({ key, isi: isiDi(inner, l.ke as string, cell(s.row, s.col)) }).toEqual({ key, isi });
    }
  }
  const rekap = laporan.rekap as string;
  expect(galatDi(inner, rekap)).toEqual([]);
  expect(inner.workbook.hasSheet(laporan.lembarLaporan as string)).toBe(true);
  const names = inner.workbook.sheetNames();
  expect(names).toHaveLength(kosong.length + 52);

  const lagi = await port.gabung({ berkas, tulis: true });
  expect(inner.workbook.sheetNames()).toEqual(names);
  expect(lagi.berkas.flatMap((b) => b.lembar).every((l) => l.mengganti === l.ke)).toBe(true);
  expect(lagi.rekap).toBe(rekap);
  expect(galatDi(inner, rekap)).toEqual([]);
});

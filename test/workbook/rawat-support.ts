/** What the lifecycle tests of the adapter look at: typed values found again, cell by cell. */
import type { CatalogIndex } from "../../src/catalog";
import { inputSlots } from "../../src/lifecycle/slots";
import { teks } from "../../src/lifecycle/teks";
import type { Isi } from "../../src/lifecycle/types";
import { cell } from "../../src/template/a1";
import type { FakeSheet } from "../support/fake-excel";
import type { Ketikan } from "../lifecycle/support";
import { ikiMarker, salin, type Dinas } from "../support/dinas-terisi";
import { ExcelWorkbook } from "../../src/workbook/excel-adapter";

export * from "../support/dinas-terisi";

/** The value a read of the cell gives as an Isi (what the lifecycle compares). */
export function isiDi(sheet: FakeSheet, a1: string): Isi | undefined {
  const c = sheet.cells.get(a1);
  if (!c) return undefined;
  return c.kind === "formula" ? { rumus: c.value } : { nilai: c.value };
}

/** The values of the sisa block's column G (under its title and header): where a value without a slot goes. */
export function sisaNilai(sheet: FakeSheet): unknown[] {
  const judul = [...sheet.cells].find(
    ([a1, c]) => /^A\d+$/.test(a1) && c.value === teks.sisa.judul
  );
  if (!judul) return [];
  const dari = Number(judul[0].slice(1)) + 3;
  const out: unknown[] = [];
  for (const [a1, c] of sheet.cells) {
    const m = /^G(\d+)$/.exec(a1);
    if (m && Number(m[1]) >= dari) out.push(c.value);
  }
  return out;
}

/**
 * Every value typed on `lama` found on `sheet` made from jabatan `katalog`'s: in its slot, or,
 * without one, in the sisa block. Returns [in slots, in sisa].
 */
export function expectKetikanAda(
  sheet: FakeSheet,
  ketik: Ketikan,
  katalog: CatalogIndex,
  bawa: (key: string) => boolean = () => true
): [number, number] {
  const m = ikiMarker(sheet)!;
  const slots = new Map(inputSlots(katalog.getJabatan(m.jabatanId)!).map((s) => [s.key, s]));
  const sisa = sisaNilai(sheet);
  let [diSlot, diSisa] = [0, 0];
  for (const [key, isi] of ketik) {
    const slot = slots.get(key);
    if (!bawa(key)) {
      if (slot) expect(isiDi(sheet, cell(slot.row, slot.col))).toBeUndefined();
      continue;
    }
    if (slot) {
      expect({ key, isi: isiDi(sheet, cell(slot.row, slot.col)) }).toEqual({ key, isi });
      diSlot++;
    } else {
      expect(sisa).toContain("rumus" in isi ? isi.rumus : isi.nilai);
      diSisa++;
    }
  }
  return [diSlot, diSisa];
}

/** The sheets of the dinas a refresh against `katalog` rewrites (a preview on a copy). */
export async function lembarDiperbarui(dinas: Dinas, katalog: CatalogIndex): Promise<string[]> {
  const fake = salin(dinas.fake);
  const port = new ExcelWorkbook({ run: fake.run, katalog });
  const preview = await port.rawatLembar({ aksi: { kind: "perbarui" }, tulis: false });
  return preview.lembar.filter((l) => l.status === "diperbarui").map((l) => l.sheet);
}

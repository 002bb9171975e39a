/**
 * The whole dinas as a pegawai leaves it after a year, in the strict fake Excel: inserted through the
 * adapter (with its rekap, "Kunci rumus" on), every input typed (test/lifecycle/support.ts isiSemua),
 * and the ways a lifecycle test looks at it: a copy to fail in, a snapshot to compare, the typed
 * values found again cell by cell.
 */
import { builtInCatalog, type CatalogIndex } from "../../src/catalog";
import { inputSlots } from "../../src/lifecycle/slots";
import { teks } from "../../src/lifecycle/teks";
import type { Isi } from "../../src/lifecycle/types";
import { cell } from "../../src/template/a1";
import { MARKER_KEY, parseMarker, type IkiMarker } from "../../src/template/marker";
import { ExcelWorkbook } from "../../src/workbook/excel-adapter";
import {
  FakeExcel,
  type FakeCell,
  type FakeExcelOptions,
  type FakeSheet,
} from "../support/fake-excel";
import { isiSemua, type Ketikan } from "../lifecycle/support";
import { options } from "../template/support";

export const markerOf = (s: FakeSheet) => s.customProperties.get(MARKER_KEY.toLowerCase())?.value;
export const ikiMarker = (s: FakeSheet): IkiMarker | undefined => {
  const m = parseMarker(markerOf(s) ?? "");
  return m?.kind === "iki" ? m : undefined;
};

/** A cell as a user typed it. */
function typed(isi: Isi): FakeCell {
  if ("rumus" in isi) return { kind: "formula", value: isi.rumus };
  const v = isi.nilai;
  if (typeof v === "number") return { kind: "number", value: v };
  if (typeof v === "boolean") return { kind: "boolean", value: v };
  return { kind: "text", value: v };
}

export interface Dinas {
  fake: FakeExcel;
  /** What was typed on each IKI sheet (by sheet name), by slot key. */
  ketikan: Map<string, Ketikan>;
}

/** Inserts every jabatan of `katalog` (and the rekap), then types every input. */
export async function dinasTerisi(katalog: CatalogIndex = builtInCatalog): Promise<Dinas> {
  const fake = new FakeExcel({ sheets: [{ name: "Catatan", cells: { A1: "catatan pengguna" } }] });
  const workbook = new ExcelWorkbook({
    run: fake.run,
    isSetSupported: fake.isSetSupported,
    katalog,
  });
  const identitas = { nama: "", nip: "", pangkatGolongan: "", penilaiNama: "", penilaiNip: "" };
  await workbook.insert({
    jabatanIds: katalog.catalog.jabatan.map((j) => j.id),
    options: options({ identitas }),
    rekap: true,
  });
  const ketikan = new Map<string, Ketikan>();
  fake.sheets.forEach((sheet, i) => {
    const m = ikiMarker(sheet);
    if (!m) return;
    const jabatan = katalog.getJabatan(m.jabatanId)!;
    const ketik = isiSemua(jabatan, i + 1);
    for (const s of inputSlots(jabatan)) {
      const isi = ketik.get(s.key);
      if (isi) sheet.cells.set(cell(s.row, s.col), typed(isi));
    }
    ketikan.set(sheet.name, ketik);
  });
  return { fake, ketikan };
}

/** A copy of the fake's workbook in a new session (its own options: a failure to inject). */
export function salin(fake: FakeExcel, opts: FakeExcelOptions = {}): FakeExcel {
  const copy = new FakeExcel(opts);
  copy.sheets.push(...structuredClone(fake.sheets).map((s) => ({ ...s, preexisting: true })));
  return copy;
}

/** Every sheet's name, order, cells, markers and protection: what "unchanged" compares. */
export function potret(fake: FakeExcel) {
  return fake.sheets.map((s) => ({
    name: s.name,
    visibility: s.visibility ?? "Visible",
    cells: [...s.cells.entries()].sort(([a], [b]) => a.localeCompare(b)),
    properties: [...s.customProperties.values()],
    protected: s.protection !== undefined,
  }));
}

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

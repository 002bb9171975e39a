import { kenaliLembar } from "../../src/gabung/kenali";
import { sejajarkan } from "../../src/gabung/sejajar";
import { inputSlots as slotsOf } from "../../src/lifecycle/slots";
import type { Jabatan } from "../../src/catalog/types";
const isianOf = (j: Jabatan) => new Set(slotsOf(j).map((s) => `${s.row}:${s.col}`));
import { bacaIsian } from "../../src/lifecycle/read-inputs";
import { inputSlots } from "../../src/lifecycle/slots";
import { KOLOM, ikiLayout } from "../../src/template/layout";
import { parseMarker } from "../../src/template/marker";
import { indeks, revisi } from "../lifecycle/support";
import { bawaan, hapusBaris, lembarPegawai, sisipkan, tanpaPenanda } from "./support";

const semua = bawaan.catalog.jabatan;
const revisiKatalog = indeks(revisi(bawaan.catalog));

describe("sejajarkan: rows the user inserted", () => {
  test("every jabatan: two rows inserted (one blank, one with a note) are found, the inputs read back", () => {
    for (const [i, j] of semua.entries()) {
      const l = lembarPegawai(j, i + 3);
      const layout = ikiLayout(j);
      // A note row inside the table, after its first block; a blank row inside the tugas list.
      let read = sisipkan(l.read, layout.blok[0].akhir, [
        "",
        "Catatan sisipan",
        "",
        "",
        "",
        "",
        12,
      ]);
      read = sisipkan(read, layout.tugasDari);
      const s = sejajarkan(read, l.plan, isianOf(l.jabatan))!;
      expect(s).toBeDefined();
      // The blank row carries nothing: not listed.
      expect(s.sisipan.map((x) => x.baris)).toEqual([layout.blok[0].akhir + 2]);
      expect(s.sisipan[0].isi.map((x) => x.isi)).toEqual([
        { nilai: "Catatan sisipan" },
        { nilai: 12 },
      ]);
      const dibaca = bacaIsian(s.read, l.plan, inputSlots(j), layout);
      expect(dibaca.isian).toEqual(l.ketik);
      expect(dibaca.diubah).toEqual([]);
      // A revision of the catalog, tried first, is taken only where it left the jabatan as it was.
      const sama = JSON.stringify(revisiKatalog.getJabatan(j.id)) === JSON.stringify(j);
      const katalog = (sama ? revisiKatalog : bawaan).identity().hash;
      expect(kenaliLembar(tanpaPenanda(read), [revisiKatalog, bawaan])).toEqual({
        ...parseMarker(l.plan.marker.value),
        katalog,
      });
    }
  });

  test("rows at the top and below the table; a sheet untouched aligns to itself", () => {
    const j = semua.find((x) => x.indikator.length >= 2)!;
    const l = lembarPegawai(j, 9);
    expect(sejajarkan(l.read, l.plan, isianOf(l.jabatan))).toEqual({
      read: l.read,
      sisipan: [],
      periksa: [],
    });
    const layout = ikiLayout(j);
    const read = sisipkan(sisipkan(l.read, 0, ["Judul pribadi"]), layout.tabelAkhir + 1, ["x"]);
    const s = sejajarkan(read, l.plan, isianOf(l.jabatan))!;
    expect(s.sisipan.map((x) => x.baris)).toEqual([1, layout.tabelAkhir + 2]);
    expect(bacaIsian(s.read, l.plan, inputSlots(j), layout).isian).toEqual(l.ketik);
  });

  test("a formula the user typed follows its rows back; references to an inserted row stay", () => {
    const j = semua.find((x) => x.indikator.length >= 2)!;
    const l = lembarPegawai(j, 9);
    const layout = ikiLayout(j);
    const read = sisipkan(l.read, layout.tugasDari);
    const slot = inputSlots(j).find((s) => s.col === KOLOM.triwulan[0] && s.row > layout.header)!;
    const staf = slot.row + 1;
    read.formulas[staf - 1][slot.col] = `=G${staf}*2+B${layout.tugasDari + 1}`;
    read.values[staf - 1][slot.col] = 7;
    const s = sejajarkan(read, l.plan, isianOf(j))!;
    const isian = bacaIsian(s.read, l.plan, inputSlots(j), layout).isian;
    expect(isian.get(slot.key)).toEqual({ rumus: `=G${slot.row}*2+B${layout.tugasDari + 1}` });
  });

  test("a row deleted: cannot align", () => {
    const j = semua.find((x) => x.indikator.length >= 2)!;
    const l = lembarPegawai(j, 9);
    const layout = ikiLayout(j);
    expect(
      sejajarkan(hapusBaris(l.read, layout.blok[1].baris), l.plan, isianOf(l.jabatan))
    ).toBeUndefined();
    expect(
      sejajarkan(hapusBaris(l.read, layout.tugasDari), l.plan, isianOf(l.jabatan))
    ).toBeUndefined();
  });
});

import { kenaliLembar } from "../../src/gabung/kenali";
import { parseMarker } from "../../src/template/marker";
import { indeks, revisi } from "../lifecycle/support";
import { bawaan, lembarPegawai, tanpaPenanda } from "./support";

const semua = bawaan.catalog.jabatan;
const revisiKatalog = indeks(revisi(bawaan.catalog));

describe("kenaliLembar", () => {
  for (const mode of ["iki", "native"] as const)
    for (const skala of ["lima", "permenpan"] as const)
      test(`every jabatan, ${mode}, ${skala}: the marker it had`, () => {
        for (const [i, j] of semua.entries()) {
          const l = lembarPegawai(j, i + 7, { mode, skala, tahun: 2024 + (i % 3) });
          const dikenal = kenaliLembar(tanpaPenanda(l.read), [bawaan]);
          expect([j.id, dikenal]).toEqual([j.id, parseMarker(l.plan.marker.value)]);
        }
      });

  test("a sheet of another catalog: by the first catalog in which it is intact", () => {
    const j = revisiKatalog.catalog.jabatan.find((x) => x.indikator.length >= 3)!;
    const l = lembarPegawai(j, 3, { katalog: revisiKatalog });
    const m = kenaliLembar(tanpaPenanda(l.read), [bawaan, revisiKatalog]);
    expect(m).toEqual(parseMarker(l.plan.marker.value));
    expect(m!.katalog).toBe(revisiKatalog.identity().hash);
  });

  test("not an IKI sheet, an unknown jabatan, a missing title: undefined", () => {
    const l = lembarPegawai(semua[1], 1);
    const tanpa = tanpaPenanda(l.read);
    expect(
      kenaliLembar({ name: "X", formulas: [["abc"]], values: [["abc"]] }, [bawaan])
    ).toBeUndefined();
    const lainJabatan = {
      ...tanpa,
      values: tanpa.values.map((r, i) =>
        i === 7 ? r.map((c, k) => (k === 2 ? "Jabatan Karangan" : c)) : r
      ),
      formulas: tanpa.formulas.map((r, i) =>
        i === 7 ? r.map((c, k) => (k === 2 ? "Jabatan Karangan" : c)) : r
      ),
    };
    expect(kenaliLembar(lainJabatan, [bawaan])).toBeUndefined();
    const tanpaJudul = {
      ...tanpa,
      values: tanpa.values.slice(3),
      formulas: tanpa.formulas.slice(3),
    };
    expect(kenaliLembar(tanpaJudul, [bawaan])).toBeUndefined();
  });

  test("two jabatan of one name: the unit kerja decides", () => {
    const nama = new Map<string, number>();
    for (const j of semua) nama.set(j.nama, (nama.get(j.nama) ?? 0) + 1);
    const kembar = semua.filter((j) => (nama.get(j.nama) ?? 0) > 1);
    expect(kembar.length).toBeGreaterThanOrEqual(2);
    for (const j of kembar) {
      const l = lembarPegawai(j, 5);
      expect(kenaliLembar(tanpaPenanda(l.read), [bawaan])?.jabatanId).toBe(j.id);
    }
  });
});

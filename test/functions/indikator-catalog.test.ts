// IKI.INDIKATOR against the real catalog (src/catalog, maintained by the catalog engineer).
import "../support/custom-functions-stub";
import { catalog } from "../support/builtin-catalog";
import { daftarIndikator, HEADER_INDIKATOR, TANPA_INDIKATOR } from "../../src/functions/indikator";
import { IkiError } from "../../src/capaian";

describe("daftarIndikator on the real catalog", () => {
  const withTable = catalog.jabatan.find((j) => j.indikator.length > 0)!;
  const withoutTable = catalog.jabatan.find((j) => j.indikator.length === 0)!;

  it("finds a jabatan by id and by name in another case, with the same table", () => {
    const byId = daftarIndikator(withTable.id) as string[][];
    expect(byId[0]).toEqual(HEADER_INDIKATOR);
    expect(byId).toHaveLength(withTable.indikator.length + 1);
    expect(byId[1]).toEqual([
      withTable.indikator[0].kinerja,
      withTable.indikator[0].indikator,
      withTable.indikator[0].formulasi,
      withTable.indikator[0].sumberData,
    ]);
    expect(daftarIndikator(withTable.nama.toLowerCase())).toEqual(byId);
  });
  it("answers a jabatan without indicator table with the note row", () => {
    expect(daftarIndikator(withoutTable.id)).toEqual([
      HEADER_INDIKATOR,
      [TANPA_INDIKATOR, "", "", ""],
    ]);
  });
  it("unknown names are #N/A", () => {
    expect((daftarIndikator("Jabatan Yang Tidak Ada") as IkiError).code).toBe("#N/A");
  });
  it("every row of every jabatan is four strings", () => {
    for (const j of catalog.jabatan) {
      const t = daftarIndikator(j.id);
      expect(Array.isArray(t)).toBe(true);
      for (const r of t as string[][]) {
        expect(r).toHaveLength(4);
        for (const c of r) expect(typeof c).toBe("string");
      }
    }
  });
  it("a repeated name gives a table when the indicators agree, otherwise #N/A listing the ids", () => {
    const counts = new Map<string, number>();
    for (const j of catalog.jabatan)
      counts.set(j.nama.toLowerCase(), (counts.get(j.nama.toLowerCase()) ?? 0) + 1);
    const repeated = [...counts].filter(([, n]) => n > 1).map(([name]) => name);
    for (const name of repeated) {
      const t = daftarIndikator(name);
      if (t instanceof IkiError) {
        expect(t.code).toBe("#N/A");
        for (const j of catalog.jabatan.filter((x) => x.nama.toLowerCase() === name))
          expect(t.message).toContain(j.id);
      } else {
        expect(t[0]).toEqual(HEADER_INDIKATOR);
      }
    }
  });
});

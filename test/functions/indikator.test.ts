import { ExcelError } from "../support/custom-functions-stub";
import type { Indikator, Jabatan } from "../../src/catalog/types";

// The look-up is the catalog's; here its answers are fixed to reach every branch.
const mockResolveJabatan = jest.fn<Jabatan[], [string]>();
jest.mock("../../src/functions/active-catalog", () => ({
  activeCatalog: () => ({ resolveJabatan: mockResolveJabatan }),
  catalogReady: async () => ({ resolveJabatan: mockResolveJabatan }),
}));
import { daftarIndikator, HEADER_INDIKATOR, TANPA_INDIKATOR } from "../../src/functions/indikator";
import { indikator } from "../../src/functions/functions";
import { IkiError } from "../../src/capaian";

const resolve = mockResolveJabatan;

function ind(n: number): Indikator {
  return {
    id: `x-${n}`,
    kinerja: `Kinerja ${n}`,
    indikator: `Indikator ${n}`,
    jenis: "persen",
    formulasi: `A${n} / B${n} x 100%`,
    pembilang: `A${n}`,
    penyebut: `B${n}`,
    sumberData: `Sumber ${n}`,
    polaritas: "positif",
    agregasi: "nilai-akhir",
    satuan: "%",
  };
}
function jab(id: string, indikator: Indikator[]): Jabatan {
  return {
    id,
    urutan: 1,
    nama: "PENGADMINISTRASI UMUM",
    bidang: "Sekretariat",
    unit: null,
    tugas: [],
    indikator,
  };
}

beforeEach(() => resolve.mockReset());

describe("daftarIndikator", () => {
  it("returns a header row and one row per indicator", () => {
    resolve.mockReturnValue([jab("a", [ind(1), ind(2)])]);
    expect(daftarIndikator("Sekretaris")).toEqual([
      HEADER_INDIKATOR,
      ["Kinerja 1", "Indikator 1", "A1 / B1 x 100%", "Sumber 1"],
      ["Kinerja 2", "Indikator 2", "A2 / B2 x 100%", "Sumber 2"],
    ]);
    expect(resolve).toHaveBeenCalledWith("Sekretaris");
  });
  it("says in the sheet when the Keputusan has no indicator table", () => {
    resolve.mockReturnValue([jab("a", [])]);
    expect(daftarIndikator("a")).toEqual([HEADER_INDIKATOR, [TANPA_INDIKATOR, "", "", ""]]);
  });
  it("unknown jabatan: #N/A naming it", () => {
    resolve.mockReturnValue([]);
    const e = daftarIndikator("Kepala Gudang") as IkiError;
    expect(e.code).toBe("#N/A");
    expect(e.message).toBe(
      'Jabatan "Kepala Gudang" tidak ada di katalog IKI; tulis nama persis seperti di Keputusan, atau gunakan id-nya'
    );
  });
  it("a name shared by jabatan with the same indicators is answered", () => {
    resolve.mockReturnValue([jab("a", [ind(1)]), jab("b", [ind(1)])]);
    expect(daftarIndikator("PENGADMINISTRASI UMUM")).toHaveLength(2);
  });
  it("a name shared by jabatan with different indicators asks for the id", () => {
    resolve.mockReturnValue([jab("pu-umum", [ind(1)]), jab("pu-keuangan", [ind(2)])]);
    const e = daftarIndikator("PENGADMINISTRASI UMUM") as IkiError;
    expect(e.code).toBe("#N/A");
    expect(e.message).toContain('gunakan id: "pu-umum", "pu-keuangan"');
  });
  it("refuses blank, non-text and several cells without asking the catalog", () => {
    expect((daftarIndikator(null) as IkiError).code).toBe("#VALUE!");
    expect((daftarIndikator("  ") as IkiError).code).toBe("#VALUE!");
    expect((daftarIndikator(12) as IkiError).message).toContain("berisi 12");
    expect((daftarIndikator([["a", "b"]]) as IkiError).code).toBe("#VALUE!");
    expect((daftarIndikator({ code: "#N/A" }) as IkiError).code).toBe("#N/A");
    expect(resolve).not.toHaveBeenCalled();
  });
});

describe("IKI.INDIKATOR wrapper", () => {
  it("returns the 2-D array to spill", async () => {
    resolve.mockReturnValue([jab("a", [ind(1)])]);
    expect(await indikator("a")).toEqual([
      HEADER_INDIKATOR,
      ["Kinerja 1", "Indikator 1", "A1 / B1 x 100%", "Sumber 1"],
    ]);
  });
  it("returns an error as a 1x1 matrix holding a CustomFunctions.Error", async () => {
    resolve.mockReturnValue([]);
    const r = await indikator("nope");
    expect(r).toHaveLength(1);
    expect(r[0][0]).toBeInstanceOf(ExcelError);
    expect(r[0][0].code).toBe("#N/A");
  });
  it("turns a throwing catalog into #VALUE!, not an exception", async () => {
    resolve.mockImplementation(() => {
      throw new Error("catalog broken");
    });
    expect((await indikator("a"))[0][0].code).toBe("#VALUE!");
  });
});

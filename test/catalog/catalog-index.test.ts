/** CatalogIndex and the content hash: look-ups over any catalog, an identity that follows the data only. */
import fs from "node:fs";
import path from "node:path";
import {
  assertValidCatalog,
  canonicalJson,
  catalogHash,
  CatalogIndex,
  validateCatalog,
  type Catalog,
} from "../../src/catalog";

const pakisaji = (): Catalog =>
  assertValidCatalog(
    JSON.parse(
      fs.readFileSync(path.join(__dirname, "../fixtures/katalog/pakisaji-2019.json"), "utf8")
    )
  );

/** A small catalog written out here, so the pinned hash below only moves with the algorithm. */
const KECIL: Catalog = {
  instansi: {
    pemerintah: "Kota X",
    nama: "Dinas Y",
    penetap: "Kepala Dinas Y",
    pimpinan: null,
    tempat: "X",
  },
  nomor: "1/2025",
  sumber: "Keputusan uji",
  tahun: 2025,
  jabatan: [
    {
      id: "a",
      urutan: 1,
      nama: "Analis",
      bidang: "Umum",
      unit: null,
      tugas: ["Menganalisis"],
      indikator: [],
    },
  ],
};

describe("catalogHash", () => {
  it("is pinned: markers saved in workbooks hold it, so a change of algorithm must be deliberate", () => {
    expect(catalogHash(KECIL)).toBe(catalogHash(JSON.parse(JSON.stringify(KECIL))));
    expect(catalogHash(KECIL)).toMatch(/^[0-9a-f]{16}$/);
    expect(catalogHash(KECIL)).toBe("a096216bd362ea0d");
  });

  it("follows the data, not the key order, and leaves undefined properties out as JSON does", () => {
    const reversed = JSON.parse(
      JSON.stringify(KECIL, (_k, v: unknown) =>
        v && typeof v === "object" && !Array.isArray(v)
          ? Object.fromEntries(Object.entries(v).reverse())
          : v
      )
    ) as Catalog;
    expect(Object.keys(reversed)[0]).toBe("jabatan");
    expect(catalogHash(reversed)).toBe(catalogHash(KECIL));
    expect(catalogHash({ ...KECIL, catatan: undefined })).toBe(catalogHash(KECIL));
    expect(canonicalJson({ b: 1, a: [undefined, { d: null, c: "x" }] })).toBe(
      '{"a":[null,{"c":"x","d":null}],"b":1}'
    );
  });

  it("changes with one character anywhere, and with null versus text", () => {
    const seen = new Set([catalogHash(KECIL)]);
    const variants: Catalog[] = [
      { ...KECIL, nomor: "1/2026" },
      { ...KECIL, instansi: { ...KECIL.instansi, tempat: "Y" } },
      { ...KECIL, jabatan: [{ ...KECIL.jabatan[0], nama: "analis" }] },
      { ...KECIL, jabatan: [{ ...KECIL.jabatan[0], unit: "" }] },
    ];
    for (const v of variants) seen.add(catalogHash(v));
    expect(seen.size).toBe(variants.length + 1);
  });
});

describe("CatalogIndex over another instansi (Kecamatan Pakisaji 2019)", () => {
  const katalog = new CatalogIndex(pakisaji());

  it("looks up jabatan, bidang and words in its own catalog", () => {
    expect(katalog.getJabatan("sekretaris-kecamatan")?.nama).toBe("SEKRETARIS KECAMATAN");
    expect(katalog.resolveJabatan("Sekretaris Kecamatan").map((j) => j.id)).toEqual([
      "sekretaris-kecamatan",
    ]);
    expect(katalog.getJabatan("kepala-dinas-sosial")).toBeUndefined();
    expect(katalog.listBidang()).toEqual(["Sekretariat"]);
    expect(katalog.jabatanInBidang("sekretariat")).toHaveLength(1);
    expect(katalog.searchJabatan("kehadiran").map((j) => j.id)).toEqual(["sekretaris-kecamatan"]);
    // Words of its fungsi only (not in its nama, tugas or indikator).
    expect(katalog.searchJabatan("perpustakaan").map((j) => j.id)).toEqual([
      "sekretaris-kecamatan",
    ]);
  });

  it("names itself: instansi, nomor, tahun and the hash of its data", () => {
    expect(katalog.namaInstansi).toBe("Kecamatan Pakisaji Kabupaten Malang");
    expect(katalog.identity()).toEqual({
      instansi: "Kecamatan Pakisaji Kabupaten Malang",
      nomor: "188.45/ /KEP/35.07.19/2019",
      tahun: 2019,
      hash: catalogHash(pakisaji()),
    });
  });
});

test("validateCatalog refuses an id too long for a sheet's marker, and a catalog without instansi", () => {
  const long = { ...KECIL, jabatan: [{ ...KECIL.jabatan[0], id: "x".repeat(141) }] };
  expect(validateCatalog(long)).toEqual([
    `Jabatan #1 "Analis" (id ${"x".repeat(141)}): field "id" terlalu panjang (141 huruf; paling banyak 140)`,
  ]);
  expect(validateCatalog({ ...KECIL, instansi: undefined })).toEqual([
    'Katalog: field "instansi" tidak ada',
  ]);
  // Missing is said as missing, not "harus bilangan bulat (ditemukan tidak ada)".
  expect(validateCatalog({ ...KECIL, tahun: undefined })).toEqual([
    'Katalog: field "tahun" tidak ada',
  ]);
  expect(
    validateCatalog({ ...KECIL, instansi: { ...KECIL.instansi, tempat: " " }, nomor: "" })
  ).toEqual(['Instansi: field "tempat" kosong', 'Katalog: field "nomor" kosong']);
});

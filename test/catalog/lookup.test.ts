import { normalizeText } from "../../src/catalog";
import {
  catalog,
  getJabatan,
  jabatanByNama,
  jabatanInBidang,
  listBidang,
  resolveJabatan,
  searchJabatan,
} from "../support/builtin-catalog";

const ids = (js: { id: string }[]) => js.map((j) => j.id);

describe("normalizeText", () => {
  it("lower-cases, strips accents and collapses whitespace", () => {
    expect(normalizeText("  Pengádministrasi\t UMUM \n")).toBe("pengadministrasi umum");
  });
});

describe("getJabatan / jabatanByNama / resolveJabatan", () => {
  it("finds a jabatan by id", () => {
    expect(getJabatan("sekretaris-dinas-sosial")?.nama).toBe("SEKRETARIS DINAS SOSIAL");
    expect(getJabatan("tidak-ada")).toBeUndefined();
  });

  it("matches names exactly, ignoring case, accents and spacing", () => {
    expect(ids(jabatanByNama("  kepala   sub bagian keuangan dan áset "))).toEqual([
      "kepala-sub-bagian-keuangan-dan-aset",
    ]);
    expect(jabatanByNama("kepala sub bagian keuangan")).toEqual([]);
    expect(jabatanByNama("")).toEqual([]);
  });

  it("returns every bidang's jabatan for a repeated name, with different ids", () => {
    const found = jabatanByNama("Pengadministrasi Umum");
    expect(found.length).toBeGreaterThan(1);
    expect(new Set(ids(found)).size).toBe(found.length);
    expect(new Set(found.map((j) => j.bidang)).size).toBe(found.length);
    // The names with a parenthesis are other jabatan, not matched.
    expect(found.every((j) => j.nama === "PENGADMINISTRASI UMUM")).toBe(true);
  });

  it("resolves an id first, then an exact name", () => {
    expect(ids(resolveJabatan("arsiparis"))).toEqual(["arsiparis"]);
    expect(ids(resolveJabatan(" Pengemudi "))).toEqual(["pengemudi"]);
    expect(ids(resolveJabatan("Kepala Dinas Sosial"))).toEqual(["kepala-dinas-sosial"]);
    expect(ids(resolveJabatan("pengadministrasi-umum-rehabilitasi-sosial"))).toEqual([
      "pengadministrasi-umum-rehabilitasi-sosial",
    ]);
    expect(resolveJabatan("PENGADMINISTRASI UMUM")).toHaveLength(2);
    expect(resolveJabatan("bukan jabatan")).toEqual([]);
  });
});

describe("bidang", () => {
  it("lists the bidang in the order of the organisation", () => {
    expect(listBidang()).toEqual([
      "Kepala Dinas",
      "Sekretariat",
      "Bidang Perlindungan dan Jaminan Sosial",
      "Bidang Penanganan Fakir Miskin",
      "Bidang Rehabilitasi Sosial",
      "Bidang Pemberdayaan Sosial",
    ]);
  });

  it("gives a bidang's jabatan in document order, its Kepala Bidang first", () => {
    const js = jabatanInBidang("bidang rehabilitasi sosial");
    expect(js[0].nama).toBe("KEPALA BIDANG REHABILITASI SOSIAL");
    expect(js.every((j) => j.bidang === "Bidang Rehabilitasi Sosial")).toBe(true);
    expect(js.map((j) => j.urutan)).toEqual([...js.map((j) => j.urutan)].sort((a, b) => a - b));
    expect(jabatanInBidang("Bidang Tidak Ada")).toEqual([]);
  });

  it("covers every jabatan exactly once across the bidang", () => {
    expect(
      listBidang()
        .flatMap((b) => ids(jabatanInBidang(b)))
        .sort()
    ).toEqual(ids(catalog.jabatan).sort());
  });
});

describe("searchJabatan", () => {
  it("finds by words of the nama, as prefixes, case- and accent-insensitive", () => {
    expect(ids(searchJabatan("ARSIP")).slice(0, 1)).toEqual(["arsiparis"]);
    expect(ids(searchJabatan("pengadm kepeg"))).toEqual(["pengadministrasi-kepegawaian"]);
    expect(ids(searchJabatan("PÉNGEMUDI"))).toEqual(["pengemudi"]);
  });

  it("finds by words of the tugas", () => {
    // "radiator" appears only in a task of the Pengemudi.
    expect(ids(searchJabatan("radiator"))).toEqual(["pengemudi"]);
  });

  it("finds by words of the indikator", () => {
    const found = ids(searchJabatan("pakaian dinas"));
    expect(found).toContain("kepala-sub-bagian-umum-dan-kepegawaian");
    expect(getJabatan(found[0])!.indikator.some((x) => /pakaian/i.test(x.indikator))).toBe(true);
  });

  it("ranks nama matches above tugas/indikator matches, then document order", () => {
    const found = searchJabatan("bencana");
    const inNama = found.filter((j) => /bencana/i.test(j.nama));
    expect(inNama.length).toBeGreaterThan(0);
    expect(found.length).toBeGreaterThan(inNama.length);
    expect(found.slice(0, inNama.length)).toEqual(inNama);
    const rest = found.slice(inNama.length).map((j) => j.urutan);
    expect(rest).toEqual([...rest].sort((a, b) => a - b));
  });

  it("requires every query word and matches word starts only", () => {
    expect(searchJabatan("arsip radiator")).toEqual([]);
    expect(searchJabatan("egawaian")).toEqual([]);
    expect(searchJabatan("   ")).toEqual([]);
  });

  it("honours the limit", () => {
    expect(searchJabatan("sosial", 3)).toHaveLength(3);
    expect(searchJabatan("sosial").length).toBeGreaterThan(3);
  });
});

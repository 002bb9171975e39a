/** Search that forgives typos and knows abbreviations, ranked, with the reason for each match. */
import { buildSearchIndex, searchHits, type SearchHit } from "../../src/catalog/search";
import { SINGKATAN, derived } from "../../src/catalog/singkatan";
import { editDistance } from "../../src/catalog/edit-distance";
import type { Jabatan } from "../../src/catalog";
import { katalog } from "../support/builtin-catalog";

const find = (q: string, limit?: number) => katalog.findJabatan(q, limit);
const ids = (hits: SearchHit[]) => hits.map((h) => h.jabatan.id);
const reasons = (h: SearchHit) =>
  h.reasons.map((r) => (r.kind === "typo" ? `~${r.word}` : `${r.typed}=${r.meaning}`));

describe("typos", () => {
  it("a swapped pair of letters is one edit", () => {
    expect(editDistance("sekertaris", "sekretaris")).toBe(1);
    expect(editDistance("ab", "ba")).toBe(1);
    expect(editDistance("kitten", "sitting")).toBe(3);
  });

  it('"sekertaris" finds the Sekretaris first, saying it is like "sekretaris"', () => {
    const [first, ...rest] = find("sekertaris");
    expect(first.jabatan.id).toBe("sekretaris-dinas-sosial");
    expect(first).toMatchObject({ inNama: true, kind: "typo" });
    expect(reasons(first)).toEqual(["~sekretaris"]);
    expect(rest.every((h) => !h.inNama)).toBe(true);
  });

  it("a word still being typed, or missing a letter, finds its jabatan", () => {
    expect(ids(find("sekert")).slice(0, 1)).toEqual(["sekretaris-dinas-sosial"]);
    expect(ids(find("pengmudi"))).toEqual(["pengemudi"]);
    expect(ids(find("arsiparsi")).slice(0, 1)).toEqual(["arsiparis"]);
  });

  it("tries no near spelling for a word found as typed, nor for short words", () => {
    // "bencana" is one edit from "rencana", but it is found as typed: only real matches.
    expect(find("bencana").every((h) => h.kind === "exact" || h.kind === "prefix")).toBe(true);
    expect(find("xyz")).toEqual([]);
    expect(find("astronot")).toEqual([]);
  });
});

describe("abbreviations", () => {
  it.each([
    ["kabid", "kepala-bidang-rehabilitasi-sosial", "kabid=kepala bidang"],
    ["kasubag", "kepala-sub-bagian-umum-dan-kepegawaian", "kasubag=kepala sub bagian"],
    ["kasubbag keuangan", "kepala-sub-bagian-keuangan-dan-aset", "kasubbag=kepala sub bagian"],
    ["sekdin", "sekretaris-dinas-sosial", "sekdin=sekretaris dinas"],
    ["dinsos", "kepala-dinas-sosial", "dinsos=dinas sosial"],
    ["am", "perencana-ahli-muda", "am=ahli muda"],
    ["bmn", "pengelola-pemanfaatan-barang-milik-negara", "bmn=barang milik negara"],
  ])("%s finds %s (%s)", (q, id, why) => {
    const hit = find(q).find((h) => h.jabatan.id === id);
    expect(hit).toMatchObject({ inNama: true, kind: "abbreviation" });
    expect(reasons(hit!)).toContain(why);
  });

  it('"sekretaris dinsos" finds the Sekretaris Dinas Sosial first', () => {
    const [first] = find("sekretaris dinsos");
    expect(first.jabatan.id).toBe("sekretaris-dinas-sosial");
    expect(reasons(first)).toEqual(["dinsos=dinas sosial"]);
  });

  it("abbreviations combine: Kabid Rehsos, Kasi Jamsos, Kasubbag Umpeg", () => {
    expect(ids(find("kabid rehsos")).slice(0, 1)).toEqual(["kepala-bidang-rehabilitasi-sosial"]);
    expect(ids(find("kasi jamsos"))).toEqual([
      "penyuluh-sosial-ahli-muda-kepala-seksi-jaminan-sosial-keluarga",
    ]);
    expect(ids(find("kasubbag umpeg")).slice(0, 1)).toEqual([
      "kepala-sub-bagian-umum-dan-kepegawaian",
    ]);
  });

  it("PMKS, written as such in the indicators, is found as a word", () => {
    const hits = find("pmks");
    expect(hits.length).toBeGreaterThan(3);
    expect(hits.every((h) => h.kind === "exact" && h.reasons.length === 0)).toBe(true);
  });

  it("derives abbreviations from the words' starts, skipping dan/serta", () => {
    expect(derived("dinsos", ["kepala", "dinas", "sosial"])).toBe("dinas sosial");
    expect(derived("bmn", ["barang", "milik", "negara"])).toBe("barang milik negara");
    expect(derived("keuas", ["keuangan", "dan", "aset"])).toBe("keuangan aset");
    // KA-BID takes a letter from inside "kepala": the table's, not derived.
    expect(derived("kabid", ["kepala", "bidang"])).toBeUndefined();
    expect(derived("d", ["dinas", "sosial"])).toBeUndefined();
  });

  it("keeps the table in lower case, each meaning several words or a longer word", () => {
    for (const [abbr, meanings] of Object.entries(SINGKATAN)) {
      expect(abbr).toBe(abbr.toLowerCase());
      for (const m of meanings) expect(m.length).toBeGreaterThan(abbr.length);
    }
  });
});

describe("ranking", () => {
  it("nama first; within it exact > prefix > abbreviation > typo, then document order", () => {
    const hits = find("sosial");
    const rank = { exact: 0, prefix: 1, abbreviation: 2, typo: 3 };
    const keys = hits.map((h, i) => [h.inNama ? 0 : 1, rank[h.kind], h.jabatan.urutan, i]);
    const sorted = [...keys].sort((a, b) => a[0] - b[0] || a[1] - b[1] || a[2] - b[2]);
    expect(keys).toEqual(sorted);
    expect(hits[0].inNama).toBe(true);
  });

  it('"am" lists every Ahli Muda (the table) before an Analis Mitigasi (derived) and the rest', () => {
    const hits = find("am");
    const ahliMuda = katalog.jabatan.filter((j) => /ahli muda/i.test(j.nama));
    expect(ahliMuda.length).toBeGreaterThan(10);
    expect(ids(hits.slice(0, ahliMuda.length)).sort()).toEqual(
      ids(ahliMuda.map((jabatan) => ({ jabatan }) as SearchHit)).sort()
    );
    expect(hits.slice(0, ahliMuda.length).every((h) => h.inNama && h.kind === "abbreviation")).toBe(
      true
    );
    expect(reasons(hits[ahliMuda.length])).toEqual(["am=analis mitigasi"]);
  });
});

describe("an imported catalog", () => {
  const jabatan = (urutan: number, nama: string, tugas: string[] = []): Jabatan => ({
    id: `j${urutan}`,
    urutan,
    nama,
    bidang: "Sekretariat",
    unit: null,
    tugas,
    indikator: [],
  });
  const index = buildSearchIndex([
    jabatan(1, "Camat"),
    jabatan(2, "Analis Kebijakan Ahli Pertama", ["menyusun apapun kebijakan"]),
    jabatan(3, "Pranata Komputer Ahli Pertama"),
    jabatan(4, "Kepala Seksi Pemerintahan"),
    jabatan(5, "Kepala Subbagian Perencanaan dan Keuangan"),
  ]);
  const hit = (q: string) => searchHits(index, q).map((h) => [h.jabatan.id, ...reasons(h)]);

  it("knows its own abbreviations and the table's", () => {
    expect(hit("ap")).toEqual([
      ["j2", "ap=ahli pertama"],
      ["j3", "ap=ahli pertama"],
    ]);
    expect(hit("kasi")).toEqual([["j4", "kasi=kepala seksi"]]);
    expect(hit("kasubag")).toEqual([["j5", "kasubag=kepala subbagian"]]);
    expect(hit("pranata komp")).toEqual([["j3"]]);
  });

  it("forgives its typos", () => {
    expect(hit("pemerintaham")).toEqual([["j4", "~pemerintahan"]]);
    expect(hit("perencanan")).toEqual([["j5", "~perencanaan"]]);
  });
});

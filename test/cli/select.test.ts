/** selectJabatan: a CLI choice as catalog jabatan, with suggestions for what is not found. */
import { catalog, jabatanInBidang, katalog } from "../support/builtin-catalog";
import {
  closest,
  daftarJabatan,
  distance,
  jabatanDenganGanda,
  selectJabatan,
} from "../../src/cli/select";

const pilih = (p: { jabatan?: string[]; bidang?: string[]; semua?: boolean }) =>
  selectJabatan(
    { semua: p.semua ?? false, jabatan: p.jabatan ?? [], bidang: p.bidang ?? [] },
    katalog
  );
const ids = (s: ReturnType<typeof pilih>) => ("galat" in s ? s.galat : s.jabatan.map((j) => j.id));

test("by id, by name in any case, by bidang with or without 'Bidang', or all; in catalog order, once", () => {
  expect(ids(pilih({ jabatan: ["pengemudi", "Arsiparis"] }))).toEqual(["arsiparis", "pengemudi"]);
  expect(ids(pilih({ bidang: ["rehabilitasi sosial"] }))).toEqual(
    jabatanInBidang("Bidang Rehabilitasi Sosial").map((j) => j.id)
  );
  expect(
    ids(
      pilih({
        bidang: ["Bidang Rehabilitasi Sosial"],
        jabatan: ["kepala-bidang-rehabilitasi-sosial"],
      })
    )
  ).toHaveLength(jabatanInBidang("Bidang Rehabilitasi Sosial").length);
  expect(ids(pilih({ bidang: ["fakir"] }))).toEqual(
    jabatanInBidang("Bidang Penanganan Fakir Miskin").map((j) => j.id)
  );
  expect(ids(pilih({ semua: true }))).toHaveLength(catalog.jabatan.length);
});

test("the default file name part: the id, the bidang, or a count", () => {
  expect(pilih({ jabatan: ["arsiparis"] })).toMatchObject({ slug: "arsiparis" });
  expect(pilih({ bidang: ["Sekretariat"] })).toMatchObject({ slug: "sekretariat" });
  expect(pilih({ semua: true })).toMatchObject({ slug: "dinas-sosial" });
  expect(pilih({ jabatan: ["arsiparis", "pengemudi"] })).toMatchObject({ slug: "2-jabatan" });
});

test("an unknown jabatan suggests the closest names with their ids", () => {
  const text = ids(pilih({ jabatan: ["arsiparis ahli"] })) as string;
  expect(text).toMatch(
    /^Jabatan tidak dikenal: "arsiparis ahli"\.\nMungkin maksud Anda:\n {2}- ARSIPARIS \(id: arsiparis; Sekretariat\)/
  );
  expect(text).toMatch(/--daftar/);
  // A typo close to two jabatan of the same name is only suggested, never chosen.
  expect(ids(pilih({ jabatan: ["pengadministrasi umm"] }))).toMatch(/Mungkin maksud Anda/);
});

test("a single close match (a typo or two) is that jabatan, and is reported as a guess", () => {
  for (const [typed, id] of [
    ["arsiparsi", "arsiparis"],
    ["ARSIPARIZ", "arsiparis"],
    ["kepala dinsa sosial", "kepala-dinas-sosial"],
  ]) {
    const s = pilih({ jabatan: [typed] });
    expect(ids(s)).toEqual([id]);
    expect(s).toMatchObject({ tebakan: [{ teks: typed, jabatan: { id } }] });
  }
});

test("a text that starts words of one jabatan only is that jabatan, and is reported as a guess", () => {
  for (const [typed, id] of [
    ["sekretaris", "sekretaris-dinas-sosial"],
    ["Sekretarís", "sekretaris-dinas-sosial"],
    ["kepala dinas", "kepala-dinas-sosial"],
    ["DINAS KEPALA", "kepala-dinas-sosial"],
    ["pengadministrasi umum rehab", "pengadministrasi-umum-rehabilitasi-sosial"],
    ["sekretaris-dinas", "sekretaris-dinas-sosial"],
  ]) {
    const s = pilih({ jabatan: [typed] });
    expect(ids(s)).toEqual([id]);
    expect(s).toMatchObject({ tebakan: [{ teks: typed, jabatan: { id } }] });
  }
  // An id or a full name is not a guess.
  expect(pilih({ jabatan: ["arsiparis", "Pengelola Data", "bendahara"] })).toMatchObject({
    tebakan: [],
  });
});

test("a text that starts words of several jabatan lists them (at most ten) and chooses none", () => {
  expect(ids(pilih({ jabatan: ["kepegawaian"] }))).toBe(
    [
      '"kepegawaian" cocok dengan beberapa jabatan. Pilih salah satu dengan id atau nama lengkapnya:',
      "  - KEPALA SUB BAGIAN UMUM DAN KEPEGAWAIAN (id: kepala-sub-bagian-umum-dan-kepegawaian; Sekretariat)",
      "  - PENGELOLA KEPEGAWAIAN (id: pengelola-kepegawaian; Sekretariat)",
      "  - PENGADMINISTRASI KEPEGAWAIAN (id: pengadministrasi-kepegawaian; Sekretariat)",
      'Daftar lengkap: "iki-workbook --daftar".',
    ].join("\n")
  );
  const many = ids(pilih({ jabatan: ["sosial"] })) as string;
  expect(many.match(/^ {2}- /gm)).toHaveLength(10);
  expect(many).toMatch(/ {2}… dan \d+ jabatan lainnya\n/);
});

test("hints name the command the user ran", () => {
  const s = selectJabatan(
    { semua: false, jabatan: ["xyzzy"], bidang: [] },
    katalog,
    "npm run workbook --"
  ) as { galat: string };
  expect(s.galat).toMatch(/Daftar lengkap: "npm run workbook -- --daftar"\.$/);
});

test("a name used in several bidang asks for the id", () => {
  expect(ids(pilih({ jabatan: ["Pengadministrasi Umum"] }))).toMatch(
    /dipakai di lebih dari satu bidang\. Pilih dengan id: pengadministrasi-umum-rehabilitasi-sosial, pengadministrasi-umum-pemberdayaan-sosial/
  );
});

test("an unknown or ambiguous bidang names the bidang there are; all errors are reported together", () => {
  const text = ids(pilih({ bidang: ["Rehabilitas Sosal"], jabatan: ["xyz"] })) as string;
  expect(text).toMatch(
    /Bidang tidak dikenal: "Rehabilitas Sosal"\.\nMungkin maksud Anda:\n {2}- Bidang Rehabilitasi Sosial/
  );
  expect(text).toMatch(/Bidang yang ada: Kepala Dinas; Sekretariat;/);
  expect(text).toMatch(/Jabatan tidak dikenal: "xyz"/);
  expect(ids(pilih({ bidang: ["sosial"] }))).toMatch(/cocok dengan lebih dari satu bidang/);
});

test("edit distance and closest", () => {
  expect(distance("kitten", "sitting")).toBe(3);
  expect(closest("sekretariat", ["Sekretariat", "Kepala Dinas"], (x) => x)).toEqual([
    "Sekretariat",
  ]);
  expect(closest("zzzz", ["Sekretariat"], (x) => x)).toEqual([]);
});

test("--daftar shows every jabatan under its bidang", () => {
  const text = daftarJabatan(katalog);
  for (const j of catalog.jabatan) expect(text).toContain(j.id);
  expect(text).toMatch(/^Kepala Dinas:\n {2}kepala-dinas-sosial/);
});

test("says which jabatan were asked more than once, and how often", () => {
  const sek = "sekretaris-dinas-sosial";
  const s = pilih({ bidang: ["Sekretariat", "sekretariat"], jabatan: [sek] });
  if ("galat" in s) throw new Error(s.galat);
  expect(s.jabatan.map((j) => j.id)).toEqual(jabatanInBidang("Sekretariat").map((j) => j.id));
  expect(s.ganda.find((g) => g.jabatan.id === sek)?.kali).toBe(3);
  expect(s.ganda).toHaveLength(jabatanInBidang("Sekretariat").length);
  expect(jabatanDenganGanda(s).map((j) => j.id)).toEqual(
    jabatanInBidang("Sekretariat").flatMap((j) => (j.id === sek ? [sek, sek, sek] : [j.id, j.id]))
  );
  const once = pilih({ jabatan: ["arsiparis", "pengemudi"] });
  expect("galat" in once ? once : once.ganda).toEqual([]);
});

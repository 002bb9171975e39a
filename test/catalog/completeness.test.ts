/**
 * The catalog JSON against the Keputusan itself, read by test/catalog/source-reader.ts (which
 * shares no code with the extractor). Every number here comes from the source, none from the eye.
 */
import { normalizeText } from "../../src/catalog";
import { catalog } from "../support/builtin-catalog";
import { formulaPieces, formulaWords, plain, readSourceFile } from "./source-reader";

const { markdown, sections } = readSourceFile();
const lampiran = markdown.slice(markdown.search(/^Lampiran\s*:/m)).split("\n");

describe("the source reader itself", () => {
  // Crude line counts, so a reader that skipped a heading, task or row would be caught.
  it("finds one section per JABATAN line of the Lampiran", () => {
    const jabatanLines = lampiran.filter((l) => /jabatan\W*:/i.test(l)).length;
    expect(jabatanLines).toBeGreaterThan(0);
    expect(sections).toHaveLength(jabatanLines);
  });

  it("reads every bullet line of the Lampiran as a task", () => {
    const bullets = lampiran.filter((l) => /^\s*- /.test(l)).length;
    expect(sections.reduce((n, s) => n + s.tugas.length, 0)).toBe(bullets);
  });

  it("reads every tab-separated line except the headers as an indicator row", () => {
    const tableLines = lampiran.filter((l) => l.includes("\t"));
    const headers = tableLines.filter((l) => /SUMBER DATA/.test(plain(l))).length;
    expect(headers).toBeGreaterThan(0);
    expect(sections.reduce((n, s) => n + s.rows.length, 0)).toBe(tableLines.length - headers);
  });
});

describe("the catalog holds every jabatan of the Keputusan, exactly", () => {
  it("has the same jabatan, in the same order, numbered from 1", () => {
    expect(catalog.jabatan.map((j) => j.nama)).toEqual(sections.map((s) => s.nama));
    expect(catalog.jabatan.map((j) => j.urutan)).toEqual(sections.map((_, i) => i + 1));
  });

  it.each(sections.map((s, i) => [i + 1, s.nama, s] as const))(
    "#%i %s: same tasks",
    (urutan, _nama, s) => {
      expect(catalog.jabatan[urutan - 1].tugas).toEqual(s.tugas);
    }
  );

  it.each(sections.map((s, i) => [i + 1, s.nama, s] as const))(
    "#%i %s: same indicator rows and texts",
    (urutan, _nama, s) => {
      const indikator = catalog.jabatan[urutan - 1].indikator;
      expect(indikator.map((x) => [x.kinerja, x.indikator, x.sumberData])).toEqual(
        s.rows.map((r) => [r.kinerja, r.indikator, r.sumberData])
      );
      expect(indikator.map((x) => formulaWords(x.formulasi))).toEqual(
        s.rows.map((r) => formulaWords(r.formulaCell))
      );
    }
  );
});

describe("indicator kinds follow the formula of the source", () => {
  const pairs = sections.flatMap((s, i) =>
    s.rows.map((r, k) => [catalog.jabatan[i].indikator[k], r] as const)
  );

  it("covers some rows", () => expect(pairs.length).toBeGreaterThan(0));

  it.each(pairs.map(([x, r]) => [x?.id, x, r] as const))("%s", (_id, x, r) => {
    const pieces = formulaPieces(r.formulaCell);
    const same = (a: string | null, b: string) =>
      expect(normalizeText(a ?? "")).toBe(normalizeText(b));
    if (pieces.length === 1) {
      // No fraction: a count, kept as the plain text of the formula.
      expect(x.jenis).toBe("jumlah");
      expect(x.formulasi).toBe(plain(r.formulaCell));
      expect([x.pembilang, x.penyebut]).toEqual([null, null]);
      expect(x.agregasi).toBe("kumulatif");
    } else if (pieces.length === 3) {
      // (N-1 - N) / (N-1): pembilang is the year N-1 value, penyebut the year N value.
      expect(x.jenis).toBe("penurunan");
      expect(x.indikator).toMatch(/penurunan/i);
      same(x.pembilang, pieces[0]);
      same(x.penyebut, pieces[1]);
      expect(normalizeText(pieces[2])).toBe(normalizeText(pieces[0]));
      expect(x.pembilang).toMatch(/N-1/);
    } else {
      expect(pieces).toHaveLength(2);
      expect(x.jenis).toBe("persen");
      same(x.pembilang, pieces[0]);
      same(x.penyebut, pieces[1]);
    }
    if (x.jenis !== "jumlah") {
      expect(x.satuan).toBe("%");
      expect(x.agregasi).toBe("nilai-akhir");
      expect(x.formulasi).toMatch(/ \/ .* x 100%$/);
    }
    expect(x.polaritas).toBe("positif");
    expect(x.formulasi).not.toMatch(/[\\<>{}*]/);
  });
});

describe("bidang and unit follow the document order", () => {
  // Independent of the extractor: each boundary jabatan opens a unit, the others inherit it.
  const expected: { bidang: string; unit: string | null }[] = [];
  sections.forEach((s, i) => {
    const n = normalizeText(s.nama);
    const prev = expected[i - 1];
    if (i === 0) expected.push({ bidang: "kepala dinas", unit: null });
    else if (n.startsWith("sekretaris")) expected.push({ bidang: "sekretariat", unit: null });
    else if (n.startsWith("kepala sub bagian "))
      expected.push({ bidang: "sekretariat", unit: n.replace("kepala ", "") });
    else if (n.startsWith("perencana "))
      expected.push({ bidang: "sekretariat", unit: "perencanaan" });
    else if (n.startsWith("kepala bidang "))
      expected.push({ bidang: n.replace("kepala ", ""), unit: null });
    else expected.push(prev);
  });

  it("places every jabatan under the last unit head above it", () => {
    expect(normalizeText(sections[0].nama)).toMatch(/^kepala dinas/);
    expect(
      catalog.jabatan.map((j) => ({
        bidang: normalizeText(j.bidang),
        unit: j.unit && normalizeText(j.unit),
      }))
    ).toEqual(expected);
  });
});

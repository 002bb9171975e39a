/**
 * Gabungkan end to end (issue 14's "done when"): the 50-file corpus (test/gabung/korpus, some
 * re-saved by LibreOffice, every kind of problem planted) merged by the command line, then ONE
 * LibreOffice run recalculates OUT. Checked: exit 3; the report on screen, in the sheet "Laporan
 * penggabungan" and from a direct rencanaGabung call is one report, listing every planted problem
 * and nothing else; every input of every merged sheet equals its source file cell by cell (by
 * slot key), typed-over formulas and notes kept; LibreOffice's numbers on every sheet and in the
 * rekap equal src/capaian's maths from the merged inputs.
 */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import JSZip from "jszip";
import { builtInCatalog } from "../../src/catalog";
import type { Jabatan } from "../../src/catalog/types";
import { bacaSemua } from "../../src/cli/gabung";
import { kumpulkanBerkas } from "../../src/cli/gabung-masukan";
import { parseLaporanMarker } from "../../src/gabung/laporan-lembar";
import { teksLaporanGabung } from "../../src/gabung/laporan-teks";
import { rencanaGabung } from "../../src/gabung/rencana";
import type { LaporanBerkas, LaporanGabung, RencanaGabung } from "../../src/gabung/types";
import { isiSel } from "../../src/lifecycle/sel";
import { inputSlots } from "../../src/lifecycle/slots";
import type { SheetRead } from "../../src/lifecycle/types";
import { parseMarker } from "../../src/template";
import { readXlsxWorkbook } from "../../src/xlsx/read-workbook";
import { runCli } from "../cli/run-cli";
import { needs } from "../support/programs";
import { Comparison, cellValue, checkIndicators, checkRekap } from "../xlsx/recalculated";
import { libreOfficeConvert, readWorkbook, same } from "../xlsx/support";
import type { BerkasKorpus, Korpus } from "./korpus/harapan";
import { buatKorpus } from "./korpus/korpus";
import { sisaNilai } from "../lifecycle/support";
import { indikatorDari } from "./korpus/periksa";

const SOFFICE = needs("soffice");
const testLo = SOFFICE.test;

let dir: string;
let korpus: Korpus;
let cli: { code: number; out: string; err: string };
let rencana: RencanaGabung;
let out: SheetRead[];
const baca = async (file: string) => readXlsxWorkbook(new Uint8Array(fs.readFileSync(file)));

beforeAll(async () => {
  if (SOFFICE.skipped) return;
  const soffice = SOFFICE.require();
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "iki-lo-gabung-"));
  korpus = await buatKorpus(path.join(dir, "korpus"), soffice);
  // Plain formulas: LibreOffice cannot compute IKI.* (the corpus has files of both modes).
  cli = await runCli(dir, {}, ["--gabung", "korpus", "--rumus", "biasa", "-o", "gabungan.xlsx"]);
  fs.mkdirSync(path.join(dir, "lo"));
  libreOfficeConvert(soffice, [path.join(dir, "gabungan.xlsx")], path.join(dir, "lo"));
  const found = kumpulkanBerkas(["korpus"], dir);
  if ("galat" in found) throw new Error(found.galat);
  rencana = rencanaGabung({
    katalog: builtInCatalog,
    bawaan: builtInCatalog,
    dikenal: [],
    sheets: [],
    berkas: await bacaSemua(found.berkas, dir),
    mode: "native",
    bukuBaru: true,
  });
  out = await baca(path.join(dir, "gabungan.xlsx"));
}, 600_000);

afterAll(() => {
  if (dir) fs.rmSync(dir, { recursive: true, force: true });
});

const nama = (b: BerkasKorpus) => `korpus/${b.nama}`;
const laporanOf = (l: LaporanGabung, b: BerkasKorpus) =>
  l.berkas.find((x) => x.berkas.split(path.sep).join("/") === nama(b)) as LaporanBerkas;

testLo("exit 3; one report on screen, in the sheet and from the planner", async () => {
  expect([cli.code, cli.err]).toEqual([3, expect.any(String)]);
  const lines = teksLaporanGabung(rencana.laporan);
  expect(cli.out.split("\n").slice(0, lines.length)).toEqual(lines);
  const sheet = out.find((s) => s.name === rencana.laporan.lembarLaporan) as SheetRead;
  expect(sheet).toBeDefined();
  expect(parseLaporanMarker(sheet.marker)).toEqual({ v: 1, kind: "laporan", tahun: korpus.tahun });
  const inSheet = sheet.values.map((r) => r[0]).filter((v) => v !== null && v !== "");
  expect(inSheet).toEqual(lines);
  // Every merged sheet carries its marker (the next merge or refresh finds it), the rekap too.
  const digabung = rencana.laporan.berkas.flatMap((b) => b.lembar).filter((x) => x.ke);
  const kinds = out.map((s) => parseMarker(s.marker ?? "")?.kind);
  expect(kinds.filter((k) => k === "iki")).toHaveLength(digabung.length);
  expect(kinds.filter((k) => k === "rekap")).toHaveLength(1);
  // The report skipped the Office lock file and read every other file once.
  expect(rencana.laporan.berkas).toHaveLength(korpus.berkas.length);
});

testLo("the report lists every planted problem and nothing else", () => {
  const l = rencana.laporan;
  const jenis = korpus.berkas.map((b) => b.jenis);
  expect(jenis.filter((j) => j === "libreoffice")).toHaveLength(10);
  expect(jenis.filter((j) => j === "tanpa-penanda")).toHaveLength(4);
  let masalah = 0;
  for (const b of korpus.berkas) {
    const r = laporanOf(l, b);
    expect([b.nama, r]).toEqual([b.nama, expect.anything()]);
    expect([b.nama, r.galat?.kind]).toEqual([b.nama, b.galat]);
    if (b.galat) masalah++;
    expect([b.nama, [...r.lainnya].sort()]).toEqual([b.nama, [...b.lainnya].sort()]);
    const want = b.lembar;
    expect([b.nama, r.lembar.length]).toEqual([b.nama, want ? 1 : 0]);
    if (!want) continue;
    const got = r.lembar[0];
    const kinds = got.masalah.map((m) => m.kind).sort();
    expect([b.nama, got.jabatanId, got.nama, got.status, kinds]).toEqual([
      b.nama,
      want.jabatanId,
      want.nama,
      want.status,
      want.masalah,
    ]);
    expect([b.nama, got.dikenali]).toEqual([
      b.nama,
      b.jenis === "tanpa-penanda" ? "isi" : "penanda",
    ]);
    if (want.gandaDengan)
      expect(got.gandaDengan?.split(path.sep).join("/")).toBe(`korpus/${want.gandaDengan}`);
    if (b.ditimpa)
      expect(got.masalah).toContainEqual({ kind: "rumus-ditimpa", sel: [b.ditimpa.sel] });
    if (b.disisip)
      expect(got.masalah).toContainEqual({ kind: "baris-ditambah", baris: [b.disisip] });
    masalah += got.masalah.length + (got.status === "digabung" ? 0 : 1);
  }
  expect(l.tanpaBerkas.map((j) => j.jabatanId).sort()).toEqual([...korpus.tanpaBerkas].sort());
  expect(l.masalah).toBe(masalah + korpus.tanpaBerkas.length);
});

testLo("every input of every merged sheet equals its source file, cell by cell", async () => {
  let sel = 0;
  let sisa = 0;
  for (const b of korpus.berkas) {
    const want = b.lembar;
    if (!want || want.status !== "digabung") continue;
    const got = laporanOf(rencana.laporan, b).lembar[0];
    const sumber = (await baca(path.join(korpus.dir, b.nama))).find((s) => s.name === want.sheet)!;
    const hasil = out.find((s) => s.name === got.ke) as SheetRead;
    const ke = new Map(
      inputSlots(builtInCatalog.getJabatan(want.jabatanId) as Jabatan).map((s) => [s.key, s])
    );
    const geser = (row: number) => (b.disisip && row >= b.disisip ? row + 1 : row);
    for (const s of inputSlots(want.jabatan)) {
      const asal = isiSel(sumber, geser(s.row), s.col);
      const typed = want.ketikan.get(s.key);
      if (typed) expect([b.nama, s.key, asal]).toEqual([b.nama, s.key, typed]);
      const slot = ke.get(s.key);
      if (slot) {
        const di = isiSel(hasil, slot.row, slot.col);
        expect([b.nama, s.key, di]).toEqual([b.nama, s.key, asal]);
        sel++;
      } else if (asal && "nilai" in asal) {
        expect([
          b.nama,
          s.key,
          sisaNilai(hasil).some((v) => same(v as never, asal.nilai as never)),
        ]).toEqual([b.nama, s.key, true]);
        sisa++;
      }
    }
    if (b.ditimpa)
      expect(isiSel(hasil, b.ditimpa.row, b.ditimpa.col)).toEqual({ nilai: b.ditimpa.nilai });
    for (const [a1, teks] of want.catatan) {
      const semua = hasil.values.flat();
      expect([b.nama, a1, semua.includes(teks)]).toEqual([b.nama, a1, true]);
    }
  }
  expect(sel).toBeGreaterThan(1500);
  expect(sisa).toBeGreaterThan(0);
});

testLo(
  "LibreOffice's numbers on every merged sheet and in the rekap equal src/capaian",
  async () => {
    const lo = await readWorkbook(path.join(dir, "lo", "gabungan.xlsx"));
    const value = cellValue(lo);
    const ditimpa = korpus.berkas
      .filter((b) => b.ditimpa)
      .map((b) => laporanOf(rencana.laporan, b).lembar[0].ke);
    const iki = rencana.plans.filter((p) => p.kind === "iki" && !ditimpa.includes(p.name));
    const indicators = iki.flatMap((p) =>
      indikatorDari(p, out.find((s) => s.name === p.name) as SheetRead)
    );
    const c = new Comparison();
    checkIndicators(indicators, value, c, "gabungan");
    const rekap = rencana.plans.find((p) => p.kind === "rekap")!;
    const hyperlinks = rekap.hyperlinks.filter((h) => !ditimpa.includes(h.sheet));
    const covered = checkRekap([{ ...rekap, hyperlinks }], indicators, value, c, "rekap");
    expect(c.mismatches.slice(0, 10)).toEqual([]);
    expect(covered.sheets).toBe(iki.length);
    expect(c.checked).toBeGreaterThan(1000);
  }
);

testLo("the rekap's chart is in OUT, and LibreOffice reads it and writes it back", async () => {
  const rekap = rencana.plans.find((p) => p.kind === "rekap")!;
  expect(rekap.charts).toHaveLength(1);
  for (const file of [path.join(dir, "gabungan.xlsx"), path.join(dir, "lo", "gabungan.xlsx")]) {
    const zip = await JSZip.loadAsync(fs.readFileSync(file));
    const charts = Object.keys(zip.files).filter((n) => /^xl\/charts\/chart\d+\.xml$/.test(n));
    expect([file, charts.length]).toEqual([file, 1]);
    const xml = await zip.file(charts[0])!.async("string");
    expect(xml).toMatch(/<c:barChart>/);
    // The series' values are the rekap's cells.
    const ref = /<c:val>[\s\S]*?<c:f>([^<]+)<\/c:f>/.exec(xml)?.[1] ?? "";
    expect(ref.replace(/\$/g, "")).toContain(rekap.charts[0].values.replace(/\$/g, ""));
  }
});

/**
 * The lifecycle actions end to end on files, through the command line and LibreOffice: the whole
 * dinas written with generated inputs (numbers, identity, remarks, typed rows), then
 * --perbarui against a revised catalog (text edits, an indicator added and one removed, a jenis
 * changed, a jabatan without indicators given one), --tahun-berikutnya with and without
 * --bawa-target, --ubah-rumus biasa of the same inputs in IKI formulas; ONE LibreOffice run
 * recalculates every output. Checked: 100 % of typed values, cell by cell, in their slot or in the
 * sisa block; every number of the unchanged indicators equals src/capaian; every formula cell
 * LibreOffice computes equals the CLI's own evaluation; next year carries identity (and targets
 * when asked) and nothing else; the plain copy has no IKI. formula and LibreOffice's numbers equal
 * those of the same inputs written in plain formulas; a failed write leaves IN as it was.
 */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { builtInCatalog, type CatalogIndex } from "../../src/catalog";
import type { Jabatan } from "../../src/catalog/types";
import { main } from "../../src/cli/main";
import { isiSel } from "../../src/lifecycle/sel";
import { inputSlots, type Slot } from "../../src/lifecycle/slots";
import type { Isi, SheetRead } from "../../src/lifecycle/types";
import { ikiLayout, parseMarker, planWorkbook, type IkiMarker } from "../../src/template";
import type { PlanCell, SheetPlan } from "../../src/template/plan";
import { computeResults } from "../../src/xlsx/cached-values";
import { readXlsxWorkbook } from "../../src/xlsx/read-workbook";
import { writeXlsx } from "../../src/xlsx/write-workbook";
import { failingFs } from "../cli/failing-fs";
import { needs } from "../support/programs";
import { options } from "../template/support";
import { Comparison, checkIndicators } from "../xlsx/recalculated";
import { fillInputs, libreOfficeConvert, same, type Indicator } from "../xlsx/support";
import { indeks, revisi, sisaNilai } from "./support";

const SOFFICE = needs("soffice");
const TAHUN = 2025;
const quiet = { out: () => undefined, err: () => undefined };
const KOSONG = { nama: "", nip: "", pangkatGolongan: "", penilaiNama: "", penilaiNip: "" };

async function cli(dir: string, argv: string[], fsOverride?: ReturnType<typeof failingFs>) {
  const err: string[] = [];
  const around = { env: {}, script: undefined, ...(fsOverride ? { fs: fsOverride } : {}) };
  const io = { ...quiet, err: (t: string) => err.push(t) };
  const code = await main(argv, io, new Date(2026, 0, 15), dir, around);
  return { code, err: err.join("\n") };
}

/** What a pegawai typed on a sheet: by slot key, as the lifecycle reads it. */
type Ketikan = Map<string, Isi>;

/** The whole dinas in `mode` with fillInputs' numbers, plus identity, remarks and typed-row texts. */
function bukuTerisi(mode: "iki" | "native") {
  const plans = planWorkbook({
    katalog: builtInCatalog,
    jabatan: builtInCatalog.jabatan,
    options: options({ mode, tahun: TAHUN, identitas: KOSONG }),
    rekap: true,
    existing: [],
  });
  const filled = fillInputs(plans, "lima", 31);
  const ketikan = new Map<string, Ketikan>();
  const out = filled.plans.map((p, i) => {
    if (p.kind !== "iki") return p;
    const jabatan = builtInCatalog.getJabatan(p.jabatanId as string) as Jabatan;
    const cells = p.cells.map((row) => [...row]);
    const ketik: Ketikan = new Map();
    for (const s of inputSlots(jabatan)) {
      let v: PlanCell = cells[s.row - 1][s.col];
      const teks =
        /^identitas\.(nama|nip|pangkat|penilai)/.test(s.key) ||
        /:(keterangan|kinerja|indikator|satuan)$/.test(s.key);
      if (teks) v = cells[s.row - 1][s.col] = `${s.isian} ${i}`;
      const dulu = plans[i].cells[s.row - 1][s.col];
      if (v !== null && v !== "" && v !== dulu) ketik.set(s.key, { nilai: v as string | number });
    }
    ketikan.set(p.name, ketik);
    return { ...p, cells };
  });
  return { plans: out, indicators: filled.indicators, ketikan };
}

async function tulisBuku(file: string, plans: SheetPlan[]) {
  fs.writeFileSync(
    file,
    await writeXlsx(plans, { results: computeResults(plans), created: new Date(2026, 0, 1) })
  );
}

let dir: string;
const f = (name: string) => path.join(dir, name);
const hasil = (name: string) => path.join(dir, "hasil", name);
let native: ReturnType<typeof bukuTerisi>;
let revisiKatalog: CatalogIndex;
const baca = async (file: string) => readXlsxWorkbook(new Uint8Array(fs.readFileSync(file)));

beforeAll(async () => {
  if (SOFFICE.skipped) return;
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "iki-lo-rawat-"));
  fs.mkdirSync(path.join(dir, "hasil"));
  native = bukuTerisi("native");
  await tulisBuku(f("in.xlsx"), native.plans);
  await tulisBuku(f("in-iki.xlsx"), bukuTerisi("iki").plans);
  revisiKatalog = indeks(revisi(builtInCatalog.catalog));
  fs.writeFileSync(f("revisi.json"), JSON.stringify(revisiKatalog.catalog));
  const runs = [
    ["--perbarui", "in.xlsx", "--katalog", "revisi.json", "-o", "out.xlsx"],
    ["--tahun-berikutnya", "in.xlsx", "-o", "next.xlsx"],
    ["--tahun-berikutnya", "in.xlsx", "--bawa-target", "-o", "next-target.xlsx"],
    ["--ubah-rumus", "biasa", "in-iki.xlsx", "-o", "plain.xlsx"],
  ];
  for (const argv of runs) {
    const r = await cli(dir, argv);
    if (r.code !== 0) throw new Error(`${argv.join(" ")}: ${r.code} ${r.err}`);
  }
  const files = ["in.xlsx", "out.xlsx", "next.xlsx", "next-target.xlsx", "plain.xlsx"].map(f);
  libreOfficeConvert(SOFFICE.require(), files, path.join(dir, "hasil"));
}, 600_000);

afterAll(() => {
  if (dir) fs.rmSync(dir, { recursive: true, force: true });
});

const sameIsi = (read: SheetRead, slot: { row: number; col: number }, isi: Isi) => {
  const found = isiSel(read, slot.row, slot.col);
  if (!found || "rumus" in found || "rumus" in isi)
    return JSON.stringify(found) === JSON.stringify(isi);
  return same(found.nilai as number | string, isi.nilai as number | string);
};

const testLo = SOFFICE.test;

testLo(
  "perbarui: every typed value of the whole dinas kept, cell by cell, after LibreOffice",
  async () => {
    const out = await baca(hasil("out.xlsx"));
    let diTempat = 0;
    let diSisa = 0;
    for (const [name, ketik] of native.ketikan) {
      const read = out.find((s) => s.name === name) as SheetRead;
      expect(read).toBeDefined();
      const marker = parseMarker(read.marker ?? "") as IkiMarker | undefined;
      // LibreOffice drops the custom properties; the marker comes back from the sheet's name
      // (src/xlsx/penanda-nama.ts), naming the revision. Slots of the revision.
      const id = (native.plans.find((p) => p.name === name) as SheetPlan).jabatanId as string;
      const slots = new Map(
        inputSlots(revisiKatalog.getJabatan(id) as Jabatan).map((s) => [s.key, s])
      );
      const sisa = sisaNilai(read);
      for (const [key, isi] of ketik) {
        const slot = slots.get(key);
        if (slot) {
          expect([name, key, sameIsi(read, slot, isi)]).toEqual([name, key, true]);
          diTempat++;
        } else {
          expect([
            name,
            key,
            sisa.some((v) => same(v as number, (isi as { nilai: number }).nilai)),
          ]).toEqual([name, key, true]);
          diSisa++;
        }
      }
      expect([name, marker?.jabatanId, marker?.katalog]).toEqual([
        name,
        id,
        revisiKatalog.identity().hash,
      ]);
    }
    expect(diTempat).toBeGreaterThan(1500);
    expect(diSisa).toBeGreaterThan(50);
  }
);

testLo(
  "perbarui: the unchanged indicators compute src/capaian's numbers at their new rows",
  async () => {
    const out = await baca(hasil("out.xlsx"));
    const moved: Indicator[] = [];
    for (const ind of native.indicators) {
      const id = (native.plans.find((p) => p.name === ind.sheet) as SheetPlan).jabatanId as string;
      const lama = ikiLayout(builtInCatalog.getJabatan(id) as Jabatan).blok.find(
        (b) => b.baris === ind.baris
      );
      const baru = ikiLayout(revisiKatalog.getJabatan(id) as Jabatan).blok;
      const ke = baru.find((b) => b.indikator && b.indikator.id === lama?.indikator?.id);
      const sama =
        ke &&
        lama?.indikator &&
        ke.indikator?.jenis === lama.indikator.jenis &&
        ke.indikator?.polaritas === lama.indikator.polaritas &&
        ke.indikator?.agregasi === lama.indikator.agregasi;
      const isianTetap = !lama?.indikator && baru.every((b) => !b.indikator);
      if (sama) moved.push({ ...ind, baris: ke.baris });
      else if (isianTetap) moved.push(ind);
    }
    const value = (sheet: string, row: number, col: number) => {
      const v = out.find((s) => s.name === sheet)?.values[row - 1]?.[col];
      return v === null || v === undefined
        ? ""
        : typeof v === "string" && v.startsWith("#")
          ? { error: v }
          : v;
    };
    const c = new Comparison();
    checkIndicators(moved, value as never, c, "perbarui");
    expect(c.mismatches).toEqual([]);
    expect(moved.length).toBeGreaterThan(150);
  }
);

testLo(
  "perbarui: every formula LibreOffice computes equals the command line's own evaluation",
  async () => {
    const cli = await baca(f("out.xlsx"));
    const lo = await baca(hasil("out.xlsx"));
    let n = 0;
    const salah: string[] = [];
    for (const s of cli) {
      const l = lo.find((x) => x.name === s.name) as SheetRead;
      s.formulas.forEach((row, r) =>
        row.forEach((fx, col) => {
          if (typeof fx !== "string" || !fx.startsWith("=")) return;
          n++;
          const a = s.values[r]?.[col] ?? "";
          const b = l.values[r]?.[col] ?? "";
          if (!same(a as number, b as number))
            salah.push(`${s.name}!${r + 1}:${col} ${JSON.stringify(a)} vs ${JSON.stringify(b)}`);
        })
      );
    }
    expect(salah.slice(0, 10)).toEqual([]);
    expect(n).toBeGreaterThan(2000);
    // The CLI's own output keeps the markers (LibreOffice's copy does not): every IKI sheet names the revision.
    const hash = revisiKatalog.identity().hash;
    const iki = cli.filter((s) => parseMarker(s.marker ?? "")?.kind === "iki");
    expect(iki).toHaveLength(builtInCatalog.jabatan.length);
    expect(iki.every((s) => (parseMarker(s.marker as string) as IkiMarker).katalog === hash)).toBe(
      true
    );
  }
);

testLo.each([
  ["next.xlsx", false],
  ["next-target.xlsx", true],
])(
  "tahun berikutnya (%s): identity carried, targets only when asked, realisasi empty",
  async (file, target) => {
    const next = await baca(hasil(file));
    const iki = native.plans.filter((p) => p.kind === "iki");
    for (const p of iki) {
      const jabatan = builtInCatalog.getJabatan(p.jabatanId as string) as Jabatan;
      const read = next.find((s) => s.name === p.name) as SheetRead;
      expect(read).toBeDefined();
      expect(read.values[2][0]).toBe(`INDIKATOR KINERJA INDIVIDU TAHUN ${TAHUN + 1}`);
      const ketik = native.ketikan.get(p.name) as Ketikan;
      for (const s of inputSlots(jabatan) as Slot[]) {
        const isi = ketik.get(s.key);
        const found = isiSel(read, s.row, s.col);
        const dibawa =
          s.key.startsWith("identitas.") ||
          (target && s.key.endsWith(":target")) ||
          /^isian:.*:(kinerja|indikator|formulasi|sumberData|satuan|cara|polaritas)$/.test(s.key);
        if (isi && dibawa)
          expect([p.name, s.key, sameIsi(read, s, isi)]).toEqual([p.name, s.key, true]);
        else if (/:\d$|:target$/.test(s.key))
          expect([p.name, s.key, found]).toEqual([p.name, s.key, undefined]);
      }
    }
    expect(next.some((s) => s.name === `Rekap IKI ${TAHUN + 1}`)).toBe(true);
  }
);

testLo(
  "ubah rumus biasa: no IKI. formula, LibreOffice's numbers those of the same inputs in plain formulas",
  async () => {
    const plainCli = await baca(f("plain.xlsx"));
    const ikiFormulas = plainCli
      .flatMap((s) => s.formulas.flat())
      .filter((x) => typeof x === "string" && /IKI\./i.test(x));
    expect(ikiFormulas).toEqual([]);
    const plain = await baca(hasil("plain.xlsx"));
    const ref = await baca(hasil("in.xlsx"));
    let n = 0;
    const salah: string[] = [];
    for (const s of ref) {
      const p = plain.find((x) => x.name === s.name) as SheetRead;
      expect(p).toBeDefined();
      s.values.forEach((row, r) =>
        row.forEach((v, col) => {
          n++;
          const w = p.values[r]?.[col] ?? null;
          if (!same((v ?? "") as number, (w ?? "") as number))
            salah.push(`${s.name}!${r + 1}:${col}`);
        })
      );
    }
    expect(salah.slice(0, 10)).toEqual([]);
    expect(n).toBeGreaterThan(10000);
  }
);

testLo(
  "a write that fails leaves IN as it was and no OUT",
  async () => {
    const before = fs.readFileSync(f("in.xlsx"));
    const failing = failingFs({ fullAfter: { bytes: 4096, code: "ENOSPC" } });
    const r = await cli(
      dir,
      ["--perbarui", "in.xlsx", "--katalog", "revisi.json", "-o", "gagal.xlsx"],
      failing
    );
    expect(r.code).toBe(1);
    expect(fs.readFileSync(f("in.xlsx")).equals(before)).toBe(true);
    expect(fs.existsSync(f("gagal.xlsx"))).toBe(false);
    // The whole dinas read, planned and written: near 5 s on two shared cores.
  },
  30_000
);

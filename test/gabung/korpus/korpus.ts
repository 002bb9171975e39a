/**
 * The corpus of issue 14: 50 staff files in two folders, generated deterministically (seeded by
 * their number) through the command line's own writer, about 10 re-saved by LibreOffice in ONE
 * soffice run, and the planted problems, each recorded with what the merge's report must say:
 * an unreadable file, a file with a password, a file without an IKI sheet, an older second file
 * of one jabatan and nama, a file of another year, a file of a revised catalog (stored in it), a
 * row inserted in a table, a formula typed over; the jabatan those leave without a file.
 */
import * as fs from "fs";
import * as path from "path";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { builtInCatalog, type CatalogIndex } from "../../../src/catalog";
import type { Jabatan } from "../../../src/catalog/types";
import { inputSlots } from "../../../src/lifecycle/slots";
import { cell, KOLOM, ikiLayout } from "../../../src/template";
import type { PlanCell, SheetPlan } from "../../../src/template/plan";
import { computeResults } from "../../../src/xlsx/cached-values";
import { writeXlsx } from "../../../src/xlsx/write-workbook";
import { indeks, revisi } from "../../lifecycle/support";
import { xlsxBersandi } from "../../support/cfb";
import { libreOfficeConvert } from "../../xlsx/support";
import type { BerkasKorpus, HarapanLembar, Jenis, Korpus } from "./harapan";
import { buatPegawai, type LembarPegawai } from "./pegawai";
import { sisipBaris } from "./sisip-baris";

export const TAHUN = 2025;
const NAMA = ["Siti Aminah", "Budi Santoso", "Dewi Lestari", "Agus Salim", "Rina Wati", "Joko"];

/** Which file plays which part: the planted ones by jabatan, the rest plain or re-saved. */
function peran(jabatan: Jabatan[]): Map<number, Jenis> {
  const out = new Map<number, Jenis>();
  const n = (min: number) => (j: Jabatan, i: number) => j.indikator.length >= min && !out.has(i);
  const pilih = (jenis: Jenis, min: number) => {
    const i = jabatan.findIndex(n(min));
    out.set(i, jenis);
  };
  pilih("katalog-lain", 3);
  pilih("baris-ditambah", 2);
  pilih("rumus-ditimpa", 1);
  const bebas = jabatan.map((_, i) => i).filter((i) => !out.has(i));
  const planted: Jenis[] = [
    "rusak",
    "sandi",
    "tanpa-iki",
    "ganda-lama",
    "tahun-lain",
    "pegawai-kedua",
  ];
  planted.forEach((jenis, k) => out.set(bebas[3 + 7 * k], jenis));
  const sisa = jabatan.map((_, i) => i).filter((i) => !out.has(i));
  const jenis = (k: number): Jenis =>
    k % 4 === 1 && k < 42 ? "libreoffice" : k % 4 === 3 && k < 16 ? "tanpa-penanda" : "biasa";
  sisa.forEach((i, k) => out.set(i, jenis(k)));
  return out;
}

const namaPegawai = (i: number) => `${NAMA[i % NAMA.length]} ${i}`;
const namaBerkas = (i: number, j: Jabatan) =>
  `${i < 25 ? "bidang-1" : "bidang-2"}/${String(i + 1).padStart(2, "0")}-${j.id.slice(0, 24)}.xlsx`;

async function tulis(file: string, plans: SheetPlan[], created: Date) {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, await writeXlsx(plans, { results: computeResults(plans), created }));
}

/** A workbook with the user's own sheet only. */
async function tanpaIki(file: string) {
  const wb = new ExcelJS.Workbook();
  wb.addWorksheet("Catatan").getCell("A1").value = "Daftar hadir rapat";
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, new Uint8Array(await wb.xlsx.writeBuffer()));
}

/** The file as a program that keeps no marker saves it: no sheet custom property, no _IKI_DINSOS name. */
async function buangPenanda(file: string) {
  const zip = await JSZip.loadAsync(fs.readFileSync(file));
  for (const name of Object.keys(zip.files).filter((n) => /^xl\/worksheets\/[^/]+\.xml$/.test(n))) {
    const xml = await zip.file(name)!.async("string");
    zip.file(name, xml.replace(/<customProperties>[\s\S]*?<\/customProperties>/, ""));
  }
  const wb = await zip.file("xl/workbook.xml")!.async("string");
  const tanpa = wb
    .replace(/<definedName name="_IKI_DINSOS"[^>]*>[\s\S]*?<\/definedName>/g, "")
    .replace(/<definedNames><\/definedNames>/, "");
  if (tanpa === wb) throw new Error(`no _IKI_DINSOS name in ${file}`);
  zip.file("xl/workbook.xml", tanpa);
  fs.writeFileSync(file, await zip.generateAsync({ type: "uint8array" }));
}

interface Rencana {
  i: number;
  jenis: Jenis;
  jabatan: Jabatan;
  katalog: CatalogIndex;
  nama: string;
  tahun: number;
  created: Date;
}

/** The file's plans and what the report must say of its sheet. */
function lembarDari(r: Rencana): { pegawai: LembarPegawai; ubah: Partial<BerkasKorpus> } {
  const pegawai = buatPegawai({
    katalog: r.katalog,
    jabatan: r.jabatan,
    tahun: r.tahun,
    mode: r.i % 2 ? "iki" : "native",
    rekap: r.i % 4 === 0,
    nama: r.nama,
    seed: 100 + r.i,
    ...(r.jenis === "katalog-lain" ? { tersimpan: true } : {}),
  });
  const blok = ikiLayout(r.jabatan).blok.filter((b) => b.indikator);
  const plan = pegawai.plans[pegawai.iki];
  if (r.jenis === "rumus-ditimpa") {
    const row = blok[0].baris;
    const col = KOLOM.realisasi;
    const cells = plan.cells.map((x) => [...x]);
    cells[row - 1][col] = 123.5;
    pegawai.plans[pegawai.iki] = { ...plan, cells };
    return { pegawai, ubah: { ditimpa: { sel: cell(row, col), row, col, nilai: 123.5 } } };
  }
  if (r.jenis === "baris-ditambah") {
    const at = blok[1].baris;
    const isi: PlanCell[] = [null, "Kegiatan tambahan pegawai", "Jumlah kunjungan tambahan"];
    const row = Array.from({ length: plan.cells[0].length }, (_, c): PlanCell => isi[c] ?? null);
    row[KOLOM.target] = 12;
    pegawai.plans[pegawai.iki] = sisipBaris(plan, at, row);
    return { pegawai, ubah: { disisip: at } };
  }
  return { pegawai, ubah: {} };
}

function masalahOf(r: Rencana, ketikan: Map<string, unknown>): HarapanLembar["masalah"] {
  if (r.jenis === "rumus-ditimpa") return ["rumus-ditimpa"];
  if (r.jenis === "baris-ditambah") return ["baris-ditambah"];
  if (r.jenis !== "katalog-lain") return [];
  const bawaan = new Set(inputSlots(builtInCatalog.getJabatan(r.jabatan.id)!).map((s) => s.key));
  const tanpaTempat = [...ketikan.keys()].some((k) => !bawaan.has(k));
  return tanpaTempat ? ["katalog-lain", "tanpa-tempat"] : ["katalog-lain"];
}

async function buatBerkas(dir: string, r: Rencana, gandaDengan?: string): Promise<BerkasKorpus> {
  const nama = namaBerkas(r.i, r.jabatan);
  const file = path.join(dir, nama);
  const { pegawai, ubah } = lembarDari(r);
  const plans = pegawai.plans;
  // The stored catalog is the file's catalog, not a sheet of the user's: the report does not name it.
  const lainnya = plans.filter((p) => p.kind === "rekap").map((p) => p.name);
  const base: BerkasKorpus = { nama, jenis: r.jenis, lainnya, ...ubah };
  if (r.jenis === "sandi") {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, xlsxBersandi());
    return { ...base, galat: "terkunci-sandi", lainnya: [] };
  }
  if (r.jenis === "tanpa-iki") {
    await tanpaIki(file);
    return { ...base, lainnya: ["Catatan"] };
  }
  await tulis(file, plans, r.created);
  if (r.jenis === "tanpa-penanda") await buangPenanda(file);
  if (r.jenis === "rusak") {
    const bytes = fs.readFileSync(file);
    fs.writeFileSync(file, bytes.subarray(0, Math.floor(bytes.length / 2)));
    return { ...base, galat: "tidak-terbaca", lainnya: [] };
  }
  const status =
    r.jenis === "ganda-lama" ? "ganda" : r.jenis === "tahun-lain" ? "tahun-lain" : "digabung";
  const iki = plans[pegawai.iki];
  return {
    ...base,
    lembar: {
      jabatanId: r.jabatan.id,
      nama: r.nama,
      status,
      masalah: status === "digabung" ? masalahOf(r, pegawai.ketikan) : [],
      ...(gandaDengan ? { gandaDengan } : {}),
      sheet: iki.name,
      katalog: r.katalog,
      jabatan: r.jabatan,
      ketikan: pegawai.ketikan,
      catatan: pegawai.catatan,
    },
  };
}

/**
 * Writes the corpus into `dir` (created); `soffice`: re-save the "libreoffice" files with it (one
 * run); without it they stay as written (and are recorded as "biasa").
 */
export async function buatKorpus(dir: string, soffice?: string): Promise<Korpus> {
  const jabatan = builtInCatalog.jabatan;
  const peranOf = peran(jabatan);
  const revisiKatalog = indeks(revisi(builtInCatalog.catalog));
  const biasa = [...peranOf].filter(([, x]) => x === "biasa").map(([i]) => i);
  // The older duplicate copies the first plain file's jabatan and nama; the second pegawai another's.
  const [asliGanda, asliKedua] = [biasa[0], biasa[1]];
  const rencana: Rencana[] = jabatan.map((j, i) => {
    const jenis = peranOf.get(i)!;
    const sumber = jenis === "ganda-lama" ? asliGanda : jenis === "pegawai-kedua" ? asliKedua : i;
    const katalog = jenis === "katalog-lain" ? revisiKatalog : builtInCatalog;
    return {
      i,
      jenis,
      jabatan: katalog.getJabatan(jabatan[sumber].id)!,
      katalog,
      nama: jenis === "pegawai-kedua" ? `Pegawai Kedua ${i}` : namaPegawai(sumber),
      tahun: jenis === "tahun-lain" ? TAHUN - 1 : TAHUN,
      created:
        jenis === "ganda-lama"
          ? new Date(Date.UTC(2025, 5, 1))
          : new Date(Date.UTC(2026, 0, 1 + (i % 20))),
    };
  });
  const berkas: BerkasKorpus[] = [];
  for (const r of rencana) {
    const ganda = r.jenis === "ganda-lama" ? namaBerkas(asliGanda, jabatan[asliGanda]) : undefined;
    berkas.push(await buatBerkas(dir, r, ganda));
  }
  // An Office lock file beside them: skipped by the folder's expansion, never read.
  fs.writeFileSync(path.join(dir, "bidang-1", `~$${path.basename(berkas[0].nama)}`), "kunci");
  await simpanUlang(dir, berkas, soffice);
  const tanpaBerkas = rencana
    .filter((r) =>
      ["rusak", "sandi", "tanpa-iki", "ganda-lama", "tahun-lain", "pegawai-kedua"].includes(r.jenis)
    )
    .map((r) => jabatan[r.i].id);
  return { dir, tahun: TAHUN, berkas, tanpaBerkas };
}

/** The "libreoffice" files opened and saved again by LibreOffice, in one run, over the originals. */
async function simpanUlang(dir: string, berkas: BerkasKorpus[], soffice?: string) {
  const ulang = berkas.filter((b) => b.jenis === "libreoffice");
  if (!soffice) {
    ulang.forEach((b) => (b.jenis = "biasa"));
    return;
  }
  const out = path.join(dir, "..", "lo-simpan");
  fs.mkdirSync(out, { recursive: true });
  // Names are unique across both folders (numbered), so one output folder holds them all.
  libreOfficeConvert(
    soffice,
    ulang.map((b) => path.join(dir, b.nama)),
    out
  );
  for (const b of ulang)
    fs.copyFileSync(path.join(out, path.basename(b.nama)), path.join(dir, b.nama));
  fs.rmSync(out, { recursive: true, force: true });
}

/**
 * Gabungkan, planned: every staff file's IKI sheets recognised (by marker or content), decided on
 * (year, duplicates, catalog, jabatan), planned new in the merge's catalog with every typed value
 * carried, then the year's rekap over them and the target's sheets, the report sheet, and in a new
 * file a catalog other than the built-in one. Pure: the writers of an insert carry the plans out.
 */
import type { CatalogIndex } from "../catalog/catalog-index";
import type { Jabatan } from "../catalog/types";
import { existingOf } from "../lifecycle/lembar-dibaca";
import { optionsDariMarker } from "../lifecycle/replan";
import { rujukanKeDiganti } from "../lifecycle/rujukan";
import type { SheetRead } from "../lifecycle/types";
import { unitKerja } from "../template/iki-frame";
import { planStoredCatalog } from "../template/katalog-tersimpan";
import type { SheetPlan } from "../template/plan";
import { SheetNamer, namaDasarSheet } from "../template/sheet-names";
import { findIkiSheetsOfYear, planRekapOfYear } from "../template/workbook-plan";
import { kunciPegawai, pilihan, putuskan, type Pilihan } from "./keputusan";
import { cariLaporan, planLaporanGabung } from "./laporan-lembar";
import { barisLaporanGabung } from "./laporan-teks";
import { tahunJudul } from "./kenali";
import { lembarBerkas, namaPegawai, unik, type Calon } from "./lembar-berkas";
import { salinLembar } from "./salin";
import { teks } from "./teks";
import type {
  LaporanBerkas,
  LaporanGabung,
  LaporanLembarGabung,
  MasukanGabung,
  RencanaGabung,
} from "./types";

/** Every file read: its report (sheets filled in later) and its recognised sheets. */
function kenaliSemuaBerkas(input: MasukanGabung) {
  const berkas: LaporanBerkas[] = [];
  const calon: Calon[] = [];
  for (const [berkasKe, b] of input.berkas.entries()) {
    if ("galat" in b) {
      const galat = b.sebab === undefined ? { kind: b.galat } : { kind: b.galat, sebab: b.sebab };
      berkas.push({ berkas: b.nama, galat, lembar: [], lainnya: [] });
      continue;
    }
    const tersimpan = b.tersimpan ? [b.tersimpan] : [];
    const katalogs = unik([
      ...tersimpan,
      ...b.riwayat,
      input.katalog,
      ...input.dikenal,
      input.bawaan,
    ]);
    const r = lembarBerkas(b, katalogs, input.bawaan, { berkasKe, lembar: calon.length });
    calon.push(...r.calon);
    const lembar = r.tidakDikenali.map((sheet) => tidakDikenali(b.sheets, sheet));
    const peringatan = b.peringatan?.length ? { peringatan: b.peringatan } : {};
    berkas.push({ berkas: b.nama, lembar, lainnya: r.lainnya, ...peringatan });
  }
  return { berkas, calon };
}

/** A sheet that looks like an IKI sheet but was not recognised: its line in the report. */
function tidakDikenali(sheets: SheetRead[], sheet: string): LaporanLembarGabung {
  const read = sheets.find((s) => s.name === sheet) as SheetRead;
  const l = {
    sheet,
    dikenali: "isi" as const,
    jabatanId: "",
    jabatan: "",
    nama: namaPegawai(read),
  };
  return { ...l, tahun: tahunJudul(read) ?? 0, status: "tidak-dikenali", diambil: 0, masalah: [] };
}

const namaJabatan = (c: Calon, katalog: CatalogIndex) =>
  katalog.getJabatan(c.marker.jabatanId)?.nama ?? c.sumber?.jabatan.nama ?? c.marker.jabatanId;

function laporanLembar(c: Calon, katalog: CatalogIndex): LaporanLembarGabung {
  return {
    sheet: c.sheet,
    dikenali: c.dikenali,
    ...(c.katalogPenanda !== undefined ? { katalogPenanda: c.katalogPenanda } : {}),
    jabatanId: c.marker.jabatanId,
    jabatan: namaJabatan(c, katalog),
    nama: c.nama,
    tahun: c.marker.tahun,
    status: "digabung",
    diambil: 0,
    masalah: [],
  };
}

/** The target's IKI sheets of the year by pegawai: a merged sheet of the same one replaces it. */
function sasaranPegawai(sheets: SheetRead[], tahun: number): Map<string, string> {
  const byName = new Map(sheets.map((s) => [s.name, s]));
  const out = new Map<string, string>();
  for (const s of findIkiSheetsOfYear(existingOf(sheets), tahun)) {
    const key = kunciPegawai(s.jabatanId, namaPegawai(byName.get(s.name) as SheetRead));
    if (!out.has(key)) out.set(key, s.name);
  }
  return out;
}

/** The merged sheets, in the catalog's order of jabatan (then the files' order). */
function rencanaLembar(input: MasukanGabung, diambil: Calon[], p: Pilihan, namer: SheetNamer) {
  const urutan = new Map(input.katalog.catalog.jabatan.map((j, i) => [j.id, i]));
  const pos = (c: Calon) => urutan.get(c.marker.jabatanId) as number;
  const sasaran = sasaranPegawai(input.sheets, p.tahun);
  const plans: SheetPlan[] = [];
  const baru: { jabatan: Jabatan; name: string }[] = [];
  const laporan = new Map<number, LaporanLembarGabung>();
  const diganti: string[] = [];
  for (const c of [...diambil].sort((a, b) => pos(a) - pos(b) || a.urutan - b.urutan)) {
    const jabatan = input.katalog.getJabatan(c.marker.jabatanId) as Jabatan;
    const lama = sasaran.get(kunciPegawai(jabatan.id, c.nama));
    if (lama !== undefined) sasaran.delete(kunciPegawai(jabatan.id, c.nama));
    const name = lama ?? namer.take(namaDasarSheet(jabatan, input.katalog));
    const options = { ...optionsDariMarker(p, input.kunci), tahun: p.tahun };
    const tujuan = { jabatan, katalog: input.katalog, options, name };
    const l = laporanLembar(c, input.katalog);
    laporan.set(c.urutan, l);
    const salinan = salinLembar(c, tujuan, lama);
    if (!salinan) {
      l.status = "susunan-berubah";
      continue;
    }
    Object.assign(l, { ke: name, diambil: salinan.diambil, masalah: salinan.masalah });
    if (lama !== undefined) {
      l.mengganti = lama;
      diganti.push(lama);
    }
    plans.push(salinan.plan);
    baru.push({ jabatan, name });
  }
  return { plans, baru, laporan, diganti };
}

function hitungMasalah(l: Omit<LaporanGabung, "masalah">): number {
  let n = l.tanpaBerkas.length + (l.rujukan ?? []).filter((r) => r.terkunci).length;
  for (const b of l.berkas) {
    // An unreadable file, or one without any IKI sheet.
    if (b.galat || b.lembar.length === 0) n++;
    n += b.peringatan?.length ?? 0;
    for (const x of b.lembar) n += x.status === "digabung" ? x.masalah.length : 1;
  }
  return n;
}

/** A jabatan without a file, with its unit kerja when another jabatan has the same name. */
function tanpaBerkasDari(j: Jabatan, katalog: CatalogIndex): LaporanGabung["tanpaBerkas"][number] {
  const kembar = katalog.catalog.jabatan.some(
    (x) => x !== j && x.nama.toLowerCase() === j.nama.toLowerCase()
  );
  const base = { jabatanId: j.id, jabatan: j.nama };
  return kembar ? { ...base, unitKerja: unitKerja(j, katalog) } : base;
}

/**
 * Decided and planned; a sheet taken over its duplicates whose copy then fails (susunan-berubah)
 * is set aside and the decision made again, so the next duplicate is taken instead.
 */
function rencanaTeruji(
  input: MasukanGabung,
  calon: Calon[],
  p: Pilihan,
  existing: ReturnType<typeof existingOf>
) {
  const gagal = new Set<number>();
  for (;;) {
    const keputusan = putuskan(calon, input.katalog, p.tahun, gagal);
    const namer = new SheetNamer(existing.map((s) => s.name));
    const diambil = calon.filter((c) => keputusan.get(c.urutan)?.status === "digabung");
    const r = rencanaLembar(input, diambil, p, namer);
    const baru = [...r.laporan]
      .filter(([urutan, l]) => l.status === "susunan-berubah" && !gagal.has(urutan))
      .map(([urutan]) => urutan);
    const kunci = (c: Calon) => kunciPegawai(c.marker.jabatanId, c.nama);
    const kalah = new Set(
      calon.filter((c) => keputusan.get(c.urutan)?.status === "ganda").map(kunci)
    );
    const menunggu = baru.some((u) => kalah.has(kunci(calon[u])));
    if (!menunggu) return { keputusan, r, namer };
    for (const u of baru) gagal.add(u);
  }
}

export function rencanaGabung(input: MasukanGabung): RencanaGabung {
  const { berkas, calon } = kenaliSemuaBerkas(input);
  const judul = berkas.flatMap((b) => b.lembar.map((l) => l.tahun)).filter((t) => t > 0);
  const p = pilihan(input, calon, judul);
  const existing = existingOf(input.sheets);
  const { keputusan, r, namer } = rencanaTeruji(input, calon, p, existing);
  for (const c of calon) {
    const l = r.laporan.get(c.urutan) ?? {
      ...laporanLembar(c, input.katalog),
      ...keputusan.get(c.urutan),
    };
    berkas[c.berkasKe].lembar.push(l);
  }
  // Jabatan merged now, or whose IKI sheet of the year the target already has (the pane).
  const sasaran = findIkiSheetsOfYear(existing, p.tahun).map((s) => s.jabatanId);
  const ada = new Set([...r.baru.map((b) => b.jabatan.id), ...sasaran]);
  // Nothing merged: the files are the problem, not the jabatan without one.
  const tanpaBerkas = input.katalog.catalog.jabatan
    .filter((j) => r.plans.length > 0 && !ada.has(j.id))
    .map((j) => tanpaBerkasDari(j, input.katalog));
  const laporan: LaporanGabung = {
    tahun: p.tahun,
    katalog: `${input.katalog.namaInstansi} ${input.katalog.catalog.nomor}`,
    berkas,
    tanpaBerkas,
    masalah: 0,
  };
  laporan.masalah = hitungMasalah(laporan);
  if (r.plans.length === 0) return { plans: [], laporan };
  return { plans: penutup(input, r, p, namer, laporan), laporan };
}

/** After the IKI sheets: the year's rekap, the report sheet, the stored catalog of a new file. */
function penutup(
  input: MasukanGabung,
  r: ReturnType<typeof rencanaLembar>,
  p: Pilihan,
  namer: SheetNamer,
  laporan: LaporanGabung
): SheetPlan[] {
  const diganti = new Set(r.diganti);
  const existing = existingOf(input.sheets).filter((s) => !diganti.has(s.name));
  const options = { ...optionsDariMarker(p, input.kunci), tahun: p.tahun };
  const rekap = planRekapOfYear({ katalog: input.katalog, options, existing, baru: r.baru, namer });
  laporan.rekap = rekap.name;
  const lama = cariLaporan(input.sheets, p.tahun);
  laporan.lembarLaporan = lama ?? namer.take(teks.namaLembar);
  // Formulas naming a replaced sheet (the old report sheet holds only texts: rewritten).
  const lain = input.sheets.filter((s) => s.name !== lama);
  const rujukan = rujukanKeDiganti(lain, [...r.plans, rekap]);
  if (rujukan.length > 0) {
    laporan.rujukan = rujukan;
    laporan.masalah = hitungMasalah(laporan);
  }
  const lembar = planLaporanGabung(
    barisLaporanGabung(laporan),
    p.tahun,
    laporan.lembarLaporan,
    lama !== undefined
  );
  const plans = [...r.plans, rekap, lembar];
  if (input.bukuBaru && input.katalog.identity().hash !== input.bawaan.identity().hash) {
    const names = [...existing, ...plans.map((x) => ({ name: x.name }))];
    plans.push(planStoredCatalog(input.katalog.catalog, names));
  }
  return plans;
}

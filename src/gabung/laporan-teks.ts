/**
 * The merge's report as lines of Bahasa Indonesia: the SAME lines are printed by the command line,
 * shown by the pane and written into the sheet "Laporan penggabungan". Every problem counted in
 * `masalah` has its line; a heading line opens each file.
 */
import { teks } from "./teks";
import type { LaporanBerkas, LaporanGabung, LaporanLembarGabung, MasalahLembar } from "./types";

export type JenisBaris = "judul" | "ringkasan" | "berkas" | "isi";
export interface BarisLaporan {
  jenis: JenisBaris;
  teks: string;
}

const sel = (xs: string[]) =>
  teks.daftar(xs.length > 12 ? [...xs.slice(0, 12), `${xs.length - 12} sel lainnya`] : xs);

function barisMasalah(m: MasalahLembar): string {
  const t = teks.masalah;
  switch (m.kind) {
    case "katalog-lain":
      return t.katalogLain(m.katalog);
    case "rumus-ditimpa":
      return t.rumusDitimpa(sel(m.sel));
    case "baris-ditambah":
      return t.barisDitambah(teks.daftar(m.baris.map(String)));
    case "tanpa-tempat": {
      const asal = [...new Set(m.sisa.map((s) => s.asal))];
      return t.tanpaTempat(
        m.sisa.length,
        teks.daftar(asal.length > 5 ? [...asal.slice(0, 5), "lainnya"] : asal)
      );
    }
    case "periksa":
      return t.periksa(sel(m.sel));
  }
}

/** Why a sheet was not taken, said to the person merging. */
function sebabTidakDiambil(l: LaporanLembarGabung, tahun: number, berkas: string): string {
  switch (l.status) {
    case "ganda":
      return l.gandaDengan === berkas ? teks.gandaSeBerkas : teks.ganda(l.gandaDengan ?? "");
    case "tahun-lain":
      return teks.tahunLain(l.tahun, tahun);
    case "jabatan-tidak-ada":
      return teks.jabatanTidakAda;
    default:
      return teks.susunanBerubah;
  }
}

function barisLembar(l: LaporanLembarGabung, tahun: number, berkas: string): string[] {
  if (l.status === "digabung") {
    const awal =
      teks.digabung(l.sheet, l.jabatan, l.nama, l.ke ?? "", l.diambil) +
      (l.mengganti ? teks.mengganti(l.mengganti) : "") +
      teks.dikenali[l.dikenali] +
      ".";
    return [awal, ...l.masalah.map(barisMasalah)];
  }
  const sebab = sebabTidakDiambil(l, tahun, berkas);
  return [teks.tidakDiambil(l.sheet, l.jabatan, l.nama) + sebab + teks.dikenali[l.dikenali]];
}

function barisBerkas(b: LaporanBerkas, tahun: number): BarisLaporan[] {
  const isi = (t: string): BarisLaporan => ({ jenis: "isi", teks: t });
  const out: BarisLaporan[] = [{ jenis: "berkas", teks: teks.berkas(b.berkas) }];
  if (b.galat) {
    const sebab = b.galat.sebab ? teks.sebab(b.galat.sebab) : "";
    out.push(isi(`- ${teks.galat[b.galat.kind]}${sebab}`));
    return out;
  }
  for (const p of b.peringatan ?? []) out.push(isi(`- ${p}`));
  if (b.lembar.length === 0) out.push(isi(`- ${teks.kosong}`));
  for (const l of b.lembar) out.push(...barisLembar(l, tahun, b.berkas).map(isi));
  if (b.lainnya.length > 0) out.push(isi(teks.lainnya(b.lainnya)));
  return out;
}

/** The report as typed lines (the sheet makes headings bold). */
export function barisLaporanGabung(l: LaporanGabung): BarisLaporan[] {
  const digabung = l.berkas.flatMap((b) => b.lembar).filter((x) => x.status === "digabung");
  const out: BarisLaporan[] = [
    { jenis: "judul", teks: teks.judul(l.tahun, l.katalog) },
    { jenis: "ringkasan", teks: teks.ringkasan(l.berkas.length, digabung.length, l.masalah) },
    { jenis: "ringkasan", teks: l.rekap ? teks.rekap(l.rekap) : teks.tanpaRekap },
  ];
  for (const b of l.berkas) out.push(...barisBerkas(b, l.tahun));
  if (l.tanpaBerkas.length > 0) {
    out.push({ jenis: "berkas", teks: teks.tanpaBerkasJudul(l.tanpaBerkas.length) });
    for (const j of l.tanpaBerkas) out.push({ jenis: "isi", teks: teks.tanpaBerkas(j.jabatan) });
  }
  return out;
}

export function teksLaporanGabung(l: LaporanGabung): string[] {
  return barisLaporanGabung(l).map((b) => b.teks);
}

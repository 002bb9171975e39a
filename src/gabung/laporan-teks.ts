/**
 * The merge's report as lines of Bahasa Indonesia: the SAME lines are printed by the command line,
 * shown by the pane and written into the sheet "Laporan penggabungan". Every problem counted in
 * `masalah` has its line; a heading line opens each file.
 */
import { ringkas, teks } from "./teks";
import type { LaporanBerkas, LaporanGabung, LaporanLembarGabung, MasalahLembar } from "./types";

type JenisBaris = "judul" | "ringkasan" | "berkas" | "isi";
export interface BarisLaporan {
  jenis: JenisBaris;
  teks: string;
}

const sel = (xs: string[]) => ringkas(xs);

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

/** Where the report is: its year and each file's name as told (numbered when names repeat). */
interface Konteks {
  tahun: number;
  nama: (ke: number) => string;
}

type TidakDiambil = Exclude<LaporanLembarGabung["status"], "digabung" | "tidak-dikenali">;

/** Why a sheet of file `ke` was not taken, said to the person merging. */
function sebabTidakDiambil(
  status: TidakDiambil,
  l: LaporanLembarGabung,
  k: Konteks,
  ke: number
): string {
  switch (status) {
    case "ganda":
      if (l.gandaDenganKe === ke) return teks.gandaSeBerkas;
      return teks.ganda(
        l.gandaDenganKe === undefined ? (l.gandaDengan ?? "") : k.nama(l.gandaDenganKe),
        l.gandaKarena ?? "disimpan"
      );
    case "tahun-lain":
      return teks.tahunLain(l.tahun, k.tahun);
    case "jabatan-tidak-ada":
      return teks.jabatanTidakAda;
    case "katalog-tidak-dikenal":
      return teks.katalogTidakDikenal;
    case "susunan-berubah":
      return teks.susunanBerubah;
    default: {
      const tak: never = status;
      return tak;
    }
  }
}

function barisLembar(l: LaporanLembarGabung, k: Konteks, ke: number): string[] {
  if (l.status === "tidak-dikenali") return [teks.tidakDikenali(l.sheet)];
  const olehKatalog = l.dikenali === "isi" && l.katalogPenanda !== undefined;
  // An unknown catalog named by the marker is said once: here, or by the katalog-lain line.
  const lain = l.masalah.some((m) => m.kind === "katalog-lain");
  const dikenali = !olehKatalog
    ? teks.dikenali[l.dikenali]
    : lain
      ? teks.dikenaliSaja
      : teks.dikenaliKatalog;
  if (l.status === "digabung") {
    const awal =
      teks.digabung(l.sheet, l.jabatan, l.nama, l.ke ?? "", l.diambil) +
      (l.mengganti ? teks.mengganti(l.mengganti) : "") +
      dikenali +
      ".";
    return [awal, ...l.masalah.map(barisMasalah)];
  }
  const sebab = sebabTidakDiambil(l.status, l, k, ke);
  return [teks.tidakDiambil(l.sheet, l.jabatan, l.nama) + sebab + dikenali];
}

function barisBerkas(b: LaporanBerkas, k: Konteks, ke: number): BarisLaporan[] {
  const isi = (t: string): BarisLaporan => ({ jenis: "isi", teks: t });
  const out: BarisLaporan[] = [{ jenis: "berkas", teks: teks.berkas(k.nama(ke)) }];
  if (b.galat) {
    // The reader's own sentence, when it gave one, says it best (with its advice, once).
    const { kind, sebab } = b.galat;
    out.push(isi(`- ${sebab ? teks.galatSebab(kind, sebab) : teks.galat[kind]}`));
    return out;
  }
  for (const p of b.peringatan ?? []) out.push(isi(`- ${p}`));
  if (b.lembar.length === 0) out.push(isi(`- ${teks.kosong}`));
  for (const l of b.lembar) out.push(...barisLembar(l, k, ke).map(isi));
  if (b.lainnya.length > 0) out.push(isi(teks.lainnya(b.lainnya)));
  return out;
}

/** The report as typed lines (the sheet makes headings bold). */
export function barisLaporanGabung(l: LaporanGabung): BarisLaporan[] {
  const digabung = l.berkas.flatMap((b) => b.lembar).filter((x) => x.status === "digabung");
  const gagal = l.berkas.filter((b) => b.galat).length;
  const dibaca = l.berkas.length - gagal;
  const out: BarisLaporan[] = [
    { jenis: "judul", teks: teks.judul(l.tahun, l.katalog) },
    { jenis: "ringkasan", teks: teks.ringkasan(dibaca, gagal, digabung.length, l.masalah) },
    { jenis: "ringkasan", teks: l.rekap ? teks.rekap(l.rekap) : teks.tanpaRekap },
  ];
  const kali = new Map<string, number>();
  for (const b of l.berkas) kali.set(b.berkas, (kali.get(b.berkas) ?? 0) + 1);
  const nama = (ke: number) => {
    const n = l.berkas[ke]?.berkas ?? "";
    return (kali.get(n) ?? 0) > 1 ? teks.berkasKe(n, ke + 1) : n;
  };
  const k: Konteks = { tahun: l.tahun, nama };
  l.berkas.forEach((b, ke) => out.push(...barisBerkas(b, k, ke)));
  if (l.tanpaBerkas.length > 0) {
    out.push({ jenis: "berkas", teks: teks.tanpaBerkasJudul(l.tanpaBerkas.length) });
    for (const j of l.tanpaBerkas)
      out.push({ jenis: "isi", teks: teks.tanpaBerkas(j.jabatan, j.unitKerja) });
  }
  const rujukan = l.rujukan ?? [];
  if (rujukan.length > 0) {
    const terkunci = rujukan.filter((r) => r.terkunci).length;
    out.push({ jenis: "berkas", teks: teks.rujukanJudul(rujukan.length, terkunci) });
    for (const r of rujukan)
      out.push({ jenis: "isi", teks: teks.rujukan(r.sheet, r.sel, r.rumus, r.terkunci === true) });
  }
  return out;
}

export function teksLaporanGabung(l: LaporanGabung): string[] {
  return barisLaporanGabung(l).map((b) => b.teks);
}

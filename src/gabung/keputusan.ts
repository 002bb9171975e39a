/**
 * The merge's decisions over the recognised sheets of every file: its year, mode and scale (what most
 * sheets have), and which sheets are taken: not those of another year, of a jabatan the merge's
 * catalog lacks, or whose rows cannot be read; of two sheets of one jabatan and one pegawai, the one
 * saved later.
 */
import type { CatalogIndex } from "../catalog/catalog-index";
import { SKALA_BAWAAN } from "../capaian";
import type { FormulaMode, SkalaPredikat } from "../template/options";
import type { Calon } from "./lembar-berkas";
import type { MasukanGabung, StatusGabung } from "./types";

/** The value most often given; a tie goes to the one `menang` prefers. */
function terbanyak<T>(xs: T[], menang: (a: T, b: T) => boolean): T | undefined {
  const hitung = new Map<T, number>();
  for (const x of xs) hitung.set(x, (hitung.get(x) ?? 0) + 1);
  let best: T | undefined;
  for (const [x, n] of hitung) {
    const m = best === undefined ? -1 : (hitung.get(best) as number);
    if (n > m || (n === m && menang(x, best as T))) best = x;
  }
  return best;
}

export interface Pilihan {
  tahun: number;
  mode: FormulaMode;
  skala: SkalaPredikat;
}

/**
 * `judul`: the years in the titles of the sheets not recognised, the fallback when none is
 * recognised (then the caller's year, else the clock's: the only impure step, the last).
 */
export function pilihan(input: MasukanGabung, calon: Calon[], judul: number[]): Pilihan {
  const urutSkala = Object.keys(SKALA_BAWAAN) as SkalaPredikat[];
  const tahun =
    input.tahun ??
    terbanyak(
      calon.map((c) => c.marker.tahun),
      (a, b) => a > b
    );
  const mode =
    input.mode ??
    terbanyak(
      calon.map((c) => c.marker.mode),
      (a) => a === "iki"
    );
  const skala =
    input.skala ??
    terbanyak(
      calon.map((c) => c.marker.skala),
      (a, b) => urutSkala.indexOf(a) < urutSkala.indexOf(b)
    );
  const cadangan = () =>
    terbanyak(judul, (a, b) => a > b) ?? input.tahunIni ?? new Date().getFullYear();
  return { tahun: tahun ?? cadangan(), mode: mode ?? "iki", skala: skala ?? urutSkala[0] };
}

/** One pegawai's key: the jabatan and the name, trimmed, case and spaces ignored. */
export const kunciPegawai = (jabatanId: string, nama: string) =>
  `${jabatanId}\n${nama.trim().replace(/\s+/g, " ").toLocaleLowerCase("id")}`;

export interface Keputusan {
  status: StatusGabung;
  gandaDengan?: string;
  gandaDenganKe?: number;
  gandaKarena?: "disimpan" | "urutan";
}

/** Whether `a` is taken over `b`: saved later, a tie (or no time) the later in the list. */
const lebihBaru = (a: Calon, b: Calon) => {
  const [ta, tb] = [a.disimpan ?? -Infinity, b.disimpan ?? -Infinity];
  return ta !== tb ? ta > tb : a.urutan > b.urutan;
};

/** The status of every sheet, by its `urutan`. */
export function putuskan(
  calon: Calon[],
  katalog: CatalogIndex,
  tahun: number,
  /** Sheets whose copy failed (salinLembar): not taken, so a duplicate of them is. */
  gagal: ReadonlySet<number> = new Set()
): Map<number, Keputusan> {
  const out = new Map<number, Keputusan>();
  const pemenang = new Map<string, Calon>();
  for (const c of calon) {
    let status: StatusGabung = "digabung";
    if (!c.sumber)
      status = c.katalogPenanda !== undefined ? "katalog-tidak-dikenal" : "jabatan-tidak-ada";
    else if (c.marker.tahun !== tahun) status = "tahun-lain";
    else if (!katalog.getJabatan(c.marker.jabatanId)) status = "jabatan-tidak-ada";
    else if (!c.read || gagal.has(c.urutan)) status = "susunan-berubah";
    out.set(c.urutan, { status });
    if (status !== "digabung") continue;
    const key = kunciPegawai(c.marker.jabatanId, c.nama);
    const lain = pemenang.get(key);
    if (!lain || lebihBaru(c, lain)) pemenang.set(key, c);
  }
  for (const c of calon) {
    const k = out.get(c.urutan) as Keputusan;
    if (k.status !== "digabung") continue;
    const menang = pemenang.get(kunciPegawai(c.marker.jabatanId, c.nama)) as Calon;
    if (menang !== c)
      out.set(c.urutan, {
        status: "ganda",
        gandaDengan: menang.berkas,
        gandaDenganKe: menang.berkasKe,
        gandaKarena:
          (menang.disimpan ?? -Infinity) !== (c.disimpan ?? -Infinity) ? "disimpan" : "urutan",
      });
  }
  return out;
}

/** What differs between a jabatan as a sheet was made and as the catalog in use has it. */
import type { Indikator, Jabatan } from "../catalog/types";
import { teks } from "./teks";
import type { PerubahanIndikator } from "./types";

const TEKS: (keyof Indikator)[] = [
  "kinerja",
  "indikator",
  "formulasi",
  "sumberData",
  "satuan",
  "pembilang",
  "penyebut",
];

export interface BedaJabatan {
  ditambah: string[];
  dihapus: string[];
  berubah: PerubahanIndikator[];
  lain: string[];
}

function bedaIndikator(a: Indikator, b: Indikator, urutanBerubah: boolean): string[] {
  const apa: string[] = [];
  const t = teks.berubah;
  if (TEKS.some((k) => (a[k] ?? null) !== (b[k] ?? null))) apa.push(t.teks);
  if (a.jenis !== b.jenis) apa.push(t.jenis);
  if (a.polaritas !== b.polaritas) apa.push(t.polaritas);
  if (a.agregasi !== b.agregasi) apa.push(t.agregasi);
  if (urutanBerubah) apa.push(t.urutan);
  return apa;
}

const samaDaftar = (a: readonly string[] | undefined, b: readonly string[] | undefined) =>
  JSON.stringify(a ?? []) === JSON.stringify(b ?? []);

export function bedaJabatan(lama: Jabatan, baru: Jabatan): BedaJabatan {
  const lamaById = new Map(lama.indikator.map((x, i) => [x.id, { x, i }]));
  const baruIds = new Set(baru.indikator.map((x) => x.id));
  const ditambah: string[] = [];
  const berubah: PerubahanIndikator[] = [];
  // Order among the indicators both have: a moved indicator is "urutan", not every one after it.
  const bersama = lama.indikator.filter((x) => baruIds.has(x.id)).map((x) => x.id);
  let k = 0;
  for (const ind of baru.indikator) {
    const dulu = lamaById.get(ind.id);
    if (!dulu) {
      ditambah.push(ind.indikator);
      continue;
    }
    const pindah = bersama[k++] !== ind.id;
    const apa = bedaIndikator(dulu.x, ind, pindah);
    if (apa.length > 0) berubah.push({ indikator: ind.indikator, apa });
  }
  const dihapus = lama.indikator.filter((x) => !baruIds.has(x.id)).map((x) => x.indikator);
  const lain: string[] = [];
  const t = teks.lain;
  if (lama.nama !== baru.nama) lain.push(t.namaJabatan);
  if (lama.unit !== baru.unit || lama.bidang !== baru.bidang) lain.push(t.unitKerja);
  if (!samaDaftar(lama.tugas, baru.tugas)) lain.push(t.tugas);
  if (!samaDaftar(lama.fungsi, baru.fungsi)) lain.push(t.fungsi);
  return { ditambah, dihapus, berubah, lain };
}

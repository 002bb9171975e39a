/**
 * A generated catalog of `jabatan` jabatan with `indikator` indicators each (all three jenis, both
 * polaritas, both agregasi, fungsi on every other jabatan): the size test and bench of the import.
 */
import type { Catalog, Indikator, Jabatan } from "../../src/catalog/types";

function indikatorOf(jabatanId: string, j: number, k: number): Indikator {
  const jenis = (["persen", "penurunan", "jumlah"] as const)[(j + k) % 3];
  const ratio = jenis !== "jumlah";
  return {
    id: `${jabatanId}-${k + 1}`,
    kinerja: `Meningkatnya kinerja layanan ${j + 1}.${k + 1}`,
    indikator: `${ratio ? "Persentase" : "Jumlah"} layanan ${j + 1}.${k + 1} yang diselesaikan`,
    jenis,
    formulasi: ratio
      ? `Layanan selesai / layanan masuk x 100% (${j + 1}.${k + 1})`
      : "Jumlah layanan",
    pembilang: ratio ? `Layanan selesai ${j + 1}.${k + 1}` : null,
    penyebut: ratio ? `Layanan masuk ${j + 1}.${k + 1}` : null,
    sumberData: `Laporan bulanan ${j + 1}`,
    polaritas: (j + k) % 5 === 0 ? "negatif" : "positif",
    agregasi: ratio ? "nilai-akhir" : "kumulatif",
    satuan: ratio ? "%" : "dokumen",
    ...((j + k) % 7 === 0 ? { catatan: `Catatan ${j + 1}.${k + 1}` } : {}),
  };
}

export function katalogBesar(jabatan = 500, indikator = 3): Catalog {
  const list: Jabatan[] = [];
  for (let j = 0; j < jabatan; j++) {
    const id = `jabatan-${j + 1}`;
    list.push({
      id,
      urutan: j + 1,
      nama: `Jabatan Pelaksana ${j + 1}`,
      bidang: `Bidang ${(j % 6) + 1}`,
      unit: j % 3 === 0 ? null : `Seksi ${(j % 12) + 1}`,
      tugas: [1, 2, 3, 4].map((t) => `Melaksanakan tugas ${t} jabatan ${j + 1}`),
      ...(j % 2 === 0
        ? { fungsi: [`Fungsi perencanaan ${j + 1}`, `Fungsi evaluasi ${j + 1}`] }
        : {}),
      indikator: Array.from({ length: indikator }, (_, k) => indikatorOf(id, j, k)),
    });
  }
  return {
    instansi: {
      pemerintah: "Kabupaten Contoh",
      nama: "Badan Contoh",
      penetap: "Kepala Badan Contoh",
      pimpinan: "Kepala Badan",
      tempat: "Contoh",
    },
    nomor: "800/01/KEP/2026",
    sumber: "Keputusan Kepala Badan Contoh tentang Indikator Kinerja Individu Tahun 2026",
    tahun: 2026,
    jabatan: list,
  };
}

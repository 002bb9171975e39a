/**
 * A SYNTHETIC catalog for the end-to-end tests (not a real Keputusan): an instansi that exists
 * nowhere, with every kind of row the template knows — persen, penurunan and jumlah; negatif
 * polarity; kumulatif and nilai akhir; a jabatan without indicators; several bidang and a unit.
 */
import type { Catalog, Indikator } from "../../src/catalog/types";
import { JABATAN_SINTETIS } from "../template/support";

const penurunan: Indikator = {
  id: "analis-bidang-dua-1",
  kinerja: "Menurunnya angka kasus uji",
  indikator: "Persentase penurunan kasus uji",
  jenis: "penurunan",
  formulasi: "(Kasus tahun N-1 - Kasus tahun N) / Kasus tahun N-1 x 100%",
  pembilang: "Kasus tahun N-1",
  penyebut: "Kasus tahun N",
  sumberData: "Data uji sintetis",
  polaritas: "positif",
  agregasi: "nilai-akhir",
  satuan: "%",
};

export const KATALOG_SINTETIS: Catalog = {
  instansi: {
    pemerintah: "Kabupaten Sintetis",
    nama: "Badan Uji Sintetis",
    penetap: "Kepala Badan Uji Sintetis",
    pimpinan: "Kepala Badan",
    tempat: "Kota Sintetis",
  },
  nomor: "000/UJI-SINTETIS/2026",
  sumber: "Katalog sintetis untuk pengujian, bukan Keputusan yang sebenarnya",
  tahun: 2026,
  jabatan: [
    {
      id: "kepala-badan-sintetis",
      urutan: 1,
      nama: "KEPALA BADAN UJI SINTETIS",
      bidang: "Kepala Badan",
      unit: null,
      tugas: ["Memimpin badan uji sintetis"],
      indikator: [],
    },
    { ...JABATAN_SINTETIS, urutan: 2, bidang: "Bidang Satu", unit: "Sub Bidang Uji" },
    {
      id: "analis-bidang-dua",
      urutan: 3,
      nama: "ANALIS BIDANG DUA",
      bidang: "Bidang Dua",
      unit: null,
      tugas: ["Menganalisis kasus uji"],
      indikator: [
        penurunan,
        {
          ...penurunan,
          id: "analis-bidang-dua-2",
          indikator: "Jumlah warga uji terlayani",
          jenis: "jumlah",
          formulasi: "Jumlah warga uji terlayani",
          pembilang: null,
          penyebut: null,
          agregasi: "kumulatif",
          satuan: "orang",
        },
      ],
    },
  ],
};

/*
 * Custom functions IKI.* (namespace IKI in the manifest). Thin wrappers: the maths is in src/capaian,
 * the catalog look-up in ./indikator; here only Excel's argument and error conventions.
 * custom-functions-metadata-plugin builds functions.json from the JSDoc below and adds the
 * CustomFunctions.associate calls, so none are written here.
 * Ranges are typed any[][] so a blank cell (null) differs from 0; optional scalars are typed any.
 */
import * as iki from "../capaian";
import { excelResult } from "./excel-errors";
import { catalogReady } from "./active-catalog";
import { daftarIndikator } from "./indikator";

/**
 * Persentase: jumlah pembilang dibagi jumlah penyebut, dikali 100. Sel kosong diabaikan; kosong bila pembilang belum diisi.
 * @customfunction PERSEN
 * @helpurl https://localhost:3000/bantuan.html#persen
 * @param pembilang Sel atau rentang pembilang (jumlah yang dicapai). Sel kosong diabaikan.
 * @param penyebut Sel atau rentang penyebut (jumlah seluruhnya). Sel kosong diabaikan.
 * @returns Persentase dalam angka (80 berarti 80%).
 */
export function persen(
  pembilang: any[][],
  penyebut: any[][]
): number | string | CustomFunctions.Error {
  return excelResult(() => iki.persen(pembilang, penyebut));
}

/**
 * Persentase penurunan: (jumlah nilai awal - jumlah nilai akhir) / jumlah nilai awal x 100. Kosong bila nilai akhir belum diisi.
 * @customfunction PENURUNAN
 * @helpurl https://localhost:3000/bantuan.html#penurunan
 * @param nilaiAwal Sel atau rentang nilai tahun sebelumnya (N-1).
 * @param nilaiAkhir Sel atau rentang nilai tahun berjalan (N).
 * @returns Persentase penurunan (negatif bila justru naik).
 */
export function penurunan(
  nilaiAwal: any[][],
  nilaiAkhir: any[][]
): number | string | CustomFunctions.Error {
  return excelResult(() => iki.penurunan(nilaiAwal, nilaiAkhir));
}

/**
 * Capaian kinerja (%): realisasi / target x 100 (polaritas positif) atau (2 x target - realisasi) / target x 100, paling rendah 0 (polaritas negatif). Kosong bila realisasi belum diisi.
 * @customfunction CAPAIAN
 * @helpurl https://localhost:3000/bantuan.html#capaian
 * @param realisasi Sel realisasi (rentang dijumlahkan). Kosong: hasil kosong.
 * @param target Sel target (rentang dijumlahkan).
 * @param [polaritas] "positif" (makin tinggi makin baik, bawaan) atau "negatif" (makin rendah makin baik).
 * @returns Capaian dalam persen (100 berarti tepat target).
 */
export function capaian(
  realisasi: any[][],
  target: any[][],
  polaritas?: any
): number | string | CustomFunctions.Error {
  return excelResult(() => iki.capaian(realisasi, target, polaritas));
}

/**
 * Realisasi kumulatif: jumlah nilai triwulan yang terisi sampai triwulan tertentu. Kosong bila belum ada yang terisi.
 * @customfunction KUMULATIF
 * @helpurl https://localhost:3000/bantuan.html#kumulatif
 * @param nilaiTriwulan Satu baris atau satu kolom berisi nilai TW I sampai TW IV (paling banyak 4 sel).
 * @param [sampaiTriwulan] Triwulan terakhir yang dihitung, 1 sampai 4. Bawaan: semua sel yang diberikan.
 * @returns Jumlah nilai triwulan yang terisi.
 */
export function kumulatif(
  nilaiTriwulan: any[][],
  sampaiTriwulan?: any
): number | string | CustomFunctions.Error {
  return excelResult(() => iki.kumulatif(nilaiTriwulan, sampaiTriwulan));
}

/**
 * Nilai akhir: nilai triwulan terakhir yang terisi (0 dihitung terisi, sel kosong tidak). Untuk persentase dan angka rasio.
 * @customfunction NILAIAKHIR
 * @helpurl https://localhost:3000/bantuan.html#nilaiakhir
 * @param nilaiTriwulan Satu baris atau satu kolom berisi nilai TW I sampai TW IV (paling banyak 4 sel).
 * @param [sampaiTriwulan] Triwulan terakhir yang dilihat, 1 sampai 4. Bawaan: semua sel yang diberikan.
 * @returns Nilai triwulan terakhir yang terisi.
 */
export function nilaiakhir(
  nilaiTriwulan: any[][],
  sampaiTriwulan?: any
): number | string | CustomFunctions.Error {
  return excelResult(() => iki.nilaiAkhir(nilaiTriwulan, sampaiTriwulan));
}

/**
 * Predikat capaian: Sangat Baik, Baik, Cukup, Kurang atau Sangat Kurang menurut skala yang dipilih. Kosong bila capaian kosong.
 * @customfunction PREDIKAT
 * @helpurl https://localhost:3000/bantuan.html#predikat
 * @param capaian Satu sel berisi capaian dalam persen (mis. hasil IKI.CAPAIAN).
 * @param [skala] Kosong: skala lima tingkat atas capaian yang dibulatkan ke 2 desimal (>=91 Sangat Baik ... <51 Sangat Kurang); "permenpan": kategori PermenPANRB 8/2021; atau rentang dua kolom (batas bawah, predikat).
 * @returns Predikat sebagai teks.
 */
export function predikat(capaian: any[][], skala?: any[][]): string | CustomFunctions.Error {
  return excelResult(() => iki.predikat(capaian, skala));
}

/**
 * Nilai capaian IKI menurut PermenPANRB 8/2021 (0 sampai 120), dari capaian yang dibulatkan ke persen bulat. Kosong bila capaian kosong.
 * @customfunction NILAI
 * @helpurl https://localhost:3000/bantuan.html#nilai
 * @param capaian Satu sel berisi capaian dalam persen (mis. 98 memberi nilai 88; 100 memberi 109).
 * @returns Nilai capaian IKI, 0 sampai 120.
 */
export function nilai(capaian: any[][]): number | string | CustomFunctions.Error {
  return excelResult(() => iki.nilai(capaian));
}

/**
 * Rata-rata angka dalam rentang; sel kosong dan teks kosong diabaikan. Kosong bila tidak ada angka.
 * @customfunction RATA
 * @helpurl https://localhost:3000/bantuan.html#rata
 * @param capaian Rentang capaian (atau nilai lain) yang dirata-ratakan.
 * @returns Rata-rata angka yang terisi.
 */
export function rata(capaian: any[][]): number | string | CustomFunctions.Error {
  return excelResult(() => iki.rata(capaian));
}

/**
 * Daftar indikator kinerja suatu jabatan dari katalog IKI buku kerja ini (bawaan: Keputusan Kepala Dinas Sosial Kabupaten Malang 2024), dengan baris judul (Kinerja, Indikator Kinerja, Formulasi, Sumber Data).
 * @customfunction INDIKATOR
 * @helpurl https://localhost:3000/bantuan.html#indikator
 * @param jabatan Nama jabatan seperti tertulis di Keputusan (huruf besar/kecil bebas), atau id jabatan.
 * @returns Tabel indikator yang tumpah (spill) ke sel di bawah dan kanannya.
 */
export async function indikator(jabatan: any): Promise<any[][]> {
  // Waits for the workbook's catalog (the pane's first read), not the built-in one it starts with.
  const katalog = await catalogReady();
  const result = excelResult(() => daftarIndikator(jabatan, katalog));
  // A matrix function reports an error as a 1x1 matrix holding it (Excel shows the error in the cell).
  return Array.isArray(result) ? result : [[result]];
}

/** Indicator values defined by the formula column of the Keputusan: persen and penurunan. */
import { finiteOr, IkiError, NumericResult } from "./errors";
import { sumArgument } from "./ranges";

/**
 * sum(pembilang) / sum(penyebut) x 100.
 * Pembilang not filled yet -> "" (an unfilled row must not read as 0%); pembilang filled but penyebut
 * blank -> #N/A with a message (silently dividing by an empty sum would hide the missing data).
 */
export function persen(pembilang: unknown, penyebut: unknown): NumericResult {
  const atas = sumArgument(pembilang, "pembilang", "non-negative");
  if (atas instanceof IkiError) return atas;
  const bawah = sumArgument(penyebut, "penyebut", "non-negative");
  if (bawah instanceof IkiError) return bawah;
  if (atas.filled === 0) return "";
  if (bawah.filled === 0) {
    return new IkiError(
      "#N/A",
      `Argumen "penyebut" masih kosong padahal "pembilang" sudah terisi; isi penyebut`
    );
  }
  if (bawah.sum === 0)
    return new IkiError("#DIV/0!", `Jumlah "penyebut" 0; persentase tidak dapat dihitung`);
  return finiteOr((atas.sum / bawah.sum) * 100, "persentase");
}

/**
 * (sum(nilaiAwal) - sum(nilaiAkhir)) / sum(nilaiAwal) x 100: the value of year N-1 against year N.
 * Phrased so that higher is better; an increase gives a negative result, kept as such.
 * nilaiAkhir not filled yet -> ""; nilaiAkhir filled but nilaiAwal blank -> #N/A.
 */
export function penurunan(nilaiAwal: unknown, nilaiAkhir: unknown): NumericResult {
  const awal = sumArgument(nilaiAwal, "nilaiAwal", "non-negative");
  if (awal instanceof IkiError) return awal;
  const akhir = sumArgument(nilaiAkhir, "nilaiAkhir", "non-negative");
  if (akhir instanceof IkiError) return akhir;
  if (akhir.filled === 0) return "";
  if (awal.filled === 0) {
    return new IkiError(
      "#N/A",
      `Argumen "nilaiAwal" masih kosong padahal "nilaiAkhir" sudah terisi; isi nilai tahun sebelumnya`
    );
  }
  if (awal.sum === 0)
    return new IkiError(
      "#DIV/0!",
      `Jumlah "nilaiAwal" 0; persentase penurunan tidak dapat dihitung`
    );
  return finiteOr(((awal.sum - akhir.sum) / awal.sum) * 100, "persentase penurunan");
}

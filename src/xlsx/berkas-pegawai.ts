/**
 * A staff file read for Gabungkan (issue 14), in the command line and in the pane alike: its sheets
 * (SheetRead with the marker where the file kept it), the catalog it stores and riwayat, and when it
 * was saved. A file that cannot be read gives `galat` with the reason in Bahasa Indonesia, never an
 * exception: one bad file among fifty is a line in the report. The pane imports this module lazily:
 * it holds reading only (no writers).
 */
import type JSZip from "jszip";
import type { BerkasDibaca, GalatBerkas } from "../gabung/types";
import { jenisBerkas } from "./jenis-berkas";
import { katalogBukuDari } from "./katalog-buku";
import { XlsxTidakTerbaca } from "./read-sheets";
import { lembarOf, loadXlsx } from "./read-workbook";
import { teks } from "./teks";

type Galat = { galat: GalatBerkas; sebab: string };

/** Why the bytes are not an .xlsx to read, before ExcelJS is asked (it says "Corrupted zip"). */
function galatSebelumBaca(bytes: Uint8Array): Galat | undefined {
  const t = teks.tidakTerbaca;
  switch (jenisBerkas(bytes)) {
    case "zip":
      return undefined;
    case "terenkripsi":
      return { galat: "terkunci-sandi", sebab: t.terkunciSandi };
    case "terlindungi-irm":
      return { galat: "terkunci-sandi", sebab: t.terlindungiLabel };
    case "ole":
      return { galat: "bukan-xlsx", sebab: t.xlsLama97 };
    case "pdf":
      return { galat: "bukan-xlsx", sebab: t.pdf };
    case "kosong":
      return { galat: "bukan-xlsx", sebab: t.kosong };
    case "lain":
      return { galat: "bukan-xlsx", sebab: t.bukanXlsx };
  }
}

/** dcterms:modified of docProps/core.xml, ms since the epoch; undefined when absent or unreadable. */
async function waktuDisimpan(zip: JSZip): Promise<number | undefined> {
  const core = await zip.file("docProps/core.xml")?.async("string");
  const text = core && /<dcterms:modified\b[^>]*>([^<]+)<\/dcterms:modified>/.exec(core)?.[1];
  const ms = text ? Date.parse(text.trim()) : NaN;
  return Number.isFinite(ms) ? ms : undefined;
}

/**
 * Reads one staff file (`nama`: as the user knows it; `disimpan`: the file system's time, used when
 * the package does not say when it was saved).
 */
export async function bacaBerkasPegawai(
  nama: string,
  bytes: Uint8Array,
  disimpan?: number
): Promise<BerkasDibaca> {
  const waktu = (ms: number | undefined) => (ms === undefined ? {} : { disimpan: ms });
  const sebelum = galatSebelumBaca(bytes);
  if (sebelum) return { nama, ...waktu(disimpan), ...sebelum };
  try {
    const buku = await loadXlsx(bytes);
    const sheets = lembarOf(buku);
    const { tersimpan, riwayat, peringatan, masalah } = katalogBukuDari(sheets);
    // A stored catalog or riwayat entry that cannot be used is a line of the report, never dropped.
    const semua = masalah === undefined ? peringatan : [masalah, ...peringatan];
    return {
      nama,
      ...waktu((await waktuDisimpan(buku.zip)) ?? disimpan),
      sheets,
      ...(tersimpan && { tersimpan }),
      riwayat,
      ...(semua.length > 0 && { peringatan: semua }),
    };
  } catch (error) {
    // A zip without a workbook (a .docx renamed) is no .xlsx; any other failure: a damaged one.
    const sebab = error instanceof XlsxTidakTerbaca ? error.message : teks.tidakTerbaca.rusak;
    const galat: GalatBerkas =
      sebab === teks.tidakTerbaca.bukanXlsx ? "bukan-xlsx" : "tidak-terbaca";
    return { nama, ...waktu(disimpan), galat, sebab };
  }
}

/**
 * bacaBerkasPegawai (src/xlsx/berkas-pegawai.ts): a staff file read as Gabungkan needs it (sheets
 * with markers, the stored catalog, when it was saved); a file that cannot be read gives its galat
 * and a reason in Bahasa Indonesia, never an exception.
 */
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { builtInCatalog } from "../../src/catalog";
import type { BerkasDibaca } from "../../src/gabung/types";
import { BARIS } from "../../src/template/katalog-tersimpan-baca";
import { teks as teksTemplate } from "../../src/template/teks";
import { bacaBerkasPegawai } from "../../src/xlsx/berkas-pegawai";
import { adaStream, jenisBerkas } from "../../src/xlsx/jenis-berkas";
import { teks } from "../../src/xlsx/teks";
import { xlsLama, xlsxBerlabel, xlsxBersandi } from "../support/cfb";
import { CREATED, cliFile, cliPlans } from "./dasar-support";

const FILE_TIME = Date.UTC(2026, 6, 1, 8, 30);

function galatOf(b: BerkasDibaca) {
  if (!("galat" in b)) throw new Error(`${b.nama} read, a galat was expected`);
  return { galat: b.galat, sebab: b.sebab };
}

describe("bacaBerkasPegawai", () => {
  const plans = cliPlans();
  let bytes: Uint8Array;
  beforeAll(async () => (bytes = await cliFile(plans)));

  it("reads every sheet with its marker, the stored catalog, and the time the package was saved", async () => {
    const read = await bacaBerkasPegawai("pegawai.xlsx", bytes, FILE_TIME);
    if ("galat" in read) throw new Error(read.sebab);
    expect(read.nama).toBe("pegawai.xlsx");
    expect(read.sheets.map((s) => s.name)).toEqual(plans.map((p) => p.name));
    expect(read.sheets.map((s) => s.marker)).toEqual(plans.map((p) => p.marker.value));
    expect(read.tersimpan?.catalog).toEqual(builtInCatalog.catalog);
    expect(read.riwayat).toEqual([]);
    expect(read.disimpan).toBe(CREATED.getTime());
  });

  it("says why the stored catalog or a riwayat entry cannot be used (peringatan)", async () => {
    const t = teksTemplate.katalog.tersimpan;
    /** The file with its stored catalog sheet (the last, very hidden) changed by `ubah`. */
    const ubahKatalog = async (ubah: (ws: ExcelJS.Worksheet) => void) => {
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.load(bytes as unknown as ArrayBuffer);
      ubah(wb.worksheets[wb.worksheets.length - 1]);
      return new Uint8Array(await wb.xlsx.writeBuffer());
    };
    const hash = await ubahKatalog((ws) => (ws.getCell(BARIS.hash, 2).value = "diubah"));
    const riwayat = await ubahKatalog((ws) => (ws.getCell(BARIS.instansi, 3).value = "sisa"));
    const [rusak, riwayatRusak, utuh] = await Promise.all(
      [hash, riwayat, bytes].map((b) => bacaBerkasPegawai("k.xlsx", b))
    );
    if ("galat" in rusak || "galat" in riwayatRusak || "galat" in utuh) throw new Error("galat");
    expect([rusak.tersimpan, rusak.peringatan]).toEqual([undefined, [t.rusak(t.sebab.hash)]]);
    expect(riwayatRusak.tersimpan?.catalog).toEqual(builtInCatalog.catalog);
    expect(riwayatRusak.peringatan).toEqual([t.riwayatRusak(1, t.sebab.bagian)]);
    expect(utuh.peringatan).toBeUndefined();
  });

  it("takes the file's time when the package does not say when it was saved", async () => {
    const zip = await JSZip.loadAsync(bytes);
    zip.remove("docProps/core.xml");
    const tanpa = await zip.generateAsync({ type: "uint8array" });
    const read = await bacaBerkasPegawai("a.xlsx", tanpa, FILE_TIME);
    expect("sheets" in read && read.sheets.length).toBe(plans.length);
    expect(read.disimpan).toBe(FILE_TIME);
    expect((await bacaBerkasPegawai("a.xlsx", tanpa)).disimpan).toBeUndefined();
  });

  it("an .xlsx with a password to open, or under a sensitivity label or IRM: terkunci-sandi", async () => {
    const t = teks.tidakTerbaca;
    // Password: EncryptionInfo and EncryptedPackage; label/IRM: EncryptedPackage, no EncryptionInfo.
    const cases: [Uint8Array, boolean, string][] = [
      [xlsxBersandi(), true, t.terkunciSandi],
      [xlsxBerlabel(), false, t.terlindungiLabel],
    ];
    for (const [b, info, sebab] of cases) {
      expect(adaStream(b, "EncryptionInfo")).toBe(info);
      const read = await bacaBerkasPegawai("rahasia.xlsx", b, FILE_TIME);
      expect(galatOf(read)).toEqual({ galat: "terkunci-sandi", sebab });
      expect(read.disimpan).toBe(FILE_TIME);
    }
  });

  it("an old .xls, a PDF, random bytes, an empty file, a .docx renamed: bukan-xlsx", async () => {
    const t = teks.tidakTerbaca;
    const docx = new JSZip();
    docx.file("word/document.xml", "<w:document/>");
    docx.file("[Content_Types].xml", "<Types/>");
    const cases: [Uint8Array, string][] = [
      [xlsLama(), t.xlsLama97],
      [new TextEncoder().encode("%PDF-1.7\n%\u00e2\u00e3\n1 0 obj"), t.pdf],
      [new Uint8Array(300).map((_, i) => (i * 37 + 11) & 0xff), t.bukanXlsx],
      [new Uint8Array(0), t.kosong],
      [await docx.generateAsync({ type: "uint8array" }), t.bukanXlsx],
    ];
    expect(jenisBerkas(xlsLama())).toBe("ole");
    for (const [b, sebab] of cases)
      expect(galatOf(await bacaBerkasPegawai("x.xlsx", b))).toEqual({ galat: "bukan-xlsx", sebab });
  });

  it("a damaged .xlsx (cut short, a broken sheet part): tidak-terbaca", async () => {
    const potong = bytes.slice(0, Math.floor(bytes.length / 2));
    const zip = await JSZip.loadAsync(bytes);
    zip.file("xl/worksheets/sheet1.xml", "<worksheet><sheetData><row r=");
    const rusak = await zip.generateAsync({ type: "uint8array" });
    for (const b of [potong, rusak])
      expect(galatOf(await bacaBerkasPegawai("rusak.xlsx", b))).toEqual({
        galat: "tidak-terbaca",
        sebab: teks.tidakTerbaca.rusak,
      });
  });
});

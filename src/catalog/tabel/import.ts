/**
 * The import: sheets found by name, each read on its own (every problem of every sheet reported
 * at once), then joined by jabatan id into a catalog that validateCatalog checks last.
 */
import type { Catalog, Indikator, Jabatan } from "../types";
import { validateCatalog } from "../validate";
import { readDaftar } from "./import-daftar";
import { readIndikator } from "./import-indikator";
import { readInstansi, type InstansiPart } from "./import-instansi";
import { readJabatan, type JabatanRow } from "./import-jabatan";
import { JabatanRefs } from "./jabatan-ref";
import { cellText, nameKey } from "./kata";
import { Report } from "./masalah";
import { KATALOG, LEMBAR, MASALAH, PERINGATAN } from "./teks";
import type { ImportResult, SheetValues } from "./types";

type LembarKey = keyof typeof LEMBAR;
const REQUIRED: readonly LembarKey[] = ["instansi", "jabatan", "tugas", "indikator"];

/** The sheets of the layout by key; Petunjuk ignored, unknown sheets named in a warning. */
function findSheets(sheets: readonly SheetValues[], report: Report) {
  const byKey = new Map<string, LembarKey>();
  for (const [key, name] of Object.entries(LEMBAR) as [LembarKey, string][])
    byKey.set(nameKey(name), key);
  const found: Partial<Record<LembarKey, SheetValues>> = {};
  for (const sheet of sheets) {
    const key = byKey.get(nameKey(sheet.name));
    const first = key === undefined || key === "petunjuk" ? undefined : found[key];
    if (key === undefined)
      report.warn({ sheet: sheet.name }, PERINGATAN.lembarTidakDikenal(sheet.name));
    else if (first) {
      // Two sheets claiming one table (a second export, a copy): never a silent choice.
      const lembar = (s: SheetValues) => s.lembar ?? s.name;
      const pesan = MASALAH.lembarGanda(LEMBAR[key], lembar(first), lembar(sheet));
      report.error({ sheet: lembar(sheet) }, pesan);
    } else if (key !== "petunjuk") found[key] = sheet;
  }
  for (const key of REQUIRED)
    if (!found[key]) report.error({ sheet: LEMBAR[key] }, MASALAH.lembarTidakAda(LEMBAR[key]));
  return found;
}

/** The optional Fungsi sheet: absent or left completely empty means no fungsi (the latter said). */
function readFungsi(sheet: SheetValues | undefined, refs: JabatanRefs | undefined, report: Report) {
  if (!sheet) return new Map<string, string[]>();
  if (sheet.values.every((r) => r.every((v) => cellText(v) === ""))) {
    report.warn({ sheet: sheet.name }, PERINGATAN.lembarKosong(sheet.name));
    return new Map<string, string[]>();
  }
  return readDaftar(sheet, "fungsi", refs, report);
}

function assemble(
  part: InstansiPart,
  jabatan: JabatanRow[],
  tugas: Map<string, string[]>,
  fungsi: Map<string, string[]>,
  indikator: Map<string, Indikator[]>
): Catalog {
  const list = jabatan.map((j): Jabatan => {
    const out: Jabatan = {
      id: j.id,
      urutan: j.urutan,
      nama: j.nama,
      bidang: j.bidang,
      unit: j.unit,
      tugas: tugas.get(j.id) ?? [],
      indikator: indikator.get(j.id) ?? [],
    };
    const f = fungsi.get(j.id);
    if (f) out.fungsi = f;
    if (j.catatan !== "") out.catatan = j.catatan;
    return out;
  });
  return { ...part, jabatan: list };
}

/** The catalog of sheets in the layout of docs/katalog.md; no catalog when any error exists. */
export function tablesToCatalog(sheets: SheetValues[]): ImportResult {
  const report = new Report();
  const found = findSheets(sheets, report);
  const part = found.instansi && readInstansi(found.instansi, report);
  const jabatan = found.jabatan && readJabatan(found.jabatan, report);
  const refs = jabatan && new JabatanRefs(new Set(jabatan.map((j) => j.id)), jabatan);
  const tugas = found.tugas && readDaftar(found.tugas, "tugas", refs, report);
  const fungsi = readFungsi(found.fungsi, refs, report);
  const indikator = found.indikator && readIndikator(found.indikator, refs, report);
  const result = { masalah: report.masalah, peringatan: report.peringatan };
  if (report.masalah.length > 0 || !part || !jabatan || !tugas || !fungsi || !indikator)
    return result;

  const catalog = assemble(part, jabatan, tugas, fungsi, indikator);
  // A safety net: the checks above should leave nothing for it to find.
  const errors = validateCatalog(catalog);
  for (const e of errors) report.error({ sheet: KATALOG }, MASALAH.pemeriksaanAkhir(e));
  return errors.length > 0 ? result : { ...result, catalog };
}

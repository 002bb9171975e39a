/** The Instansi sheet (uraian | isi) to the instansi, nomor, tahun, sumber and catatan of a catalog. */
import type { Catalog } from "../types";
import { nameKey } from "./kata";
import { KOLOM_INSTANSI } from "./layout";
import type { Report } from "./masalah";
import { readTable } from "./read-sheet";
import { MASALAH, PERINGATAN, URAIAN_INSTANSI } from "./teks";
import type { SheetValues } from "./types";

type Field = keyof typeof URAIAN_INSTANSI;
export type InstansiPart = Omit<Catalog, "jabatan">;

/** Fields that may stay empty: the bidang pimpinan (null) and the catatan (absent). */
const OPTIONAL: readonly Field[] = ["pimpinan", "catatan"];

/** The values by field, with the row each came from; unknown uraian named in a warning. */
function readFields(sheet: SheetValues, report: Report) {
  const table = readTable(sheet, KOLOM_INSTANSI, report);
  if (!table) return undefined;
  const byName = new Map<string, Field>();
  for (const [field, names] of Object.entries(URAIAN_INSTANSI) as [Field, readonly string[]][])
    for (const n of names) byName.set(nameKey(n), field);
  const values = new Map<Field, { isi: string; row: number }>();
  const column = table.header.uraian ?? KOLOM_INSTANSI[0].names[0];
  for (const b of table.rows) {
    const place = { sheet: sheet.name, row: b.row, column };
    const field = byName.get(nameKey(b.text.uraian));
    const first = field && values.get(field);
    if (b.text.uraian === "") report.warn(place, PERINGATAN.uraianKosong());
    else if (field === undefined) report.warn(place, PERINGATAN.uraianTidakDikenal(b.text.uraian));
    // Which of two values is meant cannot be guessed.
    else if (first) report.error(place, MASALAH.instansiGanda(b.text.uraian, first.row));
    else values.set(field, { isi: b.text.isi, row: b.row });
  }
  return { values, isiHeader: table.header.isi ?? KOLOM_INSTANSI[1].names[0] };
}

/** The instansi part, or undefined when a required field is missing or wrong (all reported). */
export function readInstansi(sheet: SheetValues, report: Report): InstansiPart | undefined {
  const fields = readFields(sheet, report);
  if (!fields) return undefined;
  const text = {} as Record<Field, string>;
  let ok = true;
  for (const field of Object.keys(URAIAN_INSTANSI) as Field[]) {
    const label = URAIAN_INSTANSI[field][0];
    const v = fields.values.get(field);
    text[field] = v?.isi ?? "";
    if (OPTIONAL.includes(field) || text[field] !== "") continue;
    ok = false;
    if (v) {
      const place = { sheet: sheet.name, row: v.row, column: fields.isiHeader };
      report.error(place, MASALAH.instansiKosong(label));
    } else report.error({ sheet: sheet.name }, MASALAH.instansiTidakAda(label));
  }
  const tahun = fields.values.get("tahun");
  if (tahun && tahun.isi !== "" && !/^\d{4}$/.test(tahun.isi)) {
    ok = false;
    const place = { sheet: sheet.name, row: tahun.row, column: fields.isiHeader };
    report.error(place, MASALAH.tahunSalah(tahun.isi));
  }
  if (!ok) return undefined;
  return {
    instansi: {
      pemerintah: text.pemerintah,
      nama: text.nama,
      penetap: text.penetap,
      pimpinan: text.pimpinan === "" ? null : text.pimpinan,
      tempat: text.tempat,
    },
    nomor: text.nomor,
    sumber: text.sumber,
    tahun: Number(text.tahun),
    ...(text.catatan !== "" ? { catatan: text.catatan } : {}),
  };
}

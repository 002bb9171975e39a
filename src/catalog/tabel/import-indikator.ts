/**
 * The Indikator sheet: one indicator per row under its jabatan id, every cell checked (closed
 * lists, pembilang/penyebut/satuan by jenis), ids derived as "<id jabatan>-<n>" where empty.
 */
import type { Indikator } from "../types";
import { checkJabatanRef } from "./import-daftar";
import { KOLOM_INDIKATOR } from "./layout";
import type { Report, Place } from "./masalah";
import { pickAgregasi, pickJenis, pickPolaritas } from "./pilihan";
import { columnName, readTable, type Row, type Table } from "./read-sheet";
import { MASALAH, NILAI_AKHIR, PERINGATAN } from "./teks";
import type { SheetValues } from "./types";

type Key = (typeof KOLOM_INDIKATOR)[number]["key"];
type At = (key: Key) => Place & { column: string };

const REQUIRED_TEXT = ["kinerja", "indikator", "formulasi", "sumberData"] as const;

/** jenis, polaritas, agregasi; undefined where a value is wrong (reported). */
function readLists(b: Row<Key>, at: At, report: Report) {
  const t = b.text;
  const jenis = t.jenis === "" ? {} : pickJenis(t.jenis);
  if (t.jenis === "") report.error(at("jenis"), MASALAH.isiKosong(at("jenis").column));
  else if (!("value" in jenis))
    report.error(at("jenis"), MASALAH.jenisTidakDikenal(t.jenis, jenis.saran));

  const polaritas = pickPolaritas(t.polaritas || "positif");
  if (t.polaritas === "")
    report.warn(at("polaritas"), PERINGATAN.nilaiBawaan(at("polaritas").column, "positif"));
  else if (!("value" in polaritas))
    report.error(
      at("polaritas"),
      polaritas.saran
        ? MASALAH.polaritasSalahTulis(t.polaritas, polaritas.saran)
        : MASALAH.polaritasTidakDikenal(t.polaritas)
    );

  const jenisValue = "value" in jenis ? jenis.value : undefined;
  // Counts add up over the triwulan; percentages and rates keep the last value.
  const bawaan = jenisValue === "jumlah" ? "kumulatif" : NILAI_AKHIR;
  const agregasi = pickAgregasi(t.agregasi || bawaan);
  if (t.agregasi === "" && jenisValue)
    report.warn(at("agregasi"), PERINGATAN.nilaiBawaan(at("agregasi").column, bawaan));
  else if (!("value" in agregasi))
    report.error(at("agregasi"), MASALAH.agregasiTidakDikenal(t.agregasi, agregasi.saran));
  return {
    jenis: jenisValue,
    polaritas: "value" in polaritas ? polaritas.value : undefined,
    agregasi: "value" in agregasi ? agregasi.value : undefined,
  };
}

/** pembilang, penyebut and satuan as the jenis needs them. */
function readRumus(b: Row<Key>, jenis: Indikator["jenis"], at: At, report: Report) {
  const t = b.text;
  let ok = true;
  for (const key of ["pembilang", "penyebut"] as const) {
    const kosong = t[key] === "";
    if (jenis !== "jumlah" && kosong)
      report.error(at(key), MASALAH.rumusTanpa(jenis, at(key).column));
    else if (jenis === "jumlah" && !kosong)
      report.error(at(key), MASALAH.rumusPadaJumlah(at(key).column));
    else continue;
    ok = false;
  }
  let satuan: string | null = t.satuan === "" ? null : t.satuan;
  if (jenis !== "jumlah" && satuan === null) {
    satuan = "%";
    report.warn(at("satuan"), PERINGATAN.nilaiBawaan(at("satuan").column, "%"));
  } else if (jenis !== "jumlah" && satuan !== "%") {
    report.error(at("satuan"), MASALAH.satuanBukanPersen(jenis, t.satuan));
    ok = false;
  }
  return ok ? { pembilang: t.pembilang || null, penyebut: t.penyebut || null, satuan } : undefined;
}

export interface IndikatorRow {
  row: number;
  jabatan: string;
  /** "" where the id is to be derived. */
  indikator: Indikator;
}

/** One row, or undefined when anything in it is wrong (every problem reported). */
function readRow(
  b: Row<Key>,
  table: Table<Key>,
  jabatanIds: ReadonlySet<string> | undefined,
  report: Report
) {
  const at: At = (key) => ({
    sheet: table.sheet,
    row: b.row,
    column: columnName(table, KOLOM_INDIKATOR, key),
  });
  const t = b.text;
  let ok = checkJabatanRef(t.jabatan, at("jabatan"), jabatanIds, report);
  for (const key of REQUIRED_TEXT) {
    if (t[key] !== "") continue;
    report.error(at(key), MASALAH.isiKosong(at(key).column));
    ok = false;
  }
  const { jenis, polaritas, agregasi } = readLists(b, at, report);
  const rumus = jenis ? readRumus(b, jenis, at, report) : undefined;
  if (!ok || !jenis || !polaritas || !agregasi || !rumus) return undefined;
  const { kinerja, indikator, formulasi, sumberData, catatan } = t;
  const x: Indikator = {
    id: t.id,
    kinerja,
    indikator,
    jenis,
    formulasi,
    ...rumus,
    sumberData,
    polaritas,
    agregasi,
  };
  if (catatan !== "") x.catatan = catatan;
  return { row: b.row, jabatan: t.jabatan, indikator: x };
}

/** Ids typed in the sheet -> first row; repeats reported (failed rows included: every problem at once). */
function typedIds(table: Table<Key>, report: Report): Map<string, number> {
  const firstRow = new Map<string, number>();
  const column = columnName(table, KOLOM_INDIKATOR, "id");
  for (const b of table.rows) {
    const id = b.text.id;
    if (id === "") continue;
    const first = firstRow.get(id);
    const place = { sheet: table.sheet, row: b.row, column };
    if (first !== undefined) report.error(place, MASALAH.idIndikatorGanda(id, table.sheet, first));
    else firstRow.set(id, b.row);
  }
  return firstRow;
}

/** Empty ids derived as "<id jabatan>-<n>": n its place under the jabatan, or the next free one. */
function deriveIds(rows: IndikatorRow[], taken: Map<string, number>, place: Place, report: Report) {
  const count = new Map<string, number>();
  for (const r of rows) {
    const n = (count.get(r.jabatan) ?? 0) + 1;
    count.set(r.jabatan, n);
    if (r.indikator.id !== "") continue;
    let k = n;
    while (taken.has(`${r.jabatan}-${k}`)) k++;
    r.indikator.id = `${r.jabatan}-${k}`;
    taken.set(r.indikator.id, r.row);
    report.warn({ ...place, row: r.row }, PERINGATAN.idDibuat("indikator", r.indikator.id));
  }
}

/** The indicators per jabatan id in row order, or undefined (reported) without a table. */
export function readIndikator(
  sheet: SheetValues,
  jabatanIds: ReadonlySet<string> | undefined,
  report: Report
): Map<string, Indikator[]> | undefined {
  const table = readTable(sheet, KOLOM_INDIKATOR, report);
  if (!table) return undefined;
  const taken = typedIds(table, report);
  const rows: IndikatorRow[] = [];
  for (const b of table.rows) {
    const r = readRow(b, table, jabatanIds, report);
    if (r) rows.push(r);
  }
  const idColumn = columnName(table, KOLOM_INDIKATOR, "id");
  deriveIds(rows, taken, { sheet: sheet.name, column: idColumn }, report);
  const byJabatan = new Map<string, Indikator[]>();
  for (const r of rows) {
    const list = byJabatan.get(r.jabatan) ?? [];
    list.push(r.indikator);
    byJabatan.set(r.jabatan, list);
  }
  return byJabatan;
}

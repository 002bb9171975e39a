/**
 * The Indikator sheet: one indicator per row under its jabatan id, every cell checked (closed
 * lists, pembilang/penyebut/satuan by jenis), ids derived as "<id jabatan>-<n>" where empty.
 */
import type { Indikator } from "../types";
import { checkJabatanRef, type JabatanRefs } from "./jabatan-ref";
import { KOLOM_INDIKATOR } from "./layout";
import { DefaultsUsed, type Place, type Report } from "./masalah";
import { pickAgregasi, pickJenis, pickPolaritas } from "./pilihan";
import { columnName, emptyCell, readTable, type Row, type Table } from "./read-sheet";
import { MASALAH, NILAI_AKHIR, PERINGATAN, SEMUA_BAWAAN } from "./teks";
import type { SheetValues } from "./types";

type Key = (typeof KOLOM_INDIKATOR)[number]["key"];
type At = (key: Key) => Place & { column: string };

const REQUIRED_TEXT = ["kinerja", "indikator", "formulasi", "sumberData"] as const;
const OPTIONAL_LISTS = ["polaritas", "agregasi", "satuan"] as const;

/** What the rows of the sheet share, and what is said once for the whole sheet. */
interface Sheet {
  table: Table<Key>;
  refs: JabatanRefs | undefined;
  report: Report;
  defaults: DefaultsUsed;
  /** Pembilang or penyebut needed by some row while the sheet has no such column. */
  rumusMissing: Set<"pembilang" | "penyebut">;
}

/** An empty optional cell gets `nilai`, counted for one grouped warning (none if the column is absent). */
function useDefault(ctx: Sheet, at: At, key: Key, nilai: string, row: number) {
  if (ctx.table.header[key] !== undefined) ctx.defaults.add(at(key).column, nilai, row);
}

/** jenis, polaritas, agregasi; undefined where a value is wrong (reported). */
function readLists(b: Row<Key>, at: At, ctx: Sheet) {
  const { text: t, row } = b;
  const report = ctx.report;
  const jenis = t.jenis === "" ? {} : pickJenis(t.jenis);
  if (t.jenis === "") report.error(at("jenis"), emptyCell(b, "jenis", at("jenis").column));
  else if (!("value" in jenis))
    report.error(at("jenis"), MASALAH.jenisTidakDikenal(t.jenis, jenis.saran));

  const polaritas = pickPolaritas(t.polaritas || "positif");
  if (t.polaritas === "") useDefault(ctx, at, "polaritas", "positif", row);
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
  if (t.agregasi === "" && jenisValue) useDefault(ctx, at, "agregasi", bawaan, row);
  else if (!("value" in agregasi))
    report.error(at("agregasi"), MASALAH.agregasiTidakDikenal(t.agregasi, agregasi.saran));
  return {
    jenis: jenisValue,
    polaritas: "value" in polaritas ? polaritas.value : undefined,
    agregasi: "value" in agregasi ? agregasi.value : undefined,
  };
}

/** pembilang, penyebut and satuan as the jenis needs them. */
function readRumus(b: Row<Key>, jenis: Indikator["jenis"], at: At, ctx: Sheet) {
  const t = b.text;
  let ok = true;
  for (const key of ["pembilang", "penyebut"] as const) {
    const kosong = t[key] === "";
    if (jenis !== "jumlah" && kosong && ctx.table.header[key] === undefined)
      ctx.rumusMissing.add(key);
    else if (jenis !== "jumlah" && kosong)
      ctx.report.error(at(key), MASALAH.rumusTanpa(jenis, at(key).column));
    else if (jenis === "jumlah" && !kosong)
      ctx.report.error(at(key), MASALAH.rumusPadaJumlah(at(key).column));
    else continue;
    ok = false;
  }
  let satuan: string | null = t.satuan === "" ? null : t.satuan;
  if (jenis !== "jumlah" && satuan === null) {
    satuan = "%";
    useDefault(ctx, at, "satuan", "%", b.row);
  } else if (jenis !== "jumlah" && satuan !== "%") {
    ctx.report.error(at("satuan"), MASALAH.satuanBukanPersen(jenis, t.satuan));
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
function readRow(b: Row<Key>, ctx: Sheet) {
  const at: At = (key) => ({
    sheet: ctx.table.sheet,
    row: b.row,
    column: columnName(ctx.table, KOLOM_INDIKATOR, key),
  });
  const t = b.text;
  const kosongId = emptyCell(b, "jabatan", at("jabatan").column);
  let ok = checkJabatanRef(t.jabatan, at("jabatan"), ctx.refs, ctx.report, kosongId);
  for (const key of REQUIRED_TEXT) {
    if (t[key] !== "") continue;
    ctx.report.error(at(key), emptyCell(b, key, at(key).column));
    ok = false;
  }
  const { jenis, polaritas, agregasi } = readLists(b, at, ctx);
  const rumus = jenis ? readRumus(b, jenis, at, ctx) : undefined;
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

/** What concerns a whole column: defaults in empty cells, an absent optional or needed column. */
function sayOnce(ctx: Sheet) {
  const { table, report } = ctx;
  ctx.defaults.warn(table.sheet, report);
  for (const key of OPTIONAL_LISTS) {
    if (table.header[key] !== undefined || table.rows.length === 0) continue;
    const name = columnName(table, KOLOM_INDIKATOR, key);
    report.warn({ sheet: table.sheet }, PERINGATAN.kolomBawaan(name, SEMUA_BAWAAN[key]));
  }
  for (const key of ctx.rumusMissing) {
    const column = columnName(table, KOLOM_INDIKATOR, key);
    report.error(
      { sheet: table.sheet, row: table.headerRow, column },
      MASALAH.kolomTidakAda(column)
    );
  }
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
  refs: JabatanRefs | undefined,
  report: Report
): Map<string, Indikator[]> | undefined {
  const table = readTable(sheet, KOLOM_INDIKATOR, report);
  if (!table) return undefined;
  const taken = typedIds(table, report);
  const ctx: Sheet = { table, refs, report, defaults: new DefaultsUsed(), rumusMissing: new Set() };
  const rows: IndikatorRow[] = [];
  for (const b of table.rows) {
    const r = readRow(b, ctx);
    if (r) rows.push(r);
  }
  sayOnce(ctx);
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

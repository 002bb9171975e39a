/** Sheets as a port reads them, made from plans with typed inputs; a catalog changed as a revision would. */
import { CatalogIndex } from "../../src/catalog/catalog-index";
import type { Catalog, Indikator } from "../../src/catalog/types";
import type { Isi, SheetRead } from "../../src/lifecycle/types";
import { inputSlots, type Slot } from "../../src/lifecycle/slots";
import type { SheetPlan } from "../../src/template/plan";
import type { Jabatan } from "../../src/catalog/types";

export type Ketikan = Map<string, Isi>;

/** What a port reads of a planned sheet after the user typed `ketik` (by slot key) and `lain` (by "row:col"). */
export function bacaDariRencana(
  plan: SheetPlan,
  slots: Slot[],
  ketik: Ketikan,
  lain: Map<string, Isi> = new Map()
): SheetRead {
  const formulas = plan.cells.map((row) =>
    row.map((c) => (c === null ? "" : typeof c === "object" ? c.formula : c))
  );
  // A formula's result is never its own text; 0 stands for it.
  const values = plan.cells.map((row) =>
    row.map((c) => (c === null ? "" : typeof c === "object" ? 0 : c))
  );
  const put = (row: number, col: number, isi: Isi) => {
    while (formulas.length < row) formulas.push([]);
    while (values.length < row) values.push([]);
    formulas[row - 1][col] = "rumus" in isi ? isi.rumus : isi.nilai;
    values[row - 1][col] = "rumus" in isi ? 7 : isi.nilai;
  };
  for (const s of slots) {
    const isi = ketik.get(s.key);
    if (isi) put(s.row, s.col, isi);
  }
  for (const [at, isi] of lain) {
    const [row, col] = at.split(":").map(Number);
    put(row, col, isi);
  }
  return { name: plan.name, marker: plan.marker.value, formulas, values };
}

/** A value for every input of a jabatan, deterministic from `seed`: what a pegawai types in a year. */
export function isiSemua(jabatan: Jabatan, seed: number): Ketikan {
  const out: Ketikan = new Map();
  let x = seed;
  const next = () => (x = (x * 1103515245 + 12345) % 2147483648);
  for (const s of inputSlots(jabatan)) {
    const n = next();
    const key = s.key;
    if (key === "identitas.jabatan" || key === "identitas.unitKerja") continue; // left as planned
    if (key.startsWith("identitas.")) out.set(key, { nilai: `${s.isian} ${n % 1000}` });
    else if (key.endsWith(":cara")) out.set(key, { nilai: "nilai akhir" });
    else if (key.endsWith(":polaritas")) out.set(key, { nilai: "negatif" });
    else if (key.endsWith(":keterangan")) out.set(key, { nilai: `catatan ${n % 97}` });
    else if (/:(kinerja|indikator|formulasi|sumberData|satuan)$/.test(key))
      out.set(key, { nilai: `${s.isian} ketikan ${n % 89}` });
    else if (n % 17 === 0) out.set(key, { rumus: `=${n % 50}+${n % 7}` });
    else out.set(key, { nilai: (n % 10000) / 10 });
  }
  return out;
}

const persen = (id: string, teks: string): Indikator => ({
  id,
  kinerja: "Kinerja baru revisi",
  indikator: teks,
  jenis: "persen",
  formulasi: "A / B x 100%",
  sumberData: "Laporan",
  satuan: "%",
  pembilang: "Jumlah yang selesai",
  penyebut: "Jumlah seluruhnya",
  polaritas: "positif",
  agregasi: "nilai-akhir",
});

/**
 * A revision of `catalog`: every jabatan with indicators gets its first one's text edited, its second
 * removed (from 2), its third's jenis changed (persen <-> jumlah, from 3) and one added at the end;
 * the first jabatan without indicators gets one (its typed rows lose their place).
 */
export function revisi(catalog: Catalog): Catalog {
  const c: Catalog = JSON.parse(JSON.stringify(catalog));
  c.nomor = `${c.nomor} (Revisi)`;
  for (const j of c.jabatan) {
    if (j.indikator.length === 0) continue;
    const [a, , ind3] = j.indikator;
    a.indikator = `${a.indikator} (revisi)`;
    if (ind3 && ind3.jenis === "jumlah") Object.assign(ind3, persen(ind3.id, ind3.indikator));
    else if (ind3) {
      ind3.jenis = "jumlah";
      ind3.satuan = "Dokumen";
      ind3.pembilang = null;
      ind3.penyebut = null;
    }
    if (j.indikator.length >= 2) j.indikator.splice(1, 1);
    j.indikator.push(persen(`${j.id}-tambahan`, "Persentase indikator tambahan revisi"));
  }
  const tanpa = c.jabatan.find((j) => j.indikator.length === 0);
  if (tanpa) tanpa.indikator.push(persen(`${tanpa.id}-baru`, "Persentase indikator pertama"));
  return c;
}

export const indeks = (catalog: Catalog) => new CatalogIndex(catalog);

/** The values of a sheet's sisa block (column G under its title), as a port reads them back. */
export function sisaNilai(read: SheetRead): unknown[] {
  const judul = read.values.findIndex((row) => row[0] === "ISIAN YANG TIDAK MEMPUNYAI TEMPAT LAGI");
  if (judul < 0) return [];
  return read.values
    .slice(judul + 3)
    .map((row) => row[6])
    .filter((v) => v !== null && v !== "");
}

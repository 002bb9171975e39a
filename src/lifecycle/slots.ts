/**
 * The cells a user types in on an IKI sheet, each with a key that survives a replan: identity by
 * field, a catalog indicator's inputs by its id and its kind of row, the rows of a jabatan without
 * indicators by their number. Read from the old layout, written into the new one: a value goes back
 * where its key is, or is reported (sisa). The same cells carry the input style, unlocked when the
 * sheet is protected (test/lifecycle/slots.test.ts holds the two equal).
 */
import type { Jabatan } from "../catalog/types";
import { BARIS_IDENTITAS, KOLOM, KOLOM_IDENTITAS, ikiLayout } from "../template/layout";
import { teks } from "./teks";

export interface Slot {
  key: string;
  /** Row number (1-based) and column index (0-based), as the layout counts. */
  row: number;
  col: number;
  /** Where the value belongs, for a report: the indicator's text, "Identitas", "Baris isian 2". */
  asal: string;
  /** What the value is: "Target", "TW II", "Pembilang TW I", "Nama". */
  isian: string;
}

const IDENTITAS = [
  ["nama", BARIS_IDENTITAS.nama],
  ["nip", BARIS_IDENTITAS.nip],
  ["pangkat", BARIS_IDENTITAS.pangkat],
  ["jabatan", BARIS_IDENTITAS.jabatan],
  ["unitKerja", BARIS_IDENTITAS.unitKerja],
  ["penilaiNama", BARIS_IDENTITAS.penilaiNama],
  ["penilaiNip", BARIS_IDENTITAS.penilaiNip],
] as const;

/** The texts typed in the rows of a jabatan without indicators, by column. */
const TEKS_ISIAN = [
  ["kinerja", KOLOM.kinerja],
  ["indikator", KOLOM.indikator],
  ["formulasi", KOLOM.formulasi],
  ["sumberData", KOLOM.sumberData],
  ["satuan", KOLOM.satuan],
] as const;

/** Input rows of a persen / penurunan indicator, by jenis: the key names what the row holds. */
const BARIS_INPUT = {
  persen: ["pembilang", "penyebut"],
  penurunan: ["awal", "akhir"],
} as const;

export function inputSlots(jabatan: Jabatan): Slot[] {
  const layout = ikiLayout(jabatan);
  const t = teks.slot;
  const slots: Slot[] = IDENTITAS.map(([field, row]) => ({
    key: `identitas.${field}`,
    row,
    col: KOLOM_IDENTITAS.nilaiDari,
    asal: t.identitas,
    isian: t.identitasField[field],
  }));
  const triwulan = (key: string, row: number, asal: string, label: (i: number) => string) =>
    KOLOM.triwulan.forEach((col, i) =>
      slots.push({ key: `${key}:${i + 1}`, row, col, asal, isian: label(i) })
    );
  for (const blok of layout.blok) {
    const ind = blok.indikator;
    if (!ind) {
      const key = `isian:${blok.no}`;
      const asal = t.barisIsian(blok.no);
      const r = blok.baris;
      for (const [field, col] of TEKS_ISIAN)
        slots.push({ key: `${key}:${field}`, row: r, col, asal, isian: t.kolom[field] });
      slots.push({ key: `${key}:target`, row: r, col: KOLOM.target, asal, isian: t.target });
      triwulan(key, r, asal, (i) => t.tw(i));
      slots.push({ key: `${key}:cara`, row: r, col: KOLOM.cara, asal, isian: t.cara });
      slots.push({
        key: `${key}:polaritas`,
        row: r,
        col: KOLOM.keterangan,
        asal,
        isian: t.polaritas,
      });
      continue;
    }
    const key = `ind:${ind.id}`;
    const asal = ind.indikator;
    slots.push({ key: `${key}:target`, row: blok.baris, col: KOLOM.target, asal, isian: t.target });
    if (ind.jenis === "jumlah") {
      triwulan(`${key}:nilai`, blok.baris, asal, (i) => t.tw(i));
    } else {
      const [atas, bawah] = BARIS_INPUT[ind.jenis];
      triwulan(`${key}:${atas}`, blok.pembilang as number, asal, (i) => t.baris[atas](i));
      triwulan(`${key}:${bawah}`, blok.penyebut as number, asal, (i) => t.baris[bawah](i));
    }
    slots.push({
      key: `${key}:keterangan`,
      row: blok.baris,
      col: KOLOM.keterangan,
      asal,
      isian: t.keterangan,
    });
  }
  return slots;
}

/** Keys carried into next year's sheet: identity, the definition of typed rows, targets when asked. */
export function dibawaKeTahunBerikutnya(key: string, bawaTarget: boolean): boolean {
  if (key.startsWith("identitas.")) return true;
  if (key.endsWith(":target")) return bawaTarget;
  if (!key.startsWith("isian:")) return false;
  return /:(kinerja|indikator|formulasi|sumberData|satuan|cara|polaritas)$/.test(key);
}

/**
 * The catalog a workbook carries: one very hidden sheet "IKI-Katalog" of plain cells (a signature,
 * the catalog's identity, its canonical JSON in chunks within Excel's cell limit). Cells survive
 * every program that opens the file (Excel, LibreOffice, WPS); worksheet custom properties do not
 * (LibreOffice drops them), so the catalog is not kept in the marker. Saved again, it is never
 * rewritten in place: a new sheet supersedes the old ones (SheetPlan.supersedes), so a save that
 * fails half-way leaves the old catalog as it was.
 */
import { canonicalJson, hashOfCanonical } from "../catalog/catalog-hash";
import { CatalogIndex } from "../catalog/catalog-index";
import { riwayatUntuk } from "./katalog-riwayat";
import type { Catalog } from "../catalog/types";
import { katalogSheetMarker, parseKatalogMarker } from "./katalog-marker";
import { BARIS, BARIS_JSON, KOLOM_KATALOG } from "./katalog-tersimpan-baca";
import type { SheetPlan } from "./plan";
import { SheetBuilder } from "./sheet-builder";
import { SheetNamer } from "./sheet-names";
import { NAMA_KATALOG_TERSIMPAN, TANDA_KATALOG_TERSIMPAN } from "./sheet-keys";
import { teks } from "./teks";
import { validatePlan } from "./validate-plan";
import type { ExistingSheet } from "./workbook-plan";

export { NAMA_KATALOG_TERSIMPAN };
export { readStoredCatalog, TANDA_KATALOG_TERSIMPAN } from "./katalog-tersimpan-baca";
export type { StoredCatalogRead } from "./katalog-tersimpan-baca";
/** Characters per cell: under Excel's 32,767, with room to spare. */
export const PANJANG_BAGIAN = 30000;

/** Cuts `text` into chunks of at most `size` characters, never between the halves of a surrogate pair. */
export function potongBagian(text: string, size = PANJANG_BAGIAN): string[] {
  const out: string[] = [];
  let at = 0;
  while (at < text.length) {
    let end = Math.min(at + size, text.length);
    const last = text.charCodeAt(end - 1);
    if (end < text.length && last >= 0xd800 && last <= 0xdbff) end--;
    out.push(text.slice(at, end));
    at = end;
  }
  return out;
}

/**
 * The name the stored catalog has or will have in a workbook, and the sheets it supersedes: every
 * sheet that is ours by its marker or by the signature a port read in its A1 (a re-save by
 * LibreOffice drops the marker, not the cells); the new one takes the name of the last, the one
 * readStoredCatalog reads. A sheet of that name without either is the user's: the catalog gets a
 * new name beside it ("IKI-Katalog (2)").
 */
function tempatTersimpan(existing: ExistingSheet[]): { name: string; supersedes: string[] } {
  const milik = existing
    .filter((s) => s.tersimpan || parseKatalogMarker(s.marker)?.kind === "katalog-tersimpan")
    .map((s) => s.name);
  if (milik.length > 0) return { name: milik[milik.length - 1], supersedes: milik };
  const namer = new SheetNamer(existing.map((s) => s.name));
  return { name: namer.take(NAMA_KATALOG_TERSIMPAN), supersedes: [] };
}

/** Writes `catalog` in column `col`: identity rows, then its chunks; returns its hash. */
function tulisKolom(b: SheetBuilder, col: number, catalog: Catalog): string {
  // The canonical JSON once, for the chunks and for the hash (identity() would build it again).
  const json = canonicalJson(catalog);
  const hash = hashOfCanonical(json);
  const bagian = potongBagian(json);
  b.set(BARIS.instansi, col, new CatalogIndex(catalog).namaInstansi);
  b.set(BARIS.nomor, col, catalog.nomor);
  b.set(BARIS.tahun, col, catalog.tahun);
  b.set(BARIS.hash, col, hash);
  b.set(BARIS.bagian, col, bagian.length);
  bagian.forEach((text, i) => b.set(BARIS_JSON + i, col, text));
  return hash;
}

/** Column A: the signature and the labels of the rows, for as many chunk rows as the longest catalog. */
function tulisLabel(b: SheetBuilder, chunkRows: number): void {
  const label = teks.katalog.tersimpan.label;
  b.set(1, 0, TANDA_KATALOG_TERSIMPAN);
  b.set(BARIS.instansi, 0, label.instansi);
  b.set(BARIS.nomor, 0, label.nomor);
  b.set(BARIS.tahun, 0, label.tahun);
  b.set(BARIS.hash, 0, label.hash);
  b.set(BARIS.bagian, 0, label.bagian);
  for (let i = 0; i < chunkRows; i++) b.set(BARIS_JSON + i, 0, label.json(i + 1));
}

/**
 * The hidden sheet holding `catalog` in column B and the earlier catalogs its workbook's sheets
 * still name (`riwayat`, riwayatUntuk) in C, D, ... (validated plan; superseding the workbook's
 * stored ones). Without riwayat, the sheet of before riwayat existed.
 */
export function planStoredCatalog(
  catalog: Catalog,
  existing: ExistingSheet[],
  riwayat: Catalog[] = []
): SheetPlan {
  const b = new SheetBuilder([22, 120, ...riwayat.map(() => 120)]);
  const hash = tulisKolom(b, KOLOM_KATALOG, catalog);
  b.set(1, KOLOM_KATALOG, teks.katalog.tersimpan.keterangan);
  riwayat.forEach((lama, i) => {
    b.set(1, KOLOM_KATALOG + 1 + i, teks.katalog.tersimpan.riwayat(i + 1));
    tulisKolom(b, KOLOM_KATALOG + 1 + i, lama);
  });
  tulisLabel(b, b.rowCount - BARIS_JSON + 1);
  const { name, supersedes } = tempatTersimpan(existing);
  const plan: SheetPlan = {
    ...b.build({
      name,
      kind: "katalog-tersimpan",
      print: { orientation: "portrait", paper: "A4", fitToPagesWide: 1 },
      freeze: { rows: 0, columns: 0 },
      marker: katalogSheetMarker({ v: 1, kind: "katalog-tersimpan", katalog: hash }),
    }),
    visibility: "veryHidden",
  };
  if (supersedes.length > 0) plan.supersedes = supersedes;
  return validatePlan(plan);
}

/**
 * The stored catalog sheet for `katalog` with the riwayat the sheets' `markers` still name of the
 * catalogs known (`dikenal`); `existing` says which sheets are the stored ones (planStoredCatalog).
 */
export function planTersimpanDenganRiwayat(
  katalog: CatalogIndex,
  existing: ExistingSheet[],
  dikenal: CatalogIndex[],
  markers: (string | undefined)[] = existing.map((s) => s.marker)
): { plan: SheetPlan; riwayat: CatalogIndex[] } {
  const riwayat = riwayatUntuk(markers, dikenal, katalog);
  const lama = riwayat.map((k) => k.catalog);
  return { plan: planStoredCatalog(katalog.catalog, existing, lama), riwayat };
}

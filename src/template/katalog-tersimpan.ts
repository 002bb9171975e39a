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
import type { Catalog } from "../catalog/types";
import { katalogSheetMarker, parseKatalogMarker } from "./katalog-marker";
import { BARIS, BARIS_JSON } from "./katalog-tersimpan-baca";
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

/** The hidden sheet holding `catalog` (validated plan; superseding the workbook's stored ones). */
export function planStoredCatalog(catalog: Catalog, existing: ExistingSheet[]): SheetPlan {
  // The canonical JSON once, for the chunks and for the hash (identity() would build it again).
  const json = canonicalJson(catalog);
  const identity = {
    instansi: new CatalogIndex(catalog).namaInstansi,
    nomor: catalog.nomor,
    tahun: catalog.tahun,
    hash: hashOfCanonical(json),
  };
  const bagian = potongBagian(json);
  const label = teks.katalog.tersimpan.label;
  const b = new SheetBuilder([22, 120]);
  b.set(1, 0, TANDA_KATALOG_TERSIMPAN);
  b.set(1, 1, teks.katalog.tersimpan.keterangan);
  b.set(BARIS.instansi, 0, label.instansi);
  b.set(BARIS.instansi, 1, identity.instansi);
  b.set(BARIS.nomor, 0, label.nomor);
  b.set(BARIS.nomor, 1, identity.nomor);
  b.set(BARIS.tahun, 0, label.tahun);
  b.set(BARIS.tahun, 1, identity.tahun);
  b.set(BARIS.hash, 0, label.hash);
  b.set(BARIS.hash, 1, identity.hash);
  b.set(BARIS.bagian, 0, label.bagian);
  b.set(BARIS.bagian, 1, bagian.length);
  bagian.forEach((text, i) => {
    b.set(BARIS_JSON + i, 0, label.json(i + 1));
    b.set(BARIS_JSON + i, 1, text);
  });
  const { name, supersedes } = tempatTersimpan(existing);
  const plan: SheetPlan = {
    ...b.build({
      name,
      kind: "katalog-tersimpan",
      print: { orientation: "portrait", paper: "A4", fitToPagesWide: 1 },
      freeze: { rows: 0, columns: 0 },
      marker: katalogSheetMarker({
        v: 1,
        kind: "katalog-tersimpan",
        katalog: identity.hash,
      }),
    }),
    visibility: "veryHidden",
  };
  if (supersedes.length > 0) plan.supersedes = supersedes;
  return validatePlan(plan);
}

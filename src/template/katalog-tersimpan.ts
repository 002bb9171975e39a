/**
 * The catalog a workbook carries: one very hidden sheet "IKI-Katalog" of plain cells (a signature,
 * the catalog's identity, its canonical JSON in chunks within Excel's cell limit). Cells survive
 * every program that opens the file (Excel, LibreOffice, WPS); worksheet custom properties do not
 * (LibreOffice drops them), so the catalog is not kept in the marker. Saved again, it is never
 * rewritten in place: a new sheet supersedes the old ones (SheetPlan.supersedes), so a save that
 * fails half-way leaves the old catalog as it was.
 */
import { canonicalJson, catalogHash } from "../catalog/catalog-hash";
import { CatalogIndex } from "../catalog/catalog-index";
import type { CellValue, SheetValues } from "../catalog/tabel/types";
import type { Catalog } from "../catalog/types";
import { validateCatalog } from "../catalog/validate";
import { katalogSheetMarker, parseKatalogMarker } from "./katalog-marker";
import type { SheetPlan } from "./plan";
import { SheetBuilder } from "./sheet-builder";
import { SheetNamer } from "./sheet-names";
import {
  NAMA_KATALOG_TERSIMPAN,
  TANDA_KATALOG_TERSIMPAN,
  isNamaKatalogTersimpan,
  isTandaKatalogTersimpan,
} from "./sheet-keys";
import { teks } from "./teks";
import { validatePlan } from "./validate-plan";
import type { ExistingSheet } from "./workbook-plan";

export { NAMA_KATALOG_TERSIMPAN, TANDA_KATALOG_TERSIMPAN };
/** Characters per cell: under Excel's 32,767, with room to spare. */
export const PANJANG_BAGIAN = 30000;
/** Rows (1-based) of the identity; the chunks from BARIS_JSON down, in column B. */
const BARIS = { instansi: 2, nomor: 3, tahun: 4, hash: 5, bagian: 6 } as const;
const BARIS_JSON = 7;

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
  const identity = new CatalogIndex(catalog).identity();
  const bagian = potongBagian(canonicalJson(catalog));
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

/** What a workbook's stored catalog gave: the catalog, or why it cannot be used (Bahasa Indonesia). */
export type StoredCatalogRead = { catalog: Catalog } | { masalah: string };

const sel = (sheet: SheetValues, row: number, col: number): CellValue =>
  sheet.values[row - 1]?.[col] ?? null;

/** The sheets that are the stored catalog: named as it (isNamaKatalogTersimpan) and signed in A1. */
function storedCatalogSheets(sheets: SheetValues[]): SheetValues[] {
  return sheets.filter(
    (s) => isNamaKatalogTersimpan(s.name) && isTandaKatalogTersimpan(sel(s, 1, 0))
  );
}

/**
 * The catalog stored in a workbook, from its sheets' values (in workbook order): undefined when there
 * is none, a problem when it was altered or cut, else the catalog. Of several signed sheets the last
 * is read (the newest); signatures decide, not markers, which LibreOffice drops.
 */
export function readStoredCatalog(sheets: SheetValues[]): StoredCatalogRead | undefined {
  const sheet = storedCatalogSheets(sheets).pop();
  if (!sheet) return undefined;
  const sebab = teks.katalog.tersimpan.sebab;
  const rusak = (why: string) => ({ masalah: teks.katalog.tersimpan.rusak(why) });
  const jumlah = Number(sel(sheet, BARIS.bagian, 1));
  if (!Number.isInteger(jumlah) || jumlah < 1) return rusak(sebab.bagian);
  const bagian: string[] = [];
  for (let i = 0; i < jumlah; i++) {
    const text = sel(sheet, BARIS_JSON + i, 1);
    if (typeof text !== "string" || text === "") return rusak(sebab.bagian);
    bagian.push(text);
  }
  let data: unknown;
  try {
    data = JSON.parse(bagian.join(""));
  } catch {
    return rusak(sebab.json);
  }
  const galat = validateCatalog(data);
  if (galat.length > 0) return rusak(sebab.tidakValid(galat));
  const catalog = data as Catalog;
  if (catalogHash(catalog) !== String(sel(sheet, BARIS.hash, 1))) return rusak(sebab.hash);
  return { catalog };
}

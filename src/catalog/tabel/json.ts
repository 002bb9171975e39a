/**
 * A catalog from a .json file: a broken file is reported at its line and column (found by
 * json-position.ts), texts are read as the sheets read them (NFC, trimmed, "\n" line breaks) and
 * an empty fungsi list dropped, so the catalog survives export and import unchanged; what
 * validateCatalog finds is shown in plain words.
 */
import type { Catalog } from "../types";
import { validateCatalog } from "../validate";
import { jsonErrorAt } from "./json-position";
import { cellText } from "./kata";
import { Report } from "./masalah";
import { FORMAT, MASALAH } from "./teks";
import type { ImportResult } from "./types";

/** What is wrong at the place the scanner found: "baris 3, kolom 7" and the character there. */
function brokenAt(text: string): { letak?: string; tanda?: string } {
  const at = jsonErrorAt(text);
  if (at === undefined) return {};
  const lines = text.slice(0, at).split("\n");
  const letak = FORMAT.jsonLetak(lines.length, lines[lines.length - 1].length + 1);
  return { letak, ...(at < text.length ? { tanda: text[at] } : {}) };
}

/** Texts as a cell gives them back; an empty fungsi list as no fungsi (the sheets cannot tell). */
function tidy(key: string, v: unknown): unknown {
  if (typeof v === "string") return cellText(v);
  if (key === "fungsi" && Array.isArray(v) && v.length === 0) return undefined;
  return v;
}

export function catalogFromJson(text: string, fileName: string): ImportResult {
  const report = new Report();
  // The BOM is no part of the text: positions are counted without it.
  const body = text.replace(/^\uFEFF/, "");
  let value: unknown;
  try {
    value = JSON.parse(body, (key, v: unknown) => tidy(key, v));
  } catch {
    const { letak, tanda } = brokenAt(body);
    report.error({ sheet: fileName }, MASALAH.jsonRusak(letak, tanda));
    return { masalah: report.masalah, peringatan: report.peringatan };
  }
  const errors = validateCatalog(value);
  for (const err of errors) report.error({ sheet: fileName }, MASALAH.pemeriksaanAkhir(err));
  const result = { masalah: report.masalah, peringatan: report.peringatan };
  return errors.length > 0 ? result : { ...result, catalog: value as Catalog };
}

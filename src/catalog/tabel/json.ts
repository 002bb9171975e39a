/** A catalog from a .json file: parse errors with line and column, validateCatalog's messages as Masalah. */
import type { Catalog } from "../types";
import { validateCatalog } from "../validate";
import { Report } from "./masalah";
import { FORMAT, MASALAH } from "./teks";
import type { ImportResult } from "./types";

/** "baris 3, kolom 7" from the position V8 puts in its message, when it does. */
function letakOf(text: string, e: Error): string | undefined {
  const m = /position (\d+)/.exec(e.message);
  if (!m) return undefined;
  const lines = text.slice(0, Number(m[1])).split("\n");
  return FORMAT.jsonLetak(lines.length, lines[lines.length - 1].length + 1);
}

export function catalogFromJson(text: string, fileName: string): ImportResult {
  const report = new Report();
  let value: unknown;
  try {
    value = JSON.parse(text.replace(/^\uFEFF/, ""));
  } catch (e) {
    report.error(
      { sheet: fileName },
      MASALAH.jsonRusak(letakOf(text, e as Error), (e as Error).message)
    );
    return { masalah: report.masalah, peringatan: report.peringatan };
  }
  const errors = validateCatalog(value);
  for (const err of errors) report.error({ sheet: fileName }, MASALAH.pemeriksaanAkhir(err));
  const result = { masalah: report.masalah, peringatan: report.peringatan };
  return errors.length > 0 ? result : { ...result, catalog: value as Catalog };
}

/**
 * The IKI-DINSOS marker kept a second time, as a hidden defined name scoped to its sheet
 * (`_IKI_DINSOS`, the marker's JSON as a text constant): LibreOffice drops worksheet custom
 * properties on a re-save but keeps sheet-scoped names and their formulas (tested with soffice
 * 7.4: only `hidden` is lost), and a name scoped to a sheet follows it when the sheet is renamed.
 * Read where the custom property is missing; written for every sheet the sink gives a marker.
 */
import type JSZip from "jszip";
import { MARKER_KEY } from "../template/sheet-keys";
import { readDefinedNames, sheetNames, withDefinedNames } from "./defined-names";
import { escapeXml, readSheetPackages, type SheetPackage } from "./package-read";

export const NAMA_PENANDA = "_IKI_DINSOS";

/** Excel's limit for one text constant in a formula is 255 characters: longer ones are joined by &. */
const POTONGAN = 200;

/** The marker as a formula: "..."&"..." with doubled quotes. */
export function rumusPenanda(value: string): string {
  const parts: string[] = [];
  for (let i = 0; i < value.length || i === 0; i += POTONGAN)
    parts.push(`"${value.slice(i, i + POTONGAN).replace(/"/g, '""')}"`);
  return parts.join("&");
}

/** The text of a formula made of text constants joined by &; undefined for any other formula. */
export function bacaRumusPenanda(formula: string): string | undefined {
  const text = formula.trim();
  if (!/^"(?:[^"]|"")*"(?:\s*&\s*"(?:[^"]|"")*")*$/.test(text)) return undefined;
  return [...text.matchAll(/"((?:[^"]|"")*)"/g)].map((m) => m[1].replace(/""/g, '"')).join("");
}

export const isNamaPenanda = (name: string) => name.toUpperCase() === NAMA_PENANDA;

/** Sheet name -> the marker its `_IKI_DINSOS` name holds. */
export function penandaDariNama(workbookXml: string): Map<string, string> {
  const sheets = sheetNames(workbookXml);
  const out = new Map<string, string>();
  for (const n of readDefinedNames(workbookXml)) {
    if (!isNamaPenanda(n.name) || n.localSheetId === undefined) continue;
    const sheet = sheets[n.localSheetId];
    const value = bacaRumusPenanda(n.formula);
    if (sheet !== undefined && value !== undefined) out.set(sheet, value);
  }
  return out;
}

/**
 * The workbook.xml with one hidden `_IKI_DINSOS` name per sheet of `markers` (sheet name -> value)
 * and none else: earlier ones (from IN, or stale) are replaced; every other name is kept as it is.
 */
export function denganNamaPenanda(workbookXml: string, markers: Map<string, string>): string {
  const sheets = sheetNames(workbookXml);
  const names = readDefinedNames(workbookXml)
    .filter((n) => !isNamaPenanda(n.name))
    .map((n) => n.xml);
  sheets.forEach((sheet, i) => {
    const value = markers.get(sheet);
    if (value === undefined) return;
    names.push(
      `<definedName name="${NAMA_PENANDA}" localSheetId="${i}" hidden="1">${escapeXml(rumusPenanda(value))}</definedName>`
    );
  });
  return withDefinedNames(workbookXml, names);
}

/**
 * Every sheet of the package (readSheetPackages), a marker missing from the custom properties taken
 * from the sheet's `_IKI_DINSOS` name (a re-save by LibreOffice).
 */
export async function sheetPackagesWithMarkers(zip: JSZip): Promise<Map<string, SheetPackage>> {
  const packages = await readSheetPackages(zip);
  const fromNames = penandaDariNama((await zip.file("xl/workbook.xml")?.async("string")) ?? "");
  for (const [name, pkg] of packages) {
    const value = fromNames.get(name);
    if (value !== undefined && !pkg.properties.has(MARKER_KEY))
      pkg.properties.set(MARKER_KEY, value);
  }
  return packages;
}

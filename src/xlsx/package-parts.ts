/**
 * What ExcelJS 4.4 cannot write, added to its .xlsx package afterwards:
 * - links to a place in the workbook: ExcelJS gives every hyperlink an external relationship, so
 *   Excel would open "'Sheet'!A1" as a file; here a link is only `location`, as Excel writes it;
 * - worksheet custom properties (the IKI-DINSOS marker that Office.js `worksheet.customProperties`
 *   reads, so the add-in finds these sheets for a later rekap): a `customPr` in the sheet, pointing
 *   to a binary part holding the value as UTF-16LE text; and the same marker as a sheet-scoped
 *   hidden name (penanda-nama.ts), which survives a re-save by LibreOffice.
 * The XML is edited as text at the positions ECMA-376 (CT_Worksheet) fixes for each element.
 */
import JSZip from "jszip";
import { MARKER_KEY } from "../template/sheet-keys";
import { escapeXml, readSheetPackages, relsPath, sheetParts, type SheetLink } from "./package-read";
import { denganNamaPenanda } from "./penanda-nama";

export type { SheetLink } from "./package-read";
export { decodePropertyValue, escapeXml } from "./package-read";

export interface SheetExtras {
  /** Sheet name, as in the workbook. */
  name: string;
  links: SheetLink[];
  properties: { key: string; value: string }[];
}

const REL_CUSTOM_PROPERTY =
  "http://schemas.openxmlformats.org/officeDocument/2006/relationships/customProperty";
const TYPE_CUSTOM_PROPERTY =
  "application/vnd.openxmlformats-officedocument.spreadsheetml.customProperty";

/** Elements that follow <hyperlinks> and <customProperties> in a worksheet, in schema order. */
const AFTER_HYPERLINKS = [
  "printOptions",
  "pageMargins",
  "pageSetup",
  "headerFooter",
  "rowBreaks",
  "colBreaks",
  "customProperties",
];
const AFTER_CUSTOM_PROPERTIES = [
  "cellWatches",
  "ignoredErrors",
  "smartTags",
  "drawing",
  "legacyDrawing",
  "legacyDrawingHF",
  "picture",
  "oleObjects",
  "controls",
  "webPublishItems",
  "tableParts",
  "extLst",
];

/** Inserts `fragment` before the first of `before` present in the sheet XML, else before </worksheet>. */
export function insertBefore(xml: string, fragment: string, before: string[]): string {
  let at = xml.lastIndexOf("</worksheet>");
  if (at < 0) throw new Error("not a worksheet part");
  for (const tag of [...before, ...AFTER_CUSTOM_PROPERTIES]) {
    const i = xml.search(new RegExp(`<${tag}[\\s/>]`));
    if (i >= 0 && i < at) at = i;
  }
  return xml.slice(0, at) + fragment + xml.slice(at);
}

function nextRelId(rels: string): string {
  let n = 1;
  for (const m of rels.matchAll(/\sId="rId(\d+)"/g)) n = Math.max(n, Number(m[1]) + 1);
  return `rId${n}`;
}

/** UTF-16LE, as Excel stores a worksheet custom property's value. */
export function encodePropertyValue(value: string): Uint8Array {
  const out = new Uint8Array(value.length * 2);
  for (let i = 0; i < value.length; i++) {
    const c = value.charCodeAt(i);
    out[2 * i] = c & 0xff;
    out[2 * i + 1] = c >> 8;
  }
  return out;
}

/** The markers of `sheets` (their IKI-DINSOS property), sheet name -> value. */
export function markersOf(sheets: SheetExtras[]): Map<string, string> {
  const out = new Map<string, string>();
  for (const s of sheets)
    for (const p of s.properties) if (p.key === MARKER_KEY) out.set(s.name, p.value);
  return out;
}

/** Each marker again as its sheet's `_IKI_DINSOS` name (penanda-nama.ts), which LibreOffice keeps. */
async function addMarkerNames(zip: JSZip, sheets: SheetExtras[]): Promise<void> {
  const workbook = await zip.file("xl/workbook.xml")?.async("string");
  if (workbook) zip.file("xl/workbook.xml", denganNamaPenanda(workbook, markersOf(sheets)));
}

/** Adds the links and custom properties to the package ExcelJS wrote; returns the new package. */
export async function addSheetExtras(xlsx: Uint8Array, sheets: SheetExtras[]): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(xlsx);
  const parts = await sheetParts(zip);
  let contentTypes = (await zip.file("[Content_Types].xml")?.async("string")) ?? "";
  let propertyNo = 0;
  for (const sheet of sheets) {
    if (sheet.links.length === 0 && sheet.properties.length === 0) continue;
    const part = parts.get(sheet.name);
    if (!part) throw new Error(`no worksheet part for sheet "${sheet.name}"`);
    let xml = (await zip.file(part)?.async("string")) as string;
    let rels =
      (await zip.file(relsPath(part))?.async("string")) ??
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"></Relationships>';
    if (sheet.links.length > 0) {
      const links = sheet.links
        .map(
          (l) =>
            `<hyperlink ref="${escapeXml(l.cell)}" location="${escapeXml(l.location)}" display="${escapeXml(l.display)}"/>`
        )
        .join("");
      // A kept sheet may have external links ExcelJS wrote back: these join them.
      xml = xml.includes("</hyperlinks>")
        ? xml.replace("</hyperlinks>", `${links}</hyperlinks>`)
        : insertBefore(xml, `<hyperlinks>${links}</hyperlinks>`, AFTER_HYPERLINKS);
    }
    if (sheet.properties.length > 0) {
      const entries: string[] = [];
      for (const p of sheet.properties) {
        propertyNo++;
        const target = `customProperty${propertyNo}.bin`;
        zip.file(`xl/${target}`, encodePropertyValue(p.value));
        contentTypes = contentTypes.replace(
          "</Types>",
          `<Override PartName="/xl/${target}" ContentType="${TYPE_CUSTOM_PROPERTY}"/></Types>`
        );
        const id = nextRelId(rels);
        rels = rels.replace(
          "</Relationships>",
          `<Relationship Id="${id}" Type="${REL_CUSTOM_PROPERTY}" Target="../${target}"/></Relationships>`
        );
        entries.push(`<customPr name="${escapeXml(p.key)}" r:id="${id}"/>`);
      }
      xml = insertBefore(xml, `<customProperties>${entries.join("")}</customProperties>`, []);
      zip.file(relsPath(part), rels);
    }
    zip.file(part, xml);
  }
  zip.file("[Content_Types].xml", contentTypes);
  await addMarkerNames(zip, sheets);
  return zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
}

/** The worksheet custom properties of a package, per sheet name (what the add-in would read). */
export async function readSheetProperties(
  xlsx: Uint8Array
): Promise<Map<string, Map<string, string>>> {
  const sheets = await readSheetPackages(await JSZip.loadAsync(xlsx));
  return new Map([...sheets].map(([name, s]) => [name, s.properties]));
}

/** The in-workbook links of each sheet (ref -> location). */
export async function readSheetLinks(xlsx: Uint8Array): Promise<Map<string, Map<string, string>>> {
  const sheets = await readSheetPackages(await JSZip.loadAsync(xlsx));
  return new Map(
    [...sheets].map(([name, s]) => [name, new Map(s.links.map((l) => [l.cell, l.location]))])
  );
}

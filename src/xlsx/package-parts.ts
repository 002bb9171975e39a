/**
 * What ExcelJS 4.4 cannot write, added to its .xlsx package afterwards:
 * - links to a place in the workbook: ExcelJS gives every hyperlink an external relationship, so
 *   Excel would open "'Sheet'!A1" as a file; here a link is only `location`, as Excel writes it;
 * - worksheet custom properties (the IKI-DINSOS marker that Office.js `worksheet.customProperties`
 *   reads, so the add-in finds these sheets for a later rekap): a `customPr` in the sheet, pointing
 *   to a binary part holding the value as UTF-16LE text; and the same marker as a sheet-scoped
 *   hidden name (penanda-nama.ts), which survives a re-save by LibreOffice;
 * - charts: a drawing part per sheet with its chart parts (grafik-part.ts).
 * The XML is edited as text at the positions ECMA-376 (CT_Worksheet) fixes for each element.
 */
import JSZip from "jszip";
import { MARKER_KEY } from "../template/sheet-keys";
import { escapeXml, readSheetPackages, relsPath, sheetParts, type SheetLink } from "./package-read";
import { addChartParts, type GrafikTertulis } from "./grafik-part";
import { denganNamaPenanda } from "./penanda-nama";

export type { SheetLink } from "./package-read";
export { decodePropertyValue, escapeXml } from "./package-read";

export interface SheetExtras {
  /** Sheet name, as in the workbook. */
  name: string;
  links: SheetLink[];
  properties: { key: string; value: string }[];
  /** The plan's charts with their points (the sink's own sheets only). */
  charts?: GrafikTertulis[];
}

const REL_CUSTOM_PROPERTY =
  "http://schemas.openxmlformats.org/officeDocument/2006/relationships/customProperty";
const REL_DRAWING = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/drawing";
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
/** Elements that follow <drawing> in a worksheet (CT_Worksheet). */
const AFTER_DRAWING = AFTER_CUSTOM_PROPERTIES.slice(AFTER_CUSTOM_PROPERTIES.indexOf("drawing") + 1);

/** Inserts `fragment` before the first of `following` present in the sheet XML, else before </worksheet>. */
function insertAt(xml: string, fragment: string, following: string[]): string {
  let at = xml.lastIndexOf("</worksheet>");
  if (at < 0) throw new Error("not a worksheet part");
  for (const tag of following) {
    const i = xml.search(new RegExp(`<${tag}[\\s/>]`));
    if (i >= 0 && i < at) at = i;
  }
  return xml.slice(0, at) + fragment + xml.slice(at);
}

/** The sheet's <drawing r:id> at its place in CT_Worksheet. */
export function placeDrawing(xml: string, relId: string): string {
  return insertAt(xml, `<drawing r:id="${relId}"/>`, AFTER_DRAWING);
}

/** Inserts `fragment` before the first of `before` or of what follows <customProperties>. */
export function insertBefore(xml: string, fragment: string, before: string[]): string {
  return insertAt(xml, fragment, [...before, ...AFTER_CUSTOM_PROPERTIES]);
}

export function nextRelId(rels: string): string {
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

/** One worksheet part being edited: its XML, its relationships, the content types to declare. */
interface Edit {
  zip: JSZip;
  xml: string;
  rels: string;
  overrides: string[];
}

const EMPTY_RELS =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"></Relationships>';

/** A relationship added to the part's rels; returns its id. */
function relate(e: Edit, type: string, target: string): string {
  const id = nextRelId(e.rels);
  e.rels = e.rels.replace(
    "</Relationships>",
    `<Relationship Id="${id}" Type="${type}" Target="${target}"/></Relationships>`
  );
  return id;
}

function addLinks(e: Edit, links: SheetLink[]): void {
  if (links.length === 0) return;
  const xml = links
    .map(
      (l) =>
        `<hyperlink ref="${escapeXml(l.cell)}" location="${escapeXml(l.location)}" display="${escapeXml(l.display)}"/>`
    )
    .join("");
  // A kept sheet may have external links ExcelJS wrote back: these join them.
  e.xml = e.xml.includes("</hyperlinks>")
    ? e.xml.replace("</hyperlinks>", `${xml}</hyperlinks>`)
    : insertBefore(e.xml, `<hyperlinks>${xml}</hyperlinks>`, AFTER_HYPERLINKS);
}

function addProperties(e: Edit, properties: SheetExtras["properties"], nextNo: () => number) {
  if (properties.length === 0) return;
  const entries = properties.map((p) => {
    const target = `customProperty${nextNo()}.bin`;
    e.zip.file(`xl/${target}`, encodePropertyValue(p.value));
    e.overrides.push(`<Override PartName="/xl/${target}" ContentType="${TYPE_CUSTOM_PROPERTY}"/>`);
    const id = relate(e, REL_CUSTOM_PROPERTY, `../${target}`);
    return `<customPr name="${escapeXml(p.key)}" r:id="${id}"/>`;
  });
  e.xml = insertBefore(e.xml, `<customProperties>${entries.join("")}</customProperties>`, []);
}

/** The sheet's charts (grafik-part.ts): their drawing related and placed as <drawing r:id>. */
function addCharts(e: Edit, sheet: string, charts: GrafikTertulis[] = []): void {
  if (charts.length === 0) return;
  if (/<drawing[\s/>]/.test(e.xml)) throw new Error(`sheet "${sheet}" already has a drawing`);
  const { drawing, overrides } = addChartParts(e.zip, sheet, charts);
  e.overrides.push(...overrides);
  const id = relate(e, REL_DRAWING, `../${drawing.replace(/^xl\//, "")}`);
  e.xml = placeDrawing(e.xml, id);
}

/** Adds the links, custom properties and charts to the package ExcelJS wrote; returns the new package. */
export async function addSheetExtras(xlsx: Uint8Array, sheets: SheetExtras[]): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(xlsx);
  const parts = await sheetParts(zip);
  const overrides: string[] = [];
  let propertyNo = 0;
  for (const sheet of sheets) {
    const part = parts.get(sheet.name);
    if (!part) throw new Error(`no worksheet part for sheet "${sheet.name}"`);
    const rels = await zip.file(relsPath(part))?.async("string");
    const xml = (await zip.file(part)?.async("string")) as string;
    const e: Edit = { zip, xml, rels: rels ?? EMPTY_RELS, overrides };
    addLinks(e, sheet.links);
    addProperties(e, sheet.properties, () => ++propertyNo);
    addCharts(e, sheet.name, sheet.charts);
    if (e.xml !== xml) zip.file(part, e.xml);
    if (e.rels !== (rels ?? EMPTY_RELS)) zip.file(relsPath(part), e.rels);
  }
  const types = (await zip.file("[Content_Types].xml")?.async("string")) ?? "";
  zip.file("[Content_Types].xml", types.replace("</Types>", `${overrides.join("")}</Types>`));
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

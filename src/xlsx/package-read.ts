/**
 * Reading an .xlsx package's parts directly (JSZip), for what ExcelJS 4.4 does not read: worksheet
 * custom properties (the IKI-DINSOS marker), links to places in the workbook, and the parts a sheet
 * holds (charts, pivots...) that a round trip through ExcelJS would lose. The XML is read as text:
 * only attributes of a few flat elements are needed.
 */
import type JSZip from "jszip";

/** A link to a place in the workbook, as Excel writes it (no relationship, only `location`). */
export interface SheetLink {
  /** A1 of the cell holding the link. */
  cell: string;
  /** Sheet-qualified target, e.g. 'Kepala Dinas'!C18. */
  location: string;
  display: string;
}

/** One relationship of a part, its target resolved to a path in the package. */
export interface PartRel {
  id: string;
  /** The relationship type's last segment, e.g. "drawing", "pivotTable", "customProperty". */
  type: string;
  /** Package path ("xl/charts/chart1.xml"); the raw target when external. */
  target: string;
  /**
   * The target is no part of the package: TargetMode="External", a place in the workbook
   * ("#'Sheet'!A1", a shape's link) or a hyperlink; its target is kept raw, never resolved.
   */
  external: boolean;
}

export function escapeXml(text: string): string {
  return text
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&apos;");
}

export function unescapeXml(text: string): string {
  return text
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, "&");
}

export function attr(tag: string, name: string): string | undefined {
  const m = new RegExp(`\\s${name}="([^"]*)"`).exec(tag);
  return m ? unescapeXml(m[1]) : undefined;
}

export const relsPath = (part: string) => part.replace(/([^/]+)$/, "_rels/$1.rels");

/** A relationship target relative to the part's folder (or absolute from the package root). */
function resolveTarget(part: string, target: string): string {
  if (target.startsWith("/")) return target.slice(1);
  return decodeURIComponent(new URL(target, `file:///${part}`).pathname.slice(1));
}

/** The relationships of a part; none when it has no .rels part. */
export async function partRels(zip: JSZip, part: string): Promise<PartRel[]> {
  const rels = await zip.file(relsPath(part))?.async("string");
  if (!rels) return [];
  const out: PartRel[] = [];
  for (const m of rels.matchAll(/<Relationship\s[^>]*>/g)) {
    const id = attr(m[0], "Id");
    const type = attr(m[0], "Type");
    const target = attr(m[0], "Target");
    if (!id || !type || target === undefined) continue;
    const kind = type.slice(type.lastIndexOf("/") + 1);
    const external =
      attr(m[0], "TargetMode") === "External" || target.startsWith("#") || kind === "hyperlink";
    out.push({
      id,
      type: kind,
      target: external ? target : resolveTarget(part, target),
      external,
    });
  }
  return out;
}

/** Sheet name -> part path ("xl/worksheets/sheet1.xml"), in tab order, from workbook.xml and its rels. */
export async function sheetParts(zip: JSZip): Promise<Map<string, string>> {
  const workbook = await zip.file("xl/workbook.xml")?.async("string");
  if (!workbook || !zip.file("xl/_rels/workbook.xml.rels")) throw new Error("not an xlsx package");
  const targets = new Map((await partRels(zip, "xl/workbook.xml")).map((r) => [r.id, r.target]));
  const out = new Map<string, string>();
  for (const m of workbook.matchAll(/<sheet\s[^>]*>/g)) {
    const name = attr(m[0], "name");
    const part = targets.get(attr(m[0], "r:id") ?? "");
    if (name !== undefined && part) out.set(name, part);
  }
  return out;
}

export function decodePropertyValue(bytes: Uint8Array): string {
  let out = "";
  for (let i = 0; i + 1 < bytes.length; i += 2)
    out += String.fromCharCode(bytes[i] | (bytes[i + 1] << 8));
  return out;
}

/** The custom properties of one worksheet part (key -> value), in their order. */
export async function partProperties(
  zip: JSZip,
  part: string,
  xml: string,
  rels: PartRel[]
): Promise<Map<string, string>> {
  const props = new Map<string, string>();
  for (const m of xml.matchAll(/<customPr\s[^>]*>/g)) {
    const rel = rels.find((r) => r.id === attr(m[0], "r:id"));
    const bytes =
      rel && !rel.external ? await zip.file(rel.target)?.async("uint8array") : undefined;
    if (bytes) props.set(attr(m[0], "name") ?? "", decodePropertyValue(bytes));
  }
  return props;
}

/** The links of a worksheet part to places in the workbook (those with no relationship). */
export function partLinks(xml: string): SheetLink[] {
  const out: SheetLink[] = [];
  for (const m of xml.matchAll(/<hyperlink\s[^>]*>/g)) {
    const location = attr(m[0], "location");
    if (location === undefined || attr(m[0], "r:id") !== undefined) continue;
    out.push({ cell: attr(m[0], "ref") ?? "", location, display: attr(m[0], "display") ?? "" });
  }
  return out;
}

/** What a worksheet carries beyond ExcelJS's model: its custom properties and in-workbook links. */
export interface SheetPackage {
  part: string;
  xml: string;
  rels: PartRel[];
  properties: Map<string, string>;
  links: SheetLink[];
}

/** Every sheet of the package by name, in tab order. */
export async function readSheetPackages(zip: JSZip): Promise<Map<string, SheetPackage>> {
  const out = new Map<string, SheetPackage>();
  for (const [name, part] of await sheetParts(zip)) {
    const xml = (await zip.file(part)?.async("string")) ?? "";
    const rels = await partRels(zip, part);
    const properties = await partProperties(zip, part, xml, rels);
    out.set(name, { part, xml, rels, properties, links: partLinks(xml) });
  }
  return out;
}

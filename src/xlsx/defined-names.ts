/**
 * The defined names of IN carried to OUT as IN wrote them. ExcelJS drops a constant name (Tarif =
 * 0.1), a formula name (Tarif*2), a sheet scope (localSheetId), and its writer would be trusted
 * with external references it does not know: so OUT's <definedNames> is IN's, element by element,
 * with two changes only:
 * - a name scoped to a sheet, or pointing only at sheets, that IN had and OUT has not (gone without
 *   a successor of its name) goes, as Excel drops it with its sheet; the caller lists it as lost;
 * - localSheetId follows its sheet to its position in OUT; and a sheet a plan wrote takes the
 *   plan's own print names (_xlnm.Print_Titles...) over IN's of the same name.
 */
import { sheetKey } from "../template/sheet-names";
import { attr, unescapeXml } from "./package-read";

export interface NamaTerdefinisi {
  /** The element as written, `<definedName ...>...</definedName>`. */
  xml: string;
  name: string;
  localSheetId?: number;
  /** The formula text (unescaped). */
  formula: string;
}

/** A name of IN that OUT does not carry, and the gone sheet it belonged to. */
export interface NamaHilang {
  name: string;
  sheet: string;
}

/** The <sheet> names of a workbook.xml, in tab order (localSheetId counts them from 0). */
export function sheetNames(workbookXml: string): string[] {
  return [...workbookXml.matchAll(/<sheet\s[^>]*>/g)].map((m) => attr(m[0], "name") ?? "");
}

export function readDefinedNames(workbookXml: string): NamaTerdefinisi[] {
  const block = /<definedNames>([\s\S]*?)<\/definedNames>/.exec(workbookXml)?.[1] ?? "";
  const out: NamaTerdefinisi[] = [];
  for (const m of block.matchAll(/<definedName\s([^>]*?)(?:\/>|>([\s\S]*?)<\/definedName>)/g)) {
    const tag = ` ${m[1]}`;
    const local = attr(tag, "localSheetId");
    const formula = unescapeXml(m[2] ?? "");
    out.push({
      xml: m[0],
      name: attr(tag, "name") ?? "",
      ...(local !== undefined && { localSheetId: Number(local) }),
      formula,
    });
  }
  return out;
}

/**
 * The sheets of the workbook a formula refers to: `Sheet!`, `'Sheet name'!`, both ends of
 * `A:B!`. Text in double quotes is not a reference; `[1]Sheet!` is another workbook's sheet.
 */
export function sheetsReferred(formula: string): string[] {
  const out: string[] = [];
  const token = /"(?:[^"]|"")*"|(\[[^\]]*\])?('(?:[^']|'')+'|[^\s!'"(),;=+\-*/^&<>{}[\]]+)!/g;
  for (const m of formula.matchAll(token)) {
    if (m[2] === undefined || m[1] !== undefined) continue;
    const raw = m[2].startsWith("'") ? m[2].slice(1, -1).replace(/''/g, "'") : m[2];
    out.push(...raw.split(":"));
  }
  return out;
}

const withLocal = (xml: string, id: number) =>
  xml.replace(/\slocalSheetId="[^"]*"/, ` localSheetId="${id}"`);

/**
 * IN's names as OUT carries them (`inSheets`, `outSheets`: tab order of each), the names the plans'
 * sheets (`planned`) got from ExcelJS in OUT taking precedence, and those that went with their sheet.
 */
export function namesForOut(
  masuk: NamaTerdefinisi[],
  keluar: NamaTerdefinisi[],
  inSheets: string[],
  outSheets: string[],
  planned: Set<string>
): { names: string[]; hilang: NamaHilang[] } {
  const at = new Map(outSheets.map((n, i) => [sheetKey(n), i]));
  const gone = (sheet: string) =>
    inSheets.some((n) => sheetKey(n) === sheetKey(sheet)) && !at.has(sheetKey(sheet));
  const scope = (n: NamaTerdefinisi, sheets: string[]) =>
    n.localSheetId === undefined ? "" : sheetKey(sheets[n.localSheetId] ?? "");
  const fromPlans = keluar.filter(
    (n) => n.name.startsWith("_xlnm.") && planned.has(scope(n, outSheets))
  );
  const taken = new Set(fromPlans.map((n) => `${sheetKey(n.name)}|${scope(n, outSheets)}`));
  const names: string[] = [];
  const hilang: NamaHilang[] = [];
  for (const n of masuk) {
    const home = n.localSheetId === undefined ? undefined : inSheets[n.localSheetId];
    const refs = sheetsReferred(n.formula);
    const onlyGone = refs.length > 0 && refs.every(gone);
    const lostTo = home !== undefined && gone(home) ? home : onlyGone ? refs[0] : undefined;
    if (lostTo !== undefined) hilang.push({ name: n.name, sheet: lostTo });
    else if (!taken.has(`${sheetKey(n.name)}|${scope(n, inSheets)}`))
      names.push(home === undefined ? n.xml : withLocal(n.xml, at.get(sheetKey(home)) ?? 0));
  }
  return { names: [...names, ...fromPlans.map((n) => n.xml)], hilang };
}

/** What follows <definedNames> in a workbook.xml (CT_Workbook), in schema order. */
const AFTER_DEFINED_NAMES = [
  "calcPr",
  "oleSize",
  "customWorkbookViews",
  "pivotCaches",
  "smartTagPr",
  "smartTagTypes",
  "webPublishing",
  "fileRecoveryPr",
  "webPublishObjects",
  "extLst",
];

/** The workbook.xml with its <definedNames> being `names` (none: the element left out). */
export function withDefinedNames(workbookXml: string, names: string[]): string {
  const xml = workbookXml.replace(/<definedNames\/>|<definedNames>[\s\S]*?<\/definedNames>/, "");
  if (names.length === 0) return xml;
  let at = xml.lastIndexOf("</workbook>");
  if (at < 0) throw new Error("not a workbook part");
  for (const tag of AFTER_DEFINED_NAMES) {
    const i = xml.search(new RegExp(`<${tag}[\\s/>]`));
    if (i >= 0 && i < at) at = i;
  }
  return `${xml.slice(0, at)}<definedNames>${names.join("")}</definedNames>${xml.slice(at)}`;
}

/**
 * The plan's charts as real DrawingML parts (ExcelJS 4.4 cannot write charts): per sheet one
 * drawing (xl/drawings/drawingN.xml) holding a two-cell anchor per chart, each a graphic frame
 * pointing at its chart part (xl/charts/chartN.xml: a clustered horizontal bar chart, one series
 * whose categories and values refer to the plan's ranges, with the cached points a viewer shows
 * before recalculating). Elements in ECMA-376 schema order, so Excel opens them as LibreOffice does.
 */
import type JSZip from "jszip";
import { requireA1, sheetRef } from "../template/a1";
import type { ChartPlan } from "../template/plan";
import { escapeXml, relsPath } from "./package-read";

/** A chart to write, with the points its ranges hold (undefined: no number there yet). */
export interface GrafikTertulis {
  plan: ChartPlan;
  categories: string[];
  values: (number | undefined)[];
}

const NS_C = "http://schemas.openxmlformats.org/drawingml/2006/chart";
const NS_A = "http://schemas.openxmlformats.org/drawingml/2006/main";
const NS_R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const NS_XDR = "http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing";
const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const TYPE_DRAWING = "application/vnd.openxmlformats-officedocument.drawing+xml";
const TYPE_CHART = "application/vnd.openxmlformats-officedocument.drawingml.chart+xml";
const XML_DECL = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
const AX_CAT = 500100;
const AX_VAL = 500200;

/** "B6:B10" on `sheet` -> "'Sheet'!$B$6:$B$10", as Excel writes a series' reference. */
export function absoluteRef(sheet: string, range: string): string {
  return sheetRef(sheet, range.replace(/\$/g, "").replace(/([A-Z]+)(\d+)/g, "$$$1$$$2"));
}

const pt = (i: number, v: string) => `<c:pt idx="${i}"><c:v>${escapeXml(v)}</c:v></c:pt>`;

function series(sheet: string, g: GrafikTertulis): string {
  const cats = g.categories.map((c, i) => pt(i, c)).join("");
  const vals = g.values.map((v, i) => (v === undefined ? "" : pt(i, String(v)))).join("");
  return (
    `<c:ser><c:idx val="0"/><c:order val="0"/><c:tx><c:v>${escapeXml(g.plan.seriesName)}</c:v></c:tx>` +
    `<c:invertIfNegative val="0"/>` +
    `<c:cat><c:strRef><c:f>${escapeXml(absoluteRef(sheet, g.plan.categories))}</c:f>` +
    `<c:strCache><c:ptCount val="${g.categories.length}"/>${cats}</c:strCache></c:strRef></c:cat>` +
    `<c:val><c:numRef><c:f>${escapeXml(absoluteRef(sheet, g.plan.values))}</c:f>` +
    `<c:numCache><c:formatCode>General</c:formatCode><c:ptCount val="${g.values.length}"/>${vals}` +
    `</c:numCache></c:numRef></c:val></c:ser>`
  );
}

const AXIS_COMMON =
  '<c:majorTickMark val="out"/><c:minorTickMark val="none"/><c:tickLblPos val="nextTo"/>';

/** The chart part (CT_ChartSpace). */
export function chartXml(sheet: string, g: GrafikTertulis): string {
  const title =
    `<c:title><c:tx><c:rich><a:bodyPr/><a:lstStyle/><a:p><a:r><a:t>${escapeXml(g.plan.title)}</a:t>` +
    `</a:r></a:p></c:rich></c:tx><c:overlay val="0"/></c:title><c:autoTitleDeleted val="0"/>`;
  const bar =
    `<c:barChart><c:barDir val="bar"/><c:grouping val="clustered"/><c:varyColors val="0"/>` +
    `${series(sheet, g)}<c:gapWidth val="150"/><c:axId val="${AX_CAT}"/><c:axId val="${AX_VAL}"/></c:barChart>`;
  const catAx =
    `<c:catAx><c:axId val="${AX_CAT}"/><c:scaling><c:orientation val="minMax"/></c:scaling>` +
    `<c:delete val="0"/><c:axPos val="l"/><c:numFmt formatCode="General" sourceLinked="1"/>` +
    `${AXIS_COMMON}<c:crossAx val="${AX_VAL}"/><c:crosses val="autoZero"/><c:auto val="1"/>` +
    `<c:lblAlgn val="ctr"/><c:lblOffset val="100"/><c:noMultiLvlLbl val="0"/></c:catAx>`;
  const valAx =
    `<c:valAx><c:axId val="${AX_VAL}"/><c:scaling><c:orientation val="minMax"/></c:scaling>` +
    `<c:delete val="0"/><c:axPos val="b"/><c:majorGridlines/>` +
    `<c:numFmt formatCode="General" sourceLinked="1"/>${AXIS_COMMON}` +
    `<c:crossAx val="${AX_CAT}"/><c:crosses val="autoZero"/><c:crossBetween val="between"/></c:valAx>`;
  return (
    `${XML_DECL}<c:chartSpace xmlns:c="${NS_C}" xmlns:a="${NS_A}" xmlns:r="${NS_R}">` +
    `<c:roundedCorners val="0"/><c:chart>${title}<c:plotArea><c:layout/>${bar}${catAx}${valAx}` +
    `</c:plotArea><c:legend><c:legendPos val="r"/><c:overlay val="0"/></c:legend>` +
    `<c:plotVisOnly val="1"/><c:dispBlanksAs val="gap"/></c:chart></c:chartSpace>`
  );
}

/** A cell as an anchor marker; `after`: the corner just past the cell (a range's bottom-right). */
function marker(tag: "from" | "to", a1: string, after: boolean): string {
  const r = requireA1(a1);
  const col = after ? r.lastColumn + 1 : r.firstColumn;
  const row = after ? r.lastRow + 1 : r.firstRow;
  return (
    `<xdr:${tag}><xdr:col>${col}</xdr:col><xdr:colOff>0</xdr:colOff>` +
    `<xdr:row>${row}</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:${tag}>`
  );
}

/** The drawing part (CT_Drawing): one anchor per chart, chart i related as rId(i + 1). */
export function drawingXml(charts: ChartPlan[], firstId: number): string {
  const anchors = charts.map(
    (c, i) =>
      `<xdr:twoCellAnchor>${marker("from", c.topLeft, false)}${marker("to", c.bottomRight, true)}` +
      `<xdr:graphicFrame macro=""><xdr:nvGraphicFramePr><xdr:cNvPr id="${firstId + i}" ` +
      `name="${escapeXml(c.title)}"/><xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr>` +
      `<xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm><a:graphic>` +
      `<a:graphicData uri="${NS_C}"><c:chart xmlns:c="${NS_C}" xmlns:r="${NS_R}" r:id="rId${i + 1}"/>` +
      `</a:graphicData></a:graphic></xdr:graphicFrame><xdr:clientData/></xdr:twoCellAnchor>`
  );
  return `${XML_DECL}<xdr:wsDr xmlns:xdr="${NS_XDR}" xmlns:a="${NS_A}">${anchors.join("")}</xdr:wsDr>`;
}

const relsXml = (rels: string[]) =>
  `${XML_DECL}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${rels.join("")}</Relationships>`;

/** The first N from `from` with no part `pattern(N)` in the package. */
function freeNumber(zip: JSZip, pattern: (n: number) => string, from: number): number {
  let n = from;
  while (zip.file(pattern(n))) n++;
  return n;
}

/** What adding a sheet's charts changed besides new parts: the content types to declare. */
interface GrafikDitambah {
  /** The drawing's path in the package, for the sheet's relationship ("xl/drawings/drawing1.xml"). */
  drawing: string;
  overrides: string[];
}

/** Writes the chart parts and the drawing of one sheet (`sheet`: its name) into the package. */
export function addChartParts(zip: JSZip, sheet: string, charts: GrafikTertulis[]): GrafikDitambah {
  const dn = freeNumber(zip, (n) => `xl/drawings/drawing${n}.xml`, 1);
  const drawing = `xl/drawings/drawing${dn}.xml`;
  const overrides = [`<Override PartName="/${drawing}" ContentType="${TYPE_DRAWING}"/>`];
  const rels: string[] = [];
  let cn = 0;
  charts.forEach((g, i) => {
    cn = freeNumber(zip, (n) => `xl/charts/chart${n}.xml`, cn + 1);
    zip.file(`xl/charts/chart${cn}.xml`, chartXml(sheet, g));
    overrides.push(`<Override PartName="/xl/charts/chart${cn}.xml" ContentType="${TYPE_CHART}"/>`);
    rels.push(
      `<Relationship Id="rId${i + 1}" Type="${REL}/chart" Target="../charts/chart${cn}.xml"/>`
    );
  });
  zip.file(
    drawing,
    drawingXml(
      charts.map((g) => g.plan),
      2
    )
  );
  zip.file(relsPath(drawing), relsXml(rels));
  return { drawing, overrides };
}

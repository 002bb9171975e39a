/**
 * Replays the commands of one new sheet (sheet-commands.ts) on Office.js proxies. Queues only:
 * the adapter decides when to sync.
 */
import { blockAddress } from "../template/a1";
import { sheetKey } from "../template/sheet-names";
import type { RangeFormatProps } from "./cell-format";
import type { SheetCommand, SheetCommands } from "./sheet-commands";
import { queueClearSheet, type InPlaceReads } from "./sheet-in-place";

function applyFormat(format: Excel.RangeFormat, props: RangeFormatProps): void {
  const { font } = props;
  if (font?.bold !== undefined) format.font.bold = font.bold;
  if (font?.italic !== undefined) format.font.italic = font.italic;
  if (font?.size !== undefined) format.font.size = font.size;
  if (font?.color !== undefined) format.font.color = font.color;
  if (props.fillColor !== undefined) format.fill.color = props.fillColor;
  if (props.horizontalAlignment !== undefined)
    format.horizontalAlignment = props.horizontalAlignment;
  if (props.verticalAlignment !== undefined) format.verticalAlignment = props.verticalAlignment;
  if (props.wrapText !== undefined) format.wrapText = props.wrapText;
  if (props.locked !== undefined) format.protection.locked = props.locked;
  for (const edge of props.borders ?? []) {
    const border = format.borders.getItem(edge);
    border.style = "Continuous";
    border.weight = "Thin";
  }
}

type PrintCommand = Extract<SheetCommand, { kind: "printScale" | "pageBreak" | "pageLayout" }>;

/** The print setup (print-commands.ts): scale, then page layout, then manual page breaks. */
function queuePrint(ws: Excel.Worksheet, c: PrintCommand): void {
  if (c.kind === "printScale") ws.pageLayout.zoom = { scale: c.scale };
  else if (c.kind === "pageBreak") ws.horizontalPageBreaks.add(c.address);
  else {
    const layout = ws.pageLayout;
    layout.orientation = c.orientation;
    layout.paperSize = c.paperSize;
    layout.zoom = c.zoom;
    if (c.titleRows !== undefined) layout.setPrintTitleRows(c.titleRows);
  }
}

type ContentCommand = Exclude<SheetCommand, { kind: "addSheet" | "clearSheet" }>;
type RangeCommand = Extract<
  ContentCommand,
  {
    kind:
      | "columnWidth"
      | "rowHeight"
      | "format"
      | "formatAreas"
      | "numberFormat"
      | "formulas"
      | "merge"
      | "mergeAcross";
  }
>;

/** Writes on one range (or, for formatAreas, several areas) of the sheet. */
function queueRange(ws: Excel.Worksheet, c: RangeCommand): void {
  switch (c.kind) {
    case "columnWidth":
      ws.getRange(c.address).format.columnWidth = c.points;
      break;
    case "rowHeight":
      ws.getRange(c.address).format.rowHeight = c.points;
      break;
    case "format":
      applyFormat(ws.getRange(c.address).format, c.props);
      break;
    case "formatAreas":
      applyFormat(ws.getRanges(c.address).format, c.props);
      break;
    case "numberFormat":
      ws.getRange(c.address).numberFormat = c.values;
      break;
    case "formulas":
      ws.getRange(c.address).formulas = c.values;
      break;
    case "merge":
    case "mergeAcross":
      ws.getRange(c.address).merge(c.kind === "mergeAcross");
      break;
  }
}

function queueChart(ws: Excel.Worksheet, c: Extract<SheetCommand, { kind: "chart" }>): void {
  const chart = ws.charts.add("BarClustered", ws.getRange(c.values), "Columns");
  chart.title.text = c.title;
  const series = chart.series.getItemAt(0);
  series.name = c.seriesName;
  series.setXAxisValues(ws.getRange(c.categories));
  chart.setPosition(c.topLeft, c.bottomRight);
}

/** Rules, charts, links, print setup, panes, tab colour and the marker. */
function queueRest(ws: Excel.Worksheet, c: Exclude<ContentCommand, RangeCommand>): void {
  switch (c.kind) {
    case "validation": {
      const validation = ws.getRange(c.address).dataValidation;
      validation.rule = c.rule;
      validation.prompt = c.prompt;
      validation.errorAlert = c.errorAlert;
      break;
    }
    case "conditionalFormat": {
      const cf = ws.getRange(c.address).conditionalFormats.add("Custom");
      cf.custom.rule.formula = c.formula;
      cf.custom.format.fill.color = c.fillColor;
      cf.custom.format.font.color = c.fontColor;
      break;
    }
    case "chart":
      queueChart(ws, c);
      break;
    case "hyperlink":
      ws.getRange(c.address).hyperlink = {
        documentReference: c.documentReference,
        textToDisplay: c.textToDisplay,
      };
      break;
    case "printScale":
    case "pageBreak":
    case "pageLayout":
      queuePrint(ws, c);
      break;
    case "freeze": {
      const panes = ws.freezePanes;
      if (c.rows > 0 && c.columns > 0) panes.freezeAt(blockAddress(0, 0, c.rows, c.columns));
      else if (c.rows > 0) panes.freezeRows(c.rows);
      else panes.freezeColumns(c.columns);
      break;
    }
    case "tabColor":
      ws.tabColor = c.color;
      break;
    case "visibility":
      ws.visibility = c.visibility;
      break;
    case "protect":
      ws.protection.protect({ ...c.options });
      break;
    case "customProperty":
      ws.customProperties.add(c.key, c.value);
      break;
  }
}

const RANGE_KINDS = new Set<SheetCommand["kind"]>([
  "columnWidth",
  "rowHeight",
  "format",
  "formatAreas",
  "numberFormat",
  "formulas",
  "merge",
  "mergeAcross",
]);

function isRangeCommand(c: ContentCommand): c is RangeCommand {
  return RANGE_KINDS.has(c.kind);
}

/**
 * Queues every write of one new sheet, or of an existing one rewritten in place (no sync), and
 * returns its proxy. `afterAdd` queues what must come right after the add, before any content (the
 * adapter's insert token and id load). `reads`: the charts and protection read from the existing
 * sheets, needed only to clear one in place.
 */
export function queueSheet(
  worksheets: Excel.WorksheetCollection,
  sheet: SheetCommands,
  afterAdd?: (ws: Excel.Worksheet) => void,
  reads?: InPlaceReads
): Excel.Worksheet {
  let ws: Excel.Worksheet | undefined;
  for (const c of sheet.commands) {
    if (c.kind === "addSheet") {
      ws = worksheets.add(sheet.name);
      afterAdd?.(ws);
    } else if (c.kind === "clearSheet") {
      ws = worksheets.getItem(sheet.name);
      queueClearSheet(ws, reads?.get(sheetKey(sheet.name)));
    } else if (!ws) {
      throw new Error(`sheet "${sheet.name}": commands before addSheet`);
    } else if (isRangeCommand(c)) queueRange(ws, c);
    else queueRest(ws, c);
  }
  if (!ws) throw new Error(`sheet "${sheet.name}": commands before addSheet`);
  return ws;
}

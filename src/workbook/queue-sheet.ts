/**
 * Replays the commands of one new sheet (sheet-commands.ts) on Office.js proxies. Queues only:
 * the adapter decides when to sync.
 */
import { blockAddress } from "../template/a1";
import type { RangeFormatProps } from "./cell-format";
import type { SheetCommand, SheetCommands } from "./sheet-commands";
import { queueClearSheet, type SheetCharts } from "./sheet-in-place";

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

/**
 * Queues every write of one new sheet, or of an existing one rewritten in place (no sync), and
 * returns its proxy. `afterAdd` queues what must come right after the add, before any content (the
 * adapter's insert token and id load). `charts`: the charts read from the existing sheets, needed
 * only to clear one in place.
 */
export function queueSheet(
  worksheets: Excel.WorksheetCollection,
  sheet: SheetCommands,
  afterAdd?: (ws: Excel.Worksheet) => void,
  charts?: SheetCharts
): Excel.Worksheet {
  let ws: Excel.Worksheet | undefined;
  const target = (): Excel.Worksheet => {
    if (!ws) throw new Error(`sheet "${sheet.name}": commands before addSheet`);
    return ws;
  };
  for (const c of sheet.commands) {
    switch (c.kind) {
      case "addSheet":
        ws = worksheets.add(sheet.name);
        afterAdd?.(ws);
        break;
      case "clearSheet":
        ws = worksheets.getItem(sheet.name);
        queueClearSheet(ws, charts?.get(sheet.name.toLowerCase()));
        break;
      case "columnWidth":
        target().getRange(c.address).format.columnWidth = c.points;
        break;
      case "rowHeight":
        target().getRange(c.address).format.rowHeight = c.points;
        break;
      case "format":
        applyFormat(target().getRange(c.address).format, c.props);
        break;
      case "formatAreas":
        applyFormat(target().getRanges(c.address).format, c.props);
        break;
      case "numberFormat":
        target().getRange(c.address).numberFormat = c.values;
        break;
      case "formulas":
        target().getRange(c.address).formulas = c.values;
        break;
      case "merge":
        target().getRange(c.address).merge(false);
        break;
      case "mergeAcross":
        target().getRange(c.address).merge(true);
        break;
      case "validation": {
        const validation = target().getRange(c.address).dataValidation;
        validation.rule = c.rule;
        validation.prompt = c.prompt;
        validation.errorAlert = c.errorAlert;
        break;
      }
      case "conditionalFormat": {
        const cf = target().getRange(c.address).conditionalFormats.add("Custom");
        cf.custom.rule.formula = c.formula;
        cf.custom.format.fill.color = c.fillColor;
        cf.custom.format.font.color = c.fontColor;
        break;
      }
      case "chart": {
        const sheetProxy = target();
        const chart = sheetProxy.charts.add(
          "BarClustered",
          sheetProxy.getRange(c.values),
          "Columns"
        );
        chart.title.text = c.title;
        const series = chart.series.getItemAt(0);
        series.name = c.seriesName;
        series.setXAxisValues(sheetProxy.getRange(c.categories));
        chart.setPosition(c.topLeft, c.bottomRight);
        break;
      }
      case "hyperlink":
        target().getRange(c.address).hyperlink = {
          documentReference: c.documentReference,
          textToDisplay: c.textToDisplay,
        };
        break;
      case "printScale":
      case "pageBreak":
      case "pageLayout":
        queuePrint(target(), c);
        break;
      case "freeze": {
        const panes = target().freezePanes;
        if (c.rows > 0 && c.columns > 0) panes.freezeAt(blockAddress(0, 0, c.rows, c.columns));
        else if (c.rows > 0) panes.freezeRows(c.rows);
        else panes.freezeColumns(c.columns);
        break;
      }
      case "tabColor":
        target().tabColor = c.color;
        break;
      case "customProperty":
        target().customProperties.add(c.key, c.value);
        break;
    }
  }
  return target();
}

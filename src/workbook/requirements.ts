/**
 * The Excel requirement set the adapter needs: the highest set among the calls it makes.
 * ExcelApi 1.12 is in Microsoft 365 (Windows 2008+), Office 2021, Mac 16.40+, iPad and the web;
 * Office 2016/2019 perpetual stop below it (requirement sets table, office-js-docs-reference).
 */
import { teks } from "./teks";

export const REQUIRED_EXCEL_API = "1.12";

/** Each call of the adapter with the set that introduced it (Office.js reference, "API set"). */
export const EXCEL_API_CALLS: Record<string, string> = {
  "Worksheet.customProperties (add, getItemOrNullObject)": "1.12",
  "Range.numberFormat/formulas, Worksheet.delete, charts.add, Chart.setPosition": "1.1",
  "Range.clear, Chart.delete, Worksheet.activate (rekap rewritten in place)": "1.1",
  "Worksheet.visibility (the stored catalog, very hidden)": "1.1",
  "Range.unmerge": "1.2",
  // "Kunci rumus": input cells unlocked, the sheet protected last, a protected rekap unprotected
  // before it is rewritten (Excel.WorksheetProtection, Excel.FormatProtection).
  "WorksheetProtection.protect/unprotect/protected, FormatProtection.locked": "1.2",
  "WorksheetProtectionOptions.selectionMode": "1.7",
  // The reference says 1.2; Office.js's own check (excel-web-16.00.debug.js) says 1.7.
  "RangeFormat.useStandardHeight/useStandardWidth": "1.7",
  "ConditionalFormatCollection.clearAll": "1.6",
  "DataValidation.clear": "1.8",
  "RangeFormat.columnWidth/rowHeight, Range.merge": "1.2",
  "WorksheetCollection.getItemOrNullObject": "1.4",
  "Application.suspendApiCalculationUntilNextSync, conditionalFormats.add (custom)": "1.6",
  "Range.hyperlink, Worksheet.freezePanes, Worksheet.tabColor, ChartSeries.setXAxisValues": "1.7",
  "Range.dataValidation": "1.8",
  "Worksheet.getRanges, RangeAreas.format": "1.9",
  "Worksheet.pageLayout (orientation, paperSize, zoom, setPrintTitleRows)": "1.9",
  "Worksheet.horizontalPageBreaks.add": "1.9",
  // Lifecycle reads: only the cells that hold something beyond a layout, a sheet's formula cells.
  "Range.getSpecialCellsOrNullObject, RangeAreas.areas/cellCount/areaCount": "1.9",
};

export type IsSetSupported = (name: string, minVersion: string) => boolean;

/** undefined when the host has what the adapter needs, else the message for the user. */
export function supportMessage(isSetSupported: IsSetSupported | undefined): string | undefined {
  if (!isSetSupported) return teks.bukanExcel;
  return isSetSupported("ExcelApi", REQUIRED_EXCEL_API)
    ? undefined
    : teks.excelTerlaluLama(REQUIRED_EXCEL_API);
}

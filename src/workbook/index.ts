/** The workbook port and its Office.js adapter: what the task pane uses to reach Excel. */
export { InsertError } from "./port";
export type { InsertRequest, InsertResult, ProgressListener, WorkbookPort } from "./port";
export { ExcelWorkbook } from "./excel-adapter";
export type { ExcelAdapterOptions, ExcelRunner, Planner } from "./excel-adapter";
export { REQUIRED_EXCEL_API } from "./requirements";

/**
 * Texts too long for Excel's Text number format. Excel desktop shows a Text-formatted ("@") cell
 * that holds more than 255 characters as #####, so such a cell keeps the General format and each
 * sink keeps it text another way (Office.js: a leading apostrophe; ExcelJS: a string is stored as a
 * string). Pure; shared by the sinks and their tests.
 */
import { TEXT_FORMAT_MAX_CHARS } from "./excel-limits";

/** True for a text that must not carry the "@" format. */
export function tooLongForTextFormat(value: unknown): value is string {
  return typeof value === "string" && value.length > TEXT_FORMAT_MAX_CHARS;
}

/**
 * Excel's own limits, in one place: the planners keep within them and the sinks check against them.
 * (The grid's size, XFD1048576, sits with the A1 helpers in a1.ts.)
 */

/** Characters of a worksheet name. */
export const MAX_SHEET_NAME_CHARS = 31;

/** A Text-formatted ("@") cell holding more characters shows as ##### in Excel desktop (long-text.ts). */
export const TEXT_FORMAT_MAX_CHARS = 255;

/** Row height, in points. */
export const MAX_ROW_HEIGHT = 409;

/** Font size, in points. */
export const MAX_FONT_SIZE = 409;

/** Column width, in characters. */
export const MAX_COLUMN_WIDTH_CHARS = 255;

/** A worksheet custom property's value outside Excel on the web (the sheet marker). */
export const MAX_CUSTOM_PROPERTY_CHARS = 255;

/** The comma-separated source of a drop-down list validation. */
export const MAX_LIST_SOURCE_CHARS = 255;

/**
 * A validation's texts (its dialog refuses longer ones, and so may Excel when it loads a file):
 * title, input message, error message.
 */
export const VALIDATION_TITLE_MAX = 32;
export const VALIDATION_PROMPT_MAX = 255;
export const VALIDATION_ERROR_MAX = 225;

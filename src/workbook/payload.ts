/**
 * Request size of a write batch, and the split of sheets into batches (syncs) under a budget.
 * Excel on the web refuses a request over 5 MB (RequestPayloadSizeLimitExceeded, "Resource limits
 * and performance optimization for Office Add-ins"); the desktop hosts have no such limit, so the
 * web limit decides. The estimate is the UTF-8 size of each command's JSON plus a fixed allowance
 * per action, per sheet and per request for what Office.js adds (object paths, instantiations,
 * ids). The allowances are calibrated on Microsoft's own client serializing every real plan
 * (test/workbook/real-client.test.ts): the estimate is an upper bound of the real request, and
 * a failing test says when a new kind of command needs a larger one. Whole sheets are kept
 * together so a failure can be traced to one jabatan and a sheet is never half in one request.
 */
import { formatAssignments } from "./cell-format";
import type { SheetCommand, SheetCommands } from "./sheet-commands";

export const PAYLOAD_LIMIT_BYTES = 5 * 1024 * 1024;
/**
 * What one sync may carry by our estimate: half the limit. Public reports show hangs and
 * GeneralException on single very large requests well under 5 MB, and one refused action aborts
 * everything after it in the request, so smaller requests fail smaller.
 */
export const PAYLOAD_BUDGET_BYTES = 2_500_000;
/**
 * Allowance per action counted by commandActions. Office.js sends about two actions per counted
 * one (an Instantiate for each object path, plus the path itself): measured 213–226 bytes per
 * counted action over the catalog's sheets, so 240 keeps a margin.
 */
export const ACTION_OVERHEAD_BYTES = 240;
/** Per sheet: the add under a temporary name, insert token, id load and final rename. */
export const SHEET_OVERHEAD_BYTES = 1_000;
/** Per request: the workbook and collection paths, calculation suspended, the final activate. */
export const REQUEST_OVERHEAD_BYTES = 2_000;

const encoder = new TextEncoder();

export function utf8Bytes(text: string): number {
  return encoder.encode(text).length;
}

/** How many Office.js actions (getRange, property sets, method calls) a command becomes. */
export function commandActions(command: SheetCommand): number {
  switch (command.kind) {
    case "addSheet":
      return 1;
    case "clearSheet":
      return 9; // getItem, unprotect, getRange, clearAll, validation clear, unmerge, clear, standard height and width
    case "format":
    case "formatAreas": // getRanges instead of getRange: the assignments are the same
      return 1 + formatAssignments(command.props);
    case "validation":
      return 4; // getRange, rule, prompt, errorAlert
    case "conditionalFormat":
      return 5; // getRange, add, rule.formula, fill.color, font.color
    case "chart":
      return 9; // two ranges, add, title, series, name, x values, position
    case "pageLayout":
      return 3 + (command.titleRows !== undefined ? 1 : 0);
    case "freeze":
      return command.rows > 0 && command.columns > 0 ? 2 : 1;
    case "tabColor":
    case "visibility":
    case "customProperty":
      return 1;
    default:
      return 2; // getRange + one assignment or call
  }
}

export function commandBytes(command: SheetCommand): number {
  return utf8Bytes(JSON.stringify(command)) + commandActions(command) * ACTION_OVERHEAD_BYTES;
}

export function sheetBytes(sheet: SheetCommands): number {
  return sheet.commands.reduce(
    (sum, c) => sum + commandBytes(c),
    SHEET_OVERHEAD_BYTES + utf8Bytes(sheet.name)
  );
}

/**
 * Splits items, in order, into the fewest consecutive groups whose sizes stay within `budget`
 * (greedy is optimal for consecutive groups). An item larger than the budget gets a group of its
 * own: it cannot be split, and Excel, not this estimate, has the last word on it.
 */
export function chunkByBudget<T>(
  items: T[],
  size: (item: T) => number,
  budget = PAYLOAD_BUDGET_BYTES
): T[][] {
  const chunks: T[][] = [];
  let current: T[] = [];
  let used = 0;
  for (const item of items) {
    const bytes = size(item);
    if (current.length > 0 && used + bytes > budget) {
      chunks.push(current);
      current = [];
      used = 0;
    }
    current.push(item);
    used += bytes;
  }
  if (current.length > 0) chunks.push(current);
  return chunks;
}

/** Estimated size of one write request: its sheets plus the request's own framing. */
export function requestBytes(chunk: SheetCommands[]): number {
  return chunk.reduce((sum, s) => sum + sheetBytes(s), REQUEST_OVERHEAD_BYTES);
}

/** The write requests of an insert: whole sheets, in order, each estimated within `budget`. */
export function planRequests(
  sheets: SheetCommands[],
  budget = PAYLOAD_BUDGET_BYTES
): SheetCommands[][] {
  return chunkByBudget(sheets, sheetBytes, budget - REQUEST_OVERHEAD_BYTES);
}

/**
 * The last sync's swaps (supersede.ts): per superseded sheet a getItem and a delete (a hide before
 * it for the stored catalog), and for the new sheet a getItem, its name and position.
 */
const SUPERSEDE_BYTES = 6 * ACTION_OVERHEAD_BYTES + 200;
/** A marker set on a sheet that is not rewritten: getItem, the property collection, add. */
const MARKER_BYTES = 3 * ACTION_OVERHEAD_BYTES + 300;

/**
 * The write requests of a write whose last sync also swaps superseding sheets in and sets markers
 * (`markers`: how many), before the sheets rewritten in place, which all ride in the last request:
 * the new sheets chunked with room for the swaps, the sheets rewritten in place appended to the
 * last chunk or, if they do not fit, in a request of their own. Never an empty list.
 */
export function planWriteRequests(
  sheets: SheetCommands[],
  budget = PAYLOAD_BUDGET_BYTES,
  markers = 0,
  /** Other writes of the last sync (rujukan-ulang.ts). */
  tailBytes = 0
): SheetCommands[][] {
  const added = sheets.filter((s) => !s.replace);
  const inPlace = sheets.filter((s) => s.replace);
  const swaps = added.reduce((n, s) => n + (s.supersedes?.length ?? 0), 0) * SUPERSEDE_BYTES;
  const chunks = planRequests(added, budget - swaps - tailBytes);
  const tail = inPlace.reduce(
    (sum, s) => sum + sheetBytes(s),
    swaps + markers * MARKER_BYTES + tailBytes
  );
  const last = chunks[chunks.length - 1];
  if (last && requestBytes(last) + tail <= budget) last.push(...inPlace);
  else chunks.push(inPlace);
  return chunks;
}

/**
 * The one check of a SheetPlan, made where plans are made (planWorkbook): everything Excel would
 * refuse or silently change is refused here, with the address, so every sink (Office.js, xlsx,
 * the in-memory preview) can trust the plan and only convert it. The fake Excel of the tests stays
 * strict on its own: it models Excel, not this check.
 */
import { cellAddress, requireA1 } from "./a1";
import {
  MAX_COLUMN_WIDTH_CHARS,
  MAX_CUSTOM_PROPERTY_CHARS,
  MAX_FONT_SIZE,
  MAX_LIST_SOURCE_CHARS,
  MAX_ROW_HEIGHT,
} from "./excel-limits";
import type { CellStyle, ListValidationPlan, PlanCell, PrintPlan, SheetPlan } from "./plan";
import { checkBand } from "./rule-text";
import { isValidSheetName, sheetKey } from "./sheet-names";
const COLOR = /^#[0-9A-Fa-f]{6}$/;

/** "#RRGGBB" in upper case, as Excel reports colours; throws on anything else. */
export function requireColor(color: string): string {
  if (!COLOR.test(color)) throw new RangeError(`colour must be "#RRGGBB": "${color}"`);
  return color.toUpperCase();
}

function checkCell(cell: PlanCell, row: number, column: number): void {
  if (typeof cell === "number" && !Number.isFinite(cell))
    throw new RangeError(`cell ${cellAddress(row, column)} holds a non-finite number`);
  if (cell !== null && typeof cell === "object" && !cell.formula?.startsWith("="))
    throw new RangeError(
      `not a formula in ${cellAddress(row, column)} (must start with "="): ${JSON.stringify(cell)}`
    );
}

/** A rectangular grid of finite numbers, texts, booleans, nulls and "="-formulas. */
function checkGrid(plan: SheetPlan): void {
  const columns = plan.cells[0]?.length ?? 0;
  plan.cells.forEach((row, r) => {
    if (row.length !== columns)
      throw new RangeError(
        `sheet plan "${plan.name}" is not rectangular: grid row ${r + 1} has ${row.length} cells, expected ${columns}`
      );
    row.forEach((cell, c) => checkCell(cell, r, c));
  });
}

function checkStyle(style: CellStyle): void {
  if (style.fill !== undefined) requireColor(style.fill);
  if (style.fontColor !== undefined) requireColor(style.fontColor);
  if (style.fontSize !== undefined && !(style.fontSize >= 1 && style.fontSize <= MAX_FONT_SIZE))
    throw new RangeError(`font size out of range: ${style.fontSize}`);
  // Locked is every cell's default: a style only ever unlocks.
  if (style.locked !== undefined && style.locked !== false)
    throw new RangeError(`a style can only unlock cells (locked: false): ${String(style.locked)}`);
}

function checkList(v: ListValidationPlan): void {
  if (v.list.length === 0 || v.list.some((item) => item === "" || /[,"]/.test(item)))
    throw new RangeError(
      `list items must be non-empty and without commas or quotes: ${JSON.stringify(v.list)}`
    );
  const source = v.list.join(",");
  if (source.length > MAX_LIST_SOURCE_CHARS)
    throw new RangeError(`list longer than Excel's ${MAX_LIST_SOURCE_CHARS} characters: ${source}`);
}

/** Every address Excel must accept: formats, merges, rules, charts and links. */
function checkRanges(plan: SheetPlan): void {
  for (const f of plan.formats) {
    requireA1(f.range);
    checkStyle(f.style);
  }
  for (const m of plan.merges) requireA1(m);
  for (const v of plan.validations) {
    requireA1(v.range);
    if (!Number.isFinite(v.min))
      throw new RangeError(`validation minimum must be a finite number: ${v.min}`);
  }
  for (const v of plan.listValidations ?? []) {
    requireA1(v.range);
    checkList(v);
  }
  for (const cf of plan.conditionalFormats) {
    requireA1(cf.range);
    for (const band of cf.bands) {
      requireColor(band.fill);
      requireColor(band.fontColor);
      checkBand(band);
    }
  }
  for (const c of plan.charts)
    for (const a of [c.values, c.categories, c.topLeft, c.bottomRight]) requireA1(a);
  for (const link of plan.hyperlinks) {
    requireA1(link.cell);
    requireA1(link.targetCell);
  }
}

function checkPrint(print: PrintPlan): void {
  if (!(Number.isInteger(print.fitToPagesWide) && print.fitToPagesWide >= 1))
    throw new RangeError(`fitToPagesWide must be a positive integer: ${print.fitToPagesWide}`);
  if (print.titleRows !== undefined && requireA1(print.titleRows).kind !== "rows")
    throw new RangeError(
      `print title rows must be whole rows such as "$14:$15": ${print.titleRows}`
    );
  for (const row of print.rowBreaks ?? [])
    if (!(Number.isInteger(row) && row > 1))
      throw new RangeError(`a page break must start a row after the first: ${row}`);
}

/** Sizes, panes and colours of the sheet itself. */
function checkSheet(plan: SheetPlan): void {
  if (!isValidSheetName(plan.name)) throw new RangeError(`invalid sheet name "${plan.name}"`);
  for (const w of plan.columnWidths)
    if (!(w >= 0 && w <= MAX_COLUMN_WIDTH_CHARS))
      throw new RangeError(
        `column width out of range (0-${MAX_COLUMN_WIDTH_CHARS} characters): ${w}`
      );
  for (const { row, height } of plan.rowHeights) {
    if (!Number.isInteger(row) || row < 1)
      throw new RangeError(`row height for invalid row ${row}`);
    if (!(height >= 0 && height <= MAX_ROW_HEIGHT))
      throw new RangeError(`row ${row} height out of range: ${height}`);
  }
  const { rows, columns } = plan.freeze;
  if (!(Number.isInteger(rows) && rows >= 0 && Number.isInteger(columns) && columns >= 0))
    throw new RangeError(`freeze needs whole numbers of rows and columns: ${rows}, ${columns}`);
  if (plan.tabColor !== undefined) requireColor(plan.tabColor);
  // Outside Excel on the web a longer value is cut, and a cut marker no longer parses: the sheet
  // would vanish from the rekap and from "already has a sheet".
  if (plan.marker.value.length > MAX_CUSTOM_PROPERTY_CHARS)
    throw new RangeError(
      `marker of "${plan.name}" over ${MAX_CUSTOM_PROPERTY_CHARS} characters: ${plan.marker.value.length}`
    );
  if (plan.protect !== undefined && plan.protect !== true)
    throw new RangeError(`sheet "${plan.name}": protect must be true or absent`);
  checkVisibility(plan);
  checkSupersedes(plan);
}

/** A superseding sheet is new (not `replace`) and takes the name of one of the sheets it removes. */
function checkSupersedes(plan: SheetPlan): void {
  if (plan.supersedes === undefined) return;
  if (plan.replace) throw new RangeError(`sheet "${plan.name}" both replaces and supersedes`);
  if (!plan.supersedes.some((old) => sheetKey(old) === sheetKey(plan.name)))
    throw new RangeError(`sheet "${plan.name}" must take the name of a sheet it supersedes`);
}

/**
 * A hidden sheet: only "veryHidden" exists in a plan, and such a sheet must never need to be active
 * (freezing panes activates a sheet in Excel, which refuses to activate a hidden one).
 */
function checkVisibility(plan: SheetPlan): void {
  if (plan.visibility === undefined) return;
  if (plan.visibility !== "veryHidden")
    throw new RangeError(`unknown sheet visibility "${String(plan.visibility)}"`);
  if (plan.freeze.rows > 0 || plan.freeze.columns > 0)
    throw new RangeError(`hidden sheet "${plan.name}" cannot have frozen panes`);
}

/** Throws a RangeError naming the first thing in `plan` Excel would refuse; returns the plan. */
export function validatePlan(plan: SheetPlan): SheetPlan {
  checkSheet(plan);
  checkGrid(plan);
  checkRanges(plan);
  checkPrint(plan.print);
  return plan;
}

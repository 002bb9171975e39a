/**
 * The texts every sink (Office.js, xlsx) writes for a plan's validations and colour bands, so the
 * add-in and the .xlsx file carry the same rules.
 */
import { VALIDATION_ERROR_MAX, VALIDATION_PROMPT_MAX, VALIDATION_TITLE_MAX } from "./excel-limits";
import type { ConditionalBand } from "./plan";
import { teks } from "./teks";

/** Cuts a text to a limit, marking the cut with an ellipsis. */
export function clip(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}

/** Titles and messages of an input validation, cut to Excel's lengths: the same in every sink. */
export function validationTexts(v: { prompt: string; errorMessage: string }): {
  promptTitle: string;
  prompt: string;
  errorTitle: string;
  error: string;
} {
  return {
    promptTitle: clip(teks.judulIsian, VALIDATION_TITLE_MAX),
    prompt: clip(v.prompt, VALIDATION_PROMPT_MAX),
    errorTitle: clip(teks.judulIsianSalah, VALIDATION_TITLE_MAX),
    error: clip(v.errorMessage, VALIDATION_ERROR_MAX),
  };
}

/** A number as en-US formula text, in plain decimal notation where Excel would need it. */
export function formulaNumber(n: number): string {
  if (!Number.isFinite(n)) throw new RangeError(`not a finite number: ${n}`);
  const text = String(n);
  return /e/i.test(text) && Math.abs(n) < 1e21 ? n.toFixed(20).replace(/\.?0+$/, "") : text;
}

/** A band must hold some number: [min, max) with max > min when both are given. */
export function checkBand(band: ConditionalBand): void {
  if (band.min !== undefined && band.max !== undefined && !(band.max > band.min))
    throw new RangeError(`band max must exceed min: [${band.min}, ${band.max})`);
}

/**
 * The condition (en-US, without the leading "=") under which `cell` takes a band's colours: a
 * number in [min, max), either bound open when absent. A "between" cell-value rule would include
 * max, so two adjacent bands would both match their shared bound; ISNUMBER keeps blank and ""
 * results uncoloured (Excel ranks text above every number, so "" >= 91 would be true).
 */
export function bandCondition(cell: string, band: ConditionalBand): string {
  checkBand(band);
  const tests = [`ISNUMBER(${cell})`];
  if (band.min !== undefined) tests.push(`${cell}>=${formulaNumber(band.min)}`);
  if (band.max !== undefined) tests.push(`${cell}<${formulaNumber(band.max)}`);
  return `AND(${tests.join(",")})`;
}

/**
 * Data validation and conditional formats of a plan as the Office.js objects the adapter assigns:
 * `range.dataValidation.rule/prompt/errorAlert` (ExcelApi 1.8) and a custom conditional format
 * (`range.conditionalFormats.add("Custom")`, ExcelApi 1.6) per colour band.
 */
import type { ConditionalBand, ListValidationPlan, ValidationPlan } from "../template/plan";
import { requireColor } from "../template/validate-plan";
import { topLeftCell } from "../template/a1";
import { bandCondition, validationTexts } from "../template/rule-text";

export interface ValidationProps {
  rule:
    | { decimal: { formula1: number; operator: "GreaterThanOrEqualTo" } }
    | { list: { inCellDropDown: true; source: string } };
  prompt: { showPrompt: true; title: string; message: string };
  errorAlert: { showAlert: true; style: "Stop"; title: string; message: string };
}

function messages(v: { prompt: string; errorMessage: string }): Omit<ValidationProps, "rule"> {
  const t = validationTexts(v);
  return {
    prompt: { showPrompt: true, title: t.promptTitle, message: t.prompt },
    errorAlert: { showAlert: true, style: "Stop", title: t.errorTitle, message: t.error },
  };
}

/** A number input: decimal >= min. */
export function validationProps(v: ValidationPlan): ValidationProps {
  return {
    rule: { decimal: { formula1: v.min, operator: "GreaterThanOrEqualTo" } },
    ...messages(v),
  };
}

/** A drop-down of fixed texts: one comma-separated source (items checked by validatePlan). */
export function listValidationProps(v: ListValidationPlan): ValidationProps {
  return {
    rule: { list: { inCellDropDown: true, source: v.list.join(",") } },
    ...messages(v),
  };
}

export interface BandProps {
  /** en-US formula relative to the top-left cell of the range, as custom conditional formats expect. */
  formula: string;
  fillColor: string;
  fontColor: string;
}

/** One band as a custom rule (see bandCondition). */
export function bandProps(range: string, band: ConditionalBand): BandProps {
  return {
    formula: `=${bandCondition(topLeftCell(range), band)}`,
    fillColor: requireColor(band.fill),
    fontColor: requireColor(band.fontColor),
  };
}

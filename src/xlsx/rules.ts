/** Validations and colour bands of a plan as ExcelJS data validations and conditional formats. Pure. */
import type { ConditionalFormattingOptions, DataValidation } from "exceljs";
import { topLeftCell } from "../template/a1";
import type { ConditionalFormatPlan, ListValidationPlan, ValidationPlan } from "../template/plan";
import { bandCondition, validationTexts } from "../template/rule-text";
import { argb } from "./style";

function messages(v: { prompt: string; errorMessage: string }): Partial<DataValidation> {
  return {
    allowBlank: true,
    showInputMessage: true,
    showErrorMessage: true,
    errorStyle: "stop",
    ...validationTexts(v),
  };
}

/** Decimal >= min, blanks allowed. */
export function numberValidation(v: ValidationPlan): DataValidation {
  return { type: "decimal", operator: "greaterThanOrEqual", formulae: [v.min], ...messages(v) };
}

/** An in-cell drop-down of fixed texts: one quoted, comma-separated list (items checked by validatePlan). */
export function listValidation(v: ListValidationPlan): DataValidation {
  return { type: "list", formulae: [`"${v.list.join(",")}"`], ...messages(v) };
}

/**
 * One expression rule per band (see bandCondition). Priorities must be unique on a sheet; the bands
 * do not overlap, so their order does not matter.
 */
export function bandFormats(
  plan: ConditionalFormatPlan,
  firstPriority = 1
): ConditionalFormattingOptions {
  const cell = topLeftCell(plan.range);
  return {
    ref: plan.range,
    rules: plan.bands.map((band, i) => {
      return {
        type: "expression",
        priority: firstPriority + i,
        formulae: [bandCondition(cell, band)],
        style: {
          fill: { type: "pattern", pattern: "solid", bgColor: { argb: argb(band.fill) } },
          font: { color: { argb: argb(band.fontColor) } },
        },
      };
    }),
  };
}

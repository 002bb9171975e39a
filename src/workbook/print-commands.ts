/**
 * The print setup of a plan as sheet commands: page layout (A4, orientation, fit to pages wide,
 * repeated title rows) and manual page breaks.
 *
 * Fit-to-width through `pageLayout.zoom` is reported not to apply on Excel desktop until the Page
 * Layout tab has been opened, while a zoom `scale` does (office-js issue #1860). So the plan's own
 * fit-to-width scale (print-pages.ts, Excel's column measure) is set first and fit-to-pages after
 * it: where fit applies it wins, where it is ignored the sheet still prints one page wide.
 */
import { fitScale } from "../template/print-pages";
import type { SheetPlan } from "../template/plan";
import { blockAddress } from "../template/a1";
import type { SheetCommand } from "./sheet-commands";

export function printCommands(plan: SheetPlan): SheetCommand[] {
  const { print } = plan;
  const scale = Math.min(
    100,
    fitScale({ columnWidths: plan.columnWidths, orientation: print.orientation }) *
      print.fitToPagesWide
  );
  const commands: SheetCommand[] = [
    { kind: "printScale", scale },
    {
      kind: "pageLayout",
      orientation: print.orientation === "landscape" ? "Landscape" : "Portrait",
      paperSize: print.paper,
      // verticalFitToPages 0: as many pages tall as needed (Excel's "fit all columns on one page").
      zoom: { horizontalFitToPages: print.fitToPagesWide, verticalFitToPages: 0 },
      ...(print.titleRows !== undefined ? { titleRows: print.titleRows } : {}),
    },
  ];
  for (const row of print.rowBreaks ?? []) {
    // PageBreakCollection.add: the break goes above the range's top-left cell.
    commands.push({ kind: "pageBreak", address: blockAddress(row - 1, 0, 1, 1) });
  }
  return commands;
}

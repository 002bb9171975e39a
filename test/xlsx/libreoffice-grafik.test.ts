/**
 * The rekap's chart read back by LibreOffice: the whole-dinas workbook written by the xlsx sink,
 * and the same written again from itself (the rekap kept, its chart carried by grafik-bawa.ts),
 * converted to .ods in ONE LibreOffice run; the .ods holds the chart as an embedded object whose
 * chart:chart is a bar chart with the plan's title, one series whose values are the rekap's value
 * cells and whose categories are its category cells. Skipped only when soffice is missing outside CI.
 */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import JSZip from "jszip";
import { requireA1 } from "../../src/template/a1";
import type { SheetPlan } from "../../src/template/plan";
import { computeResults } from "../../src/xlsx/cached-values";
import { unescapeXml } from "../../src/xlsx/package-read";
import { writeXlsx } from "../../src/xlsx/write-workbook";
import { needs } from "../support/programs";
import { filledPlans } from "./dasar-support";
import { libreOfficeConvert } from "./support";

const SOFFICE = needs("soffice");

const plans = filledPlans(undefined, 41);
const rekap = plans.find((p) => p.kind === "rekap") as SheetPlan;

/** "C6:C20" on the rekap as LibreOffice writes a range: 'Rekap IKI 2025'.C6:'Rekap IKI 2025'.C20. */
function odsRange(range: string): string {
  const r = requireA1(range);
  const cell = (row: number, col: number) =>
    `'${rekap.name}'.${String.fromCharCode(65 + col)}${row + 1}`;
  return `${cell(r.firstRow, r.firstColumn)}:${cell(r.lastRow, r.lastColumn)}`;
}

let ods: JSZip;
let kept: JSZip;
let dir: string;
beforeAll(async () => {
  if (SOFFICE.skipped) return;
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "iki-lo-grafik-"));
  const dinas = await writeXlsx(plans, { results: computeResults(plans) });
  // The same file written again from itself with no plan: the rekap kept, its chart carried.
  const { bytes } = await writeXlsx([], { dasar: dinas });
  const files = { "dinas.xlsx": dinas, "kept.xlsx": bytes };
  for (const [name, b] of Object.entries(files)) fs.writeFileSync(path.join(dir, name), b);
  libreOfficeConvert(
    SOFFICE.require(),
    Object.keys(files).map((f) => path.join(dir, f)),
    dir,
    "ods"
  );
  ods = await JSZip.loadAsync(fs.readFileSync(path.join(dir, "dinas.ods")));
  kept = await JSZip.loadAsync(fs.readFileSync(path.join(dir, "kept.ods")));
}, 300_000);

afterAll(() => {
  if (dir) fs.rmSync(dir, { recursive: true, force: true });
});

describe("the rekap's chart after LibreOffice", () => {
  SOFFICE.test.each([
    ["written with the rekap", () => ods],
    ["carried from IN with the rekap kept", () => kept],
  ])("is an embedded chart of the rekap's ranges, with the plan's title: %s", async (_, of) => {
    const zip = of();
    const content = (await zip.file("content.xml")?.async("string")) as string;
    const objects = [...content.matchAll(/<draw:object [^>]*xlink:href="\.\/([^"]+)"/g)].map(
      (m) => m[1]
    );
    expect(objects).toHaveLength(1);
    const raw = (await zip.file(`${objects[0]}/content.xml`)?.async("string")) as string;
    const chart = unescapeXml(raw);
    const [plan] = rekap.charts;
    expect(chart).toMatch(/<chart:chart [^>]*chart:class="chart:bar"/);
    expect(chart).toContain(`<text:p>${plan.title}</text:p></chart:title>`);
    const series = [...chart.matchAll(/<chart:series [^>]*>/g)].map((m) => m[0]);
    expect(series).toHaveLength(1);
    expect(series[0]).toContain(`chart:values-cell-range-address="${odsRange(plan.values)}"`);
    expect(series[0]).toContain(`loext:label-string=""${plan.seriesName}""`);
    expect(chart).toContain(
      `<chart:categories table:cell-range-address="${odsRange(plan.categories)}"/>`
    );
    // Bars along the categories, horizontal (ODF: the plot area's style is "vertical").
    const style = /<chart:plot-area chart:style-name="([^"]+)"/.exec(chart)?.[1];
    expect(chart).toMatch(
      new RegExp(
        `<style:style style:name="${style}" [^>]*><style:chart-properties chart:vertical="true"`
      )
    );
  });
});

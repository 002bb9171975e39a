/**
 * The rekap's chart read back by LibreOffice: the whole-dinas workbook written by the xlsx sink,
 * converted to .ods in ONE LibreOffice run; the .ods holds the chart as an embedded object whose
 * chart:chart is a bar chart with the plan's title, one series whose values are the rekap's value
 * cells and whose categories are its category cells. Skipped only when soffice is missing outside CI.
 */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import JSZip from "jszip";
import { builtInCatalog } from "../../src/catalog";
import { planWorkbook } from "../../src/template";
import { requireA1 } from "../../src/template/a1";
import type { SheetPlan } from "../../src/template/plan";
import { computeResults } from "../../src/xlsx/cached-values";
import { unescapeXml } from "../../src/xlsx/package-read";
import { writeXlsx } from "../../src/xlsx/write-workbook";
import { needs } from "../support/programs";
import { options } from "../template/support";
import { fillInputs, libreOfficeConvert } from "./support";

const SOFFICE = needs("soffice");

const plans = fillInputs(
  planWorkbook({
    katalog: builtInCatalog,
    jabatan: builtInCatalog.jabatan,
    options: options({ mode: "native" }),
    rekap: true,
    existing: [],
  }),
  "lima",
  41
).plans;
const rekap = plans.find((p) => p.kind === "rekap") as SheetPlan;

/** "C6:C20" on the rekap as LibreOffice writes a range: 'Rekap IKI 2025'.C6:'Rekap IKI 2025'.C20. */
function odsRange(range: string): string {
  const r = requireA1(range);
  const cell = (row: number, col: number) =>
    `'${rekap.name}'.${String.fromCharCode(65 + col)}${row + 1}`;
  return `${cell(r.firstRow, r.firstColumn)}:${cell(r.lastRow, r.lastColumn)}`;
}

let ods: JSZip;
let dir: string;
beforeAll(async () => {
  if (SOFFICE.skipped) return;
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "iki-lo-grafik-"));
  const file = path.join(dir, "dinas.xlsx");
  fs.writeFileSync(file, await writeXlsx(plans, { results: computeResults(plans) }));
  libreOfficeConvert(SOFFICE.require(), [file], dir, "ods");
  ods = await JSZip.loadAsync(fs.readFileSync(path.join(dir, "dinas.ods")));
}, 300_000);

afterAll(() => {
  if (dir) fs.rmSync(dir, { recursive: true, force: true });
});

describe("the rekap's chart after LibreOffice", () => {
  SOFFICE.test("is an embedded chart of the rekap's ranges, with the plan's title", async () => {
    const content = (await ods.file("content.xml")?.async("string")) as string;
    const objects = [...content.matchAll(/<draw:object [^>]*xlink:href="\.\/([^"]+)"/g)].map(
      (m) => m[1]
    );
    expect(objects).toHaveLength(1);
    const raw = (await ods.file(`${objects[0]}/content.xml`)?.async("string")) as string;
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

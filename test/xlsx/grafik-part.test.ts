/**
 * The rekap's chart in the .xlsx (grafik-part.ts, package-parts.ts): the package's parts are
 * well-formed XML (xmllint), related sheet -> drawing -> chart and declared in the content types;
 * <drawing> sits where CT_Worksheet puts it; the chart is a clustered horizontal bar chart whose
 * series refers to the plan's ranges, its cached points the computed results. OUT written from IN
 * with the rekap replanned carries it too. LibreOffice reading it back: libreoffice-grafik.test.ts.
 */
import { execFileSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import JSZip from "jszip";
import { forEachCell } from "../../src/template/a1";
import type { SheetPlan } from "../../src/template/plan";
import { computeResults } from "../../src/xlsx/cached-values";
import { relativeTarget } from "../../src/xlsx/grafik-bawa";
import { absoluteRef } from "../../src/xlsx/grafik-part";
import { partRels, sheetParts } from "../../src/xlsx/package-read";
import { writeXlsx } from "../../src/xlsx/write-workbook";
import { needs } from "../support/programs";
import { CREATED, cliFile, cliPlans, filledPlans } from "./dasar-support";

const XMLLINT = needs("xmllint");

/** Four jabatan and their rekap, inputs typed (so the rekap's capaian are numbers). */
const plans = filledPlans(4, 14);
const rekap = plans.find((p) => p.kind === "rekap") as SheetPlan;
const results = computeResults(plans);

/** The rekap's sheet part, its drawing and the drawing's chart, as the relationships lead. */
async function chartOf(zip: JSZip, sheet: string) {
  const part = (await sheetParts(zip)).get(sheet) as string;
  const drawings = (await partRels(zip, part)).filter((r) => r.type === "drawing");
  expect(drawings).toHaveLength(1);
  const charts = (await partRels(zip, drawings[0].target)).filter((r) => r.type === "chart");
  expect(charts).toHaveLength(1);
  const text = async (p: string) => (await zip.file(p)?.async("string")) as string;
  return {
    sheetXml: await text(part),
    drawingRel: drawings[0],
    drawing: drawings[0].target,
    drawingXml: await text(drawings[0].target),
    chart: charts[0].target,
    chartXml: await text(charts[0].target),
  };
}

describe("the rekap's chart part", () => {
  let zip: JSZip;
  beforeAll(async () => (zip = await JSZip.loadAsync(await writeXlsx(plans, { results }))));

  XMLLINT.test("every XML part of the package is well-formed", async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "iki-grafik-"));
    try {
      const files: string[] = [];
      for (const name of Object.keys(zip.files).filter((f) => /\.(xml|rels)$/.test(f))) {
        const file = path.join(dir, name.replace(/[/[\]]/g, "_"));
        fs.writeFileSync(file, (await zip.file(name)?.async("uint8array")) as Uint8Array);
        files.push(file);
      }
      expect(files.some((f) => f.includes("charts_chart"))).toBe(true);
      execFileSync(XMLLINT.require(), ["--noout", ...files], { stdio: "pipe" });
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it("is related sheet -> drawing -> chart, declared, and <drawing> follows the schema order", async () => {
    const c = await chartOf(zip, rekap.name);
    const types = (await zip.file("[Content_Types].xml")?.async("string")) as string;
    expect(types).toContain(
      `<Override PartName="/${c.drawing}" ContentType="application/vnd.openxmlformats-officedocument.drawing+xml"/>`
    );
    expect(types).toContain(
      `<Override PartName="/${c.chart}" ContentType="application/vnd.openxmlformats-officedocument.drawingml.chart+xml"/>`
    );
    expect(c.sheetXml).toContain(`<drawing r:id="${c.drawingRel.id}"/>`);
    const order = ["pageSetup", "customProperties", "drawing"].map((t) =>
      c.sheetXml.indexOf(`<${t}`)
    );
    expect(order.every((i, k) => i > 0 && (k === 0 || i > order[k - 1]))).toBe(true);
    expect(c.sheetXml.indexOf("<drawing")).toBeLessThan(c.sheetXml.indexOf("</worksheet>"));
  });

  it("is a clustered bar chart of the plan's ranges, title and series name, with cached points", async () => {
    const { chartXml, drawingXml } = await chartOf(zip, rekap.name);
    const [chart] = rekap.charts;
    expect(chartXml).toMatch(/<c:barDir val="bar"\/><c:grouping val="clustered"\/>/);
    expect(chartXml.match(/<c:ser>/g)).toHaveLength(1);
    expect(chartXml).toContain(`<c:tx><c:v>${chart.seriesName}</c:v></c:tx>`);
    expect(chartXml).toContain(`<a:t>${chart.title}</a:t>`);
    const esc = (t: string) => t.replace(/'/g, "&apos;");
    expect(chartXml).toContain(`<c:f>${esc(absoluteRef(rekap.name, chart.categories))}</c:f>`);
    expect(chartXml).toContain(`<c:f>${esc(absoluteRef(rekap.name, chart.values))}</c:f>`);
    expect(absoluteRef("Rekap IKI 2025", "B6:B9")).toBe("'Rekap IKI 2025'!$B$6:$B$9");
    const values: number[] = [];
    forEachCell(chart.values, (row, col) =>
      values.push(results(rekap.name, row + 1, col) as number)
    );
    const cache = /<c:numCache>(.*)<\/c:numCache>/.exec(chartXml)?.[1] ?? "";
    const points = [...cache.matchAll(/<c:pt idx="(\d+)"><c:v>([^<]*)<\/c:v>/g)];
    expect(points.map((m) => [Number(m[1]), Number(m[2])])).toEqual(
      values.map((v, i) => [i, v]).filter(([, v]) => typeof v === "number")
    );
    expect(points.length).toBeGreaterThan(0);
    const from = /<xdr:from><xdr:col>(\d+)<\/xdr:col>.*?<xdr:row>(\d+)<\/xdr:row>/.exec(drawingXml);
    const tl = chart.topLeft.match(/^([A-Z])(\d+)$/) as RegExpMatchArray;
    expect([Number(from?.[1]), Number(from?.[2])]).toEqual([
      tl[1].charCodeAt(0) - 65,
      Number(tl[2]) - 1,
    ]);
  });

  it("is written again when OUT is written from IN with the rekap replanned, nothing reported lost", async () => {
    const cli = cliPlans();
    const r = cli.find((p) => p.kind === "rekap") as SheetPlan;
    const { bytes, hilang } = await writeXlsx([{ ...r, replace: true }], {
      dasar: await cliFile(cli),
      created: CREATED,
      results: computeResults(cli),
    });
    expect(hilang).toEqual([]);
    const out = await JSZip.loadAsync(bytes);
    const c = await chartOf(out, r.name);
    expect(c.chartXml).toContain(`<a:t>${r.charts[0].title}</a:t>`);
    expect(Object.keys(out.files).filter((f) => /^xl\/charts\/.+\.xml$/.test(f))).toHaveLength(1);
  });

  it("a kept rekap's chart is carried beside a new one, renamed where the names meet", async () => {
    const cli = cliPlans();
    const r = cli.find((p) => p.kind === "rekap") as SheetPlan;
    const baru = { ...r, name: "Rekap Baru", marker: { ...r.marker } };
    const { bytes, hilang } = await writeXlsx([baru], {
      dasar: await cliFile(cli),
      created: CREATED,
      results: computeResults([...cli, baru]),
    });
    expect(hilang).toEqual([]);
    const out = await JSZip.loadAsync(bytes);
    const lama = await chartOf(out, r.name);
    const dibuat = await chartOf(out, baru.name);
    expect(new Set([lama.chart, dibuat.chart, lama.drawing, dibuat.drawing]).size).toBe(4);
    expect(lama.chartXml).toContain(
      `<c:f>${absoluteRef(r.name, r.charts[0].values).replace(/'/g, "&apos;")}</c:f>`
    );
    expect(dibuat.chartXml).toContain(
      `<c:f>${absoluteRef(baru.name, r.charts[0].values).replace(/'/g, "&apos;")}</c:f>`
    );
    expect(relativeTarget("xl/worksheets/sheet3.xml", "xl/drawings/drawing2.xml")).toBe(
      "../drawings/drawing2.xml"
    );
    expect(relativeTarget("xl/drawings/drawing2.xml", "xl/charts/chart2.xml")).toBe(
      "../charts/chart2.xml"
    );
  });
});

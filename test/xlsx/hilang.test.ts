/**
 * What ExcelJS cannot carry from IN to OUT is listed, never dropped in silence (writeXlsx `hilang`):
 * a chart, a pivot table, a slicer, a threaded comment and macros are hand-written into the package
 * of a file (minimal parts, as Excel links them); a picture and a note, which ExcelJS carries, are
 * not listed; nor a chart of a kept sheet (grafik-bawa.ts carries it) unless it shares the drawing
 * ExcelJS rewrites for a picture. The rekap's chart is written anew when the rekap is replanned.
 */
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { freePath } from "../../src/xlsx/grafik-bawa";
import { insertBefore } from "../../src/xlsx/package-parts";
import { packageContents } from "../../src/xlsx/package-contents";
import { partRels, readSheetPackages, sheetParts } from "../../src/xlsx/package-read";
import { teks, teksHilang } from "../../src/xlsx/teks";
import { writeXlsx } from "../../src/xlsx/write-workbook";
import { CREATED, cliFile, cliPlans, userFile } from "./dasar-support";

const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const MS_REL = "http://schemas.microsoft.com/office";
const PNG_1PX = Buffer.from(
  "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==",
  "base64"
);

const DRAWING = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<xdr:wsDr xmlns:xdr="http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" xmlns:r="${REL}"><xdr:twoCellAnchor><xdr:from><xdr:col>1</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>1</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:from><xdr:to><xdr:col>6</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>12</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:to><xdr:graphicFrame macro=""><xdr:nvGraphicFramePr><xdr:cNvPr id="2" name="Grafik 1"/><xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr><xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm><a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/chart"><c:chart r:id="rId1"/></a:graphicData></a:graphic></xdr:graphicFrame><xdr:clientData/></xdr:twoCellAnchor></xdr:wsDr>`;
const CHART = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<c:chartSpace xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart"><c:chart><c:plotArea><c:layout/></c:plotArea></c:chart></c:chartSpace>`;
const RELS = (rels: string) =>
  `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${rels}</Relationships>`;

/** Adds a relationship (and its target part) to a part's .rels. */
async function relate(zip: JSZip, part: string, type: string, target: string, body: string) {
  const path = part.replace(/([^/]+)$/, "_rels/$1.rels");
  const rels = (await zip.file(path)?.async("string")) ?? RELS("");
  const id = `rIdX${(rels.match(/<Relationship /g) ?? []).length + 1}`;
  zip.file(
    path,
    rels.replace(
      "</Relationships>",
      `<Relationship Id="${id}" Type="${type}" Target="${target}"/></Relationships>`
    )
  );
  zip.file(new URL(target, `file:///${part}`).pathname.slice(1), body);
  return id;
}

/** A chart (drawing -> chart part) on a sheet that has no drawing yet. */
async function addChart(zip: JSZip, sheet: string, n: number): Promise<void> {
  const part = (await sheetParts(zip)).get(sheet) as string;
  const id = await relate(zip, part, `${REL}/drawing`, `../drawings/grafik${n}.xml`, DRAWING);
  zip.file(
    `xl/drawings/_rels/grafik${n}.xml.rels`,
    RELS(`<Relationship Id="rId1" Type="${REL}/chart" Target="../charts/grafik${n}.xml"/>`)
  );
  zip.file(`xl/charts/grafik${n}.xml`, CHART);
  const xml = (await zip.file(part)?.async("string")) as string;
  zip.file(part, insertBefore(xml, `<drawing r:id="${id}"/>`, []));
}

/** The user's file with a picture (ExcelJS writes it) and, by hand, everything ExcelJS drops. */
async function userFileWithAll(): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load((await userFile()) as unknown as ArrayBuffer);
  const image = wb.addImage({ buffer: PNG_1PX, extension: "png" } as unknown as ExcelJS.Image);
  wb.getWorksheet("Catatan Saya")?.addImage(image, "E5:F8");
  const zip = await JSZip.loadAsync(await wb.xlsx.writeBuffer());
  const part = (await sheetParts(zip)).get("Catatan Saya") as string;
  await relate(
    zip,
    part,
    `${REL}/pivotTable`,
    "../pivotTables/pivotTable1.xml",
    "<pivotTableDefinition/>"
  );
  await relate(
    zip,
    part,
    `${MS_REL}/2007/relationships/slicer`,
    "../slicers/slicer1.xml",
    "<slicers/>"
  );
  await relate(
    zip,
    part,
    `${MS_REL}/2017/10/relationships/threadedComment`,
    "../threadedComments/threadedComment1.xml",
    "<ThreadedComments/>"
  );
  await relate(
    zip,
    "xl/workbook.xml",
    `${MS_REL}/2006/relationships/vbaProject`,
    "vbaProject.bin",
    "VBA"
  );
  await addChart(zip, "Lain", 1);
  // A chart beside the picture, in the drawing ExcelJS rewrites for it: that one cannot be carried.
  const drawing = (await partRels(zip, part)).find((r) => r.type === "drawing")?.target as string;
  await relate(zip, drawing, `${REL}/chart`, "../charts/grafik9.xml", CHART);
  return zip.generateAsync({ type: "uint8array" });
}

describe("hilang: what OUT does not carry from IN", () => {
  it("lists the chart beside a picture, pivot, slicer, threaded comment and macros; not the picture, the note, a chart alone", async () => {
    const plans = cliPlans();
    const { bytes, hilang } = await writeXlsx(plans, {
      dasar: await userFileWithAll(),
      created: CREATED,
    });
    expect(hilang).toEqual([
      { sheet: "", apa: "makro" },
      { sheet: "Catatan Saya", apa: "grafik" },
      { sheet: "Catatan Saya", apa: "pivot" },
      { sheet: "Catatan Saya", apa: "slicer" },
      { sheet: "Catatan Saya", apa: "komentarBerutas" },
    ]);
    const out = new ExcelJS.Workbook();
    await out.xlsx.load(bytes as unknown as ArrayBuffer);
    expect(out.getWorksheet("Catatan Saya")?.getImages()).toHaveLength(1);
    expect(out.getWorksheet("Catatan Saya")?.getCell("A3").note).toBe("Catatan untuk atasan");
    expect(teksHilang(hilang)).toEqual([
      teks.hilang.judul,
      "- Buku kerja: makro (VBA).",
      '- Lembar "Catatan Saya": grafik, tabel pivot, slicer atau timeline, komentar berutas (percakapan).',
      teks.hilang.saran,
    ]);
    expect(teksHilang([])).toEqual([]);
  });

  it("carries the charts of kept sheets (the rekap's too) and writes the replanned rekap's anew", async () => {
    const plans = cliPlans();
    const rekap = plans.find((p) => p.kind === "rekap")!;
    const zip = await JSZip.loadAsync(await cliFile(plans));
    // The rekap's own chart is the CLI's (grafik-part.ts); one added to an IKI sheet by hand.
    await addChart(zip, plans[0].name, 2);
    const dasar = await zip.generateAsync({ type: "uint8array" });
    const replanned = await writeXlsx([{ ...rekap, replace: true }], { dasar, created: CREATED });
    const kept = await writeXlsx([], { dasar, created: CREATED });
    for (const { bytes, hilang } of [replanned, kept]) {
      expect(hilang).toEqual([]);
      const out = await JSZip.loadAsync(bytes);
      const isi = await packageContents(out, await readSheetPackages(out));
      expect([plans[0].name, rekap.name].map((n) => isi.get(n)?.get("grafik"))).toEqual([1, 1]);
      const types = (await out.file("[Content_Types].xml")?.async("string")) as string;
      // The CLI's chart and drawing parts, declared as IN declares them (the hand-made ones are not).
      const ours = Object.keys(out.files).filter((f) =>
        /^xl\/(charts\/chart|drawings\/drawing)\d+\.xml$/.test(f)
      );
      expect(ours).toHaveLength(2);
      for (const f of ours) expect([f, types.includes(`PartName="/${f}"`)]).toEqual([f, true]);
    }
  });

  it("copies a kept drawing's link to a place in the workbook as it is, not as a part", async () => {
    const plans = cliPlans();
    const zip = await JSZip.loadAsync(await cliFile(plans));
    await addChart(zip, plans[1].name, 3);
    const place = `#'${plans[0].name}'!A1`;
    const rels = (await zip.file("xl/drawings/_rels/grafik3.xml.rels")?.async("string")) as string;
    const link = `<Relationship Id="rId2" Type="${REL}/hyperlink" Target="${place}"/>`;
    zip.file(
      "xl/drawings/_rels/grafik3.xml.rels",
      rels.replace("</Relationships>", `${link}</Relationships>`)
    );
    const { bytes, hilang } = await writeXlsx([], {
      dasar: await zip.generateAsync({ type: "uint8array" }),
      created: CREATED,
    });
    expect(hilang).toEqual([]);
    const out = await JSZip.loadAsync(bytes);
    const part = (await sheetParts(out)).get(plans[1].name) as string;
    const drawing = (await partRels(out, part)).find((r) => r.type === "drawing")?.target as string;
    expect(await partRels(out, drawing)).toEqual([
      { id: "rId1", type: "chart", target: "xl/charts/grafik3.xml", external: false },
      { id: "rId2", type: "hyperlink", target: place, external: true },
    ]);
    const written = await out.file(drawing.replace(/([^/]+)$/, "_rels/$1.rels"))?.async("string");
    expect(written).toContain(`Target="${place}"`);
  });

  it("finds a free name for a part with an extension and for one without", () => {
    const out = new JSZip();
    for (const f of ["xl/media/image", "xl/media/image2", "xl/charts/chart1.xml"]) out.file(f, "x");
    expect(freePath(out, "xl/media/image", new Set())).toBe("xl/media/image3");
    expect(freePath(out, "xl/media/image", new Set(["xl/media/image3"]))).toBe("xl/media/image4");
    expect(freePath(out, "xl/charts/chart1.xml", new Set())).toBe("xl/charts/chart2.xml");
    expect(freePath(out, "xl/media/gambar", new Set())).toBe("xl/media/gambar");
  });
});

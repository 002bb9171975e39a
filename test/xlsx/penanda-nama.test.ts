/**
 * The marker kept a second time as a sheet-scoped hidden name `_IKI_DINSOS` (penanda-nama.ts): the
 * formula round trip (quotes, texts longer than Excel's 255-character constant), the sink writing
 * one per sheet, readXlsxWorkbook taking it where the custom property is gone, a renamed sheet
 * keeping it, the user's own names untouched, and OUT written from IN neither losing nor
 * reporting it. LibreOffice keeping it is tested in libreoffice-dasar.test.ts.
 */
import JSZip from "jszip";
import type { SheetPlan } from "../../src/template/plan";
import { computeResults } from "../../src/xlsx/cached-values";
import { readDefinedNames } from "../../src/xlsx/defined-names";
import {
  NAMA_PENANDA,
  bacaRumusPenanda,
  denganNamaPenanda,
  penandaDariNama,
  rumusPenanda,
} from "../../src/xlsx/penanda-nama";
import { readXlsxWorkbook } from "../../src/xlsx/read-workbook";
import { writeXlsx } from "../../src/xlsx/write-workbook";
import { CREATED, cliFile, cliPlans } from "./dasar-support";

const plans = cliPlans();

const workbookXml = async (bytes: Uint8Array) =>
  (await (await JSZip.loadAsync(bytes)).file("xl/workbook.xml")?.async("string")) as string;

/**
 * The package as LibreOffice leaves it: no custom properties (names kept), sheets renamed as given;
 * `tanpaNama`: names left out (the superseded sheet's print titles, which are reported lost).
 */
async function tanpaProperti(
  bytes: Uint8Array,
  rename: Record<string, string> = {},
  tanpaNama?: RegExp
) {
  const zip = await JSZip.loadAsync(bytes);
  for (const f of Object.keys(zip.files).filter((f) => /^xl\/worksheets\/sheet\d+\.xml$/.test(f))) {
    const xml = (await zip.file(f)?.async("string")) as string;
    zip.file(f, xml.replace(/<customProperties>.*?<\/customProperties>/, ""));
  }
  let wb = await workbookXml(bytes);
  for (const [from, to] of Object.entries(rename))
    wb = wb.replace(new RegExp(`(<sheet [^>]*name=")${from}"`), `$1${to}"`);
  zip.file("xl/workbook.xml", tanpaNama ? wb.replace(tanpaNama, "") : wb);
  return zip.generateAsync({ type: "uint8array" });
}

describe("the marker as a sheet-scoped name", () => {
  it("writes a text formula that reads back as the marker, long and quoted alike", () => {
    const long = JSON.stringify({ v: 1, baris: Array.from({ length: 120 }, (_, i) => i + 24) });
    expect(long.length).toBeGreaterThan(255);
    for (const value of [plans[0].marker.value, long, ""]) {
      const f = rumusPenanda(value);
      expect(f.split("&").every((p) => (bacaRumusPenanda(p) ?? "").length <= 255)).toBe(true);
      expect(bacaRumusPenanda(f)).toBe(value);
    }
    expect(rumusPenanda('a"b')).toBe('"a""b"');
    for (const other of ["Sheet1!$A$1", '"a"&B1', "0.1", '"a" "b"'])
      expect(bacaRumusPenanda(other)).toBeUndefined();
  });

  it("is written hidden for every sheet of a new file, scoped to it, beside the print titles", async () => {
    const xml = await workbookXml(await cliFile(plans));
    const names = readDefinedNames(xml).filter((n) => n.name === NAMA_PENANDA);
    expect(names.map((n) => n.localSheetId)).toEqual(plans.map((_, i) => i));
    expect(names.every((n) => n.xml.includes('hidden="1"'))).toBe(true);
    expect(readDefinedNames(xml).filter((n) => n.name === "_xlnm.Print_Titles")).toHaveLength(3);
    expect([...penandaDariNama(xml)]).toEqual(plans.map((p) => [p.name, p.marker.value]));
  });

  it("gives readXlsxWorkbook the marker the custom property lost, under a new sheet name too", async () => {
    const bytes = await tanpaProperti(await cliFile(plans), {
      [plans[1].name]: "Sekretaris (ganti)",
    });
    const read = await readXlsxWorkbook(bytes);
    expect(read[1].name).toBe("Sekretaris (ganti)");
    expect(read.map((s) => s.marker)).toEqual(plans.map((p) => p.marker.value));
  });

  it("leaves the user's names as they are and replaces only stale marker names", () => {
    const wb =
      '<workbook><sheets><sheet name="A" sheetId="1" r:id="rId1"/><sheet name="B" sheetId="2" r:id="rId2"/></sheets>' +
      '<definedNames><definedName name="Tarif" hidden="1">0.1</definedName>' +
      '<definedName name="_IKI_DINSOS" localSheetId="0">"lama"</definedName>' +
      '<definedName name="Lokal" localSheetId="1">B!$A$1</definedName></definedNames><calcPr/></workbook>';
    const out = denganNamaPenanda(wb, new Map([["B", '{"v":1}']]));
    expect(readDefinedNames(out).map((n) => [n.name, n.localSheetId, n.formula])).toEqual([
      ["Tarif", undefined, "0.1"],
      ["Lokal", 1, "B!$A$1"],
      [NAMA_PENANDA, 1, '"{""v"":1}"'],
    ]);
    expect(out.indexOf("</definedNames>")).toBeLessThan(out.indexOf("<calcPr/>"));
  });

  it("OUT from IN: each sheet's name follows it, a superseded sheet's goes unreported", async () => {
    const titles = /<definedName name="_xlnm.Print_Titles" localSheetId="1">[^<]*<\/definedName>/;
    const dasar = await tanpaProperti(await cliFile(plans), {}, titles);
    expect(readDefinedNames(await workbookXml(dasar)).map((n) => n.localSheetId)).toEqual([
      0, 2, 0, 1, 2, 3,
    ]);
    const [satu, dua] = plans;
    const baru: SheetPlan = { ...dua, name: "Sekretaris Baru", supersedes: [dua.name] };
    const { bytes, hilang } = await writeXlsx([baru], {
      dasar,
      created: CREATED,
      results: computeResults(plans),
    });
    expect(hilang).toEqual([]);
    const markers = penandaDariNama(await workbookXml(bytes));
    expect([...markers]).toEqual([
      [satu.name, satu.marker.value],
      ["Sekretaris Baru", dua.marker.value],
      ...plans.slice(2).map((p) => [p.name, p.marker.value]),
    ]);
    const read = await readXlsxWorkbook(bytes);
    expect(read.map((s) => s.marker)).toEqual(plans.map((p) => p.marker.value));
  });

  it('writes the kept sheets\' names hidden again after LibreOffice showed them (hidden="false")', async () => {
    // LibreOffice writes every name with its attributes in its own order and hidden="false".
    const lo = await tanpaProperti(await cliFile(plans));
    const zip = await JSZip.loadAsync(lo);
    const shown = (await workbookXml(lo)).replace(
      /<definedName name="_IKI_DINSOS" localSheetId="(\d+)" hidden="1">/g,
      '<definedName function="false" hidden="false" localSheetId="$1" name="_IKI_DINSOS" vbProcedure="false">'
    );
    zip.file("xl/workbook.xml", shown);
    const dasar = await zip.generateAsync({ type: "uint8array" });
    const names = async (bytes: Uint8Array) =>
      readDefinedNames(await workbookXml(bytes)).filter((n) => n.name === NAMA_PENANDA);
    expect((await names(dasar)).map((n) => /hidden="false"/.test(n.xml))).toEqual(
      plans.map(() => true)
    );
    const { bytes } = await writeXlsx([], { dasar, created: CREATED });
    const out = await names(bytes);
    expect(out.map((n) => [n.localSheetId, /hidden="1"/.test(n.xml)])).toEqual(
      plans.map((_, i) => [i, true])
    );
    expect([...penandaDariNama(await workbookXml(bytes))]).toEqual(
      plans.map((p) => [p.name, p.marker.value])
    );
  });
});

/**
 * Writing OUT from IN (write-dasar.ts, defined-names.ts): IN's defined names of every kind come out
 * as IN has them (constant, formula, sheet reference, sheet scope re-indexed, print area, hidden,
 * another workbook's reference); only those of a sheet gone without a successor go, listed as lost.
 * A superseded sheet keeps its hiding (hidden, very hidden).
 */
import JSZip from "jszip";
import type { SheetPlan } from "../../src/template/plan";
import { computeResults } from "../../src/xlsx/cached-values";
import { readDefinedNames, sheetsReferred } from "../../src/xlsx/defined-names";
import { readXlsxWorkbook } from "../../src/xlsx/read-workbook";
import { teksHilang } from "../../src/xlsx/teks";
import { writeXlsx } from "../../src/xlsx/write-workbook";
import { CREATED, cliFile, cliPlans } from "./dasar-support";

const plans = cliPlans();
const [satu, dua, rekap] = plans;
const q = (name: string) => `'${name.replace(/'/g, "''")}'`;

/** IN's names: [name, localSheetId, formula]; positions 0 satu, 1 dua, 2 rekap, 3 katalog. */
const NAMES: [string, number | undefined, string][] = [
  ["Tarif", undefined, "0.1"],
  ["Dua", undefined, "Tarif*2"],
  ["Teks", undefined, '"a!b"'],
  ["TargetSatu", undefined, `${q(satu.name)}!$G$30`],
  ["PadaDua", undefined, `${q(dua.name)}!$B$2`],
  ["Campur", undefined, `${q(dua.name)}!$A$1+${q(satu.name)}!$A$1`],
  ["LokalDua", 1, `${q(satu.name)}!$A$1`],
  ["LokalRekap", 2, `${q(rekap.name)}!$A$1`],
  ["_xlnm.Print_Area", 1, `${q(dua.name)}!$A$1:$P$40`],
  ["Luar", undefined, "[1]Sheet1!$A$1"],
];

const escape = (t: string) => t.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

/** The CLI's file with NAMES added (a hidden one too) and dua's tab state set. */
async function masuk(state: "hidden" | "veryHidden"): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(await cliFile(plans));
  let xml = (await zip.file("xl/workbook.xml")?.async("string")) as string;
  const added = NAMES.map(
    ([name, local, f]) =>
      `<definedName name="${name}"${local === undefined ? "" : ` localSheetId="${local}"`}${
        name === "Tarif" ? ' hidden="1"' : ""
      }>${escape(f)}</definedName>`
  ).join("");
  xml = xml.replace("</definedNames>", `${added}</definedNames>`);
  xml = xml.replace(new RegExp(`(name="${dua.name}" state=")visible`), `$1${state}`);
  zip.file("xl/workbook.xml", xml);
  return zip.generateAsync({ type: "uint8array" });
}

async function names(bytes: Uint8Array) {
  const zip = await JSZip.loadAsync(bytes);
  const xml = (await zip.file("xl/workbook.xml")?.async("string")) as string;
  return readDefinedNames(xml)
    .map((n) => [n.name, n.localSheetId, n.formula, n.xml.includes('hidden="1"')] as const)
    .sort((a, b) => `${a[0]}|${a[1]}`.localeCompare(`${b[0]}|${b[1]}`));
}

const write = async (dasar: Uint8Array, p: SheetPlan[]) =>
  writeXlsx(p, { dasar, created: CREATED, results: computeResults(plans) });

const rewritten = (plan: SheetPlan, extra: Partial<SheetPlan>): SheetPlan => {
  const cells = plan.cells.map((row) => [...row]);
  cells[0][0] = "DITULIS ULANG";
  return { ...plan, cells, ...extra };
};

describe("defined names and hiding, writing OUT from IN", () => {
  it("finds the sheets a name's formula refers to, not text in quotes nor another workbook", () => {
    expect(sheetsReferred("'Kepala Dinas'!$A$1+Lain!B2*SUM(A:B!C1)")).toEqual([
      "Kepala Dinas",
      "Lain",
      "A",
      "B",
    ]);
    expect(sheetsReferred(`"x!y"&'It''s'!A1`)).toEqual(["It's"]);
    expect(sheetsReferred("[1]Sheet1!$A$1")).toEqual([]);
    expect(sheetsReferred("Tarif*2")).toEqual([]);
  });

  it.each(["hidden", "veryHidden"] as const)(
    "keeps every name of IN and the %s state of a superseded sheet",
    async (state) => {
      const dasar = await masuk(state);
      const out = await write(dasar, [rewritten(dua, { supersedes: [dua.name] })]);
      expect(out.hilang).toEqual([]);
      const before = await names(dasar);
      // The plans' print titles too, and each sheet's marker name (penanda-nama.ts).
      expect(before.length).toBe(NAMES.length + 3 + plans.length);
      expect(await names(out.bytes)).toEqual(before);
      const read = await readXlsxWorkbook(out.bytes);
      expect(read[1].name).toBe(dua.name);
      expect(read[1].formulas[0][0]).toBe("DITULIS ULANG");
      expect(read.map((s) => s.visibility)).toEqual(["visible", state, "visible", "veryHidden"]);
    }
  );

  it("drops only the names of a sheet gone without a successor, says so, and re-indexes the scopes", async () => {
    const dasar = await masuk("hidden");
    const both = rewritten(satu, { supersedes: [satu.name, dua.name] });
    const out = await write(dasar, [both]);
    expect(out.hilang).toEqual([{ sheet: dua.name, apa: "nama" }]);
    expect(teksHilang(out.hilang).join("\n")).toContain("nama terdefinisi");
    const shifted = (await names(dasar))
      .filter(([n, local]) => local !== 1 && n !== "PadaDua")
      .map(([n, local, f, h]) => [n, local === undefined || local < 1 ? local : local - 1, f, h]);
    expect(await names(out.bytes)).toEqual(
      shifted.sort((a, b) => `${a[0]}|${a[1]}`.localeCompare(`${b[0]}|${b[1]}`))
    );
    const kept = await names(out.bytes);
    expect(kept.find(([n]) => n === "LokalRekap")?.[1]).toBe(1);
    expect(kept.find(([n]) => n === "Campur")).toBeDefined();
    expect(kept.find(([n]) => n === "Tarif")?.[3]).toBe(true);
    expect((await readXlsxWorkbook(out.bytes)).map((s) => s.name)).toEqual([
      satu.name,
      rekap.name,
      plans[3].name,
    ]);
  });
});

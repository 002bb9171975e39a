/** The xlsx sink writes the plan's print setup: fit to one page wide and the manual page breaks. */
import { builtInCatalog } from "../../src/catalog";
import JSZip from "jszip";
import { catalog } from "../support/builtin-catalog";
import { planWorkbook } from "../../src/template";
import { writeXlsx } from "../../src/xlsx/write-workbook";
import { options } from "../template/support";

test("a planned page break is a manual row break above its row; a sheet without one has none", async () => {
  const plans = planWorkbook({
    katalog: builtInCatalog,
    jabatan: catalog.jabatan,
    options: options(),
    rekap: false,
    existing: [],
  });
  const broken = plans.findIndex((p) => p.print.rowBreaks);
  const whole = plans.findIndex((p) => !p.print.rowBreaks);
  const zip = await JSZip.loadAsync(await writeXlsx([plans[broken], plans[whole]]));
  const xml = async (n: number) =>
    (await zip.file(`xl/worksheets/sheet${n}.xml`)?.async("string")) ?? "";
  const row = (plans[broken].print.rowBreaks ?? [])[0];
  // OOXML brk id: the row after which the page breaks.
  expect(await xml(1)).toMatch(new RegExp(`<rowBreaks[^>]*><brk id="${row - 1}"[^>]*man="1"`));
  expect(await xml(2)).not.toMatch(/<rowBreaks/);
  for (const n of [1, 2]) expect(await xml(n)).toMatch(/fitToWidth="1"[^>]*fitToHeight="0"/);
});

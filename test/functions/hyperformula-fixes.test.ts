/**
 * Rounding and bound fixes as a spreadsheet sees them (HyperFormula with the IKI.* plugin, through the
 * memory workbook): the five-level predikat on the capaian as shown, and a numeric-text bound in a
 * scale's first row. (Ranges of 200,000 rows: test/capaian/rentang-besar.test.ts, as Excel passes
 * them; HyperFormula's sheets stop at 40,000 rows. The blank guard: test/template/blank-as-zero.)
 */
import { MemoryWorkbook } from "../../src/preview/memory-workbook";
import { formulasNative } from "../../src/template/formulas-native";

describe("IKI.* in a spreadsheet: predikat as shown, numeric-text bounds", () => {
  const wb = new MemoryWorkbook();
  wb.addSheet("S");

  it("PREDIKAT judges the capaian as shown: 90.995 and 90.996 Sangat Baik, 90.994 Baik, like the native formula", () => {
    for (const [c, label] of [
      [90.995, "Sangat Baik"],
      [90.996, "Sangat Baik"],
      [90.994, "Baik"],
    ] as const) {
      wb.setCell("S", "A1", c);
      wb.setFormula("S", "B1", "=IKI.PREDIKAT(A1)");
      wb.setFormula("S", "C1", formulasNative.predikat("A1", "lima"));
      expect([c, wb.getValue("S", "B1"), wb.getValue("S", "C1")]).toEqual([c, label, label]);
    }
  });

  it('a first-row bound typed as text ("91") is refused, never skipped as a header', () => {
    wb.setCells("S", "E1", [
      ["91", "Sangat Baik"],
      [76, "Baik"],
    ]);
    wb.setFormula("S", "G1", "=IKI.PREDIKAT(95,E1:F2)");
    expect(wb.getValue("S", "G1")).toMatchObject({ error: "#VALUE!" });
    expect((wb.getValue("S", "G1") as { message: string }).message).toContain("tanpa tanda kutip");
    wb.setCells("S", "E1", [["Batas", "Predikat"]]);
    wb.setCells("S", "E3", [[91, "Sangat Baik"]]);
    wb.setFormula("S", "G1", "=IKI.PREDIKAT(95,E1:F3)");
    expect(wb.getValue("S", "G1")).toBe("Sangat Baik");
  });
});

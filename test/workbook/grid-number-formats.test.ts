import fc from "fast-check";
import { blockAddress } from "../../src/template/a1";
import { foldGridNumberFormats } from "../../src/workbook/grid-number-formats";
import type { CellInput, SheetCommand } from "../../src/workbook/sheet-commands";
import { replay, sheetState } from "../support/replay";

type Values = (string | null)[][];
const numberFormat = (address: string, values: Values): SheetCommand => ({
  kind: "numberFormat",
  address,
  values,
});
const grid = (address: string, values: CellInput[][]): SheetCommand => ({
  kind: "formulas",
  address,
  values,
});
const bold: SheetCommand = { kind: "format", address: "A1:C3", props: { font: { bold: true } } };
const sheet = (commands: SheetCommand[]) => ({
  name: "S",
  kind: "iki" as const,
  commands: [{ kind: "addSheet" } as SheetCommand, ...commands],
});

describe("foldGridNumberFormats", () => {
  const values: CellInput[][] = [
    ["Nama", "=x", null],
    [1, 2, null],
    [3, "0123", "=A1"],
  ];
  const guard = numberFormat("A1:C3", [
    ["@", "@", null],
    [null, null, null],
    [null, "@", null],
  ]);

  it("folds plan formats and the text guard into one write where the guard was, later winning", () => {
    expect(
      foldGridNumberFormats([
        numberFormat("A1:C2", [
          ["0.00", "0.00", "0.00"],
          ["0.00", "0.00", "0.00"],
        ]),
        bold,
        numberFormat("B2:C3", [
          ["General", "General"],
          ["General", "General"],
        ]),
        guard,
        grid("A1:C3", values),
      ])
    ).toEqual([
      bold,
      numberFormat("A1:C3", [
        ["@", "@", "0.00"],
        ["0.00", "General", "General"],
        [null, "@", "General"],
      ]),
      grid("A1:C3", values),
    ]);
  });

  it("covers only the bounding box of what it folds, without a text guard too", () => {
    expect(
      foldGridNumberFormats([
        numberFormat("B2", [["0.00"]]),
        numberFormat("C3", [["0%"]]),
        grid("A1:C3", values),
      ])
    ).toEqual([
      numberFormat("B2:C3", [
        ["0.00", null],
        [null, "0%"],
      ]),
      grid("A1:C3", values),
    ]);
  });

  it("keeps formats outside the grid separate, and what they would overtake in place", () => {
    const outside = numberFormat("C3:D3", [["0%", "0%"]]);
    const whole = numberFormat("C:C", [["0"]]); // never sent by plans; whole columns stay apart
    const early = numberFormat("C3", [["0.00"]]);
    const inner = numberFormat("A1", [["0.00"]]);
    const commands = [early, inner, outside, whole, guard, grid("A1:C3", values)];
    expect(foldGridNumberFormats(commands)).toEqual([
      early, // overlaps a later separate format: moving it past that would change the winner
      outside,
      whole,
      numberFormat("A1:C3", [
        ["@", "@", null],
        [null, null, null],
        [null, "@", null],
      ]),
      grid("A1:C3", values),
    ]);
  });

  it("leaves the commands alone with one candidate, no grid, formats after the grid, a mis-sized array", () => {
    const one = [bold, guard, grid("A1:C3", values)];
    expect(foldGridNumberFormats(one)).toEqual(one);
    const noGrid = [numberFormat("A1", [["0"]]), guard];
    expect(foldGridNumberFormats(noGrid)).toEqual(noGrid);
    const after = [guard, grid("A1:C3", values), numberFormat("A1", [["0"]])];
    expect(foldGridNumberFormats(after)).toEqual(after);
    const misSized = [numberFormat("A1:B1", [["0"]]), guard, grid("A1:C3", values)];
    expect(foldGridNumberFormats(misSized)).toEqual(misSized); // Excel's to refuse, not ours
  });

  it("leaves the same cells and number formats in the fake: text stays text under the fold", async () => {
    const commands = [
      numberFormat("A1:C3", [
        ["0.00", "0.00", "0.00"],
        ["0.00", "0.00", "0.00"],
        ["0.00", "0.00", "0.00"],
      ]),
      guard,
      grid("A1:C3", values),
    ];
    const before = sheetState(await replay(sheet(commands)));
    expect(before.cells.get("B1")).toEqual({ kind: "text", value: "=x" });
    expect(before.cells.get("C3")).toEqual({ kind: "formula", value: "=A1" });
    expect(before.numberFormats.get("C3")).toBe("0.00");
    expect(sheetState(await replay(sheet(foldGridNumberFormats(commands))))).toEqual(before);
  });

  // Random number formats inside, across and outside a 3x4 grid, then the grid: same sheet.
  it("leaves every cell and number format as the writes in order would", async () => {
    let foldedSome = 0;
    const format = fc.constantFrom("@", "0.00", "General", "0%");
    const range = fc
      .tuple(fc.nat(3), fc.nat(4), fc.integer({ min: 1, max: 3 }), fc.integer({ min: 1, max: 2 }))
      .map(([r, c, rows, columns]) => ({ r, c, rows, columns }));
    const write = fc
      .tuple(range, fc.array(fc.option(format, { nil: null }), { minLength: 6, maxLength: 6 }))
      .map(([{ r, c, rows, columns }, pool]) =>
        numberFormat(
          blockAddress(r, c, rows, columns),
          Array.from({ length: rows }, (_, i) =>
            Array.from({ length: columns }, (_, j) => pool[i * columns + j])
          )
        )
      );
    const cell = fc.constantFrom<CellInput>(null, "=1+1", "0123", "teks", 5, true);
    const cells = fc.array(fc.array(cell, { minLength: 4, maxLength: 4 }), {
      minLength: 3,
      maxLength: 3,
    });
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.oneof(write, fc.constant(bold)), { maxLength: 8 }),
        cells,
        async (before, gridValues) => {
          const commands = [...before, grid("A1:D3", gridValues)];
          const folded = foldGridNumberFormats(commands);
          if (folded.length < commands.length) foldedSome++;
          const expected = sheetState(await replay(sheet(commands)));
          expect(sheetState(await replay(sheet(folded)))).toEqual(expected);
        }
      ),
      // A fixed seed: the count below is a property of the generated cases, not of chance.
      { numRuns: 300, seed: 20261130 }
    );
    expect(foldedSome).toBeGreaterThan(30);
  });
});

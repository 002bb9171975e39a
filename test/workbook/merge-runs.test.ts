import fc from "fast-check";
import { blockAddress } from "../../src/template/a1";
import { foldMergeRuns } from "../../src/workbook/merge-runs";
import type { SheetCommand } from "../../src/workbook/sheet-commands";
import { replay, sheetState } from "../support/replay";

const merge = (address: string): SheetCommand => ({ kind: "merge", address });
const across = (address: string): SheetCommand => ({ kind: "mergeAcross", address });
const sheet = (commands: SheetCommand[]) => ({
  name: "S",
  kind: "iki" as const,
  commands: [{ kind: "addSheet" } as SheetCommand, ...commands],
});

describe("foldMergeRuns", () => {
  it("merges one-row merges with the same columns on consecutive rows across, in place of the first", () => {
    expect(
      foldMergeRuns([
        merge("A1:P1"),
        merge("C5:G5"),
        merge("A5:B5"),
        merge("C6:G6"),
        merge("A6:B6"),
        merge("C7:G7"),
        merge("A2:P2"),
      ])
    ).toEqual([across("A1:P2"), across("C5:G7"), across("A5:B6")]);
  });

  it("folds in plan order whatever order the rows come in", () => {
    expect(foldMergeRuns([merge("B16:P16"), merge("B14:P14"), merge("B15:P15")])).toEqual([
      across("B14:P16"),
    ]);
  });

  it("keeps rows that are not consecutive, and spans that differ, apart", () => {
    expect(
      foldMergeRuns([merge("B36:D36"), merge("B41:D41"), merge("B42:D42"), merge("B43:E43")])
    ).toEqual([merge("B36:D36"), across("B41:D42"), merge("B43:E43")]);
    const shifted = [merge("A1:C1"), merge("B2:D2"), merge("A3:C3")];
    expect(foldMergeRuns(shifted)).toEqual(shifted);
  });

  it("leaves multi-row merges, one-cell merges and lone one-row merges as they are", () => {
    const commands = [
      merge("A22:A23"),
      merge("B22:B23"),
      merge("H22:K22"),
      merge("A24:A26"),
      merge("C1"),
      merge("C2"),
    ];
    expect(foldMergeRuns(commands)).toEqual(commands);
  });

  it("does not fold a run whose block holds another merge", () => {
    // A duplicate (which Excel refuses) overlaps the block: the run stays as written.
    const duplicate = [merge("A1:B1"), merge("A2:B2"), merge("A2:B2")];
    expect(foldMergeRuns(duplicate)).toEqual(duplicate);
    // A column-wide merge written elsewhere crosses the block.
    const crossing = [
      merge("A1:C1"),
      merge("A2:C2"),
      { kind: "freeze", rows: 1, columns: 0 } as const,
      merge("B1:B2"),
    ];
    expect(foldMergeRuns(crossing)).toEqual(crossing);
  });

  it("folds only within a stretch of consecutive merge commands", () => {
    const split: SheetCommand[] = [
      merge("A1:B1"),
      { kind: "freeze", rows: 1, columns: 0 },
      merge("A2:B2"),
    ];
    expect(foldMergeRuns(split)).toEqual(split);
  });

  it("leaves other commands where they were", () => {
    const grid: SheetCommand = {
      kind: "formulas",
      address: "A1:B2",
      values: [
        [1, null],
        [null, null],
      ],
    };
    expect(
      foldMergeRuns([grid, merge("A1:B1"), merge("A2:B2"), { kind: "tabColor", color: "#FFFFFF" }])
    ).toEqual([grid, across("A1:B2"), { kind: "tabColor", color: "#FFFFFF" }]);
  });

  it("leaves the same merged areas in the fake as the separate merges, and fails where they fail", async () => {
    const commands = [
      merge("A1:P1"),
      merge("A2:P2"),
      merge("A3:B3"),
      merge("C3:D4"),
      merge("A4:B4"),
    ];
    const folded = foldMergeRuns(commands);
    expect(folded).toEqual([across("A1:P2"), across("A3:B4"), merge("C3:D4")]);
    const before = sheetState(await replay(sheet(commands)));
    expect(before.merges).toEqual(["A1:P1", "A2:P2", "A3:B3", "A4:B4", "C3:D4"]);
    expect(sheetState(await replay(sheet(folded)))).toEqual(before);

    const refused = [merge("A1:B1"), merge("A2:B2"), merge("B2:C2")];
    await expect(replay(sheet(refused))).rejects.toMatchObject({ code: "InvalidOperation" });
    await expect(replay(sheet(foldMergeRuns(refused)))).rejects.toMatchObject({
      code: "InvalidOperation",
    });
  });

  // Random valid merges on a small grid: the folded commands leave the same merged areas.
  it("leaves every merged area as the separate merges would", async () => {
    let foldedRuns = 0;
    // Mostly one-row spans over few column choices, so runs (and broken runs) are common.
    const oneRow = fc
      .tuple(fc.nat(7), fc.nat(1), fc.integer({ min: 2, max: 3 }))
      .map(([r, c, columns]) => ({ r, c, rows: 1, columns }));
    const any = fc
      .tuple(fc.nat(7), fc.nat(3), fc.integer({ min: 1, max: 2 }), fc.integer({ min: 1, max: 3 }))
      .map(([r, c, rows, columns]) => ({ r, c, rows, columns }));
    const area = fc.oneof(oneRow, oneRow, any);
    await fc.assert(
      fc.asyncProperty(fc.array(area, { minLength: 1, maxLength: 16 }), async (areas) => {
        const kept: typeof areas = [];
        for (const a of areas) {
          const clash = kept.some(
            (k) =>
              k.r < a.r + a.rows &&
              a.r < k.r + k.rows &&
              k.c < a.c + a.columns &&
              a.c < k.c + k.columns
          );
          if (!clash && a.rows * a.columns > 1) kept.push(a);
        }
        const commands = kept.map((a) => merge(blockAddress(a.r, a.c, a.rows, a.columns)));
        const folded = foldMergeRuns(commands);
        if (folded.some((c) => c.kind === "mergeAcross")) foldedRuns++;
        const before = sheetState(await replay(sheet(commands)));
        expect(sheetState(await replay(sheet(folded)))).toEqual(before);
      }),
      { numRuns: 300 }
    );
    expect(foldedRuns).toBeGreaterThan(30);
  });
});

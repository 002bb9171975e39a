import fc from "fast-check";
import { blockAddress } from "../../src/template/a1";
import type { BorderEdge, RangeFormatProps } from "../../src/workbook/cell-format";
import {
  AREA_SEPARATOR,
  MAX_AREAS_ADDRESS_LENGTH,
  groupFormats,
  propsKey,
} from "../../src/workbook/format-groups";
import type { SheetCommand } from "../../src/workbook/sheet-commands";
import { replay, sheetState } from "../support/replay";

const format = (address: string, props: RangeFormatProps): SheetCommand => ({
  kind: "format",
  address,
  props,
});
const fill = (color: string) => ({ fillColor: color });
const bold = { font: { bold: true } };

describe("groupFormats", () => {
  it("writes identical props once over several areas, where the first of them was", () => {
    const merge: SheetCommand = { kind: "merge", address: "A1:B1" };
    const number: SheetCommand = { kind: "numberFormat", address: "C3", values: [["0.00"]] };
    expect(
      groupFormats([
        { kind: "addSheet" },
        format("A1", fill("#FFF2CC")),
        format("B5:C6", bold),
        number,
        format("D2:E3", fill("#FFF2CC")),
        format("G7", bold),
        merge,
      ])
    ).toEqual([
      { kind: "addSheet" },
      { kind: "formatAreas", address: "A1,D2:E3", props: fill("#FFF2CC") },
      { kind: "formatAreas", address: "B5:C6,G7", props: bold },
      number,
      merge,
    ]);
  });

  it("takes props as identical whatever the order of their keys", () => {
    const a: RangeFormatProps = { font: { bold: true, size: 12 }, wrapText: true };
    const b: RangeFormatProps = { wrapText: true, font: { size: 12, bold: true } };
    expect(propsKey(a)).toBe(propsKey(b));
    expect(groupFormats([format("A1", a), format("C3", b)])).toEqual([
      { kind: "formatAreas", address: "A1,C3", props: a },
    ]);
  });

  it("does not move a format ahead of an overlapping one that sets the same property otherwise", () => {
    const commands = [
      format("A1", fill("#FFF2CC")),
      format("B1:B9", fill("#F2F2F2")),
      format("B2", fill("#FFF2CC")),
    ];
    expect(groupFormats(commands)).toEqual(commands);
  });

  it("moves a format ahead of overlapping ones that set other properties or the same value", () => {
    expect(
      groupFormats([
        format("N25", bold),
        format("M26:O26", fill("#F2F2F2")),
        format("A26:P26", { font: { bold: true, italic: true } }),
        format("N26", bold),
      ])
    ).toEqual([
      { kind: "formatAreas", address: "N25,N26", props: bold },
      format("M26:O26", fill("#F2F2F2")),
      format("A26:P26", { font: { bold: true, italic: true } }),
    ]);
  });

  it("never groups borders, nor overlapping areas", () => {
    const outline: RangeFormatProps = {
      borders: ["EdgeTop", "EdgeBottom", "EdgeLeft", "EdgeRight"],
    };
    const bordered = [format("A1:B2", outline), format("D4:E5", outline)];
    expect(groupFormats(bordered)).toEqual(bordered);
    const overlapping = [format("A1:B2", bold), format("B2:C3", bold)];
    expect(groupFormats(overlapping)).toEqual(overlapping);
  });

  it("keeps each address within the cap, every area once and in plan order", () => {
    const cells = Array.from({ length: 600 }, (_, i) => blockAddress(i * 2, i % 7, 1, 1));
    for (const cap of [MAX_AREAS_ADDRESS_LENGTH, 20]) {
      const out = groupFormats(
        cells.map((a) => format(a, bold)),
        cap
      );
      expect(out.length).toBeGreaterThan(1);
      for (const c of out) expect("address" in c && c.address.length).toBeLessThanOrEqual(cap);
      expect(out.flatMap((c) => ("address" in c ? c.address.split(AREA_SEPARATOR) : []))).toEqual(
        cells
      );
    }
  });

  // The rule checked against Excel's own outcome (as the fake models it): random formats on a
  // small grid leave every cell and border line as the same formats in plan order do.
  it("leaves every cell as the formats in plan order would", async () => {
    const colors = ["#FFF2CC", "#F2F2F2"];
    const edges: BorderEdge[] = ["EdgeTop", "EdgeBottom", "EdgeLeft", "EdgeRight"];
    const props: fc.Arbitrary<RangeFormatProps> = fc.record(
      {
        font: fc.record(
          { bold: fc.boolean(), size: fc.constantFrom(11, 14) },
          { requiredKeys: [] }
        ),
        fillColor: fc.constantFrom(...colors),
        horizontalAlignment: fc.constantFrom("Left" as const, "Center" as const),
        wrapText: fc.boolean(),
        borders: fc.constant(edges),
      },
      { requiredKeys: [] }
    );
    const range = fc
      .tuple(fc.nat(5), fc.nat(5), fc.integer({ min: 1, max: 3 }), fc.integer({ min: 1, max: 3 }))
      .map(([r, c, rows, columns]) => blockAddress(r, c, rows, columns));
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.tuple(range, props), { minLength: 1, maxLength: 14 }),
        async (formats) => {
          const commands: SheetCommand[] = [
            { kind: "addSheet" },
            ...formats
              .filter(([, p]) => Object.keys(p).length > 0)
              .map(([address, p]) => format(address, p)),
          ];
          const before = await replay({ name: "S", kind: "iki", commands });
          const after = await replay({ name: "S", kind: "iki", commands: groupFormats(commands) });
          expect(sheetState(after)).toEqual(sheetState(before));
        }
      ),
      { numRuns: 300 }
    );
  });
});

import fc from "fast-check";
import {
  ACTION_OVERHEAD_BYTES,
  PAYLOAD_BUDGET_BYTES,
  REQUEST_OVERHEAD_BYTES,
  SHEET_OVERHEAD_BYTES,
  chunkByBudget,
  commandBytes,
  planRequests,
  requestBytes,
  sheetBytes,
  utf8Bytes,
} from "../../src/workbook/payload";
import { sheetCommands } from "../../src/workbook/sheet-commands";
import { ikiPlan } from "../support/hand-plans";

describe("chunkByBudget", () => {
  const sizes = fc.array(fc.integer({ min: 1, max: 120 }), { maxLength: 60 });

  it("keeps order and every item, each chunk within budget unless a lone item is larger", () => {
    fc.assert(
      fc.property(sizes, fc.integer({ min: 1, max: 300 }), (items, budget) => {
        const chunks = chunkByBudget(items, (n) => n, budget);
        expect(chunks.flat()).toEqual(items);
        for (const chunk of chunks) {
          expect(chunk.length).toBeGreaterThan(0);
          if (chunk.length > 1)
            expect(chunk.reduce((a, b) => a + b, 0)).toBeLessThanOrEqual(budget);
        }
      })
    );
  });

  it("uses the fewest chunks: no two neighbours would fit together", () => {
    fc.assert(
      fc.property(sizes, fc.integer({ min: 1, max: 300 }), (items, budget) => {
        const chunks = chunkByBudget(items, (n) => n, budget);
        const sum = (c: number[]) => c.reduce((a, b) => a + b, 0);
        for (let i = 1; i < chunks.length; i++)
          expect(sum(chunks[i - 1]) + chunks[i][0]).toBeGreaterThan(budget);
      })
    );
  });

  it("puts everything in one chunk when it fits", () => {
    expect(chunkByBudget([1, 2, 3], (n) => n, 6)).toEqual([[1, 2, 3]]);
    expect(chunkByBudget([], (n: number) => n, 6)).toEqual([]);
  });
});

describe("payload estimate", () => {
  it("counts UTF-8 bytes, not UTF-16 units", () => {
    expect(utf8Bytes("≥")).toBe(3);
    expect(utf8Bytes("abc")).toBe(3);
  });

  it("charges the JSON of a command plus an allowance per action", () => {
    const cmd = { kind: "merge", address: "A1:B1" } as const;
    expect(commandBytes(cmd)).toBe(JSON.stringify(cmd).length + 2 * ACTION_OVERHEAD_BYTES);
  });

  it("charges a multi-area format one getRanges plus its assignments, like a format", () => {
    const props = { font: { bold: true }, fillColor: "#FFF2CC" };
    const one = { kind: "format", address: "A1", props } as const;
    const areas = { kind: "formatAreas", address: "A1,C3:D4", props } as const;
    expect(commandBytes(one)).toBe(JSON.stringify(one).length + 3 * ACTION_OVERHEAD_BYTES);
    expect(commandBytes(areas)).toBe(JSON.stringify(areas).length + 3 * ACTION_OVERHEAD_BYTES);
  });

  it("grows with the size of the sheet", () => {
    expect(sheetBytes(sheetCommands(ikiPlan("A", "a", { rows: 40 })))).toBeGreaterThan(
      sheetBytes(sheetCommands(ikiPlan("A", "a", { rows: 4 })))
    );
  });
});

describe("write requests", () => {
  const sheets = Array.from({ length: 30 }, (_, i) =>
    sheetCommands(ikiPlan(`S${i}`, `s${i}`, { rows: 30 }))
  );

  it("charges each sheet its commands, name and the adapter's own actions around them", () => {
    const sheet = sheets[0];
    const commands = sheet.commands.reduce((sum, c) => sum + commandBytes(c), 0);
    expect(sheetBytes(sheet)).toBe(commands + utf8Bytes(sheet.name) + SHEET_OVERHEAD_BYTES);
  });

  it("charges a request its sheets plus its own framing", () => {
    expect(requestBytes(sheets.slice(0, 2))).toBe(
      REQUEST_OVERHEAD_BYTES + sheetBytes(sheets[0]) + sheetBytes(sheets[1])
    );
  });

  it("keeps every request with more than one sheet within the budget, framing included", () => {
    const budget = 5 * sheetBytes(sheets[0]);
    const requests = planRequests(sheets, budget);
    expect(requests.flat()).toEqual(sheets);
    expect(requests.length).toBeGreaterThan(5);
    for (const r of requests) expect(requestBytes(r)).toBeLessThanOrEqual(budget);
  });

  it("budgets half of Excel on the web's 5 MB limit", () => {
    expect(PAYLOAD_BUDGET_BYTES).toBeLessThanOrEqual(2.5 * 1000 * 1000);
  });
});

/** The fake must refuse what Excel refuses, or the adapter tests prove nothing. */
import {
  FAKE_ADDRESS_LIMIT,
  FakeExcel,
  FakeExcelError,
  fakeParseAddress,
} from "../support/fake-excel";

async function attempt(
  fake: FakeExcel,
  batch: (context: Excel.RequestContext) => void
): Promise<FakeExcelError | undefined> {
  try {
    await fake.run(async (context) => {
      batch(context);
      await context.sync();
    });
    return undefined;
  } catch (e) {
    return e as FakeExcelError;
  }
}

describe("fake Excel", () => {
  it("refuses an array whose size differs from its range", async () => {
    const fake = new FakeExcel({ sheets: [{ name: "Sheet1" }] });
    const error = await attempt(fake, (c) => {
      c.workbook.worksheets.getItem("Sheet1").getRange("A1:B2").values = [[1, 2]];
    });
    expect(error?.code).toBe("InvalidArgument");
  });

  it.each(["A0", "A1:", "XFE1", "Sheet1!A1", "1:A"])("refuses the address %j", async (address) => {
    expect(() => fakeParseAddress(address)).toThrow(FakeExcelError);
    const fake = new FakeExcel({ sheets: [{ name: "S" }] });
    const error = await attempt(fake, (c) => {
      c.workbook.worksheets.getItem("S").getRange(address).format.fill.color = "#FFFFFF";
    });
    expect(error?.code).toBe("InvalidArgument");
  });

  it("applies a getRanges format to every area, each checked like a getRange address", async () => {
    const fake = new FakeExcel({ sheets: [{ name: "S" }] });
    await fake.run(async (c) => {
      const format = c.workbook.worksheets.getItem("S").getRanges("A1:B2, D4").format;
      format.fill.color = "#FFF2CC";
      format.font.bold = true;
      await c.sync();
    });
    const sheet = fake.sheet("S");
    expect(fake.operations.filter((o) => o.kind === "write")).toHaveLength(2);
    expect(sheet?.formats.map((f) => [f.address, f.property])).toEqual([
      ["A1:B2", "fill.color"],
      ["D4", "fill.color"],
      ["A1:B2", "font.bold"],
      ["D4", "font.bold"],
    ]);
    for (const cell of ["A1", "B2", "D4"])
      expect(sheet?.cellFormats.get(cell)).toEqual({ "fill.color": "#FFF2CC", "font.bold": true });
    expect(sheet?.cellFormats.has("C3")).toBe(false);
  });

  // 2,000 single cells: 10,892 characters, over the 8,192 getRanges takes.
  const tooLong = Array.from({ length: 2000 }, (_, i) => `A${i + 1}`).join(",");

  it.each([
    ["an invalid area", "A1:B2,A0"],
    ["an empty area", "A1,,B2"],
    ["an address over 8,192 characters", tooLong],
  ])("refuses getRanges with %s", async (_, address) => {
    expect(tooLong.length).toBeGreaterThan(FAKE_ADDRESS_LIMIT);
    const fake = new FakeExcel({ sheets: [{ name: "S" }] });
    const error = await attempt(fake, (c) => {
      c.workbook.worksheets.getItem("S").getRanges(address).format.wrapText = true;
    });
    expect(error?.code).toBe("InvalidArgument");
    expect(fake.sheet("S")?.cellFormats.size).toBe(0);
  });

  it("keeps border lines shared by neighbouring cells as one line, as Excel does", async () => {
    const fake = new FakeExcel({ sheets: [{ name: "S" }] });
    await fake.run(async (c) => {
      const s = c.workbook.worksheets.getItem("S");
      s.getRange("A1").format.borders.getItem("EdgeBottom").style = "Continuous";
      s.getRange("A2:B3").format.borders.getItem("EdgeTop").weight = "Thin";
      s.getRange("A2:B3").format.borders.getItem("InsideVertical").style = "Dot";
      await c.sync();
    });
    const lines = fake.sheet("S")?.borderLines;
    expect(lines?.get("H1:0")).toEqual({ style: "Continuous", weight: "Thin" });
    expect(lines?.get("H1:1")).toEqual({ weight: "Thin" });
    expect(lines?.get("V1:1")).toEqual({ style: "Dot" });
    expect(lines?.get("V2:1")).toEqual({ style: "Dot" });
    expect(lines?.size).toBe(4);
  });

  it("refuses a request over 5 MB and applies none of it", async () => {
    const fake = new FakeExcel({ sheets: [{ name: "S" }] });
    const big = "x".repeat(6 * 1024 * 1024);
    const error = await attempt(fake, (c) => {
      c.workbook.worksheets.add("Baru");
      c.workbook.worksheets.getItem("S").getRange("A1").values = [[big]];
    });
    expect(error?.code).toBe("RequestPayloadSizeLimitExceeded");
    expect(fake.sheetNames).toEqual(["S"]);
  });

  it("throws when a property is read before it is loaded and synced", async () => {
    const fake = new FakeExcel({ sheets: [{ name: "S" }] });
    await expect(
      fake.run(async (c) => {
        const sheets = c.workbook.worksheets;
        sheets.load("items/name");
        return sheets.items.length;
      })
    ).rejects.toMatchObject({ code: "PropertyNotLoaded" });
  });

  it("stores '=...' as a formula unless the cell is formatted as Text, and keeps long digit strings as text there", async () => {
    const fake = new FakeExcel({ sheets: [{ name: "S" }] });
    await fake.run(async (c) => {
      const s = c.workbook.worksheets.getItem("S");
      s.getRange("B1:B2").numberFormat = [["@"], ["@"]];
      s.getRange("A1:B2").formulas = [
        ["=1+1", "=1+1"],
        ["198001012005011001", "198001012005011001"],
      ];
      await c.sync();
    });
    const cells = fake.sheet("S")?.cells;
    expect(cells?.get("A1")).toEqual({ kind: "formula", value: "=1+1" });
    expect(cells?.get("B1")).toEqual({ kind: "text", value: "=1+1" });
    expect(cells?.get("A2")?.kind).toBe("number");
    expect(cells?.get("B2")).toEqual({ kind: "text", value: "198001012005011001" });
  });

  it("merges each row on its own with merge(true), refusing overlaps as merge() does", async () => {
    const fake = new FakeExcel({ sheets: [{ name: "S" }] });
    await fake.run(async (c) => {
      const s = c.workbook.worksheets.getItem("S");
      s.getRange("$B$14:$D$16").merge(true);
      s.getRange("E14:E15").merge();
      await c.sync();
    });
    expect(fake.sheet("S")?.merges).toEqual(["B14:D14", "B15:D15", "B16:D16", "E14:E15"]);
    for (const [address, code] of [
      ["A16:B17", "InvalidOperation"], // crosses B16:D16
      ["F1:F3", "InvalidArgument"], // one column: each row would be one cell
    ]) {
      const error = await attempt(fake, (c) => {
        c.workbook.worksheets.getItem("S").getRange(address).merge(true);
      });
      expect(error?.code).toBe(code);
    }
    expect(fake.sheet("S")?.merges).toHaveLength(4);
  });

  it("keeps what ran before a failing command and drops what follows", async () => {
    const fake = new FakeExcel({ sheets: [{ name: "S" }], failOn: { write: 2 } });
    const error = await attempt(fake, (c) => {
      c.workbook.worksheets.add("Satu");
      c.workbook.worksheets.add("Dua");
      c.workbook.worksheets.add("Tiga");
    });
    expect(error?.code).toBe("GeneralException");
    expect(fake.sheetNames).toEqual(["S", "Satu"]);
  });

  it("records writes to sheets that existed before", async () => {
    const fake = new FakeExcel({ sheets: [{ name: "Data" }, { name: "Lain" }] });
    await fake.run(async (c) => {
      c.workbook.worksheets.getItem("Data").getRange("A1").values = [[1]];
      c.workbook.worksheets.getItem("Lain").delete();
      await c.sync();
    });
    expect(fake.touchedExisting.map((o) => o.member)).toEqual(["values", "delete"]);
  });

  it("refuses a duplicate sheet name without regard to case", async () => {
    const fake = new FakeExcel({ sheets: [{ name: "Rekap" }] });
    const error = await attempt(fake, (c) => {
      c.workbook.worksheets.add("REKAP");
    });
    expect(error?.code).toBe("ItemAlreadyExists");
  });

  it("answers requirement-set checks from its version", () => {
    const old = new FakeExcel({ apiVersion: "1.9" });
    expect(old.isSetSupported("ExcelApi", "1.9")).toBe(true);
    expect(old.isSetSupported("ExcelApi", "1.12")).toBe(false);
    expect(new FakeExcel().isSetSupported("ExcelApi", "1.12")).toBe(true);
  });
});

describe("fake Excel at its worst, like the real host", () => {
  it("gives each added sheet an id, loadable after the sync and usable as getItem's key", async () => {
    const fake = new FakeExcel({ sheets: [{ name: "Sheet1" }] });
    const id = await fake.run(async (context) => {
      const ws = context.workbook.worksheets.add("Baru").load("id");
      await context.sync();
      return ws.id;
    });
    expect(id).toBe(fake.sheet("Baru")?.id);
    await fake.run(async (context) => {
      context.workbook.worksheets.getItem(id).name = "Diganti";
      await context.sync();
    });
    expect(fake.sheetNames).toEqual(["Sheet1", "Diganti"]);
  });

  it("refuses a rename to a name another sheet has, without case", async () => {
    const fake = new FakeExcel({ sheets: [{ name: "A" }, { name: "B" }] });
    const error = await attempt(fake, (c) => {
      c.workbook.worksheets.getItem("B").name = "a";
    });
    expect(error?.code).toBe("ItemAlreadyExists");
    expect(fake.sheetNames).toEqual(["A", "B"]);
  });

  it("returns no loaded value of a failed batch, keeping the writes before the failure", async () => {
    const fake = new FakeExcel({ sheets: [{ name: "Sheet1" }], failOn: { sync: 1, action: 3 } });
    let proxy: Excel.Worksheet | undefined;
    const error = await attempt(fake, (c) => {
      proxy = c.workbook.worksheets.add("Baru").load("id"); // actions 1 and 2
      proxy.tabColor = "#FF0000"; // action 3 fails
    });
    expect(error?.code).toBe("GeneralException");
    expect(fake.sheetNames).toEqual(["Sheet1", "Baru"]);
    expect(() => proxy?.id).toThrow(/not available/);
  });

  it("lets a co-author add a sheet between syncs, counted as not ours", async () => {
    const fake = new FakeExcel({
      sheets: [{ name: "Sheet1" }],
      beforeSync: (f, i) => void (i === 2 && f.coAuthorAdds("Rekan")),
    });
    const error = await attempt(fake, (c) => {
      c.workbook.worksheets.getItem("Sheet1").load("name");
    });
    expect(error).toBeUndefined();
    const second = await attempt(fake, (c) => {
      c.workbook.worksheets.getItem("Rekan").delete();
    });
    expect(second).toBeUndefined();
    expect(fake.touchedExisting.map((o) => o.member)).toEqual(["delete"]);
  });

  it("refuses a whole request over the payload limit, applying nothing of it", async () => {
    const fake = new FakeExcel({ sheets: [{ name: "Sheet1" }], payloadLimit: 500 });
    const error = await attempt(fake, (c) => {
      const ws = c.workbook.worksheets.add("Besar");
      ws.getRange("A1:A20").values = Array.from({ length: 20 }, () => ["x".repeat(30)]);
    });
    expect(error?.code).toBe("RequestPayloadSizeLimitExceeded");
    expect(fake.sheetNames).toEqual(["Sheet1"]);
  });
});

/** Both ports refuse the same bad requests with the same words: one checkRequest (src/template/sudah-ada.ts). */
import { catalog } from "../support/builtin-catalog";
import { MemoryWorkbookPort } from "../../src/preview/memory-port";
import { checkRequest } from "../../src/template";
import { ExcelWorkbook } from "../../src/workbook/excel-adapter";
import type { InsertRequest, WorkbookPort } from "../../src/workbook/port";
import { FakeExcel } from "../support/fake-excel";
import { options } from "../support/hand-plans";

const known = catalog.jabatan[0].id;
const bad: [string, InsertRequest, string, string[]][] = [
  [
    "an unknown jabatan",
    { jabatanIds: [known, "tidak-ada", "juga-tidak"], options, rekap: true },
    "Jabatan tidak dikenal: tidak-ada, juga-tidak.",
    ["tidak-ada", "juga-tidak"],
  ],
  [
    "no jabatan and no rekap",
    { jabatanIds: [], options, rekap: false },
    "Tidak ada lembar yang perlu dibuat.",
    [],
  ],
  [
    "a rekap alone over a workbook with no IKI sheet of the year",
    { jabatanIds: [], options, rekap: true },
    `Belum ada lembar IKI tahun ${options.tahun} di buku kerja ini; sisipkan lembar IKI tahun itu dulu, lalu buat rekap.`,
    [],
  ],
];

const ports: [string, () => WorkbookPort][] = [
  ["ExcelWorkbook", () => new ExcelWorkbook({ run: new FakeExcel({ sheets: [] }).run })],
  ["MemoryWorkbookPort", () => new MemoryWorkbookPort()],
];

describe.each(ports)("%s refuses as every port does", (_, makePort) => {
  test.each(bad)("%s", async (_what, request, message, jabatanIds) => {
    const port = makePort();
    await expect(port.insert(request)).rejects.toMatchObject({
      name: "InsertError",
      message,
      jabatanIds,
    });
    expect(await port.listSheets()).toEqual([]);
  });

  test("a rekap rebuilt over no IKI sheet of the year", async () => {
    await expect(makePort().rebuildRekap(options)).rejects.toThrow(bad[2][2]);
  });
});

describe("checkRequest", () => {
  const isJabatan = (id: string) => id === known;
  const tahun = options.tahun;

  test("a good request is not refused", () => {
    expect(checkRequest({ jabatanIds: [known], tahun, rekap: false }, isJabatan, [])).toBe(
      undefined
    );
    expect(checkRequest({ jabatanIds: [known], tahun, rekap: true }, isJabatan, [])).toBe(
      undefined
    );
  });

  test("a rekap alone waits for the sheets before it is judged", () => {
    const request = { jabatanIds: [], tahun, rekap: true };
    expect(checkRequest(request, isJabatan)).toBe(undefined);
    expect(checkRequest(request, isJabatan, [])?.pesan).toBe(bad[2][2]);
  });
});

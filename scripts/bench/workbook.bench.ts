/**
 * The Office.js adapter against the strict fake Excel (test/support/fake-excel.ts): syncs per
 * insert, request sizes and queued operations, for one jabatan, the largest bidang and the whole
 * dinas with its rekap. Counts, not seconds: the fake has no network.
 */
import { catalog, jabatanInBidang, listBidang } from "../../src/catalog";
import { planWorkbook } from "../../src/template";
import type { TemplateOptions } from "../../src/template/options";
import { ExcelWorkbook } from "../../src/workbook/excel-adapter";
import { PAYLOAD_BUDGET_BYTES, chunkByBudget, sheetBytes } from "../../src/workbook/payload";
import { sheetCommands } from "../../src/workbook/sheet-commands";
import { FakeExcel } from "../../test/support/fake-excel";
import type { Figure } from "./types";

const options: TemplateOptions = {
  tahun: 2024,
  identitas: {
    nama: "Siti Aminah",
    nip: "198001012005011001",
    pangkatGolongan: "Penata / III c",
    penilaiNama: "Drs. Budi Santoso",
    penilaiNip: "197001011995031002",
  },
  skala: "lima",
  mode: "iki",
};

async function measure(
  label: string,
  jabatanIds: string[],
  rekap: boolean,
  mode: TemplateOptions["mode"]
): Promise<Figure[]> {
  const fake = new FakeExcel({ sheets: [{ name: "Sheet1" }] });
  const o = { ...options, mode };
  const result = await new ExcelWorkbook({ run: fake.run }).insert({
    jabatanIds,
    options: o,
    rekap,
  });
  const plans = planWorkbook({
    jabatan: jabatanIds.map((id) => catalog.jabatan.find((j) => j.id === id)!),
    options: o,
    rekap,
    existing: [{ name: "Sheet1" }],
  });
  const estimates = chunkByBudget(plans.map(sheetCommands), sheetBytes).map((chunk) =>
    chunk.reduce((s, c) => s + sheetBytes(c), 0)
  );
  const n = `${label} (${result.created.length} sheets, ${mode})`;
  return [
    {
      name: `${n}: syncs`,
      value: fake.syncCount,
      unit: "syncs",
      note: fake.syncs.map((s) => (s.writes > 0 ? "write" : "read")).join(" + "),
    },
    {
      name: `${n}: largest request, adapter estimate`,
      value: Math.max(...estimates),
      unit: "bytes",
      note: `budget ${PAYLOAD_BUDGET_BYTES}`,
    },
    {
      name: `${n}: largest request, fake's measure`,
      value: fake.largestPayload,
      unit: "bytes",
      note: "limit 5242880 on the web",
    },
    {
      name: `${n}: queued operations`,
      value: fake.operations.length,
      unit: "ops",
      note: `${fake.writeCount} writes`,
    },
  ];
}

export async function run(): Promise<Figure[]> {
  const bidang = listBidang()
    .map((b) => jabatanInBidang(b))
    .sort((a, b) => b.length - a.length)[0];
  const all = catalog.jabatan.map((j) => j.id);
  return [
    ...(await measure("1 jabatan", [all[0]], false, "iki")),
    ...(await measure(
      `bidang ${bidang[0].bidang} + rekap`,
      bidang.map((j) => j.id),
      true,
      "iki"
    )),
    ...(await measure("all jabatan + rekap", all, true, "iki")),
    ...(await measure("all jabatan + rekap", all, true, "native")),
  ];
}

/**
 * The Office.js adapter through Microsoft's real client (test/support/office-js): syncs and the
 * real bytes of every request, as Excel would receive them, for one jabatan, the largest bidang
 * with its rekap and the whole dinas with its rekap, in both formula modes. Counts, not seconds:
 * the host stand-in has no network.
 */
import { catalog, jabatanInBidang, listBidang } from "../../src/catalog";
import { planWorkbook } from "../../src/template";
import type { TemplateOptions } from "../../src/template/options";
import { ExcelWorkbook } from "../../src/workbook/excel-adapter";
import { PAYLOAD_BUDGET_BYTES, planRequests, requestBytes } from "../../src/workbook/payload";
import { sheetCommands } from "../../src/workbook/sheet-commands";
import { realClientRun } from "../../test/support/office-js/client";
import { OfficeHost } from "../../test/support/office-js/host";
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

const kb = (bytes: number) => `${(bytes / 1000).toFixed(1)} kB`;

async function measure(
  label: string,
  jabatanIds: string[],
  rekap: boolean,
  mode: TemplateOptions["mode"]
): Promise<Figure[]> {
  const host = new OfficeHost({ sheets: [{ name: "Sheet1" }] });
  const o = { ...options, mode };
  const result = await new ExcelWorkbook({ run: realClientRun(host) }).insert({
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
  const estimates = planRequests(plans.map(sheetCommands)).map(requestBytes);
  const requests = host.requests;
  const largest = Math.max(...requests.map((r) => r.bytes));
  const actions = requests.reduce((sum, r) => sum + r.actions, 0);
  const bytes = requests.reduce((sum, r) => sum + r.bytes, 0);
  const n = `${label} (${result.created.length} sheets, ${mode})`;
  return [
    {
      name: `${n}: syncs`,
      value: requests.length,
      unit: "syncs",
      note: requests.map((r) => kb(r.bytes)).join(" + "),
    },
    {
      name: `${n}: largest request, real`,
      value: largest,
      unit: "bytes",
      note: `budget ${PAYLOAD_BUDGET_BYTES}, web limit 5242880`,
    },
    {
      name: `${n}: largest request, adapter estimate`,
      value: Math.max(...estimates),
      unit: "bytes",
      note: "an upper bound of the real size",
    },
    {
      name: `${n}: real bytes per action`,
      value: Math.round(bytes / actions),
      unit: "bytes",
      note: `${actions} Office.js actions in all`,
    },
  ];
}

export async function run(): Promise<Figure[]> {
  const bidang = listBidang()
    .map((b) => jabatanInBidang(b))
    .sort((a, b) => b.length - a.length)[0];
  const all = catalog.jabatan.map((j) => j.id);
  const figures: Figure[] = [];
  for (const mode of ["iki", "native"] as const) {
    figures.push(...(await measure("1 jabatan", [all[0]], false, mode)));
    figures.push(
      ...(await measure(
        `bidang ${bidang[0].bidang} + rekap`,
        bidang.map((j) => j.id),
        true,
        mode
      ))
    );
    figures.push(...(await measure("all jabatan + rekap", all, true, mode)));
  }
  return figures;
}

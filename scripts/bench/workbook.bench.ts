/**
 * The Office.js adapter through Microsoft's real client (test/support/office-js): syncs and the
 * real bytes of every request, as Excel would receive them, for one jabatan, the largest bidang
 * with its rekap and the whole dinas with its rekap, in both formula modes; and the syncs of the
 * pane's path, what a user gets from a button: one insert that asks ("tanya") whether a jabatan
 * already has a sheet of the year, and the answers when one has. Counts, not seconds: the host
 * stand-in has no network.
 */
import { builtInCatalog } from "../../src/catalog";
import { planWorkbook } from "../../src/template";
import type { TemplateOptions } from "../../src/template/options";
import type { SudahAda } from "../../src/template/sudah-ada";
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

/** The syncs of one insert on `host`, with their sizes. */
async function syncsOf(
  host: OfficeHost,
  jabatanIds: string[],
  rekap: boolean,
  o: TemplateOptions,
  sudahAda?: SudahAda
) {
  const before = host.requests.length;
  const workbook = new ExcelWorkbook({ run: realClientRun(host) });
  const result = await workbook.insert({ jabatanIds, options: o, rekap, sudahAda });
  const requests = host.requests.slice(before);
  return { result, syncs: requests.length, note: requests.map((r) => kb(r.bytes)).join(" + ") };
}

/** The pane's path: one insert that asks; the insert alone is measured by `measure`. */
async function pane(
  label: string,
  jabatanIds: string[],
  rekap: boolean,
  mode: TemplateOptions["mode"]
): Promise<Figure> {
  const host = new OfficeHost({ sheets: [{ name: "Sheet1" }] });
  const { syncs, note } = await syncsOf(host, jabatanIds, rekap, { ...options, mode }, "tanya");
  return { name: `${label} (${mode}): syncs, pane`, value: syncs, unit: "syncs", note };
}

/**
 * The first jabatan already has a sheet of the year: the question (an insert that asks), then each
 * answer the pane offers that writes (a second insert: "kedua", and for a bidang "lewati").
 */
async function answers(jabatanIds: string[], rekap: boolean, label: string): Promise<Figure[]> {
  const figures: Figure[] = [];
  const steps: [string, SudahAda][] = [
    ["question", "tanya"],
    ["then kedua", "buat"],
  ];
  if (rekap) steps.push(["then lewati", "lewati"]);
  for (const [jawaban, sudahAda] of steps) {
    const host = new OfficeHost({ sheets: [{ name: "Sheet1" }] });
    await syncsOf(host, [jabatanIds[0]], false, options);
    const { syncs, note } = await syncsOf(host, jabatanIds, rekap, options, sudahAda);
    const name = `${label}, one has a sheet: ${jawaban}`;
    figures.push({ name: `${name}: syncs, pane`, value: syncs, unit: "syncs", note });
  }
  return figures;
}

async function measure(
  label: string,
  jabatanIds: string[],
  rekap: boolean,
  mode: TemplateOptions["mode"]
): Promise<Figure[]> {
  const host = new OfficeHost({ sheets: [{ name: "Sheet1" }] });
  const o = { ...options, mode };
  const { result } = await syncsOf(host, jabatanIds, rekap, o);
  const plans = planWorkbook({
    katalog: builtInCatalog,
    jabatan: jabatanIds.map((id) => builtInCatalog.jabatan.find((j) => j.id === id)!),
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
  const bidang = builtInCatalog
    .listBidang()
    .map((b) => builtInCatalog.jabatanInBidang(b))
    .sort((a, b) => b.length - a.length)[0];
  const all = builtInCatalog.jabatan.map((j) => j.id);
  const bidangIds = bidang.map((j) => j.id);
  const scenarios: [string, string[], boolean][] = [
    ["1 jabatan", [all[0]], false],
    [`bidang ${bidang[0].bidang} + rekap`, bidangIds, true],
    ["all jabatan + rekap", all, true],
  ];
  const figures: Figure[] = [];
  for (const mode of ["iki", "native"] as const)
    for (const [label, ids, rekap] of scenarios) {
      figures.push(...(await measure(label, ids, rekap, mode)));
      figures.push(await pane(label, ids, rekap, mode));
    }
  figures.push(...(await answers([all[0]], false, "1 jabatan")));
  figures.push(...(await answers(bidangIds, true, `bidang ${bidang[0].bidang} + rekap`)));
  figures.push(...(await katalog()));
  return figures;
}

/** One catalog action of the pane on a fresh host: its syncs and the real bytes of its requests. */
async function katalogStep(
  host: OfficeHost,
  name: string,
  call: (w: ExcelWorkbook) => Promise<unknown>
): Promise<Figure> {
  const before = host.requests.length;
  await call(new ExcelWorkbook({ run: realClientRun(host) }));
  const requests = host.requests.slice(before);
  const bytes = requests.reduce((sum, r) => sum + r.bytes, 0);
  return {
    name: `catalog: ${name}: syncs`,
    value: requests.length,
    unit: "syncs",
    note: `${kb(bytes)} sent: ${requests.map((r) => kb(r.bytes)).join(" + ")}`,
  };
}

/**
 * The section "Katalog IKI": read at load (no stored catalog), export the built-in catalog, read
 * the exported sheets for an import (values of those sheets only), store the catalog (veryHidden
 * sheet), store it again (its signature read, a new sheet superseding the old one), read it at load, back to the
 * built-in one (the signed sheet deleted); then beside a user's own sheet named "IKI-Katalog"
 * (read for its A1, never changed): store, back to the built-in, and again with only the user's;
 * last, a save after an import that keeps the built-in catalog as riwayat.
 */
async function katalog(): Promise<Figure[]> {
  const host = new OfficeHost({ sheets: [{ name: "Sheet1" }] });
  const own = new OfficeHost({
    sheets: [{ name: "Sheet1" }, { name: "IKI-Katalog", values: [["Catatan saya"]] }],
  });
  const c = builtInCatalog.catalog;
  return [
    await katalogStep(host, "read at load, none stored", (w) => w.readCatalog()),
    await katalogStep(host, "export (6 sheets)", (w) => w.exportCatalog()),
    await katalogStep(host, "read the layout's sheets", (w) => w.readCatalogSheets()),
    await katalogStep(host, "save", (w) => w.saveCatalog(c)),
    await katalogStep(host, "save again (superseding)", (w) => w.saveCatalog(c)),
    await katalogStep(host, "read at load, one stored", (w) => w.readCatalog()),
    await katalogStep(host, "back to the built-in", (w) => w.saveCatalog(undefined)),
    await katalogStep(own, "save beside a user's IKI-Katalog", (w) => w.saveCatalog(c)),
    await katalogStep(own, "back to the built-in, user's sheet kept", (w) =>
      w.saveCatalog(undefined)
    ),
    await katalogStep(own, "back to the built-in, only the user's sheet", (w) =>
      w.saveCatalog(undefined)
    ),
    await riwayatStep(),
  ];
}

/** An import after an IKI sheet was made: the built-in catalog its marker names kept as riwayat. */
async function riwayatStep(): Promise<Figure> {
  const host = new OfficeHost({ sheets: [{ name: "Sheet1" }] });
  const jabatanIds = [builtInCatalog.jabatan[1].id];
  await new ExcelWorkbook({ run: realClientRun(host) }).insert({
    jabatanIds,
    options,
    rekap: false,
  });
  const c = builtInCatalog.catalog;
  const imported = { ...c, instansi: { ...c.instansi, nama: `${c.instansi.nama} (impor)` } };
  const name = "save after an import, the built-in catalog kept as riwayat";
  return katalogStep(host, name, (w) => w.saveCatalog(imported));
}

/**
 * The lifecycle actions (rawatLembar) on the whole dinas, every input typed, through Microsoft's real
 * client (test/support/office-js): syncs, the largest request and the largest response per action,
 * as Excel would exchange them, and the adapter's time on this machine (planning and the client's
 * serialization; the host stand-in has no network). The workbook is the fake's (test/support/
 * dinas-terisi.ts) seeded into the host: markers, formulas, values, protection.
 */
import { builtInCatalog, type CatalogIndex } from "../../src/catalog";
import type { AksiLembar } from "../../src/lifecycle/types";
import { ExcelWorkbook } from "../../src/workbook/excel-adapter";
import { dinasTerisi, hostSeeds, salin } from "../../test/support/dinas-terisi";
import type { FakeExcel } from "../../test/support/fake-excel";
import { realClientRun } from "../../test/support/office-js/client";
import { OfficeHost } from "../../test/support/office-js/host";
import { indeks, revisi } from "../../test/lifecycle/support";
import { requestFigures, responsesOf } from "./requests";
import type { Figure } from "./types";

async function measure(
  label: string,
  fake: FakeExcel,
  aksi: AksiLembar,
  katalog: CatalogIndex
): Promise<Figure[]> {
  const host = new OfficeHost({ sheets: hostSeeds(fake) });
  const responses = responsesOf(host);
  const workbook = new ExcelWorkbook({ run: realClientRun(host), katalog });
  const started = performance.now();
  const laporan = await workbook.rawatLembar({ aksi, tulis: true });
  const ms = performance.now() - started;
  const sheets = laporan.lembar.filter((l) => l.status === "diperbarui" || l.status === "dibuat");
  const n = `${label} (${sheets.length} sheets + ${laporan.rekap.length} rekap)`;
  return requestFigures(n, host.requests, responses, ms);
}

export async function run(): Promise<Figure[]> {
  const { fake } = await dinasTerisi();
  const revisiKatalog = indeks(revisi(builtInCatalog.catalog));
  const native = salin(fake);
  await new ExcelWorkbook({ run: native.run }).rawatLembar({
    aksi: { kind: "ubah-rumus", mode: "native" },
    tulis: true,
  });
  return [
    ...(await measure("perbarui, revised catalog", fake, { kind: "perbarui" }, revisiKatalog)),
    ...(await measure(
      "tahun berikutnya, with targets",
      fake,
      { kind: "tahun-berikutnya", bawaTarget: true },
      builtInCatalog
    )),
    ...(await measure(
      "ubah rumus to plain",
      fake,
      { kind: "ubah-rumus", mode: "native" },
      builtInCatalog
    )),
    ...(await measure(
      "ubah rumus back to IKI",
      native,
      { kind: "ubah-rumus", mode: "iki" },
      builtInCatalog
    )),
  ];
}

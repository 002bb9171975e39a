/**
 * Gabungkan in the pane: the 50 staff files of a filled dinas (one IKI sheet each, as the reader gives
 * them: test/support/berkas-pegawai.ts) merged through Microsoft's real client (test/support/office-js)
 * into a workbook with one sheet of the user's own, then merged again (every sheet replaced, the rekap
 * and the report sheet rewritten in place). Per merge: the syncs with each request's size, the largest
 * request and response, and the adapter's time on this machine (planning and serialization; the host
 * stand-in has no network). The report before writing is measured too: reads only.
 */
import { builtInCatalog } from "../../src/catalog";
import type { BerkasDibaca } from "../../src/gabung/types";
import { ExcelWorkbook } from "../../src/workbook/excel-adapter";
import { PAYLOAD_BUDGET_BYTES } from "../../src/workbook/payload";
import { berkasDinas } from "../../test/support/berkas-pegawai";
import { dinasTerisi, hostSeeds } from "../../test/support/dinas-terisi";
import { FakeExcel } from "../../test/support/fake-excel";
import { realClientRun } from "../../test/support/office-js/client";
import { OfficeHost } from "../../test/support/office-js/host";
import { requestFigures, responsesOf } from "./requests";
import type { Figure } from "./types";

async function measure(
  label: string,
  host: OfficeHost,
  berkas: BerkasDibaca[],
  tulis: boolean
): Promise<Figure[]> {
  const from = host.requests.length;
  const responses = responsesOf(host);
  const workbook = new ExcelWorkbook({ run: realClientRun(host), katalog: builtInCatalog });
  const started = performance.now();
  const laporan = await workbook.gabung({ berkas, tulis });
  const ms = performance.now() - started;
  const requests = host.requests.slice(from);
  const lembar = laporan.berkas.flatMap((b) => b.lembar).filter((l) => l.status === "digabung");
  const n = `${label} (${berkas.length} files, ${lembar.length} sheets)`;
  const budget = `budget ${PAYLOAD_BUDGET_BYTES.toLocaleString("en-US")}`;
  return requestFigures(n, requests, responses, ms, budget);
}

const catatan = () =>
  new OfficeHost({
    sheets: [{ name: "Catatan", values: [["catatan pengguna"]], formulas: [["catatan pengguna"]] }],
  });

export async function run(): Promise<Figure[]> {
  const berkas = berkasDinas(await dinasTerisi());
  // The host stand-in keeps no cells of the sheets the client writes: the workbook merged again
  // is the first merge's on the fake Excel, seeded into a host (as the lifecycle benches do).
  const fake = new FakeExcel({ sheets: [{ name: "Catatan", cells: { A1: "catatan pengguna" } }] });
  await new ExcelWorkbook({ run: fake.run, katalog: builtInCatalog }).gabung({
    berkas,
    tulis: true,
  });
  const digabung = new OfficeHost({ sheets: hostSeeds(fake) });
  return [
    ...(await measure("report before writing", catatan(), berkas, false)),
    ...(await measure("merge into a workbook", catatan(), berkas, true)),
    ...(await measure("same files merged again", digabung, berkas, true)),
  ];
}

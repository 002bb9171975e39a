/**
 * Gabungkan berkas pegawai in Office.js: one Excel.run through the writers of an insert
 * (excel-writes.ts writePlanned), as the lifecycle actions (rawat-lembar.ts):
 *   1. the sheet names; 2. every marker, the charts and protection of each sheet (the year's rekap and
 *      report sheet are rewritten in place) and each sheet's used range;
 *   3. the grids of the workbook's IKI sheets in budgeted reads (grid-reads.ts): the nama typed on a
 *      sheet a staff sheet of the same jabatan replaces;
 *   then the pure planner (rencanaGabung) and, with `tulis`, the write: the new sheets under temporary
 *   names in budgeted syncs; in the last one the replaced sheets give way to their successors in
 *   place (supersede.ts), the rekap and the report sheet rewritten. All or nothing.
 * Loaded with import() at the first merge, never in the pane's first load.
 */
import { rencanaGabung } from "../gabung/rencana";
import type { LaporanGabung } from "../gabung/types";
import type { PilihanKatalog } from "../template/katalog-riwayat";
import { writePlanned, type WriteSetup } from "./excel-writes";
import { masukanGabung } from "./gabung-masukan";
import { PAYLOAD_BUDGET_BYTES } from "./payload";
import type { GabungRequest, ProgressListener } from "./port";
import { readSheets } from "./rawat-lembar";
import { teks } from "./teks";

/** Reads, plans and (with `tulis`) writes; resolves to the report (also when nothing was written). */
export async function gabungLembar(
  setup: WriteSetup,
  request: GabungRequest,
  pilihan: PilihanKatalog,
  onProgress?: ProgressListener
): Promise<LaporanGabung> {
  let laporan: LaporanGabung | undefined;
  const read = { markers: true, charts: true, extents: true };
  await writePlanned(setup, read, onProgress, async (existing, step) => {
    const budget = setup.payloadBudget ?? PAYLOAD_BUDGET_BYTES;
    // Only the IKI sheets' cells: nothing of another sheet is replaced by name.
    const sheets = await readSheets(false, existing, step, pilihan, budget);
    const rencana = rencanaGabung(masukanGabung(pilihan, sheets, request));
    laporan = rencana.laporan;
    const { plans } = rencana;
    if (!request.tulis || plans.length === 0) return { created: [] };
    return { plans: () => plans, blame: [], ada: [], teks: teks.tulisGabung };
  });
  return laporan as LaporanGabung;
}

/**
 * The lifecycle actions in Office.js (perbarui, tahun berikutnya, ubah rumus: src/lifecycle), one
 * Excel.run through the writers of an insert (excel-writes.ts writePlanned):
 *   1. the sheet names; 2. every marker, the charts and protection of each sheet (a rekap rewritten
 *      in place, `terkunci`), and each sheet's used range;
 *   3. the grids (formulas and values) of the IKI sheets, and for plain formulas of every other
 *      sheet too, in budgeted reads (grid-reads.ts): the whole dinas is one;
 *   then the pure planner (rencanaAksi) and, with `tulis`, the write: the new sheets under temporary
 *   names in budgeted syncs, and in the last one the old sheets replaced by them in place
 *   (supersede.ts), the markers of the unchanged sheets, the rekap rewritten. All or nothing; a
 *   failure in the last sync never loses a sheet's typed values.
 * Loaded with the writes (import() at the first action), never in the pane's first load.
 */
import { rencanaAksi } from "../lifecycle/actions";
import { luasSusunan, masukanAksi } from "../lifecycle/masukan";
import type { PilihanKatalog } from "../template/katalog-riwayat";
import type { LaporanAksi, SheetRead } from "../lifecycle/types";
import { sheetKey } from "../template/sheet-names";
import { findIkiSheets, type ExistingSheet } from "../template/workbook-plan";
import { writePlanned, type ReadStep, type WriteSetup } from "./excel-writes";
import { PAYLOAD_BUDGET_BYTES } from "./payload";
import { bare, readGrids, type Extents, type GridWanted } from "./grid-reads";
import type { ProgressListener, RawatRequest } from "./port";
import { teks } from "./teks";
import { setUlangDari } from "./rujukan-ulang";

/**
 * Which sheets' cells the action needs: the IKI sheets (to their layout's extent); with `lain` (an
 * action that replaces sheets), the formulas of every other sheet too (those naming a replaced sheet
 * are set again after the swap: rujukan.ts; a plain copy lists their IKI.* formulas).
 */
function wantedSheets(
  lain: boolean,
  existing: ExistingSheet[],
  step: ReadStep,
  pilihan: PilihanKatalog
): GridWanted[] {
  const iki = new Set(findIkiSheets(existing).map((s) => sheetKey(s.name)));
  return existing
    .filter((s) => lain || iki.has(sheetKey(s.name)))
    .map((s) => {
      const wanted: GridWanted = { name: s.name };
      if (s.marker !== undefined) wanted.marker = s.marker;
      const protection = step.charts?.get(sheetKey(s.name))?.protection;
      if (protection) wanted.terkunci = protection.protected;
      if (!iki.has(sheetKey(s.name))) wanted.rumusSaja = true;
      else {
        const luas = luasSusunan(s.marker, pilihan);
        if (luas) wanted.luas = luas;
      }
      return wanted;
    });
}

/**
 * Every sheet in tab order: with its cells when read (the IKI sheets; with `lain` the others'
 * formulas too), else its name and marker only. Also gabung-lembar.ts's read.
 */
export async function readSheets(
  lain: boolean,
  existing: ExistingSheet[],
  step: ReadStep,
  pilihan: PilihanKatalog,
  budget: number
): Promise<SheetRead[]> {
  const extents = step.extents as Extents;
  const wanted = wantedSheets(lain, existing, step, pilihan);
  const from = step.syncs;
  const onRead = (i: number, n: number) => {
    step.syncs = from + i + 1;
    step.progress.step(from + i, teks.membacaLembar(i + 1, n), from + n + 2);
  };
  const grids = await readGrids(step.context, wanted, extents, onRead, budget);
  const byKey = new Map(grids.map((g) => [sheetKey(g.name), g]));
  return existing.map((s) => byKey.get(sheetKey(s.name)) ?? bare(s));
}

/** Reads, plans and (with `tulis`) writes; resolves to the report. */
export async function rawatLembar(
  setup: WriteSetup,
  request: RawatRequest,
  pilihan: PilihanKatalog,
  onProgress?: ProgressListener
): Promise<LaporanAksi> {
  let laporan: LaporanAksi | undefined;
  const read = { markers: true, charts: true, extents: true };
  await writePlanned(setup, read, onProgress, async (existing, step) => {
    const budget = setup.payloadBudget ?? PAYLOAD_BUDGET_BYTES;
    const lain = request.aksi.kind !== "tahun-berikutnya";
    const sheets = await readSheets(lain, existing, step, pilihan, budget);
    const rencana = rencanaAksi(request.aksi, masukanAksi(pilihan, sheets, request.kunci));
    laporan = rencana.laporan;
    const { plans, markerBaru } = rencana;
    if (!request.tulis || plans.length + markerBaru.length === 0) return { created: [] };
    const setUlang = setUlangDari(laporan.rujukan, plans);
    const kata = teks.tulisRawat(request.aksi.kind);
    return { plans: () => plans, blame: [], ada: [], markers: markerBaru, setUlang, teks: kata };
  });
  return laporan as LaporanAksi;
}

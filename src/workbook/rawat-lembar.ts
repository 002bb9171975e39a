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
import type { CatalogIndex } from "../catalog";
import { rencanaAksi } from "../lifecycle/actions";
import type { AksiLembar, LaporanAksi, SheetRead } from "../lifecycle/types";
import { sheetKey } from "../template/sheet-names";
import { findIkiSheets, type ExistingSheet } from "../template/workbook-plan";
import { writePlanned, type ReadStep, type WriteSetup } from "./excel-writes";
import { planGridReads, readGrids, type Extents, type GridWanted } from "./grid-reads";
import type { ProgressListener, RawatRequest } from "./port";
import { teks } from "./teks";
import { setUlangDari } from "./rujukan-ulang";

/** Which sheets' cells the action needs: the IKI sheets; for plain formulas every sheet (IKI.* elsewhere). */
function wantedSheets(aksi: AksiLembar, existing: ExistingSheet[], step: ReadStep): GridWanted[] {
  const iki = new Set(findIkiSheets(existing).map((s) => sheetKey(s.name)));
  // An action that replaces sheets reads the others too: their formulas naming a replaced sheet
  // are set again after the swap (rujukan.ts), and a plain copy lists their IKI.* formulas.
  const semua = aksi.kind !== "tahun-berikutnya";
  return existing
    .filter((s) => semua || iki.has(sheetKey(s.name)))
    .map((s) => {
      const wanted: GridWanted = { name: s.name };
      if (s.marker !== undefined) wanted.marker = s.marker;
      const protection = step.charts?.get(sheetKey(s.name))?.protection;
      if (protection) wanted.terkunci = protection.protected;
      return wanted;
    });
}

/** Every sheet in tab order: with its cells when read, else its name and marker only. */
async function readSheets(
  aksi: AksiLembar,
  existing: ExistingSheet[],
  step: ReadStep
): Promise<SheetRead[]> {
  const extents = step.extents as Extents;
  const reads = planGridReads(wantedSheets(aksi, existing, step), extents);
  const grids = await readGrids(step.context, reads, extents, (i, n) =>
    step.progress.step(step.syncs + i, teks.membacaLembar(i + 1, n), step.syncs + n + 2)
  );
  step.syncs += reads.length;
  const byKey = new Map(grids.map((g) => [sheetKey(g.name), g]));
  return existing.map((s) => {
    const read = byKey.get(sheetKey(s.name));
    if (read) return read;
    const bare: SheetRead = { name: s.name, formulas: [], values: [] };
    if (s.marker !== undefined) bare.marker = s.marker;
    return bare;
  });
}

/** The catalogs a sheet's marker may name besides the one in use: the workbook's, the built-in one. */
export interface KatalogAsal {
  dikenal: CatalogIndex[];
  bawaan: CatalogIndex;
}

/** Reads, plans and (with `tulis`) writes; resolves to the report. */
export async function rawatLembar(
  setup: WriteSetup,
  request: RawatRequest,
  asal: KatalogAsal,
  onProgress?: ProgressListener
): Promise<LaporanAksi> {
  let laporan: LaporanAksi | undefined;
  const read = { markers: true, charts: true, extents: true };
  await writePlanned(setup, read, onProgress, async (existing, step) => {
    const sheets = await readSheets(request.aksi, existing, step);
    const input = { katalog: setup.katalog, ...asal, sheets };
    const rencana = rencanaAksi(
      request.aksi,
      request.kunci === undefined ? input : { ...input, kunci: request.kunci }
    );
    laporan = rencana.laporan;
    const { plans, markerBaru } = rencana;
    if (!request.tulis || plans.length + markerBaru.length === 0) return { created: [] };
    const setUlang = setUlangDari(laporan.rujukan, plans);
    return { plans: () => plans, blame: [], ada: [], markers: markerBaru, setUlang };
  });
  return laporan as LaporanAksi;
}

/**
 * The writes of the Office.js adapter (excel-adapter.ts tells the sequence of an insert): inserts,
 * the rekap, the catalog's export and its stored sheet. Loaded with import() at the first write,
 * with the planners and the Office.js commands: the pane's first load only checks the host and
 * reads the workbook's catalog.
 */
import { CatalogIndex, type Catalog, type Jabatan } from "../catalog";
import { katalogDikenal, type PilihanKatalog } from "../template/katalog-riwayat";
import { checkRequest, decideInsert, needsMarkers, withAda } from "../template/sudah-ada";
import type { TemplateOptions } from "../template/options";
import type { SheetPlan } from "../template/plan";
import { sheetKey } from "../template/sheet-names";
import { planWorkbook, type ExistingSheet, type IkiSheetOfYear } from "../template/workbook-plan";
import { cleanUp } from "./clean-up";
import { errorCode } from "./error-code";
import { newInsertToken } from "./insert-token";
import {
  Progress,
  readWorkbook,
  writeSheets,
  type ReadNeeds,
  type WriteState,
} from "./insert-steps";
import type { Extents } from "./grid-reads";
import { PAYLOAD_BUDGET_BYTES, planWriteRequests } from "./payload";
import {
  InsertError,
  throwIfRefused,
  type InsertRequest,
  type InsertResult,
  type ProgressListener,
} from "./port";
import { prepareSheets, type PreparedPlans } from "./prepare-sheets";
import type { SheetCommands } from "./sheet-commands";
import type { InPlaceReads } from "./sheet-in-place";
import {
  hiddenBeforeDelete,
  positionsOf,
  settleSwaps,
  type Hidden,
  type Positions,
} from "./supersede";
import { teks } from "./teks";
import { rehideSuperseded } from "./katalog-reads";
import { setUlangBytes } from "./rujukan-ulang";
import { exportPlanner, storedPlanner } from "./workbook-catalog";

import type { ExcelRunner as Runner } from "./excel-adapter";

/** The pure planner: src/template's planWorkbook (a stand-in in tests). */
export type Planner = (input: {
  katalog: CatalogIndex;
  jabatan: Jabatan[];
  options: TemplateOptions;
  rekap: boolean;
  existing: ExistingSheet[];
}) => SheetPlan[];

/** What a write needs of the adapter: its runner, planner, marker key, catalog and budget. */
export interface WriteSetup {
  run: Runner;
  plan?: Planner;
  markerKey: string;
  katalog: CatalogIndex;
  payloadBudget?: number;
}

/** What a write plans once it has read the workbook. */
export interface Planned extends PreparedPlans {
  ada: IkiSheetOfYear[];
}

const NAMES_ONLY: ReadNeeds = { markers: false, charts: false };

/**
 * An insert (`precheck`: refused before any read when checkRequest says so without the workbook)
 * or the rekap alone (checked once the workbook is read); one Excel.run.
 */
export async function insertSheets(
  setup: WriteSetup,
  request: InsertRequest,
  precheck: boolean,
  onProgress?: ProgressListener
): Promise<InsertResult> {
  const { katalog } = setup;
  const isJabatan = (id: string) => katalog.getJabatan(id) !== undefined;
  const { options, rekap } = request;
  const checked = { ...request, tahun: options.tahun };
  if (precheck) throwIfRefused(checkRequest(checked, isJabatan));
  const read = { markers: rekap || needsMarkers(request.sudahAda), charts: rekap };
  const plan = setup.plan ?? planWorkbook;
  return writePlanned(setup, read, onProgress, (existing) => {
    throwIfRefused(checkRequest(checked, isJabatan, existing));
    const decision = decideInsert(existing, checked);
    if (!decision.write) return { created: [], ada: decision.ada }; // a question, or all skipped
    const jabatan = decision.jabatanIds.map((id) => katalog.getJabatan(id) as Jabatan);
    return {
      plans: () => plan({ katalog, jabatan, options, rekap, existing }),
      blame: decision.jabatanIds,
      ada: decision.ada,
    };
  });
}

const planned =
  (planner: (existing: ExistingSheet[]) => SheetPlan[]) => (existing: ExistingSheet[]) => ({
    plans: () => planner(existing),
    blame: [],
    ada: [],
  });

/** The catalog in use as the layout's new sheets (two syncs: the names, the sheets); their names. */
export async function exportCatalogSheets(setup: WriteSetup): Promise<string[]> {
  const planner = await exportPlanner(setup.katalog);
  return (await writePlanned(setup, NAMES_ONLY, undefined, planned(planner))).created;
}

/**
 * The stored catalog sheet added, or superseding the signed ones (written new, then they are
 * removed and it takes their name, in the same request), with the riwayat of `dikenal` the
 * sheets' markers still name (riwayatUntuk): the names, every marker with A1 of the sheets named
 * as the stored catalog, the sheet. 3 syncs.
 */
export async function storeCatalog(
  setup: WriteSetup,
  catalog: Catalog,
  pilihan: PilihanKatalog
): Promise<{ katalog: CatalogIndex; riwayat: CatalogIndex[] }> {
  const katalog = new CatalogIndex(catalog);
  const { planner, riwayat } = storedPlanner(katalog, katalogDikenal(pilihan));
  const read = { markers: true, charts: false, signatures: true };
  await writePlanned(setup, read, undefined, planned(planner));
  return { katalog, riwayat: riwayat() };
}

/** What a planner sees of the workbook once read: the reads' results, and the context for more. */
export interface ReadStep {
  context: Excel.RequestContext;
  progress: Progress;
  charts?: InPlaceReads;
  extents?: Extents;
  /** Read syncs so far; a planner that reads more adds its own. */
  syncs: number;
}

type PlanFrom = (
  existing: ExistingSheet[],
  step: ReadStep
) => Planned | InsertResult | Promise<Planned | InsertResult>;

/** The write of what was planned: sheets in requests within the budget, the last sync's extras. */
function batchOf(
  planned: Planned,
  at: {
    existing: ExistingSheet[];
    step: ReadStep;
    positions: Positions;
    hidden: Hidden;
    setup: WriteSetup;
  }
) {
  const before = new Set(at.existing.map((s) => sheetKey(s.name)));
  const sheets = prepareSheets(planned, before);
  const markers = (planned.markers ?? []).map((m) => ({ ...m, key: at.setup.markerKey }));
  const setUlang = planned.setUlang ?? [];
  const budget = at.setup.payloadBudget ?? PAYLOAD_BUDGET_BYTES;
  const chunks = planWriteRequests(sheets, budget, markers.length, setUlangBytes(setUlang));
  const { positions, hidden } = at;
  const teks = planned.teks;
  return { sheets, chunks, charts: at.step.charts, positions, hidden, markers, setUlang, teks };
}

/**
 * One Excel.run: read the sheets (names, and markers when asked), plan from what was read, write
 * all or nothing; on failure the clean-up deletes by id what was written (clean-up.ts), after a
 * failed last sync once the superseded sheets are settled (supersede.ts).
 */
export async function writePlanned(
  setup: WriteSetup,
  read: ReadNeeds,
  onProgress: ProgressListener | undefined,
  planFrom: PlanFrom
): Promise<InsertResult> {
  // A first guess of the read syncs: the total grows when a signature read is needed.
  const readSteps = read.markers ? 2 : 1;
  const progress = new Progress(onProgress, readSteps + 2);
  const state: WriteState = {
    token: newInsertToken(),
    written: [],
    failed: [],
    writing: false,
    successors: [],
    swapping: false,
  };
  let positions: Positions = new Map();
  let hidden: Hidden = new Map();
  progress.step(0, teks.membacaBukuKerja);
  try {
    return await setup.run(async (context) => {
      const { existing, ...reads } = await readWorkbook(context, setup.markerKey, read, progress);
      const step: ReadStep = { context, progress, ...reads };
      const plannedNow = await planFrom(existing, step);
      if (!("plans" in plannedNow)) return plannedNow;
      positions = positionsOf(existing.map((s) => s.name));
      hidden = reads.hidden;
      const batch = batchOf(plannedNow, { existing, step, positions, hidden, setup });
      const result = await writeSheets(context, batch, state, progress, step.syncs);
      return withAda(result, plannedNow.ada);
    });
  } catch (e) {
    if (e instanceof InsertError) throw e;
    if (!state.writing) throw new InsertError(teks.gagalMembaca(errorCode(e)));
    const label = (s: SheetCommands) => setup.katalog.getJabatan(s.jabatanId ?? "")?.nama ?? s.name;
    // Only a very hidden sheet is hidden before its delete (supersede.ts).
    const superseded = state.failed.flatMap((f) =>
      (f.sheet.supersedes ?? []).filter((n) => hiddenBeforeDelete(f.sheet, n, hidden))
    );
    const kept = state.swapping ? await keepSettled(setup, state, positions) : undefined;
    const error = await cleanUp(setup.run, setup.markerKey, state, e, label);
    // Best effort: a stored catalog left hidden rather than very hidden is still read as before.
    await rehideSuperseded(setup.run, superseded).catch(() => undefined);
    if (!kept) throw error;
    throw new InsertError(`${error.message} ${kept}`, error.jabatanIds);
  }
}

/**
 * A failed last sync: the new sheets whose old ones are gone are kept (settleSwaps) and taken out of
 * what the clean-up deletes; if the workbook cannot even be examined, every new sheet that was to
 * supersede one is kept: two sheets of one jabatan are better than none. The note for the user.
 */
async function keepSettled(
  setup: WriteSetup,
  state: WriteState,
  positions: Positions
): Promise<string | undefined> {
  let kept: SheetCommands[];
  let note: string | undefined;
  try {
    const settled = await settleSwaps(setup.run, state.token, state.successors, positions);
    kept = settled.kept.map((s) => s.sheet);
    if (kept.length > 0)
      note = teks.sebagianDiganti(
        kept.map((s) => s.name),
        settled.unnamed
      );
  } catch {
    kept = state.successors.map((s) => s.sheet);
    note = teks.gantiBelumDiperiksa(state.successors.map((s) => s.temporary));
  }
  const keep = new Set(kept);
  state.written = state.written.filter((w) => !keep.has(w.sheet));
  state.failed = state.failed.filter((f) => !keep.has(f.sheet));
  return note;
}

/**
 * The steps of one insert inside its Excel.run (see excel-adapter.ts for the whole sequence): the
 * progress it reports, the read syncs, the write syncs and the queueing of one chunk, and the check
 * that no planned name is taken. Kept apart so the adapter reads as the sequence itself.
 */
import type { ExistingSheet } from "../template/workbook-plan";
import { sheetKey } from "../template/sheet-names";
import type { Attempt } from "./clean-up";
import { INSERT_TOKEN_KEY, temporaryName } from "./insert-token";
import { insertResultOf, type InsertResult, type ProgressListener } from "./port";
import { queueSheet } from "./queue-sheet";
import { isHiddenSheet, type SheetCommands } from "./sheet-commands";
import { queueInPlaceReads, type InPlaceReads } from "./sheet-in-place";
import { queueSignatures } from "./katalog-reads";
import { queueExtents, type Extents } from "./grid-reads";
import {
  hiddenOf,
  hidingOf,
  queueSwaps,
  type Hidden,
  type Positions,
  type Successor,
} from "./supersede";
import { teks, type TeksTulis } from "./teks";
import { queueSetUlang, type SetUlang } from "./rujukan-ulang";

/** Reports done/total with both only growing; the total may grow once the number of syncs is known. */
export class Progress {
  private done = 0;
  private total: number;
  constructor(
    private readonly listener: ProgressListener | undefined,
    total: number
  ) {
    this.total = total;
  }
  step(done: number, message: string, total = this.total): void {
    this.total = Math.max(this.total, total);
    this.done = Math.min(Math.max(this.done, done), this.total);
    this.listener?.(this.done, this.total, message);
  }
}

/** What the clean-up needs to know of an insert in progress. */
export interface WriteState extends Attempt {
  /** Whether any write was queued (before that, a failure changed nothing). */
  writing: boolean;
  /** New sheets waiting to take the place of others (supersede.ts). */
  successors: Successor[];
}

/** What a write reads before planning: markers (and charts, for a rekap), signatures of the stored catalog. */
export interface ReadNeeds {
  markers: boolean;
  charts: boolean;
  /** A1 of the sheets named as the stored catalog (ExistingSheet.tersimpan): free with the markers. */
  signatures?: boolean;
  /** Each sheet's used range from A1 (a lifecycle action reads their cells next): with the markers. */
  extents?: boolean;
}

/**
 * Sync 1 (names) and, when `markers`, sync 2: each sheet's marker (a rekap's sources, jabatan that
 * already have a sheet of the year), for a rekap (`charts`) its charts, and A1 of the sheets named
 * as the stored catalog. Without markers, `signatures` reads those A1 in a sync 2 only when there
 * is such a sheet. `syncs`: how many were made.
 */
export async function readWorkbook(
  context: Excel.RequestContext,
  markerKey: string,
  read: ReadNeeds,
  progress: Progress
): Promise<{
  existing: ExistingSheet[];
  hidden: Hidden;
  charts?: InPlaceReads;
  extents?: Extents;
  syncs: number;
}> {
  const worksheets = context.workbook.worksheets;
  worksheets.load("items/name,items/visibility");
  await context.sync();
  const items = worksheets.items;
  const existing: ExistingSheet[] = items.map((s) => ({ name: s.name }));
  const hidden = hiddenOf(items);
  const signatures = read.markers || read.signatures ? queueSignatures(items) : undefined;
  if (!read.markers && !signatures?.candidates.length) return { existing, hidden, syncs: 1 };
  progress.step(1, teks.membacaPenanda);
  const markers = read.markers
    ? items.map((s) => s.customProperties.getItemOrNullObject(markerKey).load("value"))
    : [];
  // The year's rekap is rewritten in place: its old chart must be known to be deleted, and its
  // protection to be lifted before the clear.
  const charts = read.charts ? queueInPlaceReads(items) : undefined;
  const extents = read.extents ? queueExtents(items) : undefined;
  await context.sync();
  markers.forEach((m, i) => {
    if (!m.isNullObject) existing[i].marker = m.value;
  });
  const signed = new Set(signatures?.signed());
  items.forEach((s, i) => {
    if (signed.has(s)) existing[i].tersimpan = true;
  });
  return { existing, hidden, charts, extents: extents?.(), syncs: 2 };
}

/** What the write syncs carry: the sheets in budget chunks, and what the last sync also does. */
export interface WriteBatch {
  sheets: SheetCommands[];
  chunks: SheetCommands[][];
  /** Charts and protection of the existing sheets (a sheet rewritten in place). */
  charts?: InPlaceReads;
  /** Tab positions as read: a sheet that supersedes others takes their place (supersede.ts). */
  positions?: Positions;
  /** The sheets out of sight as read: a successor stays as hidden as its old sheet (supersede.ts). */
  hidden?: Hidden;
  /** Marker custom properties set, in the last sync, on sheets whose plan did not change. */
  markers?: { key: string; sheet: string; value: string }[];
  /** Formulas naming a replaced sheet, set again after the swaps (rujukan-ulang.ts). */
  setUlang?: SetUlang[];
  /** The progress and result texts (a lifecycle action's); default: an insert's. */
  teks?: TeksTulis;
}

const TULIS_SISIP: TeksTulis = {
  menyiapkan: teks.menyiapkanLembar,
  menulis: teks.menulisLembar,
  selesai: teks.selesai,
};

/** The texts of the write: the batch's own, or an insert's; markers alone say so. */
function teksTulis(batch: WriteBatch): TeksTulis {
  if (batch.sheets.length > 0) return batch.teks ?? TULIS_SISIP;
  const n = batch.markers?.length ?? 0;
  return {
    menyiapkan: () => teks.mencatatPenanda,
    menulis: () => teks.mencatatPenanda,
    selesai: () => teks.penandaDicatat(n),
  };
}

/**
 * The write syncs: one per budget chunk (payload.ts), calculation suspended; the last one also
 * swaps the superseding sheets in (supersede.ts), sets the markers and sets again the formulas that
 * name a replaced sheet (rujukan-ulang.ts), before the sheets rewritten in place; the first visible
 * sheet written is activated with it (none when only hidden ones were written: the stored catalog,
 * or successors of hidden sheets). `readSteps`: the read syncs before them, for the progress.
 */
export async function writeSheets(
  context: Excel.RequestContext,
  batch: WriteBatch,
  state: WriteState,
  progress: Progress,
  readSteps: number
): Promise<InsertResult> {
  const { sheets, chunks } = batch;
  const kata = teksTulis(batch);
  // Only markers to set: nothing to prepare, one sync.
  const prepare = sheets.length > 0 ? 1 : 0;
  const total = readSteps + prepare + chunks.length;
  if (prepare) progress.step(readSteps, kata.menyiapkan(sheets.length), total);
  let first: Excel.Worksheet | undefined;
  for (const [i, chunk] of chunks.entries()) {
    const from = state.written.length + 1;
    progress.step(
      readSteps + prepare + i,
      kata.menulis(from, Math.max(from, from + chunk.length - 1), sheets.length),
      total
    );
    const last = i === chunks.length - 1;
    const proxies = queueChunk(context, chunk, state, batch, last);
    const shown = (k: number) =>
      !isHiddenSheet(chunk[k]) && !hidingOf(chunk[k], batch.hidden ?? new Map());
    first ??= proxies.find((_, k) => shown(k));
    if (last) first?.activate();
    // One sync per budget chunk, not per sheet (see payload.ts).
    // eslint-disable-next-line office-addins/no-context-sync-in-loop
    await context.sync();
    chunk.forEach((sheet, k) => {
      if (sheet.replace) return;
      state.written.push({ sheet, id: proxies[k].id });
      const successor = state.successors.find((s) => s.sheet === sheet);
      if (successor) successor.id = proxies[k].id;
    });
    state.failed = [];
    state.inPlace = undefined;
  }
  state.successors = [];
  state.swapping = false;
  progress.step(total, kata.selesai(sheets.length));
  return insertResultOf(sheets);
}

/**
 * Queues one chunk: per new sheet, add (temporary name), token, id load, contents, and its final
 * name, unless it supersedes others (it waits under its temporary name for the last sync's swap);
 * in the last chunk the swaps and markers; then the sheets rewritten in place (the year's rekap),
 * cleared and written under their own name. Returns the proxies in chunk order.
 */
export function queueChunk(
  context: Excel.RequestContext,
  chunk: SheetCommands[],
  state: WriteState,
  batch: WriteBatch,
  last: boolean
): Excel.Worksheet[] {
  state.writing = true;
  const start = state.written.length;
  const added = chunk.filter((sheet) => !sheet.replace);
  state.failed = added.map((sheet, k) => ({
    sheet,
    temporary: temporaryName(state.token, start + k),
  }));
  state.inPlace = chunk.filter((sheet) => sheet.replace);
  context.workbook.application.suspendApiCalculationUntilNextSync();
  const worksheets = context.workbook.worksheets;
  const proxies = new Map<SheetCommands, Excel.Worksheet>();
  const here = new Map<Successor, Excel.Worksheet>();
  added.forEach((sheet, k) => {
    const { temporary } = state.failed[k];
    const ws = queueSheet(worksheets, { ...sheet, name: temporary }, (proxy) => {
      proxy.customProperties.add(INSERT_TOKEN_KEY, state.token);
      proxy.load("id");
    });
    proxies.set(sheet, ws);
    if (!sheet.supersedes) {
      ws.name = sheet.name; // complete and marked before it takes the name the user sees
      return;
    }
    const successor: Successor = { sheet, temporary };
    state.successors.push(successor);
    here.set(successor, ws);
  });
  if (last) {
    state.swapping = state.successors.length > 0;
    queueSwaps(worksheets, state.successors, here, {
      positions: batch.positions ?? new Map(),
      hidden: batch.hidden ?? new Map(),
    });
    for (const m of batch.markers ?? [])
      worksheets.getItem(m.sheet).customProperties.add(m.key, m.value);
    queueSetUlang(worksheets, batch.setUlang ?? []);
  }
  for (const sheet of chunk)
    if (sheet.replace) proxies.set(sheet, queueSheet(worksheets, sheet, undefined, batch.charts));
  return chunk.map((sheet) => proxies.get(sheet) as Excel.Worksheet);
}

/**
 * The new sheets' names already in the workbook (`before`, by sheetKey) or twice in the batch; the
 * year's rekap, rewritten in place, keeps its existing name by design, and a sheet that supersedes
 * others takes one of their names (free by then).
 */
export function takenNames(sheets: SheetCommands[], before: Set<string>): string[] {
  const freed = sheets.flatMap((s) => s.supersedes ?? []).map(sheetKey);
  before = new Set([...before].filter((key) => !freed.includes(key)));
  const seen = new Set<string>();
  return sheets
    .filter((s) => !s.replace)
    .map((s) => s.name)
    .filter((name) => {
      const key = sheetKey(name);
      const clash = before.has(key) || seen.has(key);
      seen.add(key);
      return clash;
    });
}

/**
 * After a failed insert: removes exactly the sheets this insert created and says what failed.
 *
 * Sheets of the syncs that succeeded are found by the ids their `add` returned. The failed sync
 * returned nothing (Office.js gives no loaded values of a failed batch), so each of its sheets is
 * looked up under its temporary name (unique to this insert: ours) and under its final name, where
 * it is ours only when it carries this insert's token (written before the rename). A sheet a
 * co-author made under a planned name is left alone and named as the cause. A jabatan is blamed
 * only when its sheet verifiably failed; when nothing of the failed request took effect, Excel
 * refused the request as a whole and the message says so, with Excel's code.
 */
import { errorCode } from "./error-code";
import { queueHideAndDelete } from "./katalog-reads";
import { INSERT_TOKEN_KEY } from "./insert-token";
import { InsertError } from "./port";
import type { SheetCommands } from "./sheet-commands";
import { teks } from "./teks";

type Runner = <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;

export interface Attempt {
  token: string;
  /** Sheets of the syncs that succeeded, with the ids their add returned. */
  written: { sheet: SheetCommands; id: string }[];
  /** The sheets of the sync that failed, in the order they were queued, with their temporary names. */
  failed: { sheet: SheetCommands; temporary: string }[];
  /**
   * The sheets the failed sync rewrote in place (written last, in order: the year's rekap, then a
   * merge's report sheet): never deleted; when no new sheet failed before them, one of them is
   * what failed and may be left empty (which one Excel does not say: each is named).
   */
  inPlace?: SheetCommands[];
  /** The failed sync was the last, with the swaps of superseding sheets (supersede.ts). */
  swapping?: boolean;
}

/** One sheet of ours to look for, under one key (id, temporary name or final name). */
interface Probe {
  key: string;
  /** Ours whatever it carries (found by id or by temporary name), or only with our token. */
  sure: boolean;
  present: boolean;
  ours: boolean;
  marked: boolean;
  deleted: boolean;
  name?: string;
}

function probeOf(key: string, sure: boolean): Probe {
  return { key, sure, present: false, ours: false, marked: false, deleted: false };
}

/**
 * Three syncs, on the failure path only: which sheets exist, whose they are, delete ours (a fourth
 * only when the delete fails).
 */
async function examine(run: Runner, markerKey: string, token: string, probes: Probe[]) {
  await run(async (context) => {
    const worksheets = context.workbook.worksheets;
    const proxies = probes.map((p) =>
      worksheets.getItemOrNullObject(p.key).load("name, visibility")
    );
    await context.sync();
    const props = proxies.map((proxy) =>
      proxy.isNullObject
        ? undefined
        : {
            token: proxy.customProperties.getItemOrNullObject(INSERT_TOKEN_KEY).load("value"),
            marker: proxy.customProperties.getItemOrNullObject(markerKey).load("key"),
          }
    );
    await context.sync();
    props.forEach((found, i) => {
      const p = probes[i];
      if (!found) return;
      p.present = true;
      p.name = proxies[i].name;
      p.ours = p.sure || (!found.token.isNullObject && found.token.value === token);
      p.marked = !found.marker.isNullObject;
    });
    probes.forEach((p, i) => p.ours && queueDelete(proxies[i]));
    try {
      await context.sync();
      for (const p of probes) p.deleted = p.ours;
    } catch {
      await recheck(context, probes); // the deletes before the failing one took effect
    }
  });
}

/** Excel refuses to delete a veryHidden sheet (the stored catalog): it is made hidden first. */
function queueDelete(sheet: Excel.Worksheet): void {
  queueHideAndDelete(sheet, sheet.visibility === "VeryHidden");
}

/** After a failed delete batch: which of ours are gone. If even that fails, all stay listed. */
async function recheck(context: Excel.RequestContext, probes: Probe[]): Promise<void> {
  const ours = probes.filter((p) => p.ours);
  const again = ours.map((p) =>
    context.workbook.worksheets.getItemOrNullObject(p.key).load("name")
  );
  try {
    await context.sync();
    ours.forEach((p, i) => (p.deleted = again[i].isNullObject));
  } catch {
    // deleted stays false: the message lists these sheets for the user to check and remove
  }
}

interface FailedSheet {
  sheet: SheetCommands;
  temporary: Probe;
  final: Probe;
}

/** The sheet that failed, said by its plan's kind: an IKI sheet, the rekap, a catalog sheet. */
function failedSheet(sheet: SheetCommands, code: string, nameOf: (s: SheetCommands) => string) {
  switch (sheet.kind) {
    case "rekap":
      return teks.gagalRekap(code);
    case "katalog":
      return teks.gagalEksporKatalog(sheet.name, code);
    case "katalog-tersimpan":
      return teks.gagalMenyimpanKatalog(code);
    default:
      return teks.gagalJabatan([nameOf(sheet)], code);
  }
}

/**
 * The sheets rewritten in place, one of which failed: the year's rekap, a merge's report sheet (the
 * stored catalog is never rewritten in place: a new sheet supersedes it). Each may be incomplete.
 */
function diTempat(sheets: SheetCommands[], code: string) {
  const [only] = sheets;
  const gagal =
    sheets.length > 1
      ? teks.gagalDiTempat(
          sheets.map((s) => s.name),
          code
        )
      : only.kind === "laporan"
        ? teks.gagalLaporan(only.name, code)
        : teks.gagalRekap(code);
  const note = sheets
    .map((s) =>
      s.kind === "laporan" ? teks.laporanBelumLengkap(s.name) : teks.rekapBelumLengkap(s.name)
    )
    .join(" ");
  return { gagal, note };
}

/** What failed, from the sheets of the failed request as found (in queue order). */
function describe(
  failed: FailedSheet[],
  code: string,
  nameOf: (s: SheetCommands) => string,
  swapping = false
) {
  const none: string[] = [];
  // Done: complete and under its final name, or, waiting to supersede others (supersede.ts),
  // marked under its temporary one. The first sheet not done is where Excel stopped.
  // In the last sync, one waiting to supersede is done only once swapped in (then it is kept).
  const done = (f: FailedSheet) =>
    f.final.ours || (!!f.sheet.supersedes && f.temporary.marked && !swapping);
  const culprit = failed.find((f) => !done(f));
  if (!culprit) return { what: teks.gagalTanpaRincian(code), ids: none, culprit };
  if (!culprit.temporary.present && !failed.some((f) => f.temporary.ours || f.final.ours))
    return { what: teks.permintaanDitolak(code), ids: none, culprit };
  // A sheet that supersedes the stored catalog takes the name of the sheet it replaces: that name
  // being taken is the plan, not a co-author's sheet.
  const superseded = culprit.sheet.supersedes?.includes(culprit.sheet.name) ?? false;
  if (culprit.temporary.marked && culprit.final.present && !culprit.final.ours && !superseded)
    return { what: teks.namaDiambilOrangLain(culprit.sheet.name, code), ids: none, culprit };
  const what = failedSheet(culprit.sheet, code, nameOf);
  return { what, ids: culprit.sheet.jabatanId ? [culprit.sheet.jabatanId] : none, culprit };
}

/** Cleans up after `cause` and returns the error to show (Bahasa Indonesia). */
export async function cleanUp(
  run: Runner,
  markerKey: string,
  attempt: Attempt,
  cause: unknown,
  nameOf: (s: SheetCommands) => string
): Promise<InsertError> {
  const code = errorCode(cause);
  const written = attempt.written.map((w) => probeOf(w.id, true));
  const failed: FailedSheet[] = attempt.failed.map((f) => ({
    sheet: f.sheet,
    temporary: probeOf(f.temporary, true),
    final: probeOf(f.sheet.name, false),
  }));
  const probes = [...written, ...failed.flatMap((f) => [f.temporary, f.final])];
  try {
    await examine(run, markerKey, attempt.token, probes);
  } catch {
    // Nothing is known for sure: name what may be left, for the user to check (never deleted blind).
    const maybe = [
      ...attempt.written.map((w) => w.sheet.name),
      ...attempt.failed.map((f) => f.sheet.name),
    ];
    return new InsertError(`${teks.gagalTanpaRincian(code)} ${teks.belumDiperiksa(maybe)}`);
  }
  const { what, ids, culprit } = describe(failed, code, nameOf, attempt.swapping);
  const leftover = probes.filter((p) => p.ours && !p.deleted).map((p) => p.name ?? p.key);
  const after =
    leftover.length > 0
      ? teks.tidakBersih(leftover)
      : probes.some((p) => p.ours)
        ? teks.sudahDibersihkan
        : teks.tidakAdaYangDibuat;
  if (!attempt.inPlace?.length || culprit) return new InsertError(`${what} ${after}`, ids);
  // Nothing new failed, so a sheet rewritten in place did (they come last).
  const { gagal, note } = diTempat(attempt.inPlace, code);
  return new InsertError(
    probes.some((p) => p.ours) ? `${gagal} ${after} ${note}` : `${gagal} ${note}`,
    ids
  );
}

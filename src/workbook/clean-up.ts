/**
 * After a failed insert: removes exactly the sheets this insert created and says what failed.
 *
 * Sheets of the syncs that succeeded are found by the ids their `add` returned. The failed sync
 * returned nothing (Office.js gives no loaded values of a failed batch), so its sheets are looked
 * up by planned name and counted ours only when they carry this insert's token (insert-token.ts):
 * a sheet a co-author made under a planned name is left alone and named as the cause. A jabatan is
 * blamed only when its sheet verifiably failed; when nothing of the failed request took effect,
 * Excel refused the request as a whole and the message says so, with Excel's code.
 */
import { INSERT_TOKEN_KEY } from "./insert-token";
import { InsertError } from "./port";
import type { SheetCommands } from "./sheet-commands";
import { teks } from "./teks";

type Runner = <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;

export interface Attempt {
  token: string;
  /** Sheets of the syncs that succeeded, with the ids their add returned. */
  written: { sheet: SheetCommands; id: string }[];
  /** The sheets of the sync that failed, in the order they were queued. */
  failed: SheetCommands[];
}

interface Found {
  sheet: SheetCommands;
  /** Present under this key (id or planned name). */
  present: boolean;
  ours: boolean;
  finished: boolean;
  deleted: boolean;
  name?: string;
}

export function errorCode(e: unknown): string {
  const code = (e as { code?: unknown } | null)?.code;
  return typeof code === "string" && code !== "" ? code : "tidak diketahui";
}

/** Three syncs, on the failure path only: which sheets exist, whose they are, delete ours. */
async function probe(
  run: Runner,
  markerKey: string,
  attempt: Attempt,
  found: Found[]
): Promise<void> {
  await run(async (context) => {
    const worksheets = context.workbook.worksheets;
    const keys = [...attempt.written.map((w) => w.id), ...attempt.failed.map((s) => s.name)];
    const proxies = keys.map((key) => worksheets.getItemOrNullObject(key).load("name"));
    await context.sync();
    const props = proxies.map((p) =>
      p.isNullObject
        ? undefined
        : {
            token: p.customProperties.getItemOrNullObject(INSERT_TOKEN_KEY).load("value"),
            marker: p.customProperties.getItemOrNullObject(markerKey).load("key"),
          }
    );
    await context.sync();
    props.forEach((p, i) => {
      const f = found[i];
      f.present = p !== undefined;
      f.name = p ? proxies[i].name : undefined;
      f.ours = p !== undefined && !p.token.isNullObject && p.token.value === attempt.token;
      f.finished = f.ours && p !== undefined && !p.marker.isNullObject;
    });
    for (const [i, f] of found.entries()) if (f.ours) proxies[i].delete();
    try {
      await context.sync();
      for (const f of found) f.deleted = f.ours;
    } catch {
      // f.deleted stays false: the message lists these sheets for the user to remove
    }
  });
}

/** What failed, from the sheets of the failed request as found (in queue order). */
function describe(failed: Found[], code: string, nameOf: (s: SheetCommands) => string) {
  const culprit = failed.find((f) => !f.finished);
  if (!culprit) return { what: teks.gagalTanpaRincian(code), ids: [] as string[] };
  if (culprit.present && !culprit.ours)
    return { what: teks.namaDiambilOrangLain(culprit.sheet.name, code), ids: [] as string[] };
  // Nothing of the request exists: Excel refused it whole, no sheet of it can be blamed.
  if (!culprit.present && !failed.some((f) => f.ours))
    return { what: teks.permintaanDitolak(code), ids: [] as string[] };
  const what =
    culprit.sheet.kind === "rekap"
      ? teks.gagalRekap(code)
      : teks.gagalJabatan([nameOf(culprit.sheet)], code);
  return { what, ids: culprit.sheet.jabatanId ? [culprit.sheet.jabatanId] : [] };
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
  const found: Found[] = [...attempt.written.map((w) => w.sheet), ...attempt.failed].map(
    (sheet) => ({
      sheet,
      present: true,
      ours: false,
      finished: false,
      deleted: false,
    })
  );
  const failed = found.slice(attempt.written.length);
  let probed = true;
  try {
    await probe(run, markerKey, attempt, found);
  } catch {
    probed = false;
  }
  if (!probed) {
    // Nothing is known for sure: name what may be left, for the user to check (never deleted blind).
    const maybe = found.map((f) => f.sheet.name);
    return new InsertError(`${teks.gagalTanpaRincian(code)} ${teks.belumDiperiksa(maybe)}`);
  }
  const { what, ids } = describe(failed, code, nameOf);
  const leftover = found.filter((f) => f.ours && !f.deleted).map((f) => f.name ?? f.sheet.name);
  const madeAny = found.some((f) => f.ours);
  const after =
    leftover.length > 0
      ? teks.tidakBersih(leftover)
      : madeAny
        ? teks.sudahDibersihkan
        : teks.tidakAdaYangDibuat;
  return new InsertError(`${what} ${after}`, ids);
}

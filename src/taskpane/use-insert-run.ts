/**
 * The pane's actions on the workbook, apart from the form: one at a time, with progress and an
 * outcome, and a question when a jabatan already has a sheet for the year (open it, or make a
 * second one on purpose, e.g. for a second person; for a bidang, skip those or make second ones).
 * The question comes from the insert itself ("tanya": it writes nothing then), not a look-up first.
 */
import * as React from "react";
import type { CatalogIndex } from "../catalog";
import { titleCase } from "../template/sheet-names";
import type { TemplateOptions } from "../template/options";
import {
  InsertError,
  type IkiSheetOfYear,
  type InsertResult,
  type ProgressListener,
  type SudahAda,
  type WorkbookPort,
} from "../workbook/port";
import type { InsertAction } from "./components/InsertActions";
import type { Outcome } from "./components/OutcomeMessage";
import type { Progress } from "./components/RunProgress";
import { teks } from "./teks";

/** Asked when some of the jabatan to insert already have a sheet for the year. */
export interface Pertanyaan {
  action: "jabatan" | "bidang";
  jabatanIds: string[];
  options: TemplateOptions;
  ada: IkiSheetOfYear[];
}

/** open: activate the existing sheet; kedua: make second sheets; lewati: insert only the others. */
export type Jawaban = "buka" | "kedua" | "lewati" | "batal";

export function errorText(e: unknown): string {
  if (e instanceof InsertError) return e.message;
  const detail = e instanceof Error && e.message ? e.message : String(e);
  return teks.galatTakTerduga(detail);
}

export function successOutcome(action: InsertAction, result: InsertResult): Outcome {
  // "lewati" when every jabatan already had a sheet and no rekap was asked: nothing was written.
  if (result.created.length === 0 && !result.rekap)
    return { intent: "warning", title: teks.tidakAdaLembarBaru, lines: [teks.semuaSudahAda] };
  const iki = result.created.filter((name) => name !== result.rekap);
  const lines: string[] = [];
  if (iki.length > 0) lines.push(teks.berhasilDaftar(iki));
  if (result.rekap)
    lines.push(
      result.rekapDiperbarui
        ? teks.berhasilRekapDiperbarui(result.rekap)
        : teks.berhasilRekap(result.rekap)
    );
  const title =
    action !== "rekap" && result.created.length > 0
      ? teks.berhasil(result.created.length)
      : result.rekapDiperbarui
        ? teks.rekapDiperbarui
        : teks.rekapBerhasil;
  return { intent: "success", title, lines };
}

/** The jabatan of a question with their sheets, for the message: "Sekretaris: “Sekretaris”, “Sek 2”". */
export function sheetsByJabatan(
  ada: IkiSheetOfYear[],
  katalog: CatalogIndex
): { jabatan: string; lembar: string[] }[] {
  const byId = new Map<string, string[]>();
  for (const s of ada) byId.set(s.jabatanId, [...(byId.get(s.jabatanId) ?? []), s.name]);
  return [...byId].map(([id, lembar]) => ({
    jabatan: titleCase(katalog.getJabatan(id)?.nama ?? id),
    lembar,
  }));
}

/** One piece of work at a time, the pane's controls disabled meanwhile; progress and outcome. */
function useExclusive() {
  const [running, setRunning] = React.useState(false);
  const [progress, setProgress] = React.useState<Progress>();
  const [outcome, setOutcomeOnly] = React.useState<Outcome>();
  // Whether the outcome takes the focus (an action's result; not a field's problem, focused itself).
  const [fokus, setFokus] = React.useState(false);
  const [nomor, setNomor] = React.useState(0);
  const busy = React.useRef(false);
  const setOutcome = React.useCallback((o: Outcome | undefined, focus = false) => {
    setOutcomeOnly(o);
    setFokus(focus);
    setNomor((n) => n + 1);
  }, []);

  async function locked(work: () => Promise<void>): Promise<void> {
    if (busy.current) return;
    busy.current = true;
    setRunning(true);
    try {
      await work();
    } finally {
      busy.current = false;
      setRunning(false);
    }
  }

  /** An action with progress and an outcome; undefined from `work`: nothing to report (a question). */
  const exclusive = (work: (onProgress: ProgressListener) => Promise<Outcome | undefined>) =>
    locked(async () => {
      setOutcome(undefined);
      setProgress({ done: 0, total: 0, message: teks.sedangBerjalan });
      const onProgress: ProgressListener = (done, total, message) =>
        setProgress({ done, total, message });
      try {
        setOutcome(await work(onProgress), true);
      } catch (e) {
        setOutcome({ intent: "error", title: teks.gagalJudul, lines: [errorText(e)] }, true);
      } finally {
        setProgress(undefined);
      }
    });

  return { running, progress, outcome, fokus, nomor, setOutcome, locked, exclusive };
}

export function useInsertRun(port: WorkbookPort) {
  const { exclusive, ...state } = useExclusive();
  const [pertanyaan, setPertanyaan] = React.useState<Pertanyaan>();

  const insert = (
    action: InsertAction,
    jabatanIds: string[],
    options: TemplateOptions,
    sudahAda: SudahAda,
    onProgress: ProgressListener
  ) => port.insert({ jabatanIds, options, rekap: action === "bidang", sudahAda }, onProgress);

  /**
   * The action asked by a button: the rekap at once; jabatan in one insert that asks ("tanya"):
   * it writes nothing and returns the sheets when some of the jabatan already have one of the year.
   */
  const start = (action: InsertAction, jabatanIds: string[], options: TemplateOptions) =>
    exclusive(async (onProgress) => {
      setPertanyaan(undefined);
      if (action === "rekap")
        return successOutcome(action, await port.rebuildRekap(options, onProgress));
      const result = await insert(action, jabatanIds, options, "tanya", onProgress);
      if (!result.ada) return successOutcome(action, result);
      setPertanyaan({ action, jabatanIds, options, ada: result.ada });
      return undefined;
    });

  /**
   * `options`: the form as it is when the user answers ("Buat lembar kedua" invites typing the
   * second person's identity after the question appeared); the asked options when absent.
   */
  const jawab = (jawaban: Jawaban, options?: TemplateOptions) => {
    const p = pertanyaan;
    setPertanyaan(undefined);
    if (!p || jawaban === "batal") return;
    if (jawaban === "buka") {
      const name = p.ada[0].name;
      void exclusive(async () => {
        await port.activateSheet(name);
        return { intent: "success", title: teks.lembarDibuka(name), lines: [] };
      });
    } else {
      // The port skips what has a sheet when it writes ("lewati"), not what had one when asked.
      const sudahAda = jawaban === "kedua" ? "buat" : "lewati";
      void exclusive(async (onProgress) =>
        successOutcome(
          p.action,
          await insert(p.action, p.jabatanIds, options ?? p.options, sudahAda, onProgress)
        )
      );
    }
  };
  /** The question no longer fits once the choice of jabatan or year changed. */
  const lupakanPertanyaan = React.useCallback(() => setPertanyaan(undefined), []);

  return { ...state, pertanyaan, start, jawab, lupakanPertanyaan };
}

/**
 * From a button to the port: the checked fields (a problem shows once the field is left, or all of
 * them after a try), the focus on the first wrong one, the form remembered at once, then the run.
 */
import * as React from "react";
import { formProblems, templateOptions, toSaved, type FieldProblems } from "./form";
import type { FormStorage } from "./storage";
import type { IdentitasField } from "./components/IdentitasForm";
import type { InsertAction } from "./components/InsertActions";
import { actionProblem, NIP_FIELDS } from "./action-check";
import type { PaneFormState } from "./use-remembered-form";
import type { Jawaban, useInsertRun } from "./use-insert-run";
import type { TemplateOptions } from "../template/options";

/** A folded field (tahun, NIP of the penilai) is shown before it takes the focus. */
function fokuskan(input: HTMLInputElement | null) {
  const fold = input?.closest("details");
  if (fold) fold.open = true;
  input?.focus();
}

export function useInsertFlow(
  pane: PaneFormState,
  insertRun: ReturnType<typeof useInsertRun>,
  storage: FormStorage,
  today: Date
) {
  const { form, jabatan, bidangJabatan } = pane;
  const [left, setLeft] = React.useState<Set<IdentitasField>>(new Set());
  const refs = {
    nip: React.useRef<HTMLInputElement>(null),
    penilaiNip: React.useRef<HTMLInputElement>(null),
    tahun: React.useRef<HTMLInputElement>(null),
  };
  const allProblems = formProblems(form, today);
  const shown: FieldProblems = {};
  for (const f of NIP_FIELDS) if (left.has(f) && allProblems[f]) shown[f] = allProblems[f];

  const leave = (field: IdentitasField) =>
    setLeft((s) => (s.has(field) ? s : new Set(s).add(field)));

  /** The form's options when the action may go ahead; else shows why and focuses the field. */
  function checkedOptions(action: InsertAction): TemplateOptions | undefined {
    setLeft(new Set(NIP_FIELDS));
    const problem = actionProblem(action, allProblems, jabatan, bidangJabatan);
    if (problem) {
      // The wrong field takes the focus; without one (no jabatan chosen), the message does.
      insertRun.setOutcome(problem.outcome, !problem.focus);
      if (problem.focus) fokuskan(refs[problem.focus].current);
      return undefined;
    }
    void storage.save(toSaved(form)).catch(() => undefined);
    return templateOptions(form);
  }

  function run(action: InsertAction) {
    if (insertRun.running) return;
    const options = checkedOptions(action);
    if (!options) return;
    const ids = (
      action === "jabatan" && jabatan ? [jabatan] : action === "bidang" ? bidangJabatan : []
    ).map((j) => j.id);
    void insertRun.start(action, ids, options);
  }

  /** "Buat lembar kedua" / "Lewati": with the form as it is now (e.g. the second person's nama). */
  function answer(jawaban: Jawaban) {
    const { pertanyaan, jawab } = insertRun;
    if (!pertanyaan || (jawaban !== "kedua" && jawaban !== "lewati")) return jawab(jawaban);
    const options = checkedOptions(pertanyaan.action);
    if (options) jawab(jawaban, options);
  }

  // The question no longer fits once the choice of jabatan, bidang or year changed.
  const { lupakanPertanyaan } = insertRun;
  React.useEffect(lupakanPertanyaan, [form.jabatanId, form.bidang, form.tahun, lupakanPertanyaan]);

  return { shown, refs, leave, run, answer };
}

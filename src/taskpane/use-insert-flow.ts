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
import type { useInsertRun } from "./use-insert-run";

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

  function run(action: InsertAction) {
    if (insertRun.running) return;
    setLeft(new Set(NIP_FIELDS));
    const problem = actionProblem(action, allProblems, jabatan, bidangJabatan);
    if (problem) {
      insertRun.setOutcome(problem.outcome);
      if (problem.focus) refs[problem.focus].current?.focus();
      return;
    }
    void storage.save(toSaved(form)).catch(() => undefined);
    const ids = (
      action === "jabatan" && jabatan ? [jabatan] : action === "bidang" ? bidangJabatan : []
    ).map((j) => j.id);
    void insertRun.start(action, ids, templateOptions(form));
  }

  return { shown, refs, leave, run };
}

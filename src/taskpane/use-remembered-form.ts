/**
 * The pane's form as React state: the choices that keep jabatan and bidang consistent, the form
 * remembered between sessions (restored once, saved a moment after the last change).
 */
import * as React from "react";
import type { CatalogIndex, Jabatan } from "../catalog";
import { defaultForm, toSaved, type PaneForm } from "./form";
import type { FormStorage } from "./storage";

/** A remembered form over the defaults, dropping a jabatan or bidang the catalog no longer has. */
function restore(form: PaneForm, saved: Partial<PaneForm>, katalog: CatalogIndex): PaneForm {
  const next = { ...form, ...saved };
  const jabatan = next.jabatanId ? katalog.getJabatan(next.jabatanId) : undefined;
  if (!jabatan) next.jabatanId = "";
  else next.bidang = jabatan.bidang;
  if (next.bidang && katalog.jabatanInBidang(next.bidang).length === 0) next.bidang = "";
  return next;
}

/** `katalog`: the catalog in use (App's state, which it also provides to the components). */
export function usePaneForm(today: Date, katalog: CatalogIndex) {
  const [form, setForm] = React.useState<PaneForm>(() => defaultForm(today));
  const jabatan = form.jabatanId ? katalog.getJabatan(form.jabatanId) : undefined;
  const bidangJabatan = React.useMemo(
    () => (form.bidang ? katalog.jabatanInBidang(form.bidang) : []),
    [form.bidang, katalog]
  );
  const update = (patch: Partial<PaneForm>) => setForm((f) => ({ ...f, ...patch }));
  const chooseJabatan = (j: Jabatan) => update({ jabatanId: j.id, bidang: j.bidang });
  // A jabatan of another bidang is unchosen with its bidang.
  const chooseBidang = (bidang: string) =>
    setForm((f) => ({
      ...f,
      bidang,
      jabatanId: katalog.getJabatan(f.jabatanId)?.bidang === bidang ? f.jabatanId : "",
    }));
  // With the catalog the form is restored against (the workbook's, read with the form).
  const restoreSaved = React.useCallback(
    (saved: Partial<PaneForm>, against: CatalogIndex) => setForm((f) => restore(f, saved, against)),
    []
  );
  // When the catalog changes: a jabatan or bidang it does not have is cleared.
  const keepIn = React.useCallback(
    (next: CatalogIndex) => setForm((f) => restore(f, {}, next)),
    []
  );
  return {
    form,
    jabatan,
    bidangJabatan,
    update,
    chooseJabatan,
    chooseBidang,
    restoreSaved,
    keepIn,
  };
}

export type PaneFormState = ReturnType<typeof usePaneForm>;

/** Saves the form `delay` ms after the last change, once the pane is usable (never the defaults before the restore). */
export function useRememberForm(
  storage: FormStorage,
  form: PaneForm,
  active: boolean,
  delay: number
) {
  React.useEffect(() => {
    if (!active) return undefined;
    const timer = setTimeout(() => void storage.save(toSaved(form)).catch(() => undefined), delay);
    return () => clearTimeout(timer);
  }, [form, active, storage, delay]);
}

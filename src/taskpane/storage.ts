/**
 * Where the pane remembers its form between sessions. In Excel: the workbook's document settings
 * (this workbook's identity) and partitioned localStorage (the person's last entries, for a new
 * workbook); in the preview: localStorage. Storage failures never break the pane.
 */
import { parseSaved, type SavedForm } from "./form";

export interface FormStorage {
  load(): Promise<Partial<SavedForm>>;
  save(form: SavedForm): Promise<void>;
}

export const STORAGE_KEY = "iki-dinsos.panel";

/** localStorage (or any Web Storage) under one key; a prefix partitions it (Office.context.partitionKey). */
export function webStorage(storage: Storage | undefined, prefix = ""): FormStorage {
  const key = `${prefix}${STORAGE_KEY}`;
  return {
    async load() {
      try {
        const text = storage?.getItem(key);
        return text ? parseSaved(JSON.parse(text)) : {};
      } catch {
        return {};
      }
    },
    async save(form) {
      try {
        storage?.setItem(key, JSON.stringify(form));
      } catch {
        // Full or blocked storage: the form still works, it is just not remembered.
      }
    },
  };
}

/** Reads from the first store that has anything, field by field; saves to all. */
export function layeredStorage(stores: FormStorage[]): FormStorage {
  return {
    async load() {
      const loaded = await Promise.all(stores.map((s) => s.load().catch(() => ({}))));
      return Object.assign({}, ...loaded.reverse()) as Partial<SavedForm>;
    },
    async save(form) {
      await Promise.all(stores.map((s) => s.save(form).catch(() => undefined)));
    },
  };
}

/** Nothing remembered (tests). */
export function memoryStorage(
  initial: Partial<SavedForm> = {}
): FormStorage & { saved?: SavedForm } {
  const store: FormStorage & { saved?: SavedForm } = {
    async load() {
      return { ...initial };
    },
    async save(form) {
      store.saved = form;
    },
  };
  return store;
}

/**
 * The few things the pane reads from Office itself: which host it runs in, the Office theme and
 * the document settings it remembers the form in. Workbook contents are reached only through the
 * WorkbookPort (src/workbook); nothing else in src/taskpane touches the Office global.
 */
import { parseSaved, type SavedForm } from "./form";
import { STORAGE_KEY, layeredStorage, webStorage, type FormStorage } from "./storage";

/** Where the task pane runs, read once from Office.onReady (or its absence in a plain browser). */
export type HostStatus = { kind: "excel" } | { kind: "browser" } | { kind: "other"; host: string };

export function hostStatus(info: { host: Office.HostType | null } | undefined): HostStatus {
  if (!info || info.host === null || typeof Office === "undefined") return { kind: "browser" };
  if (info.host === Office.HostType.Excel) return { kind: "excel" };
  return { kind: "other", host: String(info.host) };
}

/** "dark" when Office shows a dark theme (Black, Dark Gray, or a dark system theme). */
export function officeThemeKind(): "dark" | "light" {
  if (typeof Office === "undefined") return "light";
  // isDarkTheme is a boolean in the typings but a method in some builds of office.js.
  const theme = Office.context?.officeTheme as unknown as
    { bodyBackgroundColor?: string; isDarkTheme?: boolean | (() => boolean) } | undefined;
  if (!theme) return "light";
  const dark = typeof theme.isDarkTheme === "function" ? theme.isDarkTheme() : theme.isDarkTheme;
  if (typeof dark === "boolean") return dark ? "dark" : "light";
  return isDarkColour(theme.bodyBackgroundColor) ? "dark" : "light";
}

/** Relative luminance below one half: "#1F1F1F" is dark, "#FFFFFF" is not. */
export function isDarkColour(hex: string | undefined): boolean {
  const m = /^#?([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex ?? "");
  if (!m) return false;
  const [r, g, b] = m.slice(1).map((x) => parseInt(x, 16) / 255);
  return 0.2126 * r + 0.7152 * g + 0.0722 * b < 0.5;
}

/** The form in this workbook's settings (saved with the workbook). */
function documentSettings(): FormStorage | undefined {
  if (typeof Office === "undefined") return undefined;
  const settings = Office.context?.document?.settings;
  if (!settings) return undefined;
  return {
    async load() {
      return parseSaved(settings.get(STORAGE_KEY));
    },
    save(form: SavedForm) {
      settings.set(STORAGE_KEY, form);
      return new Promise<void>((resolve) => settings.saveAsync(() => resolve()));
    },
  };
}

/** In Excel: this workbook's settings first, then the person's last entries (partitioned localStorage). */
export function officeStorage(): FormStorage {
  const partition = typeof Office === "undefined" ? undefined : Office.context?.partitionKey;
  let local: Storage | undefined;
  try {
    local = window.localStorage;
  } catch {
    local = undefined;
  }
  const web = webStorage(local, partition ? `${partition}.` : "");
  const doc = documentSettings();
  return doc ? layeredStorage([doc, web]) : web;
}

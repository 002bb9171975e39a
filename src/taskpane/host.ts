/** Where the task pane runs, read once from Office.onReady (or its absence in a plain browser). */
export type HostStatus = { kind: "excel" } | { kind: "browser" } | { kind: "other"; host: string };

export function hostStatus(info: { host: Office.HostType | null } | undefined): HostStatus {
  if (!info || info.host === null) return { kind: "browser" };
  if (info.host === Office.HostType.Excel) return { kind: "excel" };
  return { kind: "other", host: String(info.host) };
}

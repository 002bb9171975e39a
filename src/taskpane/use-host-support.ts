/**
 * Whether the pane can work here (the host first, then the port's own check) and the remembered
 * form, read once and together, so the form appears already restored.
 */
import * as React from "react";
import type { WorkbookPort } from "../workbook/port";
import type { PaneForm } from "./form";
import type { HostStatus } from "./office-host";
import type { FormStorage } from "./storage";
import { teks } from "./teks";
import { errorText } from "./use-insert-run";

export type Support =
  { state: "checking" } | { state: "ok" } | { state: "unsupported"; message: string };

/** Outside Office, or in another Office application, the message (and what to do) without asking the port. */
function hostMessage(host: HostStatus | undefined): string | undefined {
  if (host?.kind === "other") return teks.hostLain(host.host);
  if (host?.kind === "browser") return teks.bukanExcel;
  return undefined;
}

export function useHostSupport(
  port: WorkbookPort,
  storage: FormStorage,
  host: HostStatus | undefined,
  onSaved: (saved: Partial<PaneForm>) => void
): Support {
  const [support, setSupport] = React.useState<Support>({ state: "checking" });
  React.useEffect(() => {
    let live = true;
    const fromHost = hostMessage(host);
    Promise.all([
      fromHost !== undefined
        ? Promise.resolve(fromHost)
        : port.checkSupport().catch((e: unknown) => errorText(e)),
      storage.load().catch(() => ({})),
    ]).then(([message, saved]) => {
      if (!live) return;
      onSaved(saved);
      setSupport(message ? { state: "unsupported", message } : { state: "ok" });
    });
    return () => {
      live = false;
    };
  }, [port, storage, host, onSaved]);
  return support;
}

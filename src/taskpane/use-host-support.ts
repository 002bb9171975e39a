/**
 * Whether the pane can work here (the host first, then the port's own check), the workbook's
 * catalog (once the port is usable) and the remembered form, read once and together, so the form
 * appears already restored against the catalog it will use.
 */
import * as React from "react";
import { katalogBawaan, type WorkbookCatalog, type WorkbookPort } from "../workbook/port";
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

function unreadable(e: unknown): WorkbookCatalog {
  return katalogBawaan(teks.katalogTakTerbaca(e instanceof Error ? e.message : String(e)));
}

export function useHostSupport(
  port: WorkbookPort,
  storage: FormStorage,
  host: HostStatus | undefined,
  onLoaded: (saved: Partial<PaneForm>, used: WorkbookCatalog | undefined) => void
): Support {
  const [support, setSupport] = React.useState<Support>({ state: "checking" });
  React.useEffect(() => {
    let live = true;
    const fromHost = hostMessage(host);
    const message =
      fromHost !== undefined
        ? Promise.resolve(fromHost)
        : port.checkSupport().catch((e: unknown) => errorText(e));
    // The catalog only where the port works; a port without one keeps the built-in. A failed read
    // is said (masalah): a silent built-in catalog would let the user insert from the wrong one.
    const used = message.then((m) =>
      m === undefined ? port.readCatalog?.().catch(unreadable) : undefined
    );
    Promise.all([message, used, storage.load().catch(() => ({}))]).then(
      ([message, used, saved]) => {
        if (!live) return;
        onLoaded(saved, used);
        setSupport(message ? { state: "unsupported", message } : { state: "ok" });
      }
    );
    return () => {
      live = false;
    };
  }, [port, storage, host, onLoaded]);
  return support;
}

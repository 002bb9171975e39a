/**
 * The dev-only preview page: the real task pane (same App) beside an in-memory workbook computed by
 * HyperFormula with the IKI functions. Built only in development (webpack), never shipped.
 * `?jeda=300` waits 300 ms between sheets so the progress of a bidang insert can be watched.
 */
import * as React from "react";
import { createRoot } from "react-dom/client";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { setActiveCatalog } from "../functions/active-catalog";
import { App } from "../taskpane/App";
import { webStorage } from "../taskpane/storage";
import { teksPratinjau } from "./teks";
import { WorkbookView } from "./grid/WorkbookView";
import { MemoryWorkbookPort } from "./memory-port";
import { PreviewPort } from "./preview-port";

function stepDelay(): number {
  const n = Number(new URLSearchParams(window.location.search).get("jeda") ?? 0);
  return Number.isFinite(n) && n >= 0 ? Math.min(n, 5000) : 0;
}

function localStorageOrUndefined(): Storage | undefined {
  try {
    return window.localStorage;
  } catch {
    return undefined;
  }
}

const inner = new MemoryWorkbookPort();
inner.workbook.addSheet(teksPratinjau.lembarAwal);
const port = new PreviewPort(inner, stepDelay());
const storage = webStorage(localStorageOrUndefined(), "pratinjau.");
// The page cannot open an .xlsx: the browser tests start from a workbook holding another
// instansi's exported catalog by writing it through this same port (dev-only page, never shipped).
(window as unknown as { pratinjauPort?: PreviewPort }).pratinjauPort = port;

function Preview() {
  return (
    <div className="halaman">
      <header className="kepala">
        <h1>{teksPratinjau.judul}</h1>
        <p>{teksPratinjau.catatan}</p>
      </header>
      <div className="isi">
        <aside className="panel" aria-label={teksPratinjau.panel}>
          <App port={port} storage={storage} onKatalog={setActiveCatalog} />
        </aside>
        <WorkbookView port={port} />
      </div>
    </div>
  );
}

const container = document.getElementById("container");
if (container) {
  createRoot(container).render(
    <FluentProvider theme={webLightTheme}>
      <Preview />
    </FluentProvider>
  );
}

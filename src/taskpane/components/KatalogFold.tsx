/**
 * The section "Katalog IKI", folded by default, with a warning above it when the workbook's stored
 * catalog could not be used, or an earlier one stored with it (riwayat) was dropped as broken. The import/export code (src/catalog/tabel) is loaded with import()
 * only when an action runs. The section's own few components stay in the first load: loading
 * them lazily would make webpack split Fluent UI's modules out of the pane's single scope, which
 * measured 4 KB gzipped more than the 1 KB they weigh (scripts/bench/bundle.bench.ts).
 */
import * as React from "react";
import type { WorkbookCatalog, WorkbookPort } from "../../workbook/port";
import { teks } from "../teks";
import { teksKatalog } from "../teks-katalog";
import { hasKatalog } from "../use-katalog-actions";
import { FoldedSection } from "./FoldedSection";
import { KatalogSection } from "./KatalogSection";
import { OutcomeMessage } from "./OutcomeMessage";

export interface KatalogFoldProps {
  port: WorkbookPort;
  used: WorkbookCatalog;
  onChange: (used: WorkbookCatalog) => void;
  running: boolean;
  /** One action at a time for the whole pane (use-insert-run.ts). */
  locked: (work: () => Promise<void>) => Promise<void>;
}

export function KatalogFold({ port, ...rest }: KatalogFoldProps) {
  // A port without catalog actions (an older fake, a host that cannot store it): no section.
  if (!hasKatalog(port)) return null;
  const { masalah, peringatan } = rest.used;
  return (
    <>
      {masalah && (
        <OutcomeMessage
          outcome={{
            intent: "warning",
            title: teks.katalogJudul,
            lines: [masalah, teksKatalog.rusakSaran],
          }}
        />
      )}
      {/* Earlier catalogs dropped as broken: the catalog is used, their sheets cannot be refreshed. */}
      {peringatan && peringatan.length > 0 && (
        <OutcomeMessage
          outcome={{ intent: "warning", title: teks.katalogJudul, lines: peringatan }}
        />
      )}
      <FoldedSection title={teks.katalogJudul}>
        <KatalogSection port={port} {...rest} />
      </FoldedSection>
    </>
  );
}

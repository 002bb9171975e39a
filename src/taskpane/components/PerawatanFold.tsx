/**
 * The section "Perawatan lembar IKI", folded by default and shown only when the port has the
 * lifecycle actions. What it says (teks-perawatan.ts: its texts and the report's lines from
 * src/lifecycle) is loaded with import() when the section is first opened. Its few components
 * stay in the first load: loading them lazily splits Fluent UI out of the pane's single module
 * scope, measured +5.1 KB gzipped on the first load against +1.6 KB this way (see KatalogFold.tsx).
 */
import * as React from "react";
import type { WorkbookPort } from "../../workbook/port";
import { teks } from "../teks";
import { FoldedSection } from "./FoldedSection";
import { PerawatanSection } from "./PerawatanSection";
import { SectionLoader } from "./SectionLoader";

export interface PerawatanFoldProps {
  port: WorkbookPort;
  /** Kunci rumus of the pane's options, passed to every action (absent: on). */
  kunci?: boolean;
  running: boolean;
  /** One action at a time for the whole pane (use-insert-run.ts). */
  locked: (work: () => Promise<void>) => Promise<void>;
}

/** A port with the lifecycle actions (the section is shown only for one). */
export type RawatPort = WorkbookPort & Required<Pick<WorkbookPort, "rawatLembar">>;

function hasRawat(port: WorkbookPort): port is RawatPort {
  return typeof port.rawatLembar === "function";
}

/** What the section's content gets: the fold's props, with a port that has the actions. */
export type PerawatanProps = PerawatanFoldProps & { port: RawatPort };

/** The section's texts and report lines (teks-perawatan.ts), loaded when first opened. */
export type TeksPerawatan = typeof import("../teks-perawatan");

const muatTeks = () => import("../teks-perawatan");

export function PerawatanFold({ port, ...rest }: PerawatanFoldProps) {
  // A port without the lifecycle actions (an older fake, a host that cannot): no section.
  if (!hasRawat(port)) return null;
  return (
    <FoldedSection title={teks.perawatanJudul} untilOpened>
      <SectionLoader load={muatTeks}>
        {(t: TeksPerawatan) => <PerawatanSection port={port} {...rest} t={t} />}
      </SectionLoader>
    </FoldedSection>
  );
}

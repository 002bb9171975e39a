/**
 * The section "Gabungkan berkas pegawai", folded by default and shown only when the port can merge.
 * Its texts and the report's lines (teks-gabung.ts) are loaded with import() when it is first
 * opened, the staff files' reader when files are chosen (use-gabung.ts); its few components stay
 * in the first load, as the other sections' (see PerawatanFold.tsx).
 */
import * as React from "react";
import type { WorkbookPort } from "../../workbook/port";
import { teks } from "../teks";
import type { GabungPort } from "../use-gabung";
import { FoldedSection } from "./FoldedSection";
import { GabungSection } from "./GabungSection";
import type { PerawatanFoldProps } from "./PerawatanFold";
import { SectionLoader } from "./SectionLoader";

/** The section's texts and report lines, loaded when first opened. */
export type TeksGabung = typeof import("../teks-gabung");

const muatTeks = () => import("../teks-gabung");

const hasGabung = (port: WorkbookPort): port is GabungPort => typeof port.gabung === "function";

/** The fold's props: those of "Perawatan lembar IKI" (the port, Kunci rumus, one action at a time). */
export function GabungFold({ port, ...rest }: PerawatanFoldProps) {
  if (!hasGabung(port)) return null;
  return (
    <FoldedSection title={teks.gabungJudul} untilOpened>
      <SectionLoader load={muatTeks}>
        {(t: TeksGabung) => <GabungSection port={port} {...rest} t={t} />}
      </SectionLoader>
    </FoldedSection>
  );
}

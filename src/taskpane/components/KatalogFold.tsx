/**
 * The section "Katalog IKI", folded by default. Only its title is in the pane's first load: the
 * content, with the import/export code, is loaded (React.lazy) the first time it is opened.
 */
import * as React from "react";
import { Text } from "@fluentui/react-components";
import type { WorkbookCatalog, WorkbookPort } from "../../workbook/port";
import { teks } from "../teks";
import { FoldedSection } from "./FoldedSection";
import { OutcomeMessage } from "./OutcomeMessage";

const KatalogSection = React.lazy(() => import("./KatalogSection"));

export interface KatalogFoldProps {
  port: WorkbookPort;
  used: WorkbookCatalog;
  onChange: (used: WorkbookCatalog) => void;
  running: boolean;
  /** One action at a time for the whole pane (use-insert-run.ts). */
  locked: (work: () => Promise<void>) => Promise<void>;
}

export function KatalogFold(props: KatalogFoldProps) {
  const [opened, setOpened] = React.useState(false);
  // A port without catalog actions (an older fake, a host that cannot store it): no section.
  if (!props.port.readCatalog) return null;
  const { masalah } = props.used;
  return (
    <>
      {masalah && (
        <OutcomeMessage
          outcome={{ intent: "warning", title: teks.katalogJudul, lines: [masalah] }}
        />
      )}
      <FoldedSection title={teks.katalogJudul} onFirstOpen={() => setOpened(true)}>
        {opened && (
          <React.Suspense fallback={<Text size={200}>{teks.katalogMemuat}</Text>}>
            <KatalogSection {...props} />
          </React.Suspense>
        )}
      </FoldedSection>
    </>
  );
}

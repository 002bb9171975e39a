/** A section folded away until opened, headed by its title (the IKI functions, the catalog). */
import * as React from "react";
import { Subtitle2, makeStyles, tokens } from "@fluentui/react-components";

const useStyles = makeStyles({
  section: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM, minWidth: 0 },
  summary: { cursor: "pointer", listStylePosition: "inside" },
  summaryTitle: { display: "inline" },
});

export interface FoldedSectionProps {
  title: string;
  children: React.ReactNode;
}

export function FoldedSection({ title, children }: FoldedSectionProps) {
  const styles = useStyles();
  return (
    <details className={styles.section}>
      <summary className={styles.summary}>
        <Subtitle2 as="h2" className={styles.summaryTitle}>
          {title}
        </Subtitle2>
      </summary>
      {children}
    </details>
  );
}

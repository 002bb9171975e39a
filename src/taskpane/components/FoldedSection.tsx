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
  /** Called the first time the section is opened (to load its content only then). */
  onFirstOpen?: () => void;
  children: React.ReactNode;
}

export function FoldedSection({ title, onFirstOpen, children }: FoldedSectionProps) {
  const styles = useStyles();
  const opened = React.useRef(false);
  const onToggle = (e: React.SyntheticEvent<HTMLDetailsElement>) => {
    if (!e.currentTarget.open || opened.current) return;
    opened.current = true;
    onFirstOpen?.();
  };
  return (
    <details className={styles.section} onToggle={onToggle}>
      <summary className={styles.summary}>
        <Subtitle2 as="h2" className={styles.summaryTitle}>
          {title}
        </Subtitle2>
      </summary>
      {children}
    </details>
  );
}

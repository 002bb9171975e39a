/**
 * A section folded away until opened, headed by its title (the IKI functions, the catalog). The
 * heading holds a disclosure button (aria-expanded) rather than sitting inside <summary>, where
 * screen readers announce the summary's button role and may drop the heading from their outline.
 */
import * as React from "react";
import { Subtitle2, makeStyles, tokens } from "@fluentui/react-components";

const useStyles = makeStyles({
  section: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM, minWidth: 0 },
  toggle: {
    backgroundColor: "transparent",
    border: "none",
    padding: 0,
    font: "inherit",
    color: "inherit",
    textAlign: "start",
    width: "100%",
    cursor: "pointer",
    ":focus-visible": { outline: `2px solid ${tokens.colorStrokeFocus2}` },
  },
});

export interface FoldedSectionProps {
  title: string;
  children: React.ReactNode;
  /** Mount the children only once the section is first opened (they load their code then). */
  untilOpened?: boolean;
}

export function FoldedSection({ title, children, untilOpened }: FoldedSectionProps) {
  const styles = useStyles();
  const [open, setOpen] = React.useState(false);
  const [opened, setOpened] = React.useState(false);
  const id = React.useId();
  return (
    <section className={styles.section}>
      <Subtitle2 as="h2">
        <button
          type="button"
          className={styles.toggle}
          aria-expanded={open}
          aria-controls={id}
          onClick={() => {
            setOpen((o) => !o);
            setOpened(true);
          }}
        >
          <span aria-hidden="true">{open ? "▾ " : "▸ "}</span>
          <span>{title}</span>
        </button>
      </Subtitle2>
      {/* Hidden, not unmounted: a closed and reopened section keeps its outcome. */}
      <div id={id} hidden={!open} className={styles.section}>
        {(opened || !untilOpened) && children}
      </div>
    </section>
  );
}

/** The pane's frame: the page, its header, a numbered section, the help link and the two states before the form. */
import * as React from "react";
import {
  Field,
  ProgressBar,
  Subtitle2,
  Text,
  Title3,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { teks } from "../teks";
import { OutcomeMessage } from "./OutcomeMessage";

export const usePaneStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalL,
    padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalM}`,
    maxWidth: "640px",
    boxSizing: "border-box",
    minWidth: 0,
  },
  header: { display: "flex", alignItems: "center", gap: tokens.spacingHorizontalS },
  section: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM, minWidth: 0 },
  muted: { color: tokens.colorNeutralForeground3 },
  link: { color: tokens.colorBrandForegroundLink },
  summary: { cursor: "pointer", listStylePosition: "inside" },
  summaryTitle: { display: "inline" },
});

/** The page with its header; `busy` while an action runs. */
export function PaneRoot({ busy, children }: { busy?: boolean; children: React.ReactNode }) {
  const styles = usePaneStyles();
  return (
    <main className={styles.root} aria-busy={busy}>
      <header className={styles.header}>
        <img src="assets/icon-32.png" alt="" width={32} height={32} />
        <Title3 as="h1">{teks.judul}</Title3>
      </header>
      {children}
    </main>
  );
}

/** A section headed by its title, which also names it for screen readers. */
export function PaneSection({
  id,
  title,
  children,
}: {
  id: string;
  title: string;
  children: React.ReactNode;
}) {
  const styles = usePaneStyles();
  return (
    <section className={styles.section} aria-labelledby={id}>
      <Subtitle2 as="h2" id={id}>
        {title}
      </Subtitle2>
      {children}
    </section>
  );
}

/** A section folded away until opened (its title is the summary). */
export function PaneDetails({ title, children }: { title: string; children: React.ReactNode }) {
  const styles = usePaneStyles();
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

/** The source of the catalog and the help page, below the form. */
export function PaneFooter() {
  const styles = usePaneStyles();
  return (
    <>
      <Text size={200} className={styles.muted}>
        {teks.sumber}
      </Text>
      <HelpLink />
    </>
  );
}

function HelpLink() {
  const styles = usePaneStyles();
  return (
    <a href="bantuan.html" target="_blank" rel="noreferrer" className={styles.link}>
      {teks.bantuan}
    </a>
  );
}

export function PaneLoading() {
  return (
    <PaneRoot>
      <Field label={teks.memuat}>
        <ProgressBar />
      </Field>
    </PaneRoot>
  );
}

/** Not in Excel, or Excel without what the add-in needs: why, and what to do instead. */
export function PaneUnsupported({ message }: { message: string }) {
  return (
    <PaneRoot>
      <OutcomeMessage
        outcome={{ intent: "warning", title: teks.tidakDidukungJudul, lines: [message] }}
      />
      <Text>{teks.tidakDidukungSaran}</Text>
      <HelpLink />
    </PaneRoot>
  );
}

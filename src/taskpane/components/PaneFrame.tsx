/** The pane's frame: the page with its header, a numbered section, the help link. */
import * as React from "react";
import { Subtitle2, Title3, makeStyles, tokens } from "@fluentui/react-components";
import { teks } from "../teks";

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

export function HelpLink() {
  const styles = usePaneStyles();
  return (
    <a href="bantuan.html" target="_blank" rel="noreferrer" className={styles.link}>
      {teks.bantuan}
    </a>
  );
}

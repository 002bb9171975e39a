import * as React from "react";
import {
  Link,
  MessageBar,
  MessageBarBody,
  Text,
  Title2,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { teks } from "./teks";
import type { HostStatus } from "./host";

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalM,
    padding: tokens.spacingHorizontalL,
  },
  header: { display: "flex", alignItems: "center", gap: tokens.spacingHorizontalS },
});

export function App({ host }: { host: HostStatus }) {
  const styles = useStyles();
  return (
    <main className={styles.root}>
      <header className={styles.header}>
        <img src="assets/icon-32.png" alt="" width={32} height={32} />
        <Title2 as="h1">{teks.judul}</Title2>
      </header>
      <Text>{teks.subjudul}</Text>
      {host.kind === "browser" && (
        <MessageBar intent="info">
          <MessageBarBody>{teks.bukanExcel}</MessageBarBody>
        </MessageBar>
      )}
      {host.kind === "other" && (
        <MessageBar intent="error">
          <MessageBarBody>{teks.hostLain(host.host)}</MessageBarBody>
        </MessageBar>
      )}
      <Text size={200}>{teks.sumber}</Text>
      <Link href="bantuan.html" target="_blank">
        {teks.bantuan}
      </Link>
    </main>
  );
}

/** The content of the section "Katalog IKI": which catalog is in use, the three actions, their outcome. */
import * as React from "react";
import { Button, Text, makeStyles, tokens } from "@fluentui/react-components";
import { teksKatalog } from "../teks-katalog";
import { useKatalogActions, type KatalogPort } from "../use-katalog-actions";
import type { KatalogFoldProps } from "./KatalogFold";
import { OutcomeMessage } from "./OutcomeMessage";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  hint: { color: tokens.colorNeutralForeground3 },
  actions: {
    display: "flex",
    flexDirection: "column",
    alignItems: "flex-start",
    gap: tokens.spacingVerticalS,
  },
});

export function KatalogSection(props: KatalogFoldProps & { port: KatalogPort }) {
  const styles = useStyles();
  const { used, running } = props;
  const { outcome, ekspor, pakai, kembali } = useKatalogActions(props);
  const { namaInstansi, catalog } = used.katalog;
  return (
    <div className={styles.root}>
      <Text weight="semibold">
        {teksKatalog.identitas(namaInstansi, catalog.nomor, catalog.tahun)}
      </Text>
      <Text size={200}>{used.tersimpan ? teksKatalog.tersimpan : teksKatalog.bawaan}</Text>
      <Text size={200} className={styles.hint}>
        {teksKatalog.petunjuk}
      </Text>
      <div className={styles.actions}>
        <Button disabled={running} onClick={ekspor}>
          {teksKatalog.ekspor}
        </Button>
        <Button disabled={running} onClick={pakai}>
          {teksKatalog.pakai}
        </Button>
        <Button disabled={running || !used.tersimpan} onClick={kembali}>
          {teksKatalog.kembali}
        </Button>
      </div>
      {outcome && <OutcomeMessage outcome={outcome} />}
    </div>
  );
}

/** The content of the section "Katalog IKI": which catalog is in use, the three actions, their outcome. */
import * as React from "react";
import { Button, Text, makeStyles, tokens } from "@fluentui/react-components";
import { teksKatalog } from "../teks-katalog";
import { useKatalogActions, type KatalogOutcome, type KatalogPort } from "../use-katalog-actions";
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

/** The outcome, focused when it appears; a long problem list is cut, with a toggle for the rest. */
function KatalogOutcomeMessage({ hasil }: { hasil: KatalogOutcome }) {
  const [semua, setSemua] = React.useState(false);
  const { outcome } = hasil;
  const shown = semua && hasil.semua ? { ...outcome, lines: hasil.semua } : outcome;
  return (
    <OutcomeMessage outcome={shown} focus>
      {hasil.semua && (
        <Button size="small" onClick={() => setSemua((s) => !s)}>
          {semua ? teksKatalog.tampilkanSedikit : teksKatalog.tampilkanSemua}
        </Button>
      )}
    </OutcomeMessage>
  );
}

export function KatalogSection(props: KatalogFoldProps & { port: KatalogPort }) {
  const styles = useStyles();
  const { used, running } = props;
  const { hasil, kerja, ekspor, pakai, kembali } = useKatalogActions(props);
  const { namaInstansi, catalog } = used.katalog;
  // disabledFocusable: the button just pressed keeps the focus while its action runs.
  const busy = { disabledFocusable: running };
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
        <Button {...busy} onClick={ekspor}>
          {teksKatalog.ekspor}
        </Button>
        <Button {...busy} onClick={pakai}>
          {teksKatalog.pakai}
        </Button>
        {/* A broken stored catalog (masalah) can be removed too: that is the way out of it. */}
        <Button
          disabled={!running && !used.tersimpan && !used.masalah}
          disabledFocusable={running}
          onClick={kembali}
        >
          {teksKatalog.kembali}
        </Button>
      </div>
      {kerja && <Text role="status">{kerja}</Text>}
      {hasil && <KatalogOutcomeMessage key={hasil.outcome.title} hasil={hasil} />}
    </div>
  );
}

/** The IKI.* custom functions (a section folded away until opened), one example each, and a button that writes an example into the selected cell. */
import * as React from "react";
import { Button, Text, makeStyles, tokens } from "@fluentui/react-components";
import type { CatalogIndex } from "../../catalog";
import { titleCase } from "../../template/sheet-names";
import { useKatalog } from "../katalog-context";
import { FoldedSection } from "./FoldedSection";
import { teks, type FungsiContoh } from "../teks";
import { OutcomeMessage, type Outcome } from "./OutcomeMessage";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  list: {
    listStyleType: "none",
    margin: 0,
    padding: 0,
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalM,
  },
  item: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXXS },
  code: {
    fontFamily: tokens.fontFamilyMonospace,
    fontSize: tokens.fontSizeBase200,
    backgroundColor: tokens.colorNeutralBackground3,
    padding: `${tokens.spacingVerticalXXS} ${tokens.spacingHorizontalXS}`,
    borderRadius: tokens.borderRadiusSmall,
    overflowWrap: "anywhere",
  },
  hint: { color: tokens.colorNeutralForeground3 },
  button: { alignSelf: "flex-start" },
});

export interface FungsiIkiSectionProps {
  /** Absent when the port cannot write a formula: the buttons are hidden. */
  onPut?: (fungsi: FungsiContoh) => void;
  busy: boolean;
  outcome?: Outcome;
}

/** The jabatan IKI.INDIKATOR's example names: the catalog's first with indikator. */
function contohJabatan(katalog: CatalogIndex): string {
  const j = katalog.jabatan.find((x) => x.indikator.length > 0) ?? katalog.jabatan[0];
  return titleCase(j?.nama ?? "");
}

export function FungsiIkiSection({ onPut, busy, outcome }: FungsiIkiSectionProps) {
  const styles = useStyles();
  const katalog = useKatalog();
  const fungsi = [...teks.fungsi, teks.fungsiIndikator(contohJabatan(katalog))];
  return (
    <FoldedSection title={teks.fungsiJudul}>
      <div className={styles.root}>
        <Text size={200} className={styles.hint}>
          {teks.fungsiPetunjuk}
        </Text>
        {!onPut && (
          <Text size={200} className={styles.hint}>
            {teks.fungsiTanpaTulis}
          </Text>
        )}
        {outcome && <OutcomeMessage outcome={outcome} />}
        <ul className={styles.list}>
          {fungsi.map((f) => (
            <li key={f.nama} className={styles.item}>
              <Text weight="semibold">{f.nama}</Text>
              <Text size={200}>{f.guna}</Text>
              <Text size={200}>
                {teks.contoh}: <code className={styles.code}>{f.contoh}</code> → {f.hasil}
              </Text>
              {onPut && (
                <Button
                  size="small"
                  className={styles.button}
                  disabled={busy}
                  aria-label={teks.fungsiTulisLabel(f.nama)}
                  onClick={() => onPut(f)}
                >
                  {teks.fungsiTulis}
                </Button>
              )}
            </li>
          ))}
        </ul>
      </div>
    </FoldedSection>
  );
}

/** The three actions on the workbook, with their progress and result. */
import * as React from "react";
import { Button, Text, makeStyles, tokens } from "@fluentui/react-components";
import { teks } from "../teks";
import type { Jawaban, Pertanyaan } from "../use-insert-run";
import { DuplicateChoice } from "./DuplicateChoice";
import { OutcomeMessage, type Outcome } from "./OutcomeMessage";
import { RunProgress, type Progress } from "./RunProgress";

export type InsertAction = "jabatan" | "bidang" | "rekap";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  button: { width: "100%", whiteSpace: "normal", height: "auto", minHeight: "32px" },
  hint: { color: tokens.colorNeutralForeground3 },
});

export interface InsertActionsProps {
  /** Jabatan in the chosen bidang; 0 when none is chosen. */
  jumlahBidang: number;
  running: boolean;
  progress?: Progress;
  outcome?: Outcome;
  /** Jabatan that already have a sheet for the year: asked before inserting. */
  pertanyaan?: Pertanyaan;
  onRun(action: InsertAction): void;
  onJawab(jawaban: Jawaban): void;
}

export function InsertActions({
  jumlahBidang,
  running,
  progress,
  outcome,
  pertanyaan,
  onRun,
  onJawab,
}: InsertActionsProps) {
  const styles = useStyles();
  return (
    <div className={styles.root}>
      <Button
        appearance="primary"
        className={styles.button}
        disabled={running}
        onClick={() => onRun("jabatan")}
      >
        {teks.sisipJabatan}
      </Button>
      <Button className={styles.button} disabled={running} onClick={() => onRun("bidang")}>
        {jumlahBidang > 0 ? teks.sisipBidang(jumlahBidang) : teks.sisipBidangKosong}
      </Button>
      <Button className={styles.button} disabled={running} onClick={() => onRun("rekap")}>
        {teks.rekap}
      </Button>
      <Text size={200} className={styles.hint}>
        {teks.rekapPetunjuk}
      </Text>
      {running && progress && <RunProgress progress={progress} />}
      {!running && pertanyaan && <DuplicateChoice pertanyaan={pertanyaan} onJawab={onJawab} />}
      {!running && outcome && <OutcomeMessage outcome={outcome} />}
    </div>
  );
}

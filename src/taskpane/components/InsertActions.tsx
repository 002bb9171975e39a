/**
 * The actions on the workbook: the primary one (this jabatan's sheet) in a bar that stays at the
 * bottom of the pane with a line saying what it will write; the whole bidang and the rekap after
 * the main path; the progress, the question and the outcome just above the bar.
 */
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
  // Sticky within the main path: in reach from its first step to its last, never over the sections after it.
  bar: {
    position: "sticky",
    bottom: 0,
    zIndex: 1,
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXS,
    padding: `${tokens.spacingVerticalS} 0`,
    backgroundColor: tokens.colorNeutralBackground1,
    borderTop: `1px solid ${tokens.colorNeutralStroke2}`,
  },
  ringkasan: { color: tokens.colorNeutralForeground2, overflowWrap: "anywhere" },
});

export interface InsertStatusProps {
  running: boolean;
  progress?: Progress;
  /** Shown with the focus on it when `fokus` (the outcome of an action just run). */
  outcome?: Outcome;
  fokus?: boolean;
  /** A new number for every outcome set: the message is remounted and takes the focus again. */
  nomor: number;
  /** Jabatan that already have a sheet for the year: asked before inserting. */
  pertanyaan?: Pertanyaan;
  onJawab(jawaban: Jawaban): void;
}

/**
 * The outcome of an action, or its question, takes the focus once: not again when it reappears
 * after another section's action (the pane's lock hides it meanwhile).
 */
function useFocusOnce(props: InsertStatusProps) {
  const { running, fokus, nomor, outcome, pertanyaan } = props;
  const box = React.useRef<HTMLDivElement>(null);
  const done = React.useRef(0);
  React.useEffect(() => {
    if (running || done.current === nomor || !(pertanyaan || (fokus && outcome))) return;
    done.current = nomor;
    box.current?.querySelector<HTMLElement>("[data-intent]")?.focus();
  }, [running, fokus, nomor, outcome, pertanyaan]);
  return box;
}

export function InsertStatus(props: InsertStatusProps) {
  const { running, progress, outcome, pertanyaan } = props;
  const box = useFocusOnce(props);
  return (
    <div ref={box} className={useStyles().root}>
      {running && progress && <RunProgress progress={progress} />}
      {!running && pertanyaan && (
        <DuplicateChoice pertanyaan={pertanyaan} onJawab={props.onJawab} />
      )}
      {!running && outcome && <OutcomeMessage key={props.nomor} outcome={outcome} focus={false} />}
    </div>
  );
}

/** The submit button of the main path's form (Enter in a field inserts too), with its summary. */
export function InsertBar({ ringkasan, running }: { ringkasan: string; running: boolean }) {
  const styles = useStyles();
  return (
    <section className={styles.bar} aria-label={teks.aksiJudul} data-testid="bilah-sisip">
      <Text size={200} id="ringkasan-sisip" className={styles.ringkasan}>
        {ringkasan}
      </Text>
      <Button
        appearance="primary"
        type="submit"
        className={styles.button}
        disabled={running}
        aria-describedby="ringkasan-sisip"
      >
        {teks.sisipJabatan}
      </Button>
    </section>
  );
}

export interface InsertLainnyaProps {
  /** Jabatan in the chosen bidang; 0 when none is chosen. */
  jumlahBidang: number;
  running: boolean;
  onRun(action: InsertAction): void;
}

/** The whole bidang and the rekap: after the main path, not in its way. */
export function InsertLainnya({ jumlahBidang, running, onRun }: InsertLainnyaProps) {
  const styles = useStyles();
  return (
    <div className={styles.root}>
      <Button className={styles.button} disabled={running} onClick={() => onRun("bidang")}>
        {jumlahBidang > 0 ? teks.sisipBidang(jumlahBidang) : teks.sisipBidangKosong}
      </Button>
      <Button className={styles.button} disabled={running} onClick={() => onRun("rekap")}>
        {teks.rekap}
      </Button>
      <Text size={200} className={styles.hint}>
        {teks.rekapPetunjuk}
      </Text>
    </div>
  );
}

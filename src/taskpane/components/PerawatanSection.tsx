/**
 * The content of the section "Perawatan lembar IKI" (loaded when first opened, PerawatanFold.tsx):
 * perbarui, tahun berikutnya (with "Bawa target"), ubah rumus both ways; each a preview first,
 * then its write, with progress meanwhile and the report after.
 */
import * as React from "react";
import { Button, Text, makeStyles, tokens } from "@fluentui/react-components";
import { teks } from "../teks";
import { usePerawatan } from "../use-perawatan";
import { LaporanPerawatan } from "./LaporanPerawatan";
import { OutcomeMessage } from "./OutcomeMessage";
import type { PerawatanProps, TeksPerawatan } from "./PerawatanFold";
import { useChoiceStyles } from "./control-styles";
import { RunProgress } from "./RunProgress";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  group: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS, minWidth: 0 },
  button: { width: "100%", whiteSpace: "normal", height: "auto", minHeight: "32px" },
  hint: { color: tokens.colorNeutralForeground3 },
});

/** One action: its button and the sentence under it (which the button is described by). */
function Aksi(props: {
  id: string;
  label: string;
  hint?: string;
  running: boolean;
  onClick(): void;
  children?: React.ReactNode;
}) {
  const styles = useStyles();
  return (
    <div className={styles.group}>
      <Button
        className={styles.button}
        // disabledFocusable: the button just pressed keeps the focus while its action runs.
        disabledFocusable={props.running}
        aria-describedby={props.hint ? props.id : undefined}
        onClick={props.onClick}
      >
        {props.label}
      </Button>
      {props.children}
      {props.hint && (
        <Text size={200} id={props.id} className={styles.hint}>
          {props.hint}
        </Text>
      )}
    </div>
  );
}

type SectionProps = PerawatanProps & { t: TeksPerawatan };
type Rawat = ReturnType<typeof usePerawatan>;

/** Plain formulas for a workbook sent to someone without the add-in, and back. */
function UbahRumus({ t: { teksPerawatan }, running, rawat }: SectionProps & { rawat: Rawat }) {
  const styles = useStyles();
  const id = React.useId();
  return (
    <div role="group" aria-labelledby={`${id}-judul`} className={styles.group}>
      <Text weight="semibold" id={`${id}-judul`}>
        {teksPerawatan.ubahRumusJudul}
      </Text>
      <Aksi
        id={`${id}-biasa`}
        label={teksPerawatan.keBiasa}
        hint={teksPerawatan.ubahRumusPetunjuk}
        running={running}
        onClick={() => rawat.pratinjau({ kind: "ubah-rumus", mode: "native" })}
      />
      <Aksi
        id={`${id}-iki`}
        label={teksPerawatan.keIki}
        running={running}
        onClick={() => rawat.pratinjau({ kind: "ubah-rumus", mode: "iki" })}
      />
    </div>
  );
}

/** The running action's progress, else its outcome: a failure, a preview or what was written. */
function Hasil({ t, running, rawat }: SectionProps & { rawat: Rawat }) {
  const { tahap, progress, nomor } = rawat;
  if (progress) return <RunProgress progress={progress} />;
  if (!tahap) return null;
  if (tahap.kind === "gagal")
    return (
      <OutcomeMessage
        key={nomor}
        outcome={{ intent: "error", title: teks.gagalJudul, lines: [tahap.pesan] }}
        focus
      />
    );
  return (
    <LaporanPerawatan
      key={nomor}
      tahap={tahap}
      t={t}
      running={running}
      onTulis={rawat.tulis}
      onBatal={rawat.batal}
      onBuka={rawat.buka}
    />
  );
}

export function PerawatanSection(props: SectionProps) {
  const { running, t } = props;
  const { teksPerawatan } = t;
  const styles = useStyles();
  const choice = useChoiceStyles();
  const id = React.useId();
  const rawat = usePerawatan(props);
  const [bawaTarget, setBawaTarget] = React.useState(false);
  // A preview of next year made without (or with) targets is not what the box now says.
  const ubahBawaTarget = (on: boolean) => {
    setBawaTarget(on);
    const { tahap } = rawat;
    if (tahap?.kind === "pratinjau" && tahap.aksi.kind === "tahun-berikutnya") rawat.batal();
  };
  return (
    <div className={styles.root}>
      <Text size={200} className={styles.hint}>
        {teksPerawatan.petunjuk}
      </Text>
      <Aksi
        id={`${id}-perbarui`}
        label={teksPerawatan.perbarui}
        hint={teksPerawatan.perbaruiPetunjuk}
        running={running}
        onClick={() => rawat.pratinjau({ kind: "perbarui" })}
      />
      <Aksi
        id={`${id}-tahun`}
        label={teksPerawatan.tahunBerikutnya}
        hint={teksPerawatan.tahunPetunjuk}
        running={running}
        onClick={() => rawat.pratinjau({ kind: "tahun-berikutnya", bawaTarget })}
      >
        <label className={choice.option}>
          <input
            type="checkbox"
            className={choice.mark}
            checked={bawaTarget}
            disabled={running}
            onChange={(e) => ubahBawaTarget(e.target.checked)}
          />
          <span>{teksPerawatan.bawaTarget}</span>
        </label>
      </Aksi>
      <UbahRumus {...props} rawat={rawat} />
      <Hasil {...props} rawat={rawat} />
    </div>
  );
}

/**
 * Formula mode (IKI functions or plain Excel) and predikat scale, as native radio groups
 * (fieldset and legend give the group its name for screen readers), and "Kunci rumus" (sheet
 * protection) as a native checkbox with its one-sentence explanation.
 */
import * as React from "react";
import { Text, makeStyles, tokens } from "@fluentui/react-components";
import type { FormulaMode, SkalaPredikat } from "../../template/options";
import { teks } from "../teks";
import { useChoiceStyles } from "./control-styles";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  group: {
    margin: 0,
    padding: 0,
    border: "none",
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXS,
    minWidth: 0,
  },
  legend: {
    padding: 0,
    marginBottom: tokens.spacingVerticalXS,
    fontWeight: tokens.fontWeightSemibold,
    fontSize: tokens.fontSizeBase300,
  },
  hint: { color: tokens.colorNeutralForeground3 },
});

interface Choice<T extends string> {
  value: T;
  label: string;
}

function RadioChoices<T extends string>(props: {
  name: string;
  legend: string;
  hint?: string;
  value: T;
  choices: Choice<T>[];
  disabled?: boolean;
  onChange(value: T): void;
}) {
  const styles = useStyles();
  const choice = useChoiceStyles();
  const hintId = `${props.name}-petunjuk`;
  return (
    <fieldset
      className={styles.group}
      disabled={props.disabled}
      aria-describedby={props.hint ? hintId : undefined}
    >
      <legend className={styles.legend}>{props.legend}</legend>
      {props.choices.map((c) => (
        <label key={c.value} className={choice.option}>
          <input
            type="radio"
            className={choice.mark}
            name={props.name}
            value={c.value}
            checked={props.value === c.value}
            onChange={() => props.onChange(c.value)}
          />
          <span>{c.label}</span>
        </label>
      ))}
      {props.hint && (
        <Text size={200} id={hintId} className={styles.hint}>
          {props.hint}
        </Text>
      )}
    </fieldset>
  );
}

function KunciChoice(props: { kunci: boolean; disabled?: boolean; onKunci(on: boolean): void }) {
  const styles = useStyles();
  const choice = useChoiceStyles();
  return (
    <div className={styles.group}>
      <label className={choice.option}>
        <input
          type="checkbox"
          className={choice.mark}
          name="kunci"
          checked={props.kunci}
          disabled={props.disabled}
          aria-describedby="kunci-petunjuk"
          onChange={(e) => props.onKunci(e.target.checked)}
        />
        <span>{teks.kunci}</span>
      </label>
      <Text size={200} id="kunci-petunjuk" className={styles.hint}>
        {teks.kunciPetunjuk}
      </Text>
    </div>
  );
}

export interface TemplateOptionsFormProps {
  mode: FormulaMode;
  skala: SkalaPredikat;
  kunci: boolean;
  disabled?: boolean;
  onMode(mode: FormulaMode): void;
  onSkala(skala: SkalaPredikat): void;
  onKunci(kunci: boolean): void;
}

export function TemplateOptionsForm(props: TemplateOptionsFormProps) {
  const { mode, skala, disabled, onMode, onSkala } = props;
  const styles = useStyles();
  return (
    <div className={styles.root}>
      <RadioChoices
        name="mode"
        legend={teks.mode}
        hint={teks.modePetunjuk}
        value={mode}
        disabled={disabled}
        onChange={onMode}
        choices={[
          { value: "iki", label: teks.modeIki },
          { value: "native", label: teks.modeNative },
        ]}
      />
      <RadioChoices
        name="skala"
        legend={teks.skala}
        value={skala}
        disabled={disabled}
        onChange={onSkala}
        choices={[
          { value: "lima", label: teks.skalaLima },
          { value: "permenpan", label: teks.skalaPermenpan },
        ]}
      />
      <KunciChoice kunci={props.kunci} disabled={disabled} onKunci={props.onKunci} />
    </div>
  );
}

const useFoldStyles = makeStyles({
  summary: {
    cursor: "pointer",
    color: tokens.colorNeutralForeground2,
    fontSize: tokens.fontSizeBase200,
    marginBottom: tokens.spacingVerticalS,
    ":focus-visible": { outline: `2px solid ${tokens.colorStrokeFocus2}` },
  },
});

/** The options folded behind one line saying the choices: most people keep them as they are. */
export function TemplateOptionsFold(props: TemplateOptionsFormProps) {
  const styles = useFoldStyles();
  return (
    <details>
      <summary className={styles.summary}>
        {teks.pilihanRingkas(props.mode === "iki", props.skala === "lima", props.kunci)}
      </summary>
      <TemplateOptionsForm {...props} />
    </details>
  );
}

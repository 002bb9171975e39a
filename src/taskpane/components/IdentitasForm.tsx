/** Identity written on the sheet (nama, NIP, pangkat, pejabat penilai) and the year. */
import * as React from "react";
import { Text, makeStyles, tokens } from "@fluentui/react-components";
import type { FieldProblems, PaneForm } from "../form";
import { teks } from "../teks";
import { TextField } from "./TextField";

export type IdentitasField =
  "nama" | "nip" | "pangkatGolongan" | "penilaiNama" | "penilaiNip" | "tahun";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  hint: { color: tokens.colorNeutralForeground3 },
  lain: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalM,
    marginTop: tokens.spacingVerticalM,
  },
  summary: {
    cursor: "pointer",
    color: tokens.colorNeutralForeground2,
    fontSize: tokens.fontSizeBase200,
    overflowWrap: "anywhere",
    ":focus-visible": { outline: `2px solid ${tokens.colorStrokeFocus2}` },
  },
});

export interface IdentitasFormProps {
  form: PaneForm;
  /** Problems to show (only for fields the user has left or after a try to insert). */
  problems: FieldProblems;
  disabled?: boolean;
  onChange(field: IdentitasField, value: string): void;
  onLeave(field: IdentitasField): void;
  inputRefs: Partial<Record<IdentitasField, React.RefObject<HTMLInputElement | null>>>;
}

interface FieldSpec {
  field: IdentitasField;
  label: string;
  hint?: string;
  placeholder?: string;
  inputMode?: "numeric" | "text";
  autoComplete?: string;
  maxLength: number;
}

const FIELDS: FieldSpec[] = [
  { field: "nama", label: teks.nama, autoComplete: "name", maxLength: 120 },
  { field: "nip", label: teks.nip, hint: teks.nipPetunjuk, inputMode: "numeric", maxLength: 30 },
  { field: "pangkatGolongan", label: teks.pangkat, placeholder: teks.pangkatContoh, maxLength: 60 },
  { field: "penilaiNama", label: teks.penilaiNama, maxLength: 120 },
  {
    field: "penilaiNip",
    label: teks.penilaiNip,
    hint: teks.nipPetunjuk,
    inputMode: "numeric",
    maxLength: 30,
  },
  // Not 4: a limit of 4 silently cut a pasted "20255" to 2025; a longer text is refused by the year rule.
  { field: "tahun", label: teks.tahun, inputMode: "numeric", maxLength: 10 },
];

/** The fields in reach at once: nama and NIP; the rest, remembered from last time, behind one line. */
const UTAMA = 2;

export function IdentitasForm(props: IdentitasFormProps) {
  const styles = useStyles();
  const { form, problems } = props;
  // Open while a folded field shows a problem (it was left wrong, or an insert was tried).
  const masalahLain = FIELDS.slice(UTAMA).some((f) => f.field in problems);
  // Opened, never closed, by the pane: it stays open while the problem is being corrected.
  const lain = React.useRef<HTMLDetailsElement>(null);
  React.useEffect(() => {
    if (masalahLain && lain.current) lain.current.open = true;
  }, [masalahLain]);
  return (
    <div className={styles.root}>
      <Text size={200} className={styles.hint}>
        {teks.identitasPetunjuk}
      </Text>
      {FIELDS.slice(0, UTAMA).map((spec) => (
        <IdentitasInput key={spec.field} spec={spec} {...props} />
      ))}
      <details ref={lain}>
        <summary className={styles.summary}>
          {teks.identitasLainRingkas(form.tahun, form.pangkatGolongan, form.penilaiNama)}
        </summary>
        <div className={styles.lain}>
          {FIELDS.slice(UTAMA).map((spec) => (
            <IdentitasInput key={spec.field} spec={spec} {...props} />
          ))}
        </div>
      </details>
    </div>
  );
}

function IdentitasInput({
  spec,
  form,
  problems,
  disabled,
  onChange,
  onLeave,
  inputRefs,
}: IdentitasFormProps & { spec: FieldSpec }) {
  const problem = spec.field in problems ? problems[spec.field as keyof FieldProblems] : undefined;
  return (
    <TextField
      label={spec.label}
      hint={spec.hint}
      problem={problem}
      required={spec.field === "tahun"}
      inputRef={inputRefs[spec.field]}
      value={form[spec.field]}
      disabled={disabled}
      placeholder={spec.placeholder}
      inputMode={spec.inputMode}
      autoComplete={spec.autoComplete ?? "off"}
      maxLength={spec.maxLength}
      onValue={(value) => onChange(spec.field, value)}
      onBlur={() => onLeave(spec.field)}
    />
  );
}

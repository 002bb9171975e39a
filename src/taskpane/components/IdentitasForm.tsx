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

export function IdentitasForm({
  form,
  problems,
  disabled,
  onChange,
  onLeave,
  inputRefs,
}: IdentitasFormProps) {
  const styles = useStyles();
  return (
    <div className={styles.root}>
      <Text size={200} className={styles.hint}>
        {teks.identitasPetunjuk}
      </Text>
      {FIELDS.map((spec) => {
        const problem =
          spec.field in problems ? problems[spec.field as keyof FieldProblems] : undefined;
        return (
          <TextField
            key={spec.field}
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
      })}
    </div>
  );
}

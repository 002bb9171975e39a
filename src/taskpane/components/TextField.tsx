/** A native <input> inside a Fluent Field: label, hint and validation message wired by Field. */
import * as React from "react";
import { Field, mergeClasses } from "@fluentui/react-components";
import { useControlStyles } from "./control-styles";

export interface TextFieldProps extends Omit<
  React.InputHTMLAttributes<HTMLInputElement>,
  "onChange" | "value" | "className"
> {
  label: string;
  hint?: string;
  /** Shown in red under the input; the input is marked invalid. */
  problem?: string;
  value: string;
  required?: boolean;
  onValue(value: string): void;
  inputRef?: React.Ref<HTMLInputElement>;
}

export function TextField({
  label,
  hint,
  problem,
  value,
  required,
  onValue,
  inputRef,
  ...input
}: TextFieldProps) {
  const styles = useControlStyles();
  return (
    <Field
      label={label}
      hint={problem ? undefined : hint}
      validationMessage={problem}
      validationState={problem ? "error" : "none"}
      required={required}
    >
      {(fieldProps) => (
        <input
          type="text"
          {...input}
          {...fieldProps}
          ref={inputRef}
          className={mergeClasses(styles.control, problem ? styles.invalid : undefined)}
          value={value}
          onChange={(e) => onValue(e.target.value)}
        />
      )}
    </Field>
  );
}

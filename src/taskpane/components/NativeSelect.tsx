/** A native <select> inside a Fluent Field (Field passes the label and description ids). */
import * as React from "react";
import { Field, mergeClasses } from "@fluentui/react-components";
import { useControlStyles } from "./control-styles";

export interface NativeSelectProps {
  label: string;
  hint?: string;
  value: string;
  disabled?: boolean;
  selectRef?: React.Ref<HTMLSelectElement>;
  onChange(value: string): void;
  children: React.ReactNode;
}

export function NativeSelect({
  label,
  hint,
  value,
  disabled,
  selectRef,
  onChange,
  children,
}: NativeSelectProps) {
  const styles = useControlStyles();
  return (
    <Field label={label} hint={hint}>
      {(fieldProps) => (
        <select
          {...fieldProps}
          ref={selectRef}
          className={mergeClasses(styles.control, styles.select)}
          value={value}
          disabled={disabled}
          onChange={(e) => onChange(e.target.value)}
        >
          {children}
        </select>
      )}
    </Field>
  );
}

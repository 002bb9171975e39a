/** Progress of a running insert: a bar (indeterminate until the port reports a total) and what is being done. */
import * as React from "react";
import { Field, ProgressBar } from "@fluentui/react-components";
import { teks } from "../teks";

export interface Progress {
  done: number;
  total: number;
  message: string;
}

export function RunProgress({ progress }: { progress: Progress }) {
  const known = progress.total > 0;
  const value = known ? Math.min(1, progress.done / progress.total) : undefined;
  const text = known
    ? `${progress.message} (${teks.langkah(progress.done, progress.total)})`
    : progress.message;
  return (
    <Field label={teks.kemajuan} validationMessage={text} validationState="none">
      <ProgressBar value={value} thickness="large" aria-valuetext={text} />
    </Field>
  );
}

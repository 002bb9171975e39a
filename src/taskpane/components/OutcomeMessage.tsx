/**
 * The result of an action: what was made, or what went wrong and what to do. A plain live region
 * styled with Fluent tokens (Fluent's MessageBar brings motion and icons the pane can do without).
 */
import * as React from "react";
import { mergeClasses, makeStyles, tokens } from "@fluentui/react-components";

export interface Outcome {
  /** info: a preview, nothing done yet (the lifecycle actions' first click). */
  intent: "success" | "error" | "warning" | "info";
  title: string;
  lines: string[];
}

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXXS,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    borderRadius: tokens.borderRadiusMedium,
    borderLeftWidth: "4px",
    borderLeftStyle: "solid",
    overflowWrap: "anywhere",
    fontSize: tokens.fontSizeBase300,
    lineHeight: tokens.lineHeightBase300,
    color: tokens.colorNeutralForeground1,
  },
  success: {
    backgroundColor: tokens.colorStatusSuccessBackground1,
    borderLeftColor: tokens.colorStatusSuccessBorderActive,
  },
  error: {
    backgroundColor: tokens.colorStatusDangerBackground1,
    borderLeftColor: tokens.colorStatusDangerBorderActive,
  },
  warning: {
    backgroundColor: tokens.colorStatusWarningBackground1,
    borderLeftColor: tokens.colorStatusWarningBorderActive,
  },
  info: {
    backgroundColor: tokens.colorNeutralBackground3,
    borderLeftColor: tokens.colorBrandStroke1,
  },
  title: { fontWeight: tokens.fontWeightSemibold },
  actions: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
});

/**
 * children: buttons under the lines (a question, e.g. a jabatan that already has a sheet).
 * focus: take the focus when shown, so that it lands on the outcome of the action just run.
 */
export function OutcomeMessage({
  outcome,
  children,
  focus,
}: {
  outcome: Outcome;
  children?: React.ReactNode;
  focus?: boolean;
}) {
  const styles = useStyles();
  const ref = React.useRef<HTMLDivElement>(null);
  React.useEffect(() => {
    if (focus) ref.current?.focus();
  }, [focus]);
  return (
    <div
      ref={ref}
      // Focusable by script whenever its owner manages the focus (focus given, true or false).
      tabIndex={focus !== undefined ? -1 : undefined}
      role={outcome.intent === "success" || outcome.intent === "info" ? "status" : "alert"}
      className={mergeClasses(styles.root, styles[outcome.intent])}
      data-intent={outcome.intent}
    >
      <span className={styles.title}>{outcome.title}</span>
      {outcome.lines.map((line, i) => (
        <span key={i}>{line}</span>
      ))}
      {children && (
        <div role="group" aria-label={outcome.title} className={styles.actions}>
          {children}
        </div>
      )}
    </div>
  );
}

/**
 * Native <input> and <select> styled with Fluent tokens. Fluent's Input, SearchBox and Select wrap the
 * same elements; using them directly keeps the task pane bundle within its size goal.
 */
import { makeStyles, tokens } from "@fluentui/react-components";

const disabledBorder = {
  borderTopColor: tokens.colorNeutralStrokeDisabled,
  borderRightColor: tokens.colorNeutralStrokeDisabled,
  borderBottomColor: tokens.colorNeutralStrokeDisabled,
  borderLeftColor: tokens.colorNeutralStrokeDisabled,
};

export const useControlStyles = makeStyles({
  control: {
    width: "100%",
    minHeight: "32px",
    boxSizing: "border-box",
    padding: `0 ${tokens.spacingHorizontalS}`,
    fontFamily: tokens.fontFamilyBase,
    fontSize: tokens.fontSizeBase300,
    color: tokens.colorNeutralForeground1,
    backgroundColor: tokens.colorNeutralBackground1,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    borderBottomColor: tokens.colorNeutralStrokeAccessible,
    borderRadius: tokens.borderRadiusMedium,
    ":focus-visible": {
      outline: `${tokens.strokeWidthThick} solid ${tokens.colorCompoundBrandStroke}`,
      outlineOffset: "0",
    },
    ":disabled": {
      cursor: "not-allowed",
      color: tokens.colorNeutralForegroundDisabled,
      backgroundColor: tokens.colorTransparentBackground,
      ...disabledBorder,
    },
    "::placeholder": { color: tokens.colorNeutralForeground4 },
  },
  select: { cursor: "pointer" },
  invalid: {
    borderTopColor: tokens.colorPaletteRedBorder2,
    borderRightColor: tokens.colorPaletteRedBorder2,
    borderBottomColor: tokens.colorPaletteRedBorder2,
    borderLeftColor: tokens.colorPaletteRedBorder2,
  },
});

/** A native radio button or checkbox with its label beside it (the options, "Bawa target"). */
export const useChoiceStyles = makeStyles({
  option: {
    display: "flex",
    alignItems: "flex-start",
    gap: tokens.spacingHorizontalS,
    fontSize: tokens.fontSizeBase300,
    lineHeight: tokens.lineHeightBase300,
    cursor: "pointer",
  },
  mark: {
    margin: 0,
    marginTop: "2px",
    width: "16px",
    height: "16px",
    flexShrink: 0,
    accentColor: tokens.colorCompoundBrandBackground,
    cursor: "pointer",
  },
});

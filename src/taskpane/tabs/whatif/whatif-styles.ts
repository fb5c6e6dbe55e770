import { makeStyles, tokens } from "@fluentui/react-components";

/** 方案比较's layout: compact tables whose columns share the pane's width (never wider than 320 px). */
export const useWhatifStyles = makeStyles({
  form: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
    marginBottom: tokens.spacingVerticalM,
  },
  hint: { color: tokens.colorNeutralForeground2 },
  note: { color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200 },
  section: { marginTop: tokens.spacingVerticalM },
  counts: {
    display: "flex",
    flexWrap: "wrap",
    gap: tokens.spacingHorizontalS,
    marginBlock: tokens.spacingVerticalXS,
  },
  count: {
    display: "flex",
    flexDirection: "column",
    alignItems: "center",
    minWidth: "64px",
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
  },
  countValue: { fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold },
  // Its own box: should a template have many grades, the table scrolls inside it, never the pane.
  box: { maxWidth: "100%", overflowX: "auto" },
  table: {
    width: "100%",
    tableLayout: "fixed",
    borderCollapse: "collapse",
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase200,
    "& th, & td": {
      padding: `${tokens.spacingVerticalXXS} ${tokens.spacingHorizontalXS}`,
      borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
      overflowWrap: "anywhere",
      verticalAlign: "top",
    },
    "& th": { fontWeight: tokens.fontWeightSemibold, color: tokens.colorNeutralForeground2 },
  },
  // Grade labels stay whole words (基本合格), breaking only where `breakable` allows; the first column holds
  // four characters on one line, the rest share what is left.
  grades: { "& th": { wordBreak: "keep-all" } },
  corner: { width: "4.75em" },
  same: { fontWeight: tokens.fontWeightSemibold },
  up: { color: tokens.colorPaletteGreenForeground1 },
  down: { color: tokens.colorPaletteRedForeground1 },
});

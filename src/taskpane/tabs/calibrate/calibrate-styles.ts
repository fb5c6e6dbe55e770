import { makeStyles, tokens } from "@fluentui/react-components";

/** The 校准 part's layout: its form, and each group as a short card that wraps in a 320 px pane. */
export const useCalibrateStyles = makeStyles({
  form: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
    marginBottom: tokens.spacingVerticalM,
  },
  hint: { color: tokens.colorNeutralForeground2 },
  section: { marginTop: tokens.spacingVerticalM },
  list: {
    listStyleType: "none",
    margin: 0,
    padding: 0,
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
  },
  group: {
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
    borderLeft: `${tokens.strokeWidthThicker} solid ${tokens.colorNeutralStroke1}`,
    overflowWrap: "anywhere",
  },
  flagged: { borderLeftColor: tokens.colorPaletteDarkOrangeBorder2 },
  head: {
    display: "flex",
    flexWrap: "wrap",
    alignItems: "center",
    gap: tokens.spacingHorizontalS,
  },
  name: { fontWeight: tokens.fontWeightSemibold },
  line: { display: "block", color: tokens.colorNeutralForeground2 },
  excess: { display: "block", color: tokens.colorPaletteDarkOrangeForeground2 },
  note: { color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200 },
});

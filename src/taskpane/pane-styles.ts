import { makeStyles, tokens } from "@fluentui/react-components";

/** The layout every tab shares: a wrapping row of buttons, and sections below it. */
export const usePaneStyles = makeStyles({
  row: {
    display: "flex",
    flexWrap: "wrap",
    gap: tokens.spacingHorizontalS,
    alignItems: "center",
    marginBottom: tokens.spacingVerticalS,
  },
  section: { marginTop: tokens.spacingVerticalM },
});

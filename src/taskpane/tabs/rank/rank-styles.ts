import { makeStyles, tokens } from "@fluentui/react-components";

/** The ranking tab's own layout, shared by its form and its report. */
export const useRankStyles = makeStyles({
  form: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
    marginBottom: tokens.spacingVerticalM,
  },
  section: { marginTop: tokens.spacingVerticalM },
  number: { textAlign: "right" },
  // The top and bottom five: the rank and the composite as wide as they need, the name and post the rest.
  rankCell: { width: "3em" },
  compositeCell: { width: "4.5em", whiteSpace: "nowrap" },
  note: {
    color: tokens.colorNeutralForeground2,
    fontSize: tokens.fontSizeBase200,
    textAlign: "left",
  },
});

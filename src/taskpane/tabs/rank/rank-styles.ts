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
  note: {
    color: tokens.colorNeutralForeground2,
    fontSize: tokens.fontSizeBase200,
    textAlign: "left",
  },
});

import { makeStyles, tokens } from "@fluentui/react-components";

/** The results tab's own layout, shared by its form and its report. */
export const useResultsStyles = makeStyles({
  form: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
    marginBottom: tokens.spacingVerticalM,
  },
  hint: { color: tokens.colorNeutralForeground2 },
  section: { marginTop: tokens.spacingVerticalM },
  number: { textAlign: "right" },
  note: { color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200 },
});

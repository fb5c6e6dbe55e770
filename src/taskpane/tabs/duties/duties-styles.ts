import { makeStyles, tokens } from "@fluentui/react-components";

/** The 岗责 tab's own layout, shared by its sections. */
export const useDutiesStyles = makeStyles({
  form: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
    marginBottom: tokens.spacingVerticalM,
  },
  hint: { color: tokens.colorNeutralForeground2 },
  sheets: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
  summary: { display: "block", margin: `${tokens.spacingVerticalS} 0` },
  note: { color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200 },
});

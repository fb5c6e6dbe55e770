import { makeStyles, tokens } from "@fluentui/react-components";

/** The look of the template editor: its cards, their heads and badges, rows of fields, and muted or error notes. */
export const useEditorStyles = makeStyles({
  card: {
    marginTop: tokens.spacingVerticalS,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground1,
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
    minWidth: 0,
  },
  cardInvalid: {
    borderLeft: `${tokens.strokeWidthThicker} solid ${tokens.colorPaletteRedBorder2}`,
  },
  head: {
    display: "flex",
    flexWrap: "wrap",
    alignItems: "baseline",
    columnGap: tokens.spacingHorizontalS,
    rowGap: tokens.spacingVerticalXS,
  },
  name: {
    flex: "1 1 8em",
    minWidth: 0,
    overflowWrap: "anywhere",
    lineBreak: "strict",
  },
  badges: {
    display: "flex",
    flexWrap: "wrap",
    gap: tokens.spacingHorizontalXS,
  },
  badge: { whiteSpace: "nowrap", flexShrink: 0 },
  muted: { display: "block", color: tokens.colorNeutralForeground3, overflowWrap: "anywhere" },
  error: { display: "block", color: tokens.colorPaletteRedForeground1, overflowWrap: "anywhere" },
  row: {
    display: "flex",
    flexWrap: "wrap",
    gap: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    alignItems: "flex-start",
  },
  field: { flex: "1 1 9rem", minWidth: 0 },
  narrow: { flex: "0 1 4.5rem", minWidth: 0 },
  wide: { flex: "1 1 100%", minWidth: 0 },
  control: { width: "100%", minWidth: 0 },
  unit: { whiteSpace: "nowrap", color: tokens.colorNeutralForeground3 },
});

/** An accordion section of the editor after the posts (评价, 校准): its frame, panel, title and parts. */
export const useSectionStyles = makeStyles({
  section: { marginTop: tokens.spacingVerticalS },
  panel: { marginLeft: 0, marginRight: 0, paddingBottom: tokens.spacingVerticalM },
  title: { fontWeight: tokens.fontWeightSemibold, overflowWrap: "anywhere" },
  part: { marginTop: tokens.spacingVerticalM },
});

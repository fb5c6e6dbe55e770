/** The pane's parts, each a tab of its group. */
export type TabId =
  | "templates"
  | "validate"
  | "rank"
  | "collect"
  | "reviews"
  | "annual"
  | "results"
  | "appeals"
  | "verify"
  | "calibrate"
  | "duties";

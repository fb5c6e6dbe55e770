/** The score sheet's name, on its own so that the pane's first load need not bring the sheet's layout. */
export const SCORE_SHEET = "评分表";

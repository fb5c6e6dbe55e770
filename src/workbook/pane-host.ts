import type { Highlight, Workbook } from "./port";

export type { Highlight };

/** Charts for a ranking tab: the grade distribution and the mean composite by branch. */
export type RankingCharts = {
  sheet: string;
  grades: { label: string; count: number }[];
  branches: { branch: string; mean: number }[];
};

/**
 * What the pane needs from where it runs — inside Excel (Office.js) or in a plain browser with a file.
 * Components get it as a prop and never touch Office.js themselves.
 */
export type PaneHost = {
  kind: "office" | "standalone";
  /** The workbook jobs run on: the open workbook in Excel, the opened file in a browser (null: none yet). */
  workbook(): Workbook | null;
  /** The sheet the user is looking at (in a browser: the score sheet of the opened file). */
  activeSheet(): Promise<string | null>;
  /** The name of what the results come from, for provenance lines. */
  sourceName(): string;
  selectCell?(reference: string): Promise<void>;
  /** Excel only: the sheet and 0-based row of the selected cell. */
  selection?(): Promise<{ sheet: string; row: number } | null>;
  highlight?(sheet: string, cells: Highlight[]): Promise<void>;
  /** Calls back when the given sheet changes; returns the unsubscribe. */
  onSheetChanged?(sheet: string, callback: () => void): Promise<() => void>;
  /** Opens a new workbook (Excel) or offers it as a download (browser). */
  deliverWorkbook(bytes: Uint8Array, fileName: string): Promise<void>;
  /** In a browser, the opened file with the results written into it, for download. */
  downloadResult?(fileName: string): Promise<void>;
  addCharts?(charts: RankingCharts): Promise<void>;
};

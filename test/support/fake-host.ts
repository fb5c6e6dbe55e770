import type { Highlight, PaneHost, RankingCharts } from "../../src/workbook/pane-host";
import type { Status } from "../../src/taskpane/use-task";
import type { XlsxWorkbook } from "../../src/workbook/xlsx/xlsx-workbook";

/** A host over an in-memory workbook, recording what the pane asked of it. */
export function fakeHost(
  book: XlsxWorkbook | null,
  kind: "office" | "standalone" = "office",
  selected: { sheet: string; row: number } | null = null
) {
  const calls = {
    delivered: [] as { bytes: Uint8Array; fileName: string }[],
    selected: [] as string[],
    highlighted: [] as { sheet: string; cells: Highlight[] }[],
    charts: [] as RankingCharts[],
  };
  const host: PaneHost = {
    kind,
    workbook: () => book,
    activeSheet: async () => "评分表",
    sourceName: () => "测试.xlsx",
    selectCell: async (reference) => void calls.selected.push(reference),
    highlight: async (sheet, cells) => void calls.highlighted.push({ sheet, cells }),
    deliverWorkbook: async (bytes, fileName) => void calls.delivered.push({ bytes, fileName }),
    addCharts: async (charts) => void calls.charts.push(charts),
    selection: async () => selected,
  };
  return { host, calls };
}

/** Runs a tab's task as the App does, keeping the last status for assertions. */
export function taskRunner() {
  const statuses: (Status | void)[] = [];
  const run = async (work: () => Promise<Status | void>) => {
    statuses.push(await work());
  };
  return { run, statuses, last: () => statuses[statuses.length - 1] };
}

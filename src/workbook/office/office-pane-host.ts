import type { Highlight, PaneHost, RankingCharts } from "../../taskpane/host/pane-host";
import { excelRun, OfficeWorkbook } from "./office-workbook";

/** The oldest Excel the add-in supports: ExcelApi 1.9 (autofilter, screen-updating control, range areas). */
export const REQUIRED_EXCEL_API = "1.9";

export function excelApiSupported(version = REQUIRED_EXCEL_API): boolean {
  return Office.context.requirements.isSetSupported("ExcelApi", version);
}

/** The pane inside Excel: jobs run on the open workbook through Office.js. */
export class OfficePaneHost implements PaneHost {
  readonly kind = "office" as const;
  private readonly book = new OfficeWorkbook(excelRun);

  workbook() {
    return this.book;
  }

  activeSheet(): Promise<string | null> {
    return Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getActiveWorksheet();
      sheet.load("name");
      await context.sync();
      return sheet.name;
    });
  }

  sourceName(): string {
    const url = Office.context.document?.url ?? "";
    return decodeURIComponent(url.split(/[\\/]/).pop() ?? "") || "当前工作簿";
  }

  selectCell(reference: string): Promise<void> {
    const [sheetPart, address] = reference.includes("!") ? reference.split("!") : ["", reference];
    const sheetName = sheetPart.replace(/^'|'$/g, "").replace(/''/g, "'");
    return Excel.run(async (context) => {
      const sheet = sheetName
        ? context.workbook.worksheets.getItem(sheetName)
        : context.workbook.worksheets.getActiveWorksheet();
      sheet.activate();
      sheet.getRange(address).select();
      await context.sync();
    });
  }

  highlight(sheet: string, cells: Highlight[]): Promise<void> {
    if (!excelApiSupported("1.14")) return Promise.resolve();
    return this.book.highlight(sheet, cells);
  }

  onSheetChanged(sheetName: string, callback: () => void): Promise<() => void> {
    return Excel.run(async (context) => {
      const handler = context.workbook.worksheets
        .getItem(sheetName)
        .onChanged.add(async () => callback());
      await context.sync();
      return () => {
        void Excel.run(handler.context, async (context) => {
          handler.remove();
          await context.sync();
        });
      };
    });
  }

  deliverWorkbook(bytes: Uint8Array): Promise<void> {
    // A new workbook window in Excel, from the file's bytes (ExcelApi 1.8).
    let binary = "";
    for (let i = 0; i < bytes.length; i += 0x8000)
      binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
    return Excel.createWorkbook(btoa(binary));
  }

  addCharts(charts: RankingCharts): Promise<void> {
    return Excel.run(async (context) => {
      context.application.suspendScreenUpdatingUntilNextSync();
      const sheet = context.workbook.worksheets.getItem(charts.sheet);
      // The chart data sits to the right of the table, in a block the charts read from.
      const rows = Math.max(charts.grades.length, charts.branches.length);
      const data = sheet.getRangeByIndexes(0, 60, rows + 1, 4);
      data.values = [
        ["等级", "人数", "机构", "平均综合得分"],
        ...Array.from({ length: rows }, (_, r) => [
          charts.grades[r]?.label ?? "",
          charts.grades[r]?.count ?? "",
          charts.branches[r]?.branch ?? "",
          charts.branches[r]?.mean ?? "",
        ]),
      ];
      const grades = sheet.charts.add(
        Excel.ChartType.columnClustered,
        sheet.getRangeByIndexes(0, 60, charts.grades.length + 1, 2),
        Excel.ChartSeriesBy.columns
      );
      grades.title.text = "等级分布";
      grades.setPosition("N4");
      const branches = sheet.charts.add(
        Excel.ChartType.barClustered,
        sheet.getRangeByIndexes(0, 62, charts.branches.length + 1, 2),
        Excel.ChartSeriesBy.columns
      );
      branches.title.text = "各机构平均综合得分";
      branches.setPosition("N22");
      await context.sync();
    });
  }
}

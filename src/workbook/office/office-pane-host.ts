import type { Highlight, PaneHost, RankingCharts } from "../pane-host";
import { columnLetters, type OutCell } from "../port";
import { formatsOf, formulasOf } from "./office-cells";
import { excelRun, OfficeWorkbook } from "./office-workbook";

/** The oldest Excel the add-in supports: ExcelApi 1.9 (autofilter, screen-updating control, range areas). */
export const REQUIRED_EXCEL_API = "1.9";

export function excelApiSupported(version = REQUIRED_EXCEL_API): boolean {
  return Office.context.requirements.isSetSupported("ExcelApi", version);
}

/**
 * The file name in the document's address: a web address is percent-encoded (SharePoint, OneDrive), a local
 * path is not, and may hold a bare "%" (达标率95%.xlsx) that decodeURIComponent refuses.
 */
export function fileNameOf(url: string): string {
  const last = url.split(/[\\/]/).pop() ?? "";
  if (!/^[a-z][a-z0-9+.-]*:\/\//i.test(url)) return last;
  try {
    return decodeURIComponent(last.split(/[?#]/)[0]);
  } catch {
    return last;
  }
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
    return fileNameOf(Office.context.document?.url ?? "") || "当前工作簿";
  }

  /** The sheet and 0-based row of the selection's first cell (registering an appeal from a ranking row). */
  selection(): Promise<{ sheet: string; row: number } | null> {
    return Excel.run(async (context) => {
      const range = context.workbook.getSelectedRange();
      range.load(["rowIndex", "worksheet/name"]);
      await context.sync();
      return { sheet: range.worksheet.name, row: range.rowIndex };
    });
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
    // Conditional formats (1.6), multi-area ranges (1.9): within the ExcelApi 1.9 the pane requires.
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
      const sheet = context.workbook.worksheets.getItem(charts.sheet);
      // The tab's width depends on the posts (and on --live): put the charts' data and the charts right of it.
      const used = sheet.getUsedRange(true);
      used.load("columnIndex,columnCount");
      await context.sync();

      context.application.suspendScreenUpdatingUntilNextSync();
      const column = used.columnIndex + used.columnCount + 1;
      const rows = Math.max(charts.grades.length, charts.branches.length);
      // Branch names are text (a branch code such as 001 must not become 1): written as the adapter writes text.
      const data: OutCell[][] = [
        ["等级", "人数", "机构", "平均综合得分"].map((value) => ({ value })),
        ...Array.from({ length: rows }, (_, r) => [
          { value: charts.grades[r]?.label ?? null },
          { value: charts.grades[r]?.count ?? null },
          { value: charts.branches[r]?.branch ?? null },
          { value: charts.branches[r]?.mean ?? null },
        ]),
      ];
      const target = sheet.getRangeByIndexes(0, column, rows + 1, 4);
      target.numberFormat = formatsOf(data, 4, []);
      target.formulas = formulasOf(data, 4);
      const chart = (
        type: Excel.ChartType,
        from: number,
        count: number,
        title: string,
        top: number
      ) => {
        const added = sheet.charts.add(
          type,
          sheet.getRangeByIndexes(0, from, count + 1, 2),
          Excel.ChartSeriesBy.columns
        );
        added.title.text = title;
        added.setPosition(`${columnLetters(column + 5)}${top}`);
      };
      chart(Excel.ChartType.columnClustered, column, charts.grades.length, "等级分布", 2);
      chart(
        Excel.ChartType.barClustered,
        column + 2,
        charts.branches.length,
        "各机构平均综合得分",
        20
      );
      await context.sync();
    });
  }
}

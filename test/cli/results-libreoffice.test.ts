import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import ExcelJS from "exceljs";
import { run } from "../../src/cli/main";
import { describeWithTool } from "../support/external-tools";
import { XlsxWorkbook } from "../../src/workbook/xlsx/xlsx-workbook";
import { recalculateWithLibreOffice } from "../support/libreoffice";

const SAMPLE_SCORES = path.join(__dirname, "../../assets/samples/ops-2025.scores.xlsx");
const dir = mkdtempSync(path.join(os.tmpdir(), "results-lo-"));
const quiet = { out: () => undefined, err: () => undefined, progress: false };

describeWithTool(
  "libreoffice",
  "整改跟踪's overdue flag recalculated by LibreOffice (cycle.md §4)",
  (soffice) => {
    it("is 是 past the deadline unless 已完成, and 否 before the deadline, without the add-in", async () => {
      const ranking = path.join(dir, "2025Q4.xlsx");
      await run(["rank", SAMPLE_SCORES, "--out", ranking, "--period", "2025Q4"], quiet);
      const results = path.join(dir, "结果.xlsx");
      // Published 2025-01-06: every rectification deadline (2025-01-27) is long past on any test day.
      await run(["results", ranking, "--published", "2025-01-06", "--out", results], quiet);

      // The user works the sheet in a spreadsheet, then it is recalculated without the add-in.
      const recalculate = async (edit: (sheet: ExcelJS.Worksheet) => void, name: string) => {
        const book = new ExcelJS.Workbook();
        await book.xlsx.readFile(results);
        const sheet = book.getWorksheet("整改跟踪")!;
        expect(sheet.getCell("A4").value).toBeTruthy();
        expect(sheet.getCell("A5").value).toBeTruthy();
        edit(sheet);
        const edited = path.join(dir, name);
        writeFileSync(edited, Buffer.from(await book.xlsx.writeBuffer()));
        const file = await recalculateWithLibreOffice(soffice, edited);
        const formulas = new ExcelJS.Workbook();
        await formulas.xlsx.readFile(file);
        // The values are read with the add-in's own reader.
        const values = await (await XlsxWorkbook.fromBuffer(readFileSync(file))).read(["整改跟踪"]);
        const grid = values.grids.get("整改跟踪")!;
        return (row: number) => ({
          formula: (
            formulas.getWorksheet("整改跟踪")!.getCell(`J${row}`).value as ExcelJS.CellFormulaValue
          ).formula,
          result: grid.rows[row - 1][9],
        });
      };
      // One warning done: no longer overdue; the other, untouched, is.
      const done = await recalculate((sheet) => {
        sheet.getCell("H4").value = "已完成";
        sheet.getCell("I4").value = new Date(Date.UTC(2025, 0, 20));
      }, "done.xlsx");
      expect(done(4)).toEqual({
        formula: 'IF(AND(H4<>"已完成",TODAY()>G4),"是","否")',
        result: { kind: "text", value: "否" },
      });
      expect(done(5)).toEqual({
        formula: 'IF(AND(H5<>"已完成",TODAY()>G5),"是","否")',
        result: { kind: "text", value: "是" },
      });
      // In progress with a deadline still ahead: not overdue.
      const ahead = await recalculate((sheet) => {
        sheet.getCell("H5").value = "进行中";
        sheet.getCell("G5").value = new Date(Date.UTC(2099, 11, 31));
      }, "ahead.xlsx");
      expect(ahead(4)).toEqual({
        formula: 'IF(AND(H4<>"已完成",TODAY()>G4),"是","否")',
        result: { kind: "text", value: "是" },
      });
      expect(ahead(5)).toEqual({
        formula: 'IF(AND(H5<>"已完成",TODAY()>G5),"是","否")',
        result: { kind: "text", value: "否" },
      });
    });
  }
);

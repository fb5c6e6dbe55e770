import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import ExcelJS from "exceljs";
import {
  isoDate,
  localIsoDay,
  officialCalendar,
  serialOf,
} from "../../src/core/calendar/official-calendar";
import { changeStatus } from "../../src/core/duties/description-checks";
import { CHANGE_STATES } from "../../src/core/duties/duties";
import { readChanges } from "../../src/jobs/duties/duties-read";
import type { Cell } from "../../src/workbook/port";
import { XlsxWorkbook } from "../../src/workbook/xlsx/xlsx-workbook";
import { describeWithTool } from "../support/external-tools";
import { recalculateWithLibreOffice } from "../support/libreoffice";

const SAMPLE = path.join(__dirname, "../../assets/samples/ops-2025.duties.xlsx");
const dir = mkdtempSync(path.join(os.tmpdir(), "duties-lo-"));

const dateOfCell = (cell: Cell | undefined) =>
  cell?.kind === "date" || cell?.kind === "number" ? isoDate(cell.value) : cell;

describeWithTool(
  "libreoffice",
  "职责变更's 到期日 and 状态 formulas recalculated by LibreOffice (duties.md §3)",
  (soffice) => {
    it("give the engine's due date and state for every change of the sample, and for a change typed in", async () => {
      // A user types one more change into the first blank row, then opens the file without the add-in.
      const book = new ExcelJS.Workbook();
      await book.xlsx.readFile(SAMPLE);
      const sheet = book.getWorksheet("职责变更")!;
      let blank = 5;
      while (sheet.getCell(`A${blank}`).value) blank++;
      sheet.getCell(`A${blank}`).value = "BG-2025-99";
      sheet.getCell(`C${blank}`).value = "业务变化";
      sheet.getCell(`D${blank}`).value = new Date(Date.UTC(2025, 8, 19)); // across National Day
      sheet.getCell(`E${blank}`).value = "柜员";
      const edited = path.join(dir, "edited.xlsx");
      writeFileSync(edited, Buffer.from(await book.xlsx.writeBuffer()));

      const recalculated = await recalculateWithLibreOffice(soffice, edited);
      const snapshot = await (
        await XlsxWorkbook.fromBuffer(readFileSync(recalculated))
      ).read(["职责变更"]);
      const grid = snapshot.grids.get("职责变更")!;
      const read = readChanges(grid);
      if (!read.ok) throw new Error("职责变更 not read");
      expect(read.rows).toHaveLength(8);
      const today = serialOf(localIsoDay(new Date()));
      for (const change of read.rows) {
        const engine = changeStatus(change, today, officialCalendar)!;
        const row = grid.rows[change.row - 1];
        expect({ id: change.id, due: dateOfCell(row[6]), state: row[7] }).toEqual({
          id: change.id,
          due: isoDate(engine.due),
          state: { kind: "text", value: CHANGE_STATES[engine.state] },
        });
      }
      // The calendar's own cases, as LibreOffice computed them: 监管变化 from 2025-09-26 is due on
      // 2025-10-13 (the 调休 Saturday 2025-10-11 counts), 业务变化 from 2025-12-25 on 2026-01-16.
      const due = (id: string) => {
        const change = read.rows.find((c) => c.id === id)!;
        return dateOfCell(grid.rows[change.row - 1][6]);
      };
      expect(due("BG-2025-01")).toBe("2025-10-13");
      expect(due("BG-2025-02")).toBe("2026-01-16");
      // Two 调休 days (Sunday 09-28, Saturday 10-11) count: plain WORKDAY would say 2025-10-20.
      expect(due("BG-2025-99")).toBe("2025-10-16");
      // A blank row stays blank.
      const next = grid.rows[blank]?.[6];
      expect(
        next === undefined || next.kind === "empty" || (next.kind === "text" && !next.value)
      ).toBe(true);
    });
  }
);

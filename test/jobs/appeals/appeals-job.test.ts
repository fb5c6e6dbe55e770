import { readFileSync } from "node:fs";
import path from "node:path";
import { serialOf } from "../../../src/core/calendar/official-calendar";
import {
  advanceAppeal,
  appealsInWorkbook,
  registerAppeal,
} from "../../../src/jobs/appeals/appeals-job";
import { rankJob } from "../../../src/jobs/assessment/rank-job";
import { XlsxWorkbook } from "../../../src/workbook/xlsx/xlsx-workbook";

const SAMPLE_SCORES = path.join(__dirname, "../../../assets/samples/ops-2025.scores.xlsx");
const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

describe("appeals on a real register (cycle.md §5): every check, with its cell", () => {
  it("finds each problem of a register filled by hand, and a state moved back from the one recorded", async () => {
    const book = await XlsxWorkbook.fromBuffer(readFileSync(SAMPLE_SCORES));
    await rankJob(book, { period: "2025Q4", now: new Date(2026, 0, 9, 9, 0) });
    const first = await registerAppeal(book, {
      period: "2025Q4",
      employeeId: "BJ001",
      submitted: serialOf("2026-01-12"),
    });
    expect(first).toMatchObject({ ok: true, id: "SS-2025Q4-001", created: true });
    await advanceAppeal(book, "SS-2025Q4-001");
    // A note the unit typed beside the register's columns survives the add-in's next write.
    (await book.model()).getWorksheet("申诉登记")!.getCell("P4").value = "已电话联系申诉人";
    await advanceAppeal(book, "SS-2025Q4-001"); // recorded: 待审批
    const kept = (await book.read(["申诉登记"])).grids.get("申诉登记")!;
    expect(kept.rows[3][15]).toEqual({ kind: "text", value: "已电话联系申诉人" });
    expect(kept.rows[3][6]).toEqual({ kind: "text", value: "待审批" });
    // Each step the pane took is a row of the 审计日志.
    const log = (await book.read(["审计日志"])).grids.get("审计日志")!;
    expect(log.rows.slice(-3).map((row) => (row[8]?.kind === "text" ? row[8].value : ""))).toEqual([
      "登记申诉 SS-2025Q4-001（2025Q4，工号 BJ001）",
      "申诉 SS-2025Q4-001 推进到「调查中」",
      "申诉 SS-2025Q4-001 推进到「待审批」",
    ]);
    const sheet = (await book.model()).getWorksheet("申诉登记")!;
    const put = (row: number, values: unknown[]) =>
      values.forEach((v, c) => {
        if (v !== undefined) sheet.getRow(row).getCell(c + 1).value = v as never;
      });
    put(4, [undefined, undefined, undefined, undefined, undefined, undefined, "调查中"]);
    put(5, ["SS-2025Q4-002", "2025Q3", "BJ001", "", "", day("2026-01-12"), "已登记"]);
    put(6, ["SS-2025Q4-003", "2025Q4", "XX999", "", "", day("2026-01-12"), "已登记"]);
    put(7, ["SS-2025Q4-004", "2025Q4", "BJ001", "存款增长率", "", day("2026-01-12"), "已登记"]);
    put(8, ["SS-2025Q4-005", "2025Q4", "BJ001", "", "", day("2026-01-20"), "已登记"]);
    put(9, ["SS-2025Q4-006", "2025Q4", "BJ001", "", "", "下周一", "已完成"]);
    put(10, [
      "SS-2025Q4-007",
      "2025Q4",
      "BJ002",
      "合规准确率",
      "",
      day("2026-01-12"),
      "已答复",
      "核对",
      "更正",
      "更正",
      130,
      "李行长",
      day("2026-01-11"),
      day("2026-01-10"),
      "",
    ]);
    put(11, [
      "SS-2025Q4-008",
      "2025Q4",
      "BJ002",
      "",
      "",
      day("2026-01-12"),
      "已答复",
      "核对",
      "维持",
      "维持",
      90,
      "李行长",
      day("2026-01-13"),
      day("2026-01-14"),
      "维持原结果",
    ]);
    put(12, ["SS-2025Q4-008", "2025Q4", "BJ002", "", "", day("2026-01-12"), "已登记"]);
    const result = await appealsInWorkbook(book, {
      source: "s.xlsx",
      published: serialOf("2026-01-09"),
    });
    expect(result.problems).toEqual([]);
    expect(result.issues.map((i) => [i.cell, i.key, i.severity])).toEqual([
      ["G4", "appeal.backwards", "error"],
      ["B5", "appeal.unknownPeriod", "error"],
      ["C6", "appeal.unknownId", "error"],
      ["D7", "appeal.unknownIndicator", "error"],
      ["F8", "appeal.late", "warning"],
      ["F9", "appeal.unreadable", "error"],
      ["G9", "appeal.badState", "error"],
      ["M10", "appeal.dateOrder", "error"],
      ["N10", "appeal.dateOrder", "error"],
      ["O10", "appeal.needs", "error"],
      ["K10", "appeal.badValue", "error"],
      ["K11", "appeal.upheldWithValue", "error"],
      ["A12", "appeal.duplicateId", "error"],
    ]);
  });

  it("refuses to register an appeal for a period typed that is no period (2025Q5, Q4-2025)", async () => {
    const book = await XlsxWorkbook.fromBuffer(readFileSync(SAMPLE_SCORES));
    await rankJob(book, { period: "2025Q4", now: new Date(2026, 0, 9, 9, 0) });
    for (const period of ["2025Q5", "Q4-2025"])
      expect(
        await registerAppeal(book, {
          period,
          employeeId: "BJ001",
          submitted: serialOf("2026-01-12"),
        })
      ).toEqual({ ok: false, key: "period.invalid", params: { text: period } });
    expect((await book.read([])).sheets.map((s) => s.name)).not.toContain("申诉登记");
  });
});

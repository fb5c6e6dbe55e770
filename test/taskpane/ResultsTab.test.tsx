/** @jest-environment jsdom */
import { fireEvent, screen, waitFor } from "@testing-library/react";
import { readFileSync } from "node:fs";
import path from "node:path";
import { rankJob } from "../../src/jobs/assessment/rank-job";
import { ResultsTab } from "../../src/taskpane/tabs/ResultsTab";
import { XlsxWorkbook } from "../../src/workbook/xlsx/xlsx-workbook";
import { fakeHost, taskRunner } from "../support/fake-host";
import { renderPane } from "../support/render-pane";

const WRITE_WAIT = { timeout: 120_000 };
const SAMPLE_SCORES = path.join(__dirname, "../../assets/samples/ops-2025.scores.xlsx");
const PUBLISHED = () => new Date(2026, 0, 9, 10, 0);

/** The sample sheet ranked as 2025Q3 and 2025Q4 in the same workbook: Q4 is current, Q3 its history. */
async function rankedTwice() {
  const book = await XlsxWorkbook.fromBuffer(readFileSync(SAMPLE_SCORES));
  await rankJob(book, { period: "2025Q3" });
  await rankJob(book, { period: "2025Q4" });
  return book;
}

describe("ResultsTab (结果 → 结果应用)", () => {
  it("writes the four result sheets, counts each outcome and lists the people to warn with their deadline", async () => {
    const book = await rankedTwice();
    const { host } = fakeHost(book);
    const runner = taskRunner();
    renderPane(<ResultsTab host={host} run={runner.run} busy={false} today={PUBLISHED} />);
    expect((screen.getByLabelText("发布日期") as HTMLInputElement).value).toBe("2026-01-09");
    fireEvent.click(screen.getByRole("button", { name: "生成反馈单与结果应用" }));
    const counts = await screen.findByRole("region", { name: "结果统计" }, WRITE_WAIT);
    expect(runner.last()).toMatchObject({
      kind: "warning",
      key: "ui.results.done",
      params: { objects: 24, warning: 2, deadline: "2026-01-16" },
    });
    expect(counts.textContent).toContain("表彰奖励");
    expect(counts.textContent).toContain("申诉截止日期：2026-01-16");
    const warn = screen.getByRole("region", { name: "需预警的人员" });
    expect(warn.textContent).toContain("南山支行");
    expect(warn.textContent).toContain("整改期限 2026-01-30");
    // Failed in Q3 (the workbook's other ranking tab) and Q4: two in a row, the policy's penalty.
    expect(warn.textContent).toContain("连续 2 期不达标，按制度处理");
    const names = (await book.read([])).sheets.map((s) => s.name);
    expect(names).toEqual(expect.arrayContaining(["反馈单", "结果应用", "整改跟踪", "培训需求"]));
    // The user's score sheet and the published ranking tabs are still there.
    expect(names).toEqual(expect.arrayContaining(["评分表", "排名 2025Q3", "排名 2025Q4"]));
  });

  it("says when a deadline was counted without the year's arrangement, and adds an empty 放假安排 to fill; its days then count", async () => {
    const book = await rankedTwice();
    const { host } = fakeHost(book);
    const runner = taskRunner();
    renderPane(
      <ResultsTab host={host} run={runner.run} busy={false} today={() => new Date(2026, 11, 28)} />
    );
    fireEvent.click(screen.getByRole("button", { name: "生成反馈单与结果应用" }));
    await screen.findByRole("region", { name: "结果统计" }, WRITE_WAIT);
    expect(runner.last()).toMatchObject({
      kind: "warning",
      params: { deadline: "2027-01-05" },
      details: [
        "2027 年放假安排未载入：期限按法定节假日和周末计算，未含调休；载入国务院通知后请重新生成。",
      ],
    });
    fireEvent.click(screen.getByRole("button", { name: "添加放假安排表" }));
    await waitFor(() =>
      expect(runner.last()).toMatchObject({
        kind: "success",
        key: "ui.arrangement.made",
        params: { sheet: "放假安排", year: 2027 },
      })
    );
    // Never over what someone typed: a second time, it says to fill the one there.
    fireEvent.click(screen.getByRole("button", { name: "添加放假安排表" }));
    await waitFor(() =>
      expect(runner.last()).toMatchObject({ kind: "warning", key: "ui.arrangement.exists" })
    );
    // The bank fills it (an invented 2027: Jan 4 off too) and makes the results again: no note, its days count.
    const model = await book.model();
    const sheet = model.getWorksheet("放假安排")!;
    sheet.getCell("A5").value = new Date(Date.UTC(2027, 0, 1));
    sheet.getCell("B5").value = "休";
    sheet.getCell("A6").value = new Date(Date.UTC(2027, 0, 4));
    sheet.getCell("B6").value = "休";
    fireEvent.click(screen.getByRole("button", { name: "生成反馈单与结果应用" }));
    await waitFor(() =>
      expect(runner.last()).toMatchObject({ params: { deadline: "2027-01-06" }, details: [] })
    );
  });

  it("makes the results of the period asked for, in English", async () => {
    const book = await rankedTwice();
    const { host } = fakeHost(book);
    const runner = taskRunner();
    renderPane(<ResultsTab host={host} run={runner.run} busy={false} today={PUBLISHED} />, "en-US");
    fireEvent.change(screen.getByRole("textbox", { name: "Ranking period" }), {
      target: { value: "2025Q3" },
    });
    fireEvent.click(screen.getByRole("button", { name: "Make feedback and outcomes" }));
    const warn = await screen.findByRole("region", { name: "People to warn" }, WRITE_WAIT);
    // Q3 has no earlier period in the workbook: one failure, no penalty.
    expect(warn.textContent).toContain("Failures in a row: 1");
    expect(warn.textContent).not.toContain("handled under the policy");
  });

  it("says why it cannot run on a workbook without a ranking, and what to do", async () => {
    const book = await XlsxWorkbook.fromBuffer(readFileSync(SAMPLE_SCORES));
    const { host } = fakeHost(book);
    const runner = taskRunner();
    renderPane(<ResultsTab host={host} run={runner.run} busy={false} today={PUBLISHED} />);
    fireEvent.click(screen.getByRole("button", { name: "生成反馈单与结果应用" }));
    await screen.findByRole("button", { name: "生成反馈单与结果应用" });
    await new Promise((resolve) => setTimeout(resolve, 50));
    const last = runner.last();
    expect(last).toMatchObject({ kind: "error", key: "ui.results.failed" });
    expect(last && "details" in last ? last.details?.[0] : "").toContain("请先排名，再生成结果");
    expect((await book.read([])).sheets.map((s) => s.name)).not.toContain("反馈单");
  });
});

/** @jest-environment jsdom */
import { fireEvent, screen, waitFor } from "@testing-library/react";
import { readFileSync } from "node:fs";
import path from "node:path";
import { rankJob } from "../../src/jobs/assessment/rank-job";
import { AnnualTab } from "../../src/taskpane/tabs/AnnualTab";
import { XlsxWorkbook } from "../../src/workbook/xlsx/xlsx-workbook";
import { fakeHost, taskRunner } from "../support/fake-host";
import { renderPane } from "../support/render-pane";

const SAMPLE_SCORES = path.join(__dirname, "../../assets/samples/ops-2025.scores.xlsx");

describe("AnnualTab (结果 → 年度)", () => {
  it("writes 年度排名 2025 from the workbook's quarterly ranking tabs", async () => {
    const book = await XlsxWorkbook.fromBuffer(readFileSync(SAMPLE_SCORES));
    for (const q of [1, 2, 3]) await rankJob(book, { period: `2025Q${q}` });
    const { host } = fakeHost(book);
    const runner = taskRunner();
    renderPane(<AnnualTab host={host} run={runner.run} busy={false} />);
    fireEvent.click(screen.getByRole("button", { name: "生成年度排名" }));
    await waitFor(() =>
      expect(runner.last()).toMatchObject({
        kind: "success",
        key: "ui.annual.done",
        params: { sheet: "年度排名 2025", ranked: 16, short: 0 },
      })
    );
    expect((await book.read([])).sheets.map((s) => s.name)).toContain("年度排名 2025");
  });

  it("lists who is short of quarters, with why", async () => {
    const book = await XlsxWorkbook.fromBuffer(readFileSync(SAMPLE_SCORES));
    for (const q of [1, 2]) await rankJob(book, { period: `2025Q${q}` });
    const { host } = fakeHost(book);
    const runner = taskRunner();
    renderPane(<AnnualTab host={host} run={runner.run} busy={false} />);
    fireEvent.click(screen.getByRole("button", { name: "生成年度排名" }));
    const short = await screen.findByRole("region", { name: "季度结果不足" }, { timeout: 120_000 });
    expect(short.textContent).toContain("季度结果不足：2 个，至少需要 3 个。");
    expect(runner.last()).toMatchObject({ kind: "warning", params: { ranked: 0, short: 16 } });
  });

  it("refuses a year that is not four digits before anything runs", () => {
    const { host } = fakeHost(null);
    renderPane(<AnnualTab host={host} run={taskRunner().run} busy={false} />, "en-US");
    fireEvent.change(screen.getByRole("textbox", { name: "Year" }), { target: { value: "25" } });
    expect(screen.getByText("Write a four-digit year, e.g. 2025.")).toBeTruthy();
    expect(
      (screen.getByRole("button", { name: "Make the annual ranking" }) as HTMLButtonElement)
        .disabled
    ).toBe(true);
  });
});

/** @jest-environment jsdom */
import { fireEvent, screen, waitFor, within } from "@testing-library/react";
import { readFileSync } from "node:fs";
import path from "node:path";
import { DutiesTab } from "../../src/taskpane/tabs/DutiesTab";
import { HighlightsUnavailable } from "../../src/workbook/port";
import { XlsxWorkbook } from "../../src/workbook/xlsx/xlsx-workbook";
import { fakeHost, taskRunner } from "../support/fake-host";
import { renderPane } from "../support/render-pane";
import { sampleTemplate } from "../support/samples";

const WAIT = { timeout: 120_000 };
const SAMPLE = path.join(__dirname, "../../assets/samples/ops-2025.duties.xlsx");
const CHECK_DAY = () => new Date(2025, 11, 31, 10, 0);
const sample = () => XlsxWorkbook.fromBuffer(readFileSync(SAMPLE));

/** The 岗责 part with the sample template, checked as of 2025-12-31; its task runner. */
function renderDuties(host: ReturnType<typeof fakeHost>["host"]) {
  const runner = taskRunner();
  renderPane(
    <DutiesTab
      host={host}
      template={sampleTemplate()}
      run={runner.run}
      busy={false}
      today={CHECK_DAY}
    />
  );
  return runner;
}

describe("DutiesTab (岗责)", () => {
  it("checks the workbook: findings by kind, a click selects the cell, the problem cells marked per sheet", async () => {
    const { host, calls } = fakeHost(await sample());
    const runner = renderDuties(host);
    expect((screen.getByLabelText("检查日") as HTMLInputElement).value).toBe("2025-12-31");
    fireEvent.click(screen.getByRole("button", { name: "检查" }));
    const findings = await screen.findByRole("region", { name: "检查结果" }, WAIT);
    expect(runner.last()).toMatchObject({
      kind: "warning",
      key: "ui.duties.summary",
      params: { posts: 10, processes: 34, changes: 7, errors: 15, warnings: 4 },
    });
    // Grouped by kind, errors first, each group with its count.
    const groups = within(findings)
      .getAllByRole("button", { expanded: true })
      .map((b) => b.textContent?.replace(/\s+/g, " "));
    expect(groups[0]).toBe("说明书未对应模板岗位 1");
    expect(groups).toContain("权责空白：无发起岗 2");
    expect(groups.at(-1)).toMatch(
      /^(不相容职责：发起与决策|说明书超过 12 个月未修订|岗位未承担任何流程) \d$/
    );
    fireEvent.click(
      screen.getByRole("button", {
        name: "选中单元格 权责矩阵!A12: 权责矩阵!A12：流程 LC-008：多头决策（客户经理、理财经理），请明确一个决策岗。",
      })
    );
    expect(calls.selected).toEqual(["权责矩阵!A12"]);
    expect(calls.highlighted.map((h) => [h.sheet, h.cells.length])).toEqual([
      ["岗位说明书", 5],
      ["权责矩阵", 13],
      ["职责变更", 1],
    ]);
    expect(calls.highlighted[1].cells).toContainEqual({ address: "G14", severity: "error" });
    expect(calls.highlighted[1].cells).toContainEqual({ address: "F10", severity: "warning" });
    // The changes to chase.
    const changes = screen.getByRole("region", { name: "已逾期及即将到期的变更" });
    expect(changes.textContent).toContain("BG-2025-03普惠贷款审批权限调整已逾期到期日 2025-11-24");
    expect(changes.textContent).toContain("BG-2025-07");
  });

  it("keeps the findings when Excel cannot read a sheet's formats, and marks the other sheets", async () => {
    const { host, calls } = fakeHost(await sample());
    const mark = host.highlight!.bind(host);
    host.highlight = async (sheet, cells) => {
      if (sheet === "权责矩阵") throw new HighlightsUnavailable(sheet);
      return mark(sheet, cells);
    };
    const runner = renderDuties(host);
    fireEvent.click(screen.getByRole("button", { name: "检查" }));
    await screen.findByRole("region", { name: "检查结果" }, WAIT);
    await waitFor(() =>
      expect(runner.last()).toMatchObject({
        kind: "warning",
        key: "ui.duties.marksUnreadable",
        params: { errors: 15, warnings: 4 },
      })
    );
    expect(calls.highlighted.map((h) => h.sheet)).toEqual(["岗位说明书", "职责变更"]);
  });

  it("writes the check-up tab when asked, and only then", async () => {
    const book = await sample();
    const { host } = fakeHost(book);
    const runner = renderDuties(host);
    const write = screen.getByRole("button", { name: "写入体检报告" });
    expect((write as HTMLButtonElement).disabled).toBe(true);
    fireEvent.click(screen.getByRole("button", { name: "检查" }));
    await screen.findByRole("region", { name: "检查结果" }, WAIT);
    expect((await book.read([])).sheets.map((s) => s.name)).not.toContain("岗位责任体检 2025Q4");
    fireEvent.click(write);
    await waitFor(() => expect(runner.statuses).toHaveLength(2), WAIT);
    expect(runner.last()).toEqual({
      kind: "success",
      key: "ui.duties.reportWritten",
      params: { sheet: "岗位责任体检 2025Q4" },
    });
    const names = (await book.read([])).sheets.map((s) => s.name);
    expect(names).toEqual(
      expect.arrayContaining([
        "岗位说明书",
        "权责矩阵",
        "职责变更",
        "岗位责任体检 2025Q4",
        "审计日志",
      ])
    );
  });

  it("says what to do when the workbook has no duties sheets", async () => {
    const book = XlsxWorkbook.empty();
    await book.write([
      { name: "评分表", rows: [[{ value: "x" }]], provenance: { kind: "scores" } },
    ]);
    const { host } = fakeHost(book);
    const runner = taskRunner();
    renderPane(
      <DutiesTab host={host} template={null} run={runner.run} busy={false} today={CHECK_DAY} />
    );
    fireEvent.click(screen.getByRole("button", { name: "检查" }));
    await waitFor(() => expect(runner.statuses).toHaveLength(1), WAIT);
    expect(runner.last()).toMatchObject({
      kind: "error",
      key: "ui.duties.failed",
      details: expect.arrayContaining([
        "测试.xlsx 中没有「岗位说明书」、「权责矩阵」、「职责变更」工作表：请点下方的「生成岗责工作簿」（在浏览器中会下载一个新的岗责工作簿，打开它再检查），或在工作簿中添加这些工作表及其表头。",
      ]),
    });
  });

  it("generates the workbook into the open workbook in Excel, and refuses a second time", async () => {
    const book = XlsxWorkbook.empty();
    await book.write([
      { name: "说明", rows: [[{ value: "x" }]], provenance: { kind: "instructions" } },
    ]);
    const { host } = fakeHost(book);
    const runner = renderDuties(host);
    fireEvent.click(screen.getByRole("button", { name: "生成岗责工作簿" }));
    await waitFor(() => expect(runner.statuses).toHaveLength(1), WAIT);
    expect(runner.last()).toEqual({
      kind: "success",
      key: "ui.duties.generated",
      params: { sheets: ["岗位说明书", "权责矩阵", "职责变更"], posts: 6 },
    });
    expect((await book.read([])).sheets.map((s) => s.name)).toEqual(
      expect.arrayContaining(["岗位说明书", "权责矩阵", "职责变更", "工作日历"])
    );
    fireEvent.click(screen.getByRole("button", { name: "生成岗责工作簿" }));
    await waitFor(() => expect(runner.statuses).toHaveLength(2), WAIT);
    expect(runner.last()).toMatchObject({ kind: "error", key: "ui.duties.notGenerated" });
  });

  it("in a browser, offers the new workbook as a download, in English", async () => {
    const { host, calls } = fakeHost(null, "standalone");
    const runner = taskRunner();
    renderPane(
      <DutiesTab host={host} template={null} run={runner.run} busy={false} today={CHECK_DAY} />,
      "en-US"
    );
    expect((screen.getByRole("button", { name: "Check" }) as HTMLButtonElement).disabled).toBe(
      true
    );
    fireEvent.click(screen.getByRole("button", { name: "Generate the duties workbook" }));
    await waitFor(() => expect(calls.delivered).toHaveLength(1), WAIT);
    expect(calls.delivered.map((d) => d.fileName)).toEqual(["duties.xlsx"]);
    const delivered = await (await XlsxWorkbook.fromBuffer(calls.delivered[0].bytes)).read([]);
    expect(delivered.sheets.map((s) => s.name).slice(0, 3)).toEqual([
      "岗位说明书",
      "权责矩阵",
      "职责变更",
    ]);
  });

  it.each([
    ["zh-CN", "检查", "「生成岗责工作簿」"],
    ["en-US", "Check", '"Generate the duties workbook"'],
  ] as const)(
    "%s: a workbook without the duties sheets is answered with the pane's own button, never a terminal command",
    async (locale, check, button) => {
      const scores = path.join(__dirname, "../../assets/samples/ops-2025.scores.xlsx");
      const { host } = fakeHost(await XlsxWorkbook.fromBuffer(readFileSync(scores)));
      const runner = taskRunner();
      renderPane(
        <DutiesTab host={host} template={null} run={runner.run} busy={false} today={CHECK_DAY} />,
        locale
      );
      fireEvent.click(screen.getByRole("button", { name: check }));
      await waitFor(() => expect(runner.statuses).toHaveLength(1), WAIT);
      const status = runner.last() as { kind: string; details: string[] };
      expect(status.kind).toBe("error");
      // One line for the three sheets, not three alike.
      expect(status.details).toHaveLength(1);
      for (const line of status.details) {
        expect(line).not.toMatch(/bank-assess|--\w|命令行|command line|terminal/i);
        expect(line).toContain(button);
      }
      expect(status.details[0]).toContain(
        locale === "zh-CN"
          ? "「岗位说明书」、「权责矩阵」、「职责变更」"
          : '"岗位说明书", "权责矩阵", "职责变更"'
      );
    }
  );
});

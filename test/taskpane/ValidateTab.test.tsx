/** @jest-environment jsdom */
import { fireEvent, screen, waitFor, within } from "@testing-library/react";
import { readFileSync } from "node:fs";
import path from "node:path";
import { ValidateTab } from "../../src/taskpane/tabs/ValidateTab";
import { HighlightsUnavailable, WorkbookRefusal } from "../../src/workbook/port";
import { XlsxWorkbook } from "../../src/workbook/xlsx/xlsx-workbook";
import { fakeHost, taskRunner } from "../support/fake-host";
import { renderPane } from "../support/render-pane";

const SAMPLE_SCORES = path.join(__dirname, "../../assets/samples/ops-2025.scores.xlsx");

async function setup(kind: "office" | "standalone" = "office") {
  const book = await XlsxWorkbook.fromBuffer(readFileSync(SAMPLE_SCORES));
  const { host, calls } = fakeHost(book, kind);
  const runner = taskRunner();
  renderPane(<ValidateTab host={host} template={null} run={runner.run} busy={false} />);
  return { calls, runner };
}

describe("ValidateTab", () => {
  it("says what to do first when there is no workbook", () => {
    const { host } = fakeHost(null, "standalone");
    renderPane(<ValidateTab host={host} template={null} run={taskRunner().run} busy={false} />);
    expect(screen.getByText("请先打开一个评分工作簿（.xlsx），或使用示例评分表。")).toBeTruthy();
  });

  it("groups the issues by kind with counts", async () => {
    const { runner } = await setup();
    fireEvent.click(screen.getByRole("button", { name: "校验评分表" }));
    await screen.findByText("评分表 · 24 行 · 8 个错误 · 3 个警告");
    expect(runner.last()).toMatchObject({
      kind: "warning",
      key: "ui.validate.summary",
      params: { errors: 8, warnings: 3 },
    });
    const identity = screen.getByRole("button", { name: /工号与岗位/ });
    expect(within(identity).getByText("3")).toBeTruthy();
    expect(screen.getByRole("button", { name: /数值有误/ }).textContent).toContain("3");
  });

  it("selects the cell of an issue that is clicked", async () => {
    const { calls } = await setup();
    fireEvent.click(screen.getByRole("button", { name: "校验评分表" }));
    const link = await screen.findByRole("button", { name: /选中单元格 评分表!H6/ });
    fireEvent.click(link);
    await waitFor(() => expect(calls.selected).toEqual(["评分表!H6"]));
  });

  it("marks the problem cells in Excel, errors and warnings apart", async () => {
    const { calls } = await setup("office");
    fireEvent.click(screen.getByRole("button", { name: "校验评分表" }));
    await waitFor(() => expect(calls.highlighted).toHaveLength(1));
    expect(calls.highlighted[0].sheet).toBe("评分表");
    expect(calls.highlighted[0].cells).toEqual(
      expect.arrayContaining([
        { address: "H6", severity: "error" },
        { address: "K8", severity: "warning" },
      ])
    );
  });

  it.each([
    [
      "the user protected the sheet",
      (sheet: string) => new WorkbookRefusal("protectedSheet", sheet),
      "ui.validate.notMarked",
    ],
    [
      "Excel cannot read the sheet's formats",
      (sheet: string) => new HighlightsUnavailable(sheet),
      "ui.validate.marksUnreadable",
    ],
  ])(
    "keeps the check, each issue a link to its cell, when %s, and says the cells are not marked",
    async (_why, refusal, key) => {
      const book = await XlsxWorkbook.fromBuffer(readFileSync(SAMPLE_SCORES));
      const { host } = fakeHost(book, "office");
      host.highlight = async (sheet) => {
        throw refusal(sheet);
      };
      const runner = taskRunner();
      renderPane(<ValidateTab host={host} template={null} run={runner.run} busy={false} />);
      fireEvent.click(screen.getByRole("button", { name: "校验评分表" }));
      await screen.findByText("评分表 · 24 行 · 8 个错误 · 3 个警告");
      await waitFor(() =>
        expect(runner.last()).toMatchObject({
          kind: "warning",
          key,
          params: { errors: 8, warnings: 3, sheet: "评分表" },
        })
      );
      expect(await screen.findByRole("button", { name: /选中单元格 评分表!H6/ })).toBeTruthy();
    }
  );

  it("does not offer Excel-only switches in a plain browser", async () => {
    await setup("standalone");
    expect(screen.queryByRole("switch", { name: "在工作表中标出问题单元格" })).toBeNull();
  });
});

/** @jest-environment jsdom */
import { fireEvent, screen, waitFor } from "@testing-library/react";
import type { ReactElement } from "react";
import { AppealsTab } from "../../src/taskpane/tabs/AppealsTab";
import { DutiesTab } from "../../src/taskpane/tabs/DutiesTab";
import { ResultsTab } from "../../src/taskpane/tabs/ResultsTab";
import { XlsxWorkbook } from "../../src/workbook/xlsx/xlsx-workbook";
import { fakeHost, taskRunner } from "../support/fake-host";
import { renderPane } from "../support/render-pane";

const TODAY = () => new Date(2026, 11, 6, 10, 0);

/**
 * The pane's date fields show and take yyyy-mm-dd (ux.md), never the browser's own date format (a
 * type="date" input shows 12/06/2026 in an English browser), and say what is wrong with a date typed.
 */
const PARTS: [
  string,
  string,
  string,
  (host: ReturnType<typeof fakeHost>["host"]) => ReactElement,
][] = [
  [
    "结果应用",
    "发布日期",
    "生成反馈单与结果应用",
    (host) => <ResultsTab host={host} run={taskRunner().run} busy={false} today={TODAY} />,
  ],
  [
    "申诉",
    "提交日期",
    "登记申诉",
    (host) => <AppealsTab host={host} run={taskRunner().run} busy={false} today={TODAY} />,
  ],
  [
    "岗责",
    "检查日",
    "检查",
    (host) => (
      <DutiesTab host={host} template={null} run={taskRunner().run} busy={false} today={TODAY} />
    ),
  ],
];

describe.each(PARTS)("%s: the date field %s", (_, label, action, part) => {
  it("is a text field showing yyyy-mm-dd, not the browser's date input", () => {
    const { container } = renderPane(part(fakeHost(XlsxWorkbook.empty()).host));
    expect(container.querySelector('input[type="date"]')).toBeNull();
    const field = screen.getByRole("textbox", { name: label }) as HTMLInputElement;
    expect(field.value).toBe("2026-12-06");
    expect(field.getAttribute("placeholder")).toBe("yyyy-mm-dd");
  });

  it("says what is wrong with a date typed otherwise, and takes one again once it is right", async () => {
    renderPane(part(fakeHost(XlsxWorkbook.empty()).host));
    const field = screen.getByRole("textbox", { name: label });
    const button = () => screen.getByRole("button", { name: action }) as HTMLButtonElement;

    fireEvent.change(field, { target: { value: "12/06/2026" } });
    await screen.findByText("「12/06/2026」不是 yyyy-mm-dd 格式的日期：请写成 2026-01-09 的形式。");
    expect(button().disabled).toBe(true);

    fireEvent.change(field, { target: { value: "2026-02-30" } });
    await screen.findByText("「2026-02-30」不是有效日期：2026 年 2 月没有 30 日。");
    expect(button().disabled).toBe(true);

    fireEvent.change(field, { target: { value: "2026-13-01" } });
    await screen.findByText("「2026-13-01」不是有效日期：月份应为 01 至 12。");

    fireEvent.change(field, { target: { value: "" } });
    await screen.findByText("请填写日期，格式为 yyyy-mm-dd，如 2026-01-09。");
    expect(button().disabled).toBe(true);

    fireEvent.change(field, { target: { value: "2026-01-09" } });
    await waitFor(() => expect(button().disabled).toBe(false));
    expect(screen.queryByText(/不是|请填写日期/)).toBeNull();
  });

  it("says it in English in the English pane", async () => {
    renderPane(part(fakeHost(XlsxWorkbook.empty()).host), "en-US");
    const field = screen
      .getAllByRole("textbox")
      .find((input) => (input as HTMLInputElement).value === "2026-12-06")!;
    fireEvent.change(field, { target: { value: "12/06/2026" } });
    await screen.findByText(
      '"12/06/2026" is not a date in the form yyyy-mm-dd: write it as 2026-01-09.'
    );
  });
});

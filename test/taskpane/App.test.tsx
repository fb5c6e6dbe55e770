/** @jest-environment jsdom */
import { fireEvent, screen, waitFor, within } from "@testing-library/react";
import { readFileSync } from "node:fs";
import { App } from "../../src/taskpane/App";
import type { TemplateDraft } from "../../src/taskpane/template-source";
import { XlsxWorkbook } from "../../src/workbook/xlsx/xlsx-workbook";
import { fakeHost } from "../support/fake-host";
import { renderPane } from "../support/render-pane";
import { SAMPLE_TEMPLATE_PATH } from "../support/samples";

const sample = JSON.parse(readFileSync(SAMPLE_TEMPLATE_PATH, "utf8")) as TemplateDraft;
// Fluent draws an unselected tab's label twice (once hidden, to reserve the bold width): read the first.
const tabNames = (list: HTMLElement) =>
  within(list)
    .getAllByRole("tab")
    .map((tab) => tab.querySelector(".fui-Tab__content")?.textContent);

describe("App navigation: parts grouped by who uses them", () => {
  it("shows 考核, 结果 and 岗责, each with its own parts, and remembers each group's part", async () => {
    const { host } = fakeHost(null);
    renderPane(<App host={host} sample={sample} />);
    // The parts' code arrives after the pane's frame (issue 27): once, then every part opens at once.
    expect(screen.getByRole("status").textContent).toBe("正在载入…");
    await screen.findByRole("tab", { name: "方案比较" });
    const groups = screen.getByRole("tablist", { name: "功能分组" });
    expect(tabNames(groups)).toEqual(["考核", "结果", "岗责"]);
    expect(tabNames(screen.getByRole("tablist", { name: "考核" }))).toEqual([
      "模板",
      "校验",
      "排名",
      "汇总",
      "互评",
    ]);
    fireEvent.click(screen.getByRole("tab", { name: "排名" }));
    expect(screen.getByRole("tabpanel", { name: "排名" })).toBeTruthy();

    fireEvent.click(within(groups).getByRole("tab", { name: "结果" }));
    expect(tabNames(screen.getByRole("tablist", { name: "结果" }))).toEqual([
      "年度",
      "结果应用",
      "申诉",
      "核验",
      "校准",
    ]);
    // The panel is named by its tab, for screen readers; the first part of a group opens first.
    expect(screen.getByRole("tabpanel", { name: "年度" })).toBeTruthy();
    fireEvent.click(screen.getByRole("tab", { name: "结果应用" }));
    expect(screen.getByRole("button", { name: "生成反馈单与结果应用" })).toBeTruthy();

    // Back to 考核: the part left open there is open again.
    fireEvent.click(within(groups).getByRole("tab", { name: "考核" }));
    expect(screen.getByRole("tab", { name: "排名" }).getAttribute("aria-selected")).toBe("true");
    expect(screen.getByRole("tabpanel", { name: "排名" })).toBeTruthy();

    // 岗责: the duties workbook and its check-up.
    fireEvent.click(within(groups).getByRole("tab", { name: "岗责" }));
    expect(tabNames(screen.getByRole("tablist", { name: "岗责" }))).toEqual(["岗位责任"]);
    expect(screen.getByRole("tabpanel", { name: "岗位责任" })).toBeTruthy();
    expect(screen.getByRole("button", { name: "生成岗责工作簿" })).toBeTruthy();
  });

  it("speaks English with ?lang=en-US", () => {
    const { host } = fakeHost(null);
    renderPane(<App host={host} sample={sample} />, "en-US");
    expect(tabNames(screen.getByRole("tablist", { name: "Areas" }))).toEqual([
      "Assessment",
      "Results",
      "Duties",
    ]);
    fireEvent.click(screen.getByRole("tab", { name: "Results" }));
    expect(tabNames(screen.getByRole("tablist", { name: "Results" }))).toEqual([
      "Annual",
      "Outcomes",
      "Appeals",
      "Verify",
      "Calibrate",
    ]);
  });

  it("shows each part only its own status: 核验's outcome is not shown on 岗责 or 年度", async () => {
    const { host } = fakeHost(XlsxWorkbook.empty());
    renderPane(<App host={host} sample={sample} />);
    const groups = screen.getByRole("tablist", { name: "功能分组" });
    fireEvent.click(within(groups).getByRole("tab", { name: "结果" }));
    fireEvent.click(screen.getByRole("tab", { name: "核验" }));
    fireEvent.click(screen.getByRole("button", { name: "核验本工作簿" }));
    const outcome = await screen.findByRole("alert", {}, { timeout: 120_000 });
    const text = outcome.textContent ?? "";
    expect(text).not.toBe("");

    fireEvent.click(within(groups).getByRole("tab", { name: "岗责" }));
    expect(screen.getByRole("tabpanel", { name: "岗位责任" })).toBeTruthy();
    expect(screen.queryByRole("alert")).toBeNull();
    expect(document.body.textContent).not.toContain(text);

    // Another part of the same group: not shown either.
    fireEvent.click(within(groups).getByRole("tab", { name: "结果" }));
    fireEvent.click(screen.getByRole("tab", { name: "年度" }));
    expect(screen.queryByRole("alert")).toBeNull();
    expect(screen.queryByRole("status")).toBeNull();
  });

  it("shows a part's outcome that arrives after the user moved on only back in that part", async () => {
    let finish: () => void = () => undefined;
    const book = XlsxWorkbook.empty();
    const read = book.read.bind(book);
    const { host } = fakeHost(book);
    // The first read waits until the test lets it go: 核验 is still busy when the user opens 岗责.
    let held = false;
    book.read = async (sheets) => {
      if (!held) {
        held = true;
        await new Promise<void>((resolve) => (finish = resolve));
      }
      return read(sheets);
    };
    renderPane(<App host={host} sample={sample} />);
    const groups = screen.getByRole("tablist", { name: "功能分组" });
    fireEvent.click(within(groups).getByRole("tab", { name: "结果" }));
    fireEvent.click(screen.getByRole("tab", { name: "核验" }));
    fireEvent.click(screen.getByRole("button", { name: "核验本工作簿" }));
    await screen.findByRole("progressbar");
    fireEvent.click(within(groups).getByRole("tab", { name: "岗责" }));
    // Still working: the progress shows wherever the user is (every button waits for it).
    expect(screen.getByRole("progressbar")).toBeTruthy();
    finish();
    await waitFor(() => expect(screen.queryByRole("progressbar")).toBeNull());
    expect(screen.queryByRole("alert")).toBeNull();
    fireEvent.click(within(groups).getByRole("tab", { name: "结果" }));
    expect(await screen.findByRole("alert")).toBeTruthy();
  });
});

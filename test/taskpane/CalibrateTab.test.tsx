/** @jest-environment jsdom */
import { fireEvent, screen, waitFor, within } from "@testing-library/react";
import { readFileSync } from "node:fs";
import path from "node:path";
import { rankJob } from "../../src/jobs/assessment/rank-job";
import { CalibrateTab } from "../../src/taskpane/tabs/CalibrateTab";
import { XlsxWorkbook } from "../../src/workbook/xlsx/xlsx-workbook";
import { fakeHost, taskRunner } from "../support/fake-host";
import { renderPane } from "../support/render-pane";

const WAIT = { timeout: 120_000 };
const SAMPLE_SCORES = path.join(__dirname, "../../assets/samples/ops-2025.scores.xlsx");

async function sampleBook() {
  return XlsxWorkbook.fromBuffer(readFileSync(SAMPLE_SCORES));
}
const sheetNames = async (book: XlsxWorkbook) => (await book.read([])).sheets.map((s) => s.name);

describe("CalibrateTab (结果 → 校准)", () => {
  it("shows each group's flag in words, its mean, gap and quota excess, and writes only on the click", async () => {
    const book = await sampleBook();
    await rankJob(book, { period: "2025Q3" });
    await rankJob(book, { period: "2025Q4" });
    const before = await sheetNames(book);
    const { host } = fakeHost(book);
    const runner = taskRunner();
    renderPane(<CalibrateTab host={host} run={runner.run} busy={false} />);
    // The workbook's periods (latest first, as the default) and its score data's grouping columns.
    await screen.findByRole("option", { name: "2025Q3" }, WAIT);
    expect(screen.getByRole("option", { name: "最近一期（2025Q4）" })).toBeTruthy();
    const by = screen.getByRole("combobox", { name: /分组列/ }) as HTMLSelectElement;
    await waitFor(() =>
      expect(Array.from(by.options).map((o) => o.value)).toEqual(["机构", "部门", "岗位"])
    );
    expect(by.value).toBe("机构");

    fireEvent.click(screen.getByRole("button", { name: "分析各组" }));
    const groups = await screen.findByRole("region", { name: "各组情况" }, WAIT);
    expect(runner.last()).toMatchObject({
      kind: "warning",
      key: "ui.calibrate.done",
      params: { ranking: "排名 2025Q4", by: "机构", groups: 4, lenient: 0, harsh: 1, small: 3 },
    });
    const items = within(groups).getAllByRole("listitem");
    expect(items.map((item) => item.querySelector("span")?.textContent)).toEqual([
      "上海分行",
      "广州分行",
      "北京分行",
      "深圳分行",
    ]);
    const beijing = items[2].textContent ?? "";
    expect(beijing).toContain("偏严");
    expect(beijing).toContain("6 人 · 平均 73.38");
    expect(beijing).toContain("差距 -13.37");
    expect(beijing).toContain("「优秀」需调出 3 人");
    expect(items[0].textContent).toContain("人数不足");
    expect(items[0].textContent).toContain("差距 +23.51");
    // Analysed, nothing written.
    expect(await sheetNames(book)).toEqual(before);

    fireEvent.click(screen.getByRole("button", { name: "写入工作簿" }));
    await waitFor(() =>
      expect(runner.last()).toMatchObject({
        kind: "success",
        key: "ui.calibrate.written",
        params: { sheets: ["校准分析 2025Q4"] },
      })
    );
    const after = await sheetNames(book);
    expect(after).toContain("校准分析 2025Q4");
    expect(after).not.toContain("排名 2025Q4 校准");
  });

  it("with 生成校准后排名, for the period picked, writes the calibrated tab too", async () => {
    const book = await sampleBook();
    await rankJob(book, { period: "2025Q3" });
    await rankJob(book, { period: "2025Q4" });
    const { host } = fakeHost(book);
    const runner = taskRunner();
    renderPane(<CalibrateTab host={host} run={runner.run} busy={false} />);
    await screen.findByRole("option", { name: "2025Q3" }, WAIT);
    fireEvent.change(screen.getByRole("combobox", { name: "排名表" }), {
      target: { value: "2025Q3" },
    });
    fireEvent.click(screen.getByRole("checkbox", { name: "生成校准后排名" }));
    fireEvent.click(screen.getByRole("button", { name: "分析各组" }));
    await screen.findByText(/校准后排名 16 人/, undefined, WAIT);
    expect(runner.last()).toMatchObject({ params: { ranking: "排名 2025Q3" } });
    expect(await sheetNames(book)).not.toContain("校准分析 2025Q3");
    fireEvent.click(screen.getByRole("button", { name: "写入工作簿" }));
    await waitFor(() =>
      expect(runner.last()).toMatchObject({
        kind: "success",
        params: { sheets: ["校准分析 2025Q3", "排名 2025Q3 校准"] },
      })
    );
    expect(await sheetNames(book)).toEqual(
      expect.arrayContaining(["校准分析 2025Q3", "排名 2025Q3 校准", "排名 2025Q4"])
    );
  });

  it("another choice after an analysis takes the write away: what is written is what was shown", async () => {
    const book = await sampleBook();
    await rankJob(book, { period: "2025Q4" });
    const { host } = fakeHost(book);
    const runner = taskRunner();
    renderPane(<CalibrateTab host={host} run={runner.run} busy={false} />);
    const by = (await screen.findByRole("option", { name: "部门" }, WAIT)).closest("select")!;
    fireEvent.click(screen.getByRole("button", { name: "分析各组" }));
    await screen.findByRole("region", { name: "各组情况" }, WAIT);
    fireEvent.change(by, { target: { value: "部门" } });
    expect(screen.queryByRole("button", { name: "写入工作簿" })).toBeNull();
    expect(screen.queryByRole("region", { name: "各组情况" })).toBeNull();
  });

  it("says why it cannot run on a workbook without a ranking, in the pane's words, and writes nothing", async () => {
    const book = await sampleBook();
    const before = await sheetNames(book);
    const { host } = fakeHost(book);
    const runner = taskRunner();
    renderPane(<CalibrateTab host={host} run={runner.run} busy={false} />);
    fireEvent.click(screen.getByRole("button", { name: "分析各组" }));
    await waitFor(
      () => expect(runner.last()).toMatchObject({ kind: "error", key: "ui.calibrate.failed" }),
      WAIT
    );
    const last = runner.last();
    const details = last && "details" in last ? (last.details ?? []) : [];
    expect(details[0]).toContain("请先在「排名」或「汇总」中生成排名表");
    expect(details.join("")).not.toMatch(/bank-assess|--[a-z]|\brank\b/);
    expect(screen.queryByRole("region", { name: "各组情况" })).toBeNull();
    expect(screen.queryByRole("button", { name: "写入工作簿" })).toBeNull();
    expect(await sheetNames(book)).toEqual(before);
  });

  it("while any task runs, nothing can be started or changed", async () => {
    const book = await sampleBook();
    const { host } = fakeHost(book);
    renderPane(<CalibrateTab host={host} run={taskRunner().run} busy />);
    expect((screen.getByRole("button", { name: "分析各组" }) as HTMLButtonElement).disabled).toBe(
      true
    );
    expect(
      (screen.getByRole("checkbox", { name: "生成校准后排名" }) as HTMLInputElement).disabled
    ).toBe(true);
    expect((screen.getByRole("combobox", { name: "排名表" }) as HTMLSelectElement).disabled).toBe(
      true
    );
  });

  it("in English, with the flags in words", async () => {
    const book = await sampleBook();
    await rankJob(book, { period: "2025Q4" });
    const { host } = fakeHost(book);
    const runner = taskRunner();
    renderPane(<CalibrateTab host={host} run={runner.run} busy={false} />, "en-US");
    fireEvent.click(screen.getByRole("button", { name: "Analyse the groups" }));
    const groups = await screen.findByRole("region", { name: "Groups" }, WAIT);
    expect(groups.textContent).toContain("Harsh");
    expect(groups.textContent).toContain("Too small");
    expect(groups.textContent).toContain('"优秀": 3 people must move out');
  });
});
